// The site lookups behind `{% post_url %}` and `{% link %}`: a post by its file name (date and slug,
// optionally with its folder), any page, document or static file by its source path.
import type { Site } from './model.js';

/** Jekyll's PostComparer: `2024-03-05-title` or `folder/2024-03-05-title`, extension-less. */
export function postUrlLookup(site: Site, name: string): string | undefined {
  const wanted = name.trim();
  const posts = site.collections.get('posts')?.docs ?? [];
  for (const post of posts) {
    const rel = post.relativePath.replace(/\.[^./]+$/, '');
    const afterPosts = rel.replace(/^(.*\/)?_posts\//, '');
    if (afterPosts === wanted || post.basenameWithoutExt === wanted) return post.url;
  }
  // Jekyll 4 still accepts a deprecated match on the post's name alone across folders.
  for (const post of posts) {
    if (wanted.endsWith('/' + post.basenameWithoutExt)) return post.url;
  }
  return undefined;
}

/** Jekyll's `link` tag: the URL of the item whose relative path is `p`. */
export function linkLookup(site: Site, p: string): string | undefined {
  const wanted = p.trim().replace(/^\/+/, '');
  for (const page of site.pages) if (page.relativePath === wanted) return page.url;
  for (const c of site.collections.values()) {
    for (const d of c.docs) if (d.relativePath === wanted) return d.url;
    for (const f of c.files) if (f.relativePath.replace(/^\/+/, '') === wanted) return f.url;
  }
  for (const f of site.staticFiles) if (f.relativePath.replace(/^\/+/, '') === wanted) return f.url;
  return undefined;
}
