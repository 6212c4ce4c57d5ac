// libsass 3.6.2's leaked @media flag (src/site/sass/media-flag.ts): the renaming the second
// compile uses, and the splice of the two outputs, including when it must give up. The whole
// pipeline against sassc 3.6.5 is pinned by the fixture site scss-media-flag.
import { describe, expect, it } from 'vitest';
import { RENAMED_MEDIA, renameMediaRules, spliceMediaRules } from '../../src/site/sass/media-flag.js';
import { decodeMappings, encodeMappings } from '../../src/site/sass/vlq.js';

const rename = (text: string, indented = false) => renameMediaRules(text, indented, RENAMED_MEDIA);

describe('renameMediaRules', () => {
  it('renames each @media rule and blanks its query, keeping every length and line', () => {
    const text = 'a { @media screen and (min-width: #{$w}), // old browsers\n  print { b: c } }';
    const out = rename(text);
    expect(out.length).toBe(text.length);
    expect(out.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(out).toMatch(/^a \{ @kilnm +\n +\{ b: c \} \}$/);
  });

  it('leaves @media in comments, strings and other words alone', () => {
    const text = '$f: min-width; // Default @media feature\n.x { content: "@media"; } @media-x { } /* @media */';
    expect(rename(text)).toBe(text);
  });

  it('ends an indented-syntax query at the line end', () => {
    expect(rename('@media print\n  .p\n    color: red\n', true)).toBe('@kilnm      \n  .p\n    color: red\n');
  });
});

describe('spliceMediaRules', () => {
  const flagged = { css: 'a{b:1,2}@media print{c{d:1, 2}}e{f:1, 2}' };
  const clean = { css: 'a{b:1,2}@kilnm{c{d:1,2}}e{f:1,2}' };

  it('takes the media rules from the normal compile and the rest from the renamed one', () => {
    expect(spliceMediaRules(flagged, clean).css).toBe('a{b:1,2}@media print{c{d:1, 2}}e{f:1,2}');
  });

  it('keeps the normal output when the rules do not line up or the text outside them differs', () => {
    expect(spliceMediaRules(flagged, { css: 'a{b:1,2}e{f:1,2}' })).toBe(flagged);
    expect(spliceMediaRules(flagged, { css: 'a{b:1,2}@kilnm{c{d:1,2}}e{g:1,2}' })).toBe(flagged);
    expect(spliceMediaRules({ css: 'a{b:1}' }, { css: 'a{b:1}' }).css).toBe('a{b:1}');
  });

  it('skips braces in strings, comments and url()s when finding the rules', () => {
    const f = { css: 'a{content:"}"}@media print{c{d:url(x{y).png)}}e{f:1, 2}/*}*/' };
    const c = { css: 'a{content:"}"}@kilnm{c{d:url(x{y).png)}}e{f:1,2}/*}*/' };
    expect(spliceMediaRules(f, c).css).toBe('a{content:"}"}@media print{c{d:url(x{y).png)}}e{f:1,2}/*}*/');
  });

  it('moves the map segments with their text and keeps the media rule\'s closing segment', () => {
    const seg = (column: number, line: number, col: number) => ({ line: 0, column, rest: [0, line, col] });
    const map = (segments: ReturnType<typeof seg>[]) => JSON.stringify({ version: 3, sources: ['s.scss'], names: [], mappings: encodeMappings(segments) });
    // The normal compile: a, @media, its closing segment at the next rule, then e and f.
    const f = { css: 'a{b:1,2}@media print{c{d:1, 2}}e{f:1, 2}', map: map([seg(0, 0, 0), seg(8, 0, 10), seg(31, 0, 40), seg(31, 1, 0), seg(33, 1, 2)]) };
    // The renamed compile: no closing segment; e and f sit 7 columns earlier.
    const c = { css: 'a{b:1,2}@kilnm{c{d:1,2}}e{f:1,2}', map: map([seg(0, 0, 0), seg(8, 0, 10), seg(24, 1, 0), seg(26, 1, 2), seg(29, 1, 9)]) };
    const out = spliceMediaRules(f, c);
    expect(out.css).toBe('a{b:1,2}@media print{c{d:1, 2}}e{f:1,2}');
    const got = decodeMappings(JSON.parse(out.map!).mappings).map((s) => [s.column, ...s.rest.slice(1)]);
    expect(got).toEqual([[0, 0, 0], [8, 0, 10], [31, 0, 40], [31, 1, 0], [33, 1, 2], [36, 1, 9]]);
  });
});
