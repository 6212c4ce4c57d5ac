// Liquid rendering alone, on the template shapes that dominate Jekyll sites like geOrchestra's:
// an include looping over every post with `==`/`and` conditions on every page, a page-lookup loop,
// a blog list (`limit`, `date`), `where`/`sort`/`size`, and parameterised includes. Side by side in one
// run: kiln's compiled renderer, liquidjs's own generator renderer on the same parse trees, and Ruby
// (Liquid 5.4 through Jekyll 4.3's own include tag and filters, timed inside Ruby, startup excluded).
// `npx tsx bench/liquid.ts [posts] [pages]` → bench/results/liquid.md (KILN_BENCH_RUBY=0 skips Ruby).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLiquidEngine } from '../src/liquid/engine.js';
import { RubyTime } from '../src/liquid/ruby/time.js';

const POSTS = Number(process.argv[2] ?? 1000);
const PAGES = Number(process.argv[3] ?? 200);
const RUNS = 5;
process.env.TZ = 'UTC';

const INCLUDES: Record<string, string> = {
  'post_url.html': `{% capture cache %}{% assign is_post = "false" %}{% for p in site.posts %}{% if p.uid == page.uid %}{% assign is_post = "true" %}{% endif %}{% if p.uid == page.uid and p.lang == "en" %}{% assign page_url_en = p.url %}{% endif %}{% if p.uid == page.uid and p.lang == "fr" %}{% assign page_url_fr = p.url %}{% endif %}{% endfor %}{% endcapture %}{% assign cache = nil %}`,
  'page_url.html': `{% capture cache %}{% for p in site.pages %}{% if p.uid == page.uid and p.lang == "en" %}{% assign page_url_en = p.url %}{% endif %}{% endfor %}{% endcapture %}{% assign cache = nil %}`,
  'card.html': `<div class="card"><h5>{{ include.name }}</h5><p>{{ include.text | escape }}</p><a href="{{ include.url | prepend: site.baseurl }}">{{ include.label }}</a></div>`,
};

const PAGE_TEMPLATE = `<html lang="{{ page.lang }}">{% include post_url.html %}{% include page_url.html %}
<title>{% if page.title %}{{ page.title }} - {% endif %}{{ site.title }}</title>
{% if page_url_en %}<link rel="alternate" href="{{ page_url_en | prepend: site.url }}">{% endif %}
<ul>{% for post in site.posts limit:10 %}{% if post.lang == page.lang %}<li>{{ post.date | date: "%b %-d, %Y" }} <a href="{{ post.url }}">{{ post.title | xml_escape }}</a></li>{% endif %}{% endfor %}</ul>
{% assign fr = site.posts | where: "lang", "fr" | sort: "title" %}{{ fr.size }} {{ fr.first.title }}
{% for i in (1..8) %}{% include card.html name=page.title text="a <b> & c" url=page.url label=i %}{% endfor %}
<p>{{ is_post }} {{ page.date | date_to_xmlschema }}</p></html>`;

function generate(): { site: Record<string, unknown>; pages: Record<string, unknown>[] } {
  const langs = ['en', 'fr', 'es'];
  const posts = Array.from({ length: POSTS }, (_, i) => ({
    title: `Post ${i} about "things" & stuff`,
    url: `/blog/${2000 + (i % 20)}/${String((i % 12) + 1).padStart(2, '0')}/post-${i}/`,
    uid: `uid-${Math.floor(i / 3)}`,
    lang: langs[i % 3],
    date: RubyTime.utc(2000 + (i % 20), (i % 12) + 1, (i % 28) + 1, 10, 0, 0).localtime(),
  }));
  const pages = Array.from({ length: PAGES }, (_, i) => ({ title: `Page ${i}`, url: `/page-${i}.html`, uid: `page-${Math.floor(i / 3)}`, lang: langs[i % 3] }));
  const site = { title: 'Bench', url: 'https://example.org', baseurl: '', posts, pages };
  return { site, pages: [...pages.slice(0, Math.floor(PAGES / 2)), ...posts.slice(0, PAGES - Math.floor(PAGES / 2))] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const RUBY = String.raw`
require "json"; require "jekyll"
dir, data_file, runs = ARGV[0], ARGV[1], ARGV[2].to_i
data = JSON.parse(File.read(data_file))
conv = ->(h) { h["date"] = Time.at(h["epoch"]).utc if h["epoch"]; h }
site_data = data["site"]; site_data["posts"].each(&conv); site_data["pages"].each(&conv)
site = Jekyll::Site.new(Jekyll.configuration("source" => dir, "destination" => File.join(dir, "_site"), "quiet" => true))
template = site.liquid_renderer.file("page.html").parse(File.read(File.join(dir, "page.html")))
times = []
out = nil
runs.times do
  t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  data["pages"].each do |pg|
    conv.(pg)
    out = template.render!({ "site" => site_data, "page" => pg }, registers: { site: site, page: pg })
  end
  times << (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t) * 1000
end
puts JSON.generate({ "times" => times, "sample" => out })
`;

function main(): void {
  const { site, pages } = generate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-liquid-'));
  fs.mkdirSync(path.join(dir, '_includes'));
  for (const [name, text] of Object.entries(INCLUDES)) fs.writeFileSync(path.join(dir, '_includes', name), text);
  fs.writeFileSync(path.join(dir, 'page.html'), PAGE_TEMPLATE);

  const engine = createLiquidEngine({ source: dir, config: site });
  const template = engine.parse(PAGE_TEMPLATE, 'page.html');
  const renderAll = () => pages.map((page) => engine.render(template, { site, page }, { file: 'page.html' }));
  renderAll(); // warm-up (include parses, compilation)
  const kiln: number[] = [];
  let sample = '';
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    sample = renderAll()[pages.length - 1];
    kiln.push(performance.now() - t);
  }

  // liquidjs's generator renderer on the very same parse trees and tags.
  const generator: number[] = [];
  for (let r = 0; r < 2; r++) {
    const t = performance.now();
    for (const page of pages) engine.renderReference(template, { site, page }, { file: 'page.html' });
    generator.push(performance.now() - t);
  }

  let rubyLine = '| Ruby (Jekyll 4.3.1 / Liquid 5.4) | not measured: `ruby`/`jekyll` not available |  |';
  let rubyMedian: number | undefined;
  let same = '';
  try {
    if (process.env.KILN_BENCH_RUBY === '0') throw new Error('skipped (KILN_BENCH_RUBY=0)');
    const dataFile = path.join(dir, 'data.json');
    const plain = (o: Record<string, unknown>) => ({ ...o, date: undefined, epoch: o.date ? Math.floor((o.date as RubyTime).epochMs / 1000) : undefined });
    fs.writeFileSync(dataFile, JSON.stringify({ site: { ...site, posts: (site.posts as Record<string, unknown>[]).map(plain), pages: (site.pages as Record<string, unknown>[]).map(plain) }, pages: pages.map(plain) }));
    const rubyFile = path.join(dir, 'bench.rb');
    fs.writeFileSync(rubyFile, RUBY);
    const res = JSON.parse(execFileSync('ruby', [rubyFile, dir, dataFile, '3'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 26 }));
    rubyMedian = median(res.times);
    same = res.sample === sample ? 'identical output' : 'OUTPUT DIFFERS';
    rubyLine = `| Ruby (Jekyll 4.3.1 / Liquid 5.4) | ${rubyMedian.toFixed(0)} ms | ${(rubyMedian / pages.length).toFixed(2)} ms |`;
  } catch (e) {
    rubyLine = `| Ruby (Jekyll 4.3.1 / Liquid 5.4) | not measured: ${(e as Error).message.split('\n')[0]} |  |`;
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const k = median(kiln);
  const g = median(generator);
  const lines = [
    '## Liquid rendering',
    '',
    `${pages.length} pages rendered from one template over a site of ${POSTS} posts and ${PAGES} pages (a post-lookup include looping over every post with three conditions, a page-lookup include, a 10-post list with dates, where/sort/size, 8 parameterised includes). Medians of ${RUNS} runs (kiln) / 2 (liquidjs generators) / 3 (Ruby), after one warm-up; parse time excluded.`,
    '',
    '| Renderer | All pages | Per page |',
    '| --- | ---: | ---: |',
    `| kiln (compiled closures) | ${k.toFixed(0)} ms | ${(k / pages.length).toFixed(2)} ms |`,
    `| liquidjs generators, same trees | ${g.toFixed(0)} ms | ${(g / pages.length).toFixed(2)} ms |`,
    rubyLine,
    '',
    rubyMedian ? `kiln is **${(rubyMedian / k).toFixed(1)}×** faster than Ruby and ${(g / k).toFixed(1)}× faster than liquidjs's own renderer (last page: ${same}).` : `kiln is ${(g / k).toFixed(1)}× faster than liquidjs's own renderer.`,
    '',
  ];
  const out = lines.join('\n');
  const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, 'liquid.md'), out);
  console.log(out);
}

main();
