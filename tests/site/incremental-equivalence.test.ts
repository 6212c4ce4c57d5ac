// The incremental promise: after any sequence of edits, adds, renames, deletions and touches,
// `Builder.rebuild(changed)` leaves exactly the destination a fresh full build makes. fast-check
// replays random operation sequences on a small but rich site (parent layouts, includes with
// parameters and site lists, data files, posts with categories and excerpts, drafts, a collection
// with output, Sass with a partial, pages with and without front matter, post_url/link,
// _config.yml edits including pagination and show_drafts) and compares both trees byte for byte
// after every operation (when the full build fails, the rebuild must fail too). One layout-less
// "probe" page per kind of read watches every change. Operations name their target by index into
// the current file list, so shrinking gives a short sequence, not always the very shortest.
//
// CI: a fixed seed, 25 runs of up to 6 operations. Longer local runs:
//   KILN_FUZZ_RUNS=500 KILN_FUZZ_OPS=8 KILN_FUZZ_SEED=7 npx vitest run tests/site/incremental-equivalence.test.ts
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { build, createBuilder } from '../../src/site/build.js';
import { memoryLogger } from '../../src/util/log.js';
import { makeSite } from './helpers.js';

const RUNS = Number(process.env.KILN_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.KILN_FUZZ_SEED ?? 20261128);
const MAX_OPS = Number(process.env.KILN_FUZZ_OPS ?? 6);

const CONFIG_BASE = [
  'title: Fuzz',
  'time: 2024-06-01 12:00:00',
  'timezone: UTC',
  'collections:',
  '  recipes:',
  '    output: true',
  '    permalink: /recipes/:name/',
  'defaults:',
  '  - scope: { path: "", type: posts }',
  '    values: { layout: post }',
].join('\n') + '\n';

const CONFIG_VARIANTS = [
  CONFIG_BASE,
  CONFIG_BASE.replace('title: Fuzz', 'title: Renamed'),
  CONFIG_BASE + 'future: true\n',
  CONFIG_BASE + 'excerpt_separator: "<!--more-->"\n',
  CONFIG_BASE.replace('/recipes/:name/', '/r/:title.html'),
  CONFIG_BASE + 'page_excerpts: true\n',
  CONFIG_BASE + 'show_drafts: true\n',
  CONFIG_BASE + 'paginate: 2\nplugins: [jekyll-paginate]\n',
  CONFIG_BASE + 'plugins: [jekyll-feed, jekyll-titles-from-headings, jekyll-optional-front-matter, jekyll-redirect-from, jekyll-relative-links, jekyll-default-layout]\n',
];

/** Page and document bodies the operations pick from (`#` becomes the operation's number). */
const BODIES = [
  'Plain text #.',
  'First paragraph #.\n\nSecond paragraph.',
  '{{ page.title }} at {{ page.url }} #',
  '<ul>{% include recent.html n=2 %}</ul> #',
  '{{ site.data.authors | map: "name" | join: "," }} #',
  '{% for p in site.html_pages %}{{ p.url }} {% endfor %}#',
  '{% for d in site.recipes %}{{ d.title }}={{ d.content | strip_html | strip }};{% endfor %}#',
  '{% for p in site.pages %}{{ p.name }}:{{ p.content | size }} {% endfor %}#',
  'layout kind: {{ layout.kind }} #',
  '{% for p in site.posts %}{{ p.title }}>{{ p.next.title }} {% endfor %}#',
  '{% for c in site.categories %}{{ c[0] }}={{ c[1].size }} {% endfor %}#',
  '{% for f in site.static_files %}{{ f.path }} {% endfor %}#',
  '{{ site.data.extra.name }} {{ site.data.sub.more.x }} #',
  '{% for p in site.posts %}{{ p.excerpt }}{% endfor %}#',
  'Intro #<!--more-->\n\nAfter the marker.',
  '{{ page.excerpt }} / {{ site.related_posts.size }} #',
  '{% for d in site.documents %}{{ d.url }} {% endfor %}#',
  'See {% post_url 2024-01-01-alpha %} #',
  'About: {% link about.md %} #',
  '{% include_relative plain.txt %}#',
  '{% for f in site.static_files %}{{ f.path }}@{{ f.modified_time | date: "%s" }} {% endfor %}#',
  '{% for t in site.tags %}{{ t[0] }} {% endfor %}{% for p in site.posts %}{{ p.date }} {% endfor %}#',
];

const INCLUDE_BODIES = [
  '{% for p in site.posts limit: include.n %}<li>{{ p.title }}: {{ p.excerpt | strip_html | strip }}</li>{% endfor %}#',
  '<b>{{ include.n }}</b> #',
  '<nav>{% for p in site.pages %}{% if p.title %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>#',
  '{{ site.data.menu.items | join: "|" }} #',
];

const LAYOUTS = [
  '<html><title>{{ page.title }} | {{ site.title }}</title><main>{{ content }}</main>{% include footer.html year=2024 %}</html>#',
  '---\nlayout: default\nkind: post\n---\n{% include nav.html %}<article data-kind="{{ layout.kind }}"><h1>{{ page.title }}</h1>{{ page.date | date: "%Y-%m-%d" }} {{ content }}{% if page.previous %}prev:{{ page.previous.url }}{% endif %}</article>#',
  '---\nlayout: post\nkind: fancy\n---\n<div class="fancy">{{ content }}</div>#',
  '<bare>{{ content }}</bare>#',
  '<html>{% include nav.html %}<main>{{ content }}</main>{% include recent.html n=1 %}</html>#',
];

const FIELDS = {
  title: ['"Alpha"', '"Zeta"', '"Hello #"', null],
  permalink: ['/perm/:title/', '/fixed.html', '/about.html', null],
  layout: ['default', 'post', 'none', 'nosuch', 'fancy', null],
  published: ['false', 'true', null],
  date: ['2024-01-15', '2023-12-31 10:00:00', '2030-01-01', null],
  categories: ['[news]', '[misc, news]', null],
} as const;
type Field = keyof typeof FIELDS;

/** Observers: one page without layout per body, so every kind of read is watched from the start. */
const PROBES = Object.fromEntries(BODIES.map((body, i) => [`probe-${i}.html`, `---\ntitle: Probe ${i}\n---\n${body.replace('#', '')}`]));

function initialFiles(config: number): Record<string, string> {
  return {
    ...PROBES,
    '_config.yml': CONFIG_VARIANTS[config]!,
    '_layouts/default.html': LAYOUTS[0]!.replace('#', ''),
    '_layouts/post.html': LAYOUTS[1]!.replace('#', ''),
    '_includes/nav.html': '<nav>{% for p in site.pages %}{% if p.title %}<a href="{{ p.url }}">{{ p.title }}</a>{% endif %}{% endfor %}</nav>',
    '_includes/footer.html': '<footer>{{ include.year }}</footer>',
    '_includes/recent.html': INCLUDE_BODIES[0]!.replace('#', ''),
    '_data/authors.yml': '- name: Ann\n- name: Bob\n',
    '_data/menu.json': '{"items": ["home", "about"]}',
    '_posts/2024-01-01-alpha.md': '---\ntitle: Alpha\ncategories: [news]\n---\nAlpha intro.\n\nAlpha rest.',
    '_posts/2024-02-01-beta.md': '---\ntitle: Beta\ncategories: [misc]\n---\nBeta intro with {{ site.title }}.\n\nBeta rest.',
    '_posts/2024-03-01-gamma.html': '---\ntitle: Gamma\n---\n<p>Gamma</p>',
    '_recipes/soup.md': '---\ntitle: Soup\n---\nHot *soup*.',
    '_recipes/bread.md': '---\ntitle: Bread\nlayout: default\n---\nBaked {{ page.title }}.',
    'index.html': '---\nlayout: default\ntitle: Home\n---\n<ul>{% include recent.html n=3 %}</ul>{% if paginator %}{% for p in paginator.posts %}{{ p.title }} {% endfor %}{{ paginator.next_page_path }}{% endif %}',
    '_drafts/draft-one.md': '---\ntitle: Draft One\ntags: [wip]\n---\nA draft.',
    'about.md': '---\ntitle: About\nlayout: default\n---\n# About\n\n{{ site.data.authors | map: "name" | join: ", " }}',
    'news.html': '---\n---\n{% for p in site.categories.news %}{{ p.title }} {% endfor %}',
    'recipes.html': '---\nlayout: default\n---\n{% for r in site.recipes %}{{ r.title }}: {{ r.content }}{% endfor %}',
    'data.html': '---\n---\n{{ site.data.extra.name }} {{ site.data.sub.more.x }}',
    'sizes.html': '---\n---\n{% for p in site.pages %}{{ p.name }}:{{ p.content | size }} {% endfor %}',
    'fancy.html': '---\nlayout: fancy\n---\nfancy page',
    'sitemap.xml': '---\nlayout: none\n---\n{% for p in site.html_pages %}<url>{{ p.url }}</url>{% endfor %}{% for p in site.posts %}<url>{{ p.url }}</url>{% endfor %}',
    'nofm.md': '# No front matter\n\nCopied as is.',
    'plain.txt': 'plain static text',
    'static/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/style.scss': '---\n---\n@import "vars";\nbody { color: $c; }\n',
    '_sass/_vars.scss': '$c: #123456;\n',
  };
}

type Op =
  | { op: 'body'; file: number; text: number }
  | { op: 'fm'; file: number; field: Field; value: number }
  | { op: 'add'; kind: 'post' | 'page' | 'include' | 'data' | 'layout' | 'recipe' | 'partial' | 'static' | 'draft'; n: number; variant: number }
  | { op: 'rename'; file: number; n: number }
  | { op: 'delete'; file: number }
  | { op: 'touch'; file: number }
  | { op: 'config'; variant: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('body' as const), file: fc.nat(99), text: fc.nat(99) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('fm' as const), file: fc.nat(99), field: fc.constantFrom(...(Object.keys(FIELDS) as Field[])), value: fc.nat(99) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add' as const), kind: fc.constantFrom('post', 'page', 'include', 'data', 'layout', 'recipe', 'partial', 'static', 'draft'), n: fc.nat(99), variant: fc.nat(99) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), file: fc.nat(99), n: fc.nat(99) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), file: fc.nat(99) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('touch' as const), file: fc.nat(99) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('config' as const), variant: fc.nat(CONFIG_VARIANTS.length - 1) }) },
);

/** Our own simple front matter: `key: value` lines between `---` fences. */
function splitFm(text: string): { fm: [string, string][] | null; body: string } {
  if (!text.startsWith('---\n')) return { fm: null, body: text };
  const end = text.indexOf('\n---\n', 3);
  if (end < 0) return { fm: null, body: text };
  const lines = text.slice(4, end).split('\n').filter(Boolean);
  return { fm: lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]), body: text.slice(end + 5) };
}

function joinFm(fm: [string, string][] | null, body: string): string {
  if (!fm) return body;
  return '---\n' + fm.map(([k, v]) => `${k}: ${v}`).join('\n') + (fm.length ? '\n' : '') + '---\n' + body;
}

/** Applies one operation to the source folder; returns the changed paths (absolute) and a description. */
function apply(source: string, op: Op, step: number): { changed: string[]; what: string } {
  const all = listFiles(source);
  // Probes are watched, not edited (they would dilute the edits of the files they read).
  const editable = all.filter((f) => f !== '_config.yml' && !f.startsWith('probe-'));
  const pick = (i: number) => editable[i % editable.length]!;
  const abs = (rel: string) => path.join(source, rel);
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
    fs.writeFileSync(abs(rel), text);
  };
  const fill = (s: string, n: number) => s.replace(/#/g, String(n));
  switch (op.op) {
    case 'body': {
      const rel = pick(op.file);
      const old = fs.readFileSync(abs(rel), 'utf8');
      const { fm, body } = splitFm(old);
      let next: string;
      if (rel.startsWith('_data/')) next = rel.endsWith('.json') ? `{"items": ["x${op.text}", "y"], "name": "D${op.text}", "x": ${op.text}}` : (rel.includes('authors') ? `- name: N${op.text}\n- name: Bob\n` : `name: N${op.text}\n`);
      else if (rel.startsWith('_includes/')) next = fill(INCLUDE_BODIES[op.text % INCLUDE_BODIES.length]!, op.text);
      else if (rel.startsWith('_layouts/')) next = fill(LAYOUTS[op.text % LAYOUTS.length]!, op.text);
      else if (rel.endsWith('.scss')) next = joinFm(fm, rel.startsWith('_sass/') ? `$c: #${String(100000 + op.text)};\n` : `@import "vars";\nbody { color: $c; margin: ${op.text}px; }\n`);
      else if (rel.endsWith('.svg')) next = `<svg xmlns="http://www.w3.org/2000/svg" id="s${op.text}"/>`;
      else next = joinFm(fm, fill(BODIES[op.text % BODIES.length]!, op.text));
      write(rel, next);
      return { changed: [abs(rel)], what: `edit body of ${rel}: ${JSON.stringify(next)}` };
    }
    case 'fm': {
      const rel = pick(op.file);
      if (rel.startsWith('_data/') || rel.startsWith('_sass/') || rel.startsWith('_includes/') || rel.endsWith('.svg')) return { changed: [], what: `(front matter of ${rel}: skipped)` };
      const { fm, body } = splitFm(fs.readFileSync(abs(rel), 'utf8'));
      const values = FIELDS[op.field];
      const value = values[op.value % values.length];
      const next = (fm ?? []).filter(([k]) => k !== op.field);
      if (value !== null) next.push([op.field, fill(value, op.value)]);
      const text = joinFm(next, body);
      write(rel, text);
      return { changed: [abs(rel)], what: `front matter of ${rel}: ${op.field} = ${value === null ? '(removed)' : fill(value, op.value)}` };
    }
    case 'add': {
      const n = op.n;
      const v = op.variant;
      const titled = (body: string, extra = '') => `---\ntitle: Added ${n}\n${extra}---\n${fill(body, n)}`;
      let rel: string;
      let text: string;
      switch (op.kind) {
        case 'post':
          rel = `_posts/2024-0${1 + (n % 5)}-1${n % 9}-added-${n}.${v % 3 === 0 ? 'html' : 'md'}`;
          text = titled(BODIES[v % BODIES.length]!, v % 2 ? 'categories: [news]\n' : '');
          break;
        case 'page':
          rel = [`added-${n}.md`, `sub/added-${n}.html`, 'sub/index.md', `added-${n}.html`][v % 4]!;
          text = v % 5 === 4 ? fill(BODIES[v % BODIES.length]!, n) : titled(BODIES[v % BODIES.length]!, v % 3 === 0 ? 'layout: default\n' : '');
          break;
        case 'include':
          rel = `_includes/${['extra.html', 'recent.html', 'nav.html'][v % 3]}`;
          text = fill(INCLUDE_BODIES[n % INCLUDE_BODIES.length]!, n);
          break;
        case 'data':
          rel = ['_data/extra.yml', '_data/sub/more.json', '_data/authors.yml', '_data/menu.json'][v % 4]!;
          text = rel.endsWith('.json') ? `{"x": ${n}, "items": ["m${n}"]}` : rel.includes('authors') ? `- name: A${n}\n` : `name: Extra ${n}\n`;
          break;
        case 'layout':
          rel = `_layouts/${['fancy.html', 'default.html', 'nosuch.html'][v % 3]}`;
          text = fill(LAYOUTS[n % LAYOUTS.length]!, n);
          break;
        case 'recipe':
          rel = `_recipes/added-${n}.md`;
          text = titled(BODIES[v % BODIES.length]!);
          break;
        case 'partial':
          rel = v % 2 ? '_sass/_vars.scss' : '_sass/_extra.scss';
          text = `$c: #${String(200000 + n)};\n`;
          break;
        case 'draft':
          rel = `_drafts/added-draft-${n}.md`;
          text = titled(BODIES[v % BODIES.length]!);
          break;
        case 'static':
          rel = `static/new-${n}.${v % 2 ? 'txt' : 'css'}`;
          text = `static ${n}`;
          break;
      }
      write(rel, text);
      return { changed: [abs(rel)], what: `add ${rel}: ${JSON.stringify(text)}` };
    }
    case 'rename': {
      const rel = pick(op.file);
      const ext = path.extname(rel);
      const base = `renamed-${op.n}${ext}`;
      let target: string;
      const renderable = ['.md', '.html'].includes(ext) && !rel.startsWith('_layouts/') && !rel.startsWith('_includes/');
      if (renderable && op.n % 4 === 1) target = `_posts/2024-04-0${1 + (op.n % 9)}-moved-${op.n}${ext}`;
      else if (renderable && op.n % 4 === 2) target = `sub/${base}`;
      else if (renderable && op.n % 4 === 3) target = `_recipes/${base}`;
      else if (rel.startsWith('_posts/')) target = `_posts/2024-05-0${1 + (op.n % 9)}-renamed-${op.n}${ext}`;
      else target = path.posix.join(path.posix.dirname(rel), base);
      if (target === rel) return { changed: [], what: `(rename ${rel} onto itself: skipped)` };
      fs.mkdirSync(path.dirname(abs(target)), { recursive: true });
      fs.renameSync(abs(rel), abs(target));
      return { changed: [abs(rel), abs(target)], what: `rename ${rel} → ${target}` };
    }
    case 'delete': {
      const rel = pick(op.file);
      fs.rmSync(abs(rel));
      return { changed: [abs(rel)], what: `delete ${rel}` };
    }
    case 'touch': {
      const rel = pick(op.file);
      const t = new Date(Date.UTC(2024, 0, 1) + step * 1000);
      fs.writeFileSync(abs(rel), fs.readFileSync(abs(rel)));
      fs.utimesSync(abs(rel), t, t);
      return { changed: [abs(rel)], what: `touch ${rel}` };
    }
    case 'config': {
      write('_config.yml', CONFIG_VARIANTS[op.variant]!);
      return { changed: [abs('_config.yml')], what: `config variant ${op.variant}` };
    }
  }
}

function listFiles(root: string, rel = ''): string[] {
  if (!fs.existsSync(path.join(root, rel))) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const r = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, r));
    else out.push(r);
  }
  return out.sort();
}

/** First differences between two destination trees, or '' when they are byte-identical. */
function diffTrees(a: string, b: string): string {
  const fa = listFiles(a);
  const fb = listFiles(b);
  const problems: string[] = [];
  const onlyA = fa.filter((f) => !fb.includes(f));
  const onlyB = fb.filter((f) => !fa.includes(f));
  if (onlyA.length) problems.push(`only in the incremental build: ${onlyA.join(', ')}`);
  if (onlyB.length) problems.push(`only in the full build: ${onlyB.join(', ')}`);
  for (const f of fa.filter((x) => fb.includes(x))) {
    const x = fs.readFileSync(path.join(a, f));
    const y = fs.readFileSync(path.join(b, f));
    if (!x.equals(y)) problems.push(`${f} differs:\n  incremental: ${JSON.stringify(x.toString('utf8').slice(0, 400))}\n  full:        ${JSON.stringify(y.toString('utf8').slice(0, 400))}`);
  }
  return problems.join('\n');
}

async function settle<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: Error }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

async function replay(config: number, ops: Op[]): Promise<void> {
  const site = makeSite(initialFiles(config));
  const root = path.dirname(site.source);
  const full = { destination: path.join(root, 'full'), cacheDir: path.join(root, 'full-cache') };
  const builder = await createBuilder({ source: site.source, destination: site.destination, cacheDir: site.cacheDir, logger: memoryLogger() });
  const log: string[] = [`start with config variant ${config}`];
  try {
    await builder.build();
    for (const [i, op] of ops.entries()) {
      const { changed, what } = apply(site.source, op, i);
      log.push(what);
      const inc = await settle(builder.rebuild(changed));
      const ref = await settle(build({ source: site.source, destination: full.destination, cacheDir: full.cacheDir, logger: memoryLogger() }));
      const steps = () => log.map((l, j) => `  ${j + 1}. ${l}`).join('\n');
      if (inc.ok !== ref.ok) {
        const err = inc.ok ? (ref as { error: Error }).error : (inc as { error: Error }).error;
        throw new Error(`after:\n${steps()}\nthe ${inc.ok ? 'full' : 'incremental'} build failed and the other did not: ${err.message}`);
      }
      if (!inc.ok) continue; // both failed: each keeps its previous destination
      const diff = diffTrees(site.destination, full.destination);
      if (diff) throw new Error(`after:\n${steps()}\nthe incremental build differs from a full build:\n${diff}`);
    }
  } finally {
    builder.close();
    site.cleanup();
  }
}

describe('incremental rebuilds equal full builds', () => {
  it(`random edit sequences (seed ${SEED}, ${RUNS} runs, ≤ ${MAX_OPS} operations)`, async () => {
    await fc.assert(fc.asyncProperty(fc.nat(CONFIG_VARIANTS.length - 1), fc.array(opArb, { minLength: 1, maxLength: MAX_OPS }), replay), { seed: SEED, numRuns: RUNS });
  }, Math.max(60_000, RUNS * MAX_OPS * 2_000));

  it('the initial site builds the same both ways, with every config variant', async () => {
    for (const config of CONFIG_VARIANTS.keys()) await expect(replay(config, [{ op: 'touch', file: 0 }])).resolves.toBeUndefined();
  });
});
