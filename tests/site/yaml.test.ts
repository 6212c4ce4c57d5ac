// YAML typed as Ruby's Psych types it (expected values checked with `ruby -ryaml` / Psych 4),
// and YAML errors located at file:line.
import { describe, expect, it } from 'vitest';
import { parseSimpleMapping, parseYaml, parseYamlDocument, tokenize } from '../../src/config/yaml.js';
import { RubyDate, RubyTime } from '../../src/liquid/ruby/time.js';
import { RubyFloat } from '../../src/liquid/ruby/value.js';
import { KilnError } from '../../src/util/errors.js';

describe('Psych scalar typing', () => {
  it('booleans and nil as YAML 1.1 (yes/no/on/off), but not y/n', () => {
    expect([tokenize('yes'), tokenize('No'), tokenize('ON'), tokenize('off'), tokenize('true'), tokenize('FALSE')]).toEqual([true, false, true, false, true, false]);
    expect([tokenize('y'), tokenize('n'), tokenize('Yes please')]).toEqual(['y', 'n', 'Yes please']);
    expect([tokenize('~'), tokenize('null'), tokenize('NULL'), tokenize('')]).toEqual([null, null, null, null]);
  });

  it('integers: octal with a leading 0, hex, binary, underscores; 0o17 stays a string', () => {
    expect([tokenize('017'), tokenize('0x1F'), tokenize('0b101'), tokenize('1_000'), tokenize('+12'), tokenize('-7')]).toEqual([15, 31, 5, 1000, 12, -7]);
    expect(tokenize('0o17')).toBe('0o17');
  });

  it('floats need a dot: 1e3 and 1.5e3 stay strings, 6.0 keeps its .0', () => {
    expect(tokenize('1e3')).toBe('1e3');
    expect(tokenize('1.5e3')).toBe('1.5e3');
    expect(tokenize('1.5')).toBe(1.5);
    const six = tokenize('6.0');
    expect(six).toBeInstanceOf(RubyFloat);
    expect(String(six)).toBe('6.0');
    expect([tokenize('.inf'), tokenize('-.inf')]).toEqual([Infinity, -Infinity]);
  });

  it('sexagesimal numbers as Psych computes them', () => {
    expect(tokenize('12:30:00')).toBe(45000);
    expect(tokenize('1:30')).toBe(5400);
  });

  it('dates become Date, impossible dates stay strings', () => {
    const d = tokenize('2024-03-05');
    expect(d).toBeInstanceOf(RubyDate);
    expect(String(d)).toBe('2024-03-05');
    expect(String(tokenize('2024-3-5'))).toBe('2024-03-05');
    expect(tokenize('2024-02-30')).toBe('2024-02-30');
  });

  it('times: no zone = UTC digits shown in the local zone, Z = UTC, offsets kept', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
    try {
      expect(String(tokenize('2024-03-05 08:07:09'))).toBe('2024-03-05 09:07:09 +0100');
      expect(String(tokenize('2024-03-05T08:07:09Z'))).toBe('2024-03-05 08:07:09 UTC');
      expect(String(tokenize('2024-03-05 08:07:09 -05:00'))).toBe('2024-03-05 08:07:09 -0500');
      expect(String(tokenize('2024-03-05 08:07:09.5 +01'))).toBe('2024-03-05 08:07:09 +0100');
      expect(tokenize('2024-03-05 8:07')).toBe('2024-03-05 8:07');
      expect(tokenize('2024-03-05 08:07:09')).toBeInstanceOf(RubyTime);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('parseYaml', () => {
  it('quoted scalars stay strings; merge keys; anchors', () => {
    const v = parseYaml('a: "yes"\nb: \'017\'\nbase: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\nlist: [on, 2, ~]\n', { file: '_config.yml' });
    expect(v).toEqual({ a: 'yes', b: '017', base: { x: 1, y: 2 }, d: { x: 1, y: 3 }, list: [true, 2, null] });
  });

  // Expected from ruby -ryaml -e 'p YAML.safe_load(..., aliases: true)' (Psych's revive_hash).
  it('merge keys as Psych applies them: in place, key order and later-wins as Hash#merge!', () => {
    const text = 'b: &b {x: 1, y: 2}\nc: &c {y: 3, z: 4}\nk1:\n  y: 9\n  <<: *b\n  w: 0\nk2:\n  <<: [*b, *c]\n  x: 7\nk3:\n  a: 1\n  <<: 5\nk4:\n  <<: [*b, 5]\n';
    const v = parseYaml(text, { file: '_data/m.yml' }) as Record<string, Record<string, unknown>>;
    expect(JSON.stringify(v.k1)).toBe('{"y":2,"x":1,"w":0}');
    expect(JSON.stringify(v.k2)).toBe('{"y":2,"z":4,"x":7}');
    expect(v.k3).toEqual({ a: 1, '<<': 5 });
    expect(v.k4).toEqual({ '<<': [{ x: 1, y: 2 }, 5] });
  });

  it('explicit tags', () => {
    expect(parseYaml('a: !!str 12\nb: !!int "7"\n', { file: 'x.yml' })).toEqual({ a: '12', b: 7 });
  });

  it('a syntax error names the file and line, with a code frame', () => {
    let err: unknown;
    try {
      parseYaml('title: ok\nlist: [a, b\nother: 1\n', { file: '_data/bad.yml' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KilnError);
    const k = err as KilnError;
    expect(k.file).toBe('_data/bad.yml');
    expect(k.line).toBeGreaterThanOrEqual(2);
    expect(k.format()).toMatch(/^_data\/bad\.yml:\d+:\d+ YAML syntax error/);
    expect(k.frame).toContain('list: [a, b');
  });

  // Psych (libyaml) reads a quoted scalar on to its closing quote whatever the continuation lines'
  // indentation (nim-lang/website's posts have `excerpt: "…` continued at column 0). Expected values
  // from `ruby -ryaml -e 'p YAML.load(...)'`.
  it('quoted scalars continued on less indented lines, as libyaml reads them', () => {
    expect(parseYaml('title: "X"\nexcerpt: "We are proud\nthe Nim \\"language\\""\nnext: 1\n', { file: 'p.md' }))
      .toEqual({ title: 'X', excerpt: 'We are proud the Nim "language"', next: 1 });
    expect(parseYaml("a:\n  b: 'it''s\nok'\n  c: [x, \"y\nz\"]\n", { file: 'd.yml' })).toEqual({ a: { b: "it's ok", c: ['x', 'y z'] } });
    expect(parseYaml('x: "a\n\n  b\n"\ny: \'q\nr\'\n', { file: 'e.yml' })).toEqual({ x: 'a\nb ', y: 'q r' });
  });

  // Psych returns the first document as soon as its root closes: an indented root block collection
  // closes at the first line indented less, and the rest is never read (found on joshgerdes/jekyll-uno,
  // whose js/main.js front matter is `  layout: null\nsitemap:\nexclude: 'yes'`; Jekyll reads
  // {layout: nil} without a warning). Expected values from `ruby -ryaml -e 'p YAML.safe_load(...)'`.
  it('an indented root block collection ends at the first less indented line, the rest ignored', () => {
    expect(parseYaml("---\n  layout: null\nsitemap:\nexclude: 'yes'\n", { file: 'js/main.js' })).toEqual({ layout: null });
    expect(parseYaml('  a: 1\n  b: 2\nc: 3\n  d: 4\n', { file: 'f.md' })).toEqual({ a: 1, b: 2 });
    expect(parseYaml('  a: 1\n b: 2 \n  c: 3\n', { file: 'f.md' })).toEqual({ a: 1 });
    expect(parseYaml('  a: 1\n# c\nb: [\n', { file: 'f.md' })).toEqual({ a: 1 });
    expect(parseYaml('  - x\n- y\n', { file: 'f.md' })).toEqual(['x']);
    expect(parseYaml('  a: "x\ny"\nb: 2\n', { file: 'f.md' })).toEqual({ a: 'x y' });
    // Not a close of the root: errors inside it, or a root at column 0, still fail.
    expect(() => parseYaml('  a:\n    b: 1\n   c: 2\nd: 3\n', { file: 'f.md' })).toThrow(KilnError);
    expect(() => parseYaml('a: 1\n- x\n', { file: 'f.md' })).toThrow(KilnError);
  });

  it('a document marker inside a quoted scalar is still an error at its line', () => {
    let err: unknown;
    try {
      parseYaml('a: "x\n---\n"\n', { file: '_data/marker.yml' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KilnError);
    expect((err as KilnError).line).toBe(1);
  });
});

describe('flat front matter fast path', () => {
  const samples = [
    '---\ntitle: Hello world\nlayout: post\n',
    '---\ntitle: "Quoted: with colon"\ndate: 2024-03-05 10:00:00 +01:00\npublished: no\n',
    "title: 'It''s'\ntags: [a, b, 3, yes]\ncategories: []\nempty:\nnum: 017\nf: 6.0\n",
    'uid: 2010-06-09\nlang: fr\n# comment\n\nauthor: ~\n',
    'a: b: c\n',
    'list:\n  - a\n  - b\n',
    'map:\n  x: 1\n',
    'text: >\n  folded\n',
    'x: [a, [b]]\n',
    'x: "esc \\" q"\n',
    'x: value # comment\n',
    'x: &anchor 1\ny: *anchor\n',
    '"quoted key": 1\n',
    'x: - not a list\n',
    '---\n',
    'layout      : page\ntitle       : "Contact"\nempty       :\nlist  : [a, b]\n',
  ];
  for (const text of samples) {
    it(`same result as the full parser: ${JSON.stringify(text.slice(0, 40))}`, () => {
      let full: unknown;
      try {
        full = parseYamlDocument(text, { file: 'x.yml' });
      } catch {
        expect(parseSimpleMapping(text)).toBeUndefined();
        return;
      }
      const fast = parseSimpleMapping(text);
      if (fast !== undefined) expect(fast).toEqual(full ?? null);
    });
  }

  it('takes the fast path for the usual shapes', () => {
    expect(parseSimpleMapping('title: T\ntags: [a, b]\n')).toEqual({ title: 'T', tags: ['a', 'b'] });
    expect(parseSimpleMapping('list:\n  - a\n')).toBeUndefined();
  });

  it('aligned colons: spaces before the colon are not part of the key (Psych: {"layout"=>"page", "k"=>nil})', () => {
    expect(parseYaml('layout      : page\nk :\n', { file: 'x.md' })).toEqual({ layout: 'page', k: null });
  });
});
