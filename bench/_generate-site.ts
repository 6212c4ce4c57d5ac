// Generates a Jekyll site of N posts shaped like the geOrchestra site: three languages, a default
// layout with head/header/footer includes, a post layout, a blog index and feed per language that
// loop over every post, and Markdown posts with headings, lists, links, code and an excerpt marker.
// Per-post pages show the 10 most recent posts (a bounded loop), so the whole build is linear in
// N apart from the index pages' own loops (what the templates ask for). Deterministic output.
import fs from 'node:fs';
import path from 'node:path';

const LANGS = ['en', 'fr', 'es'] as const;
const WORDS = 'geOrchestra spatial data infrastructure modular interoperable secure community release viewer catalogue geoserver geonetwork mapstore security proxy analytics import console datadir docker kubernetes'.split(' ');

function words(seed: number, n: number): string {
  let out = '';
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += (i ? ' ' : '') + WORDS[x % WORDS.length];
  }
  return out;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

export function generateSite(dir: string, posts: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  write(path.join(dir, '_config.yml'), [
    'title: Generated site',
    'url: "https://example.org"',
    'baseurl: ""',
    'permalink: /blog/:year/:month/:day/:title/',
    'excerpt_separator: <!--more-->',
    'timezone: Europe/Paris',
    '',
  ].join('\n'));
  write(path.join(dir, '_layouts/default.html'), `<!DOCTYPE html>
<html lang="{{ page.lang }}">
{% include head.html %}
<body>
{% include header.html %}
<div class="container">{{ content }}</div>
{% include footer.html %}
</body>
</html>
`);
  write(path.join(dir, '_layouts/post.html'), `---
layout: default
---
<article><h1>{{ page.title }}</h1>
<p class="meta">{{ page.date | date: "%b %-d, %Y" }}{% if page.author %} • {{ page.author }}{% endif %}</p>
{{ content }}</article>
{% include recent.html %}
`);
  write(path.join(dir, '_includes/head.html'), `<head><meta charset="utf-8"><title>{% if page.title %}{{ page.title }} - {% endif %}{{ site.title }}</title>
<meta name="description" content="{{ page.excerpt | strip_html | strip_newlines | truncate: 160 }}">
<link rel="canonical" href="{{ page.url | replace: 'index.html', '' | absolute_url }}"></head>
`);
  write(path.join(dir, '_includes/header.html'), `<header><nav>{% for l in site.data.menu %}<a href="{{ l.url | relative_url }}"{% if page.url == l.url %} class="active"{% endif %}>{{ l.title }}</a>{% endfor %}</nav></header>
`);
  write(path.join(dir, '_includes/footer.html'), `<footer>{% assign year = site.time | date: "%Y" %}© {{ year }} {{ site.title | escape }}</footer>
`);
  write(path.join(dir, '_includes/recent.html'), `<aside><h2>Recent</h2><ul>{% assign n = 0 %}{% for p in site.posts %}{% if p.lang == page.lang %}{% assign n = n | plus: 1 %}<li><a href="{{ p.url | relative_url }}">{{ p.title }}</a></li>{% endif %}{% if n >= 10 %}{% break %}{% endif %}{% endfor %}</ul></aside>
`);
  write(path.join(dir, '_data/menu.yml'), LANGS.map((l) => `- title: Blog ${l}\n  url: /${l === 'en' ? '' : l + '/'}blog.html`).join('\n') + '\n');
  for (const lang of LANGS) {
    const prefix = lang === 'en' ? '' : `${lang}/`;
    write(path.join(dir, `${prefix}blog.html`), `---
layout: default
lang: ${lang}
title: Blog
---
<ul class="posts">{% for post in site.posts %}{% if post.lang == "${lang}" %}
<li><span>{{ post.date | date: "%b %-d, %Y" }}</span> <a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.excerpt }}</li>{% endif %}{% endfor %}
</ul>
`);
    write(path.join(dir, `${prefix}feed.xml`), `---
---
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{{ site.title | xml_escape }}</title>
{% for post in site.posts limit: 10 %}{% if post.lang == "${lang}" %}<item><title>{{ post.title | xml_escape }}</title><description>{{ post.content | xml_escape }}</description><pubDate>{{ post.date | date_to_rfc822 }}</pubDate><link>{{ post.url | absolute_url }}</link></item>{% endif %}{% endfor %}
</channel></rss>
`);
    write(path.join(dir, `${prefix}index.md`), `---
layout: default
lang: ${lang}
title: Home
---
# Welcome (${lang})

${words(lang.length, 60)}

* [Blog](/${prefix}blog.html)
* [Feed](/${prefix}feed.xml)
`);
  }
  const start = Date.UTC(2010, 0, 1);
  for (let i = 0; i < posts; i++) {
    const lang = LANGS[i % 3]!;
    const day = new Date(start + Math.floor(i / 3) * 86400000);
    const ymd = day.toISOString().slice(0, 10);
    const slug = `post-${i}-${words(i, 3).replace(/ /g, '-').toLowerCase()}`;
    write(path.join(dir, `_posts/${ymd}-${slug}.md`), `---
layout: post
title: "Post ${i}: ${words(i + 7, 5)}"
lang: ${lang}
author: Author ${i % 17}
categories: [${words(i, 1)}]
tags: [${words(i + 3, 2).replace(' ', ', ')}]
---
${words(i, 40)}.

<!--more-->

## ${words(i + 1, 4)}

${words(i + 2, 80)} [a link](https://example.org/${i}) and **bold** and \`code\`.

* ${words(i + 3, 6)}
* ${words(i + 4, 6)}
* ${words(i + 5, 6)}

\`\`\`bash
docker compose up -d # ${i}
\`\`\`

> ${words(i + 6, 20)}
`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('_generate-site.ts')) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: npx tsx bench/_generate-site.ts DIR POSTS');
    process.exit(2);
  }
  generateSite(path.resolve(dir), Number(n));
}
