// jekyll-default-layout 0.1.5: Markdown pages and posts that name no layout (not even through
// front matter defaults) get one: `home` for the site's root page, else `page` for pages, `post`
// for posts, else `default` — the first of those the site has (none: the layout is set to nil).
import type { Renderable } from '../site/model.js';
import { isMarkdownExt } from './markdown-files.js';
import { LOWEST, setItemData, type GeneratorContext, type KilnPlugin } from './registry.js';

export function generateDefaultLayouts(ctx: GeneratorContext): void {
  const { site } = ctx;
  const config = site.config as Record<string, unknown>;
  const has = (name: string) => site.layouts.has(name);
  const posts = site.collections.get('posts')?.docs ?? [];
  const items: Renderable[] = [...site.pages, ...posts];
  for (const item of items) {
    if (!isMarkdownExt(config, item.ext) || Object.prototype.hasOwnProperty.call(item.data, 'layout')) continue;
    let layout: string | null = null;
    if (item.url === '/' && has('home')) layout = 'home';
    else if (item.kind === 'page' && has('page')) layout = 'page';
    else if (item.kind === 'document' && has('post')) layout = 'post';
    else if (has('default')) layout = 'default';
    setItemData(item, 'layout', layout);
  }
}

export const defaultLayoutPlugin: KilnPlugin = {
  name: 'jekyll-default-layout',
  priority: LOWEST,
  generate: generateDefaultLayouts,
};
