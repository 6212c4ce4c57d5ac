// The hand-written tag and attribute matchers (src/markdown/block/html-tag.ts) against the regexps they
// replace: same match, same groups, on random tag-like input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachAttribute, matchEndTag, matchStartTag } from '../../src/markdown/block/html-tag.js';
import { asciiForm, HTML_ATTRIBUTE_RE, HTML_TAG_CLOSE_RE, HTML_TAG_RE, TAG_SLASH } from '../../src/markdown/patterns.js';

const TAG = new RegExp(asciiForm(HTML_TAG_RE), 'yu');
const CLOSE = new RegExp(asciiForm(HTML_TAG_CLOSE_RE), 'yu');
const ATTR = new RegExp(asciiForm(HTML_ATTRIBUTE_RE), 'gu');

const PIECES = ['<', '</', '>', '/>', '/', ' ', '  ', '\t', '\n', '\v', '=', ' = ', '"', "'", 'a', 'div', 'B', '_', '-', '.', ':', 'x:y', '1', '09',
  'é', '€', 'class', 'href', '"v"', "'w x'", 'markdown="1"', 'id=a_1', ' src="u"', '<img', '<a', '</a', '<br', 'data-x', '\u00a0', '!', '?'];
const noise = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 24 }).map((a) => a.join(''));
// Mostly well-formed tags with small defects, so that matches (with attributes) are frequent.
const ws = fc.constantFrom('', ' ', '  ', '\n', '\t ', '\f');
const name = fc.constantFrom('a', 'div', 'x:y', 'B_1', 'data-x', 'a.b', '_', 'é', 'a:', ':a', '1a', 'a:1');
const value = fc.constantFrom('v', 'a_1', '"x y"', "'q'", '"', "'", '', '"a\'b"', "'>'", '"/>"', 'é', 'v-w');
const sep = fc.constantFrom(' ', ' ', '  ', '\n', '\t ', '');
const attr = fc.tuple(sep, name, fc.option(fc.tuple(ws, fc.constantFrom('=', '', '=='), ws, value))).map(([w, n, v]) => w + n + (v ? v.join('') : ''));
const tail = fc.constantFrom('>', '>', '>', '/>', '/>', ' >', ' />', '/', '', ' / >', '>x', '\n>', '>>');
const wellFormed = fc.tuple(name, fc.array(attr, { maxLength: 5 }), ws, tail).map(([n, as, w, t]) => n + as.join('') + w + t);
const tagish = fc.oneof(wellFormed, wellFormed, noise);

function regexpStart(s: string, pos: number): (string | undefined)[] | null {
  TAG.lastIndex = pos;
  const m = TAG.exec(s);
  return m && [m[0], m[1], m[2], m[TAG_SLASH]];
}

describe('HTML tag matchers', () => {
  it('match start tags as HTML_TAG_RE (ASCII form) does', () => {
    fc.assert(fc.property(tagish, fc.nat(4), (body, at) => {
      const s = '<' + body;
      const pos = Math.min(at, s.length - 1);
      const m = matchStartTag(s, pos);
      expect(m && [m[0], m[1], m[2], m[TAG_SLASH]]).toEqual(regexpStart(s, pos));
    }), { numRuns: 10000 });
  });

  it('match end tags as HTML_TAG_CLOSE_RE (ASCII form) does', () => {
    fc.assert(fc.property(tagish, (body) => {
      const s = '</' + body;
      CLOSE.lastIndex = 0;
      const r = CLOSE.exec(s);
      const m = matchEndTag(s, 0);
      expect(m && [m[0], m[1]]).toEqual(r && [r[0], r[1]]);
    }), { numRuns: 10000 });
  });

  it('scan attributes as HTML_ATTRIBUTE_RE (ASCII form) does', () => {
    fc.assert(fc.property(tagish, (s) => {
      const mine: [string, string][] = [];
      eachAttribute(s, (n, v) => mine.push([n, v]));
      const theirs: [string, string][] = [];
      ATTR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ATTR.exec(s)) !== null) theirs.push([m[1]!, m[2] ?? m[4] ?? '']);
      expect(mine).toEqual(theirs);
    }), { numRuns: 10000 });
  });

  it('agree on real tags', () => {
    for (const s of ['<div class="row">', '<img src="a.png" alt=\'x\' />', '<br/>', '<a href=x/>', '<x:y a:b="1">', '<p  >', '<a b=>', '<a b="c>', '<a\nhref="x"\n>', '</div >', '</a b>']) {
      const m = matchStartTag(s, 0);
      expect(m && [m[0], m[1], m[2], m[TAG_SLASH]]).toEqual(regexpStart(s, 0));
    }
  });
});
