// The engine's contract beyond Jekyll's output: parse caching, dependency collection, invalidation,
// errors at file:line:col with a code frame and the include chain, recursion as an error (not a
// stack overflow), strict error_mode, and the compiled renderer agreeing with liquidjs's own.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiquidEngine } from '../../src/liquid/engine.js';
import { KilnError } from '../../src/util/errors.js';

let dir: string;

function write(rel: string, text: string): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

function catchError(fn: () => unknown): KilnError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KilnError) return e;
    throw e;
  }
  throw new Error('expected a KilnError');
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-liquid-'));
  write('_includes/card_user.html', '<div>\n  {{ include.name }}\n  {{ include.n | divided_by: 0 }}\n</div>\n');
  write('_includes/outer.html', 'outer\n{% include card_user.html name="x" n=1 %}\n');
  write('_includes/a.html', 'A{% include b.html %}');
  write('_includes/b.html', 'B{% include a.html %}');
  write('_includes/hello.html', 'hello {{ include.who }}');
  write('docs/snippet.md', 'snippet of {{ page.title }}');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('createLiquidEngine', () => {
  it('parses each file once and reparses when its text changes', () => {
    const engine = createLiquidEngine({ source: dir });
    const a = engine.parse('{{ x }}', 'index.md');
    expect(engine.parse('{{ x }}', 'index.md')).toBe(a);
    expect(engine.parse('{{ y }}', 'index.md')).not.toBe(a);
  });

  it('collects every file read during a render in deps', () => {
    const engine = createLiquidEngine({ source: dir });
    const deps = new Set<string>();
    const out = engine.renderString('{% include hello.html who="you" %} {% include_relative snippet.md %}', { page: { title: 'T', path: 'docs/index.md' } }, { file: 'docs/index.md', deps });
    expect(out).toBe('hello you snippet of T');
    expect([...deps].sort()).toEqual([path.join(dir, '_includes/hello.html'), path.join(dir, 'docs/snippet.md')]);
  });

  it('caches include parses until invalidated', () => {
    const engine = createLiquidEngine({ source: dir });
    const abs = write('_includes/changing.html', 'one');
    expect(engine.renderString('{% include changing.html %}', {}, { file: 'p.md' })).toBe('one');
    fs.writeFileSync(abs, 'two');
    expect(engine.renderString('{% include changing.html %}', {}, { file: 'p.md' })).toBe('one');
    engine.invalidate([abs]);
    expect(engine.renderString('{% include changing.html %}', {}, { file: 'p.md' })).toBe('two');
  });

  it('reports an error inside an include at its own line, with the include chain and a frame', () => {
    const engine = createLiquidEngine({ source: dir });
    const text = 'line 1\nline 2\n{% include outer.html %}\n';
    const e = catchError(() => engine.renderString(text, {}, { file: 'fr/communaute.md', lineOffset: 72 }));
    expect(e.message).toBe('divided by 0');
    expect(e.file).toBe('_includes/card_user.html');
    expect(e.line).toBe(3);
    expect(e.column).toBe(3);
    expect(e.chain).toEqual(['_includes/card_user.html:3', '_includes/outer.html:2', 'fr/communaute.md:74']);
    expect(e.frame).toContain('> 3 |   {{ include.n | divided_by: 0 }}');
    expect(e.format()).toContain('_includes/card_user.html:3:3 divided by 0\n  in _includes/card_user.html:3\n  included from _includes/outer.html:2\n  included from fr/communaute.md:74');
  });

  it('locates top-level errors with the front matter offset', () => {
    const engine = createLiquidEngine({ source: dir });
    const e = catchError(() => engine.renderString('ok\n{{ "x" | date_to_xmlschema }}', {}, { file: 'post.md', lineOffset: 5 }));
    expect(e.file).toBe('post.md');
    expect(e.line).toBe(6);
    expect(e.message).toContain("Invalid Date: '\"x\"' is not a valid datetime.");
  });

  it('turns include recursion into an error, not a stack overflow', () => {
    const engine = createLiquidEngine({ source: dir });
    const e = catchError(() => engine.renderString('{% include a.html %}', {}, { file: 'r.md' }));
    expect(e.message).toMatch(/^Nesting too deep/);
    expect(e.chain.length).toBeGreaterThan(10);
    expect(e.chain[e.chain.length - 1]).toBe('r.md:1');
  });

  it('reports syntax errors at parse time with a location', () => {
    const engine = createLiquidEngine({ source: dir });
    const e = catchError(() => engine.parse('a\n{% for x in y %}\nno end', 'bad.html'));
    expect(e.file).toBe('bad.html');
    expect(e.line).toBe(2);
    expect(e.message).toBe("'for' tag was never closed");
  });

  it('warns and renders lax markup in the default error_mode, fails in strict', () => {
    const warnings: string[] = [];
    const logger = { info() {}, warn: (m: string) => warnings.push(m), error() {}, debug() {} };
    const lax = createLiquidEngine({ source: dir, logger });
    expect(lax.renderString('{{ "a" | append: "b" "c" }}', {}, { file: 'lax.md' })).toBe('ab');
    expect(warnings[0]).toMatch(/^Liquid Warning: Liquid syntax error \(line 1\)/);
    const strict = createLiquidEngine({ source: dir, config: { liquid: { error_mode: 'strict' } } });
    expect(() => strict.renderString('{{ "a" | append: "b" "c" }}', {}, { file: 'strict.md' })).toThrow(KilnError);
  });

  it('prints no lax warning for an included file, as Jekyll prints only the page and layout templates\' warnings', () => {
    // Jekyll 4.3.1: a page `{% include x.svg %}` with x.svg `a{{ . }}b` renders "ab" silently, while
    // the same `{{ . }}` in the page itself logs "Liquid Warning: ... in direct.html".
    write('_includes/lax-dot.svg', 'a{{ . }}b');
    const warnings: string[] = [];
    const logger = { info() {}, warn: (m: string) => warnings.push(m), error() {}, debug() {} };
    const engine = createLiquidEngine({ source: dir, logger });
    expect(engine.renderString('{% include lax-dot.svg %}', {}, { file: 'inc.html' })).toBe('ab');
    expect(warnings).toEqual([]);
    expect(engine.renderString('c{{ . }}d', {}, { file: 'direct.html' })).toBe('cd');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Liquid Warning: Liquid syntax error \(line 1\).* in direct\.html$/);
    expect(warnings[0]).not.toContain('file:');
  });

  it('renders the same through the compiled path and liquidjs own renderer', () => {
    const engine = createLiquidEngine({ source: dir });
    const text =
      '{% assign xs = "c,a,b" | split: "," | sort %}{% for x in xs %}{% if forloop.first %}[{% elsif forloop.last %}]{% endif %}{{ x }}{% unless forloop.last %},{% endunless %}{% endfor %}' +
      '{% capture c %}{{ xs | size }}{% endcapture %}{% case c %}{% when "3" %}three{% endcase %}{% if false and false or true %}R{% else %}L{% endif %}';
    const compiled = engine.renderString(text, {}, { file: 'c.md' });
    expect(compiled).toBe('[a,b,]cthreeL');
  });
});

describe('jsonify and inspect of linked drops', () => {
  it('lets a drop choose its JSON form by depth, and prints cycles as Ruby inspect does', async () => {
    const { JSONIFY } = await import('../../src/liquid/filters/json.js');
    const engine = createLiquidEngine({ source: dir });
    const a: Record<string | symbol, unknown> = { title: 'A' };
    const b: Record<string | symbol, unknown> = { title: 'B', previous: a };
    a.next = b;
    for (const d of [a, b]) {
      d[JSONIFY] = (depth: number) => {
        const { next, previous, ...rest } = d as Record<string, unknown>;
        return depth >= 2 ? rest : { ...rest, next: next ?? null, previous: previous ?? null };
      };
    }
    expect(engine.renderString('{{ a | jsonify }}', { a }, { file: 'j.md' })).toBe('{"title":"A","next":{"title":"B","next":null,"previous":{"title":"A"}},"previous":null}');
    expect(engine.renderString('{{ a | inspect }}', { a }, { file: 'j.md' })).toBe('{&quot;title&quot;=&gt;&quot;A&quot;, &quot;next&quot;=&gt;{&quot;title&quot;=&gt;&quot;B&quot;, &quot;previous&quot;=&gt;{...}}}');
  });
});

describe('liquid.strict_variables', () => {
  it('raises for a missing variable or key, as Ruby Liquid does', () => {
    const engine = createLiquidEngine({ source: dir, config: { liquid: { strict_variables: true } } });
    expect(engine.renderString('{{ page.title }}', { page: { title: 'T' } }, { file: 's.md' })).toBe('T');
    expect(catchError(() => engine.renderString('{{ nope }}', {}, { file: 's.md' })).message).toBe('undefined variable nope');
    expect(catchError(() => engine.renderString('{{ page.nope }}', { page: {} }, { file: 's.md' })).message).toBe('undefined variable nope');
  });
});
