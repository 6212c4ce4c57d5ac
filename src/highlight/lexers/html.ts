// html: Rouge's HTML lexer — tags and attributes, with <script> bodies delegated to the
// JavaScript lexer and <style> bodies to the CSS lexer (each keeps its state across chunks).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCss } from './css.js';
import { create as createJs } from './javascript.js';

const W = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}';
const TAG_NAME = `[\\p{L}:_-][${W}:.·-]*`;

interface SubLexers {
  js: LexerRun;
  css: LexerRun;
  /** What <style> bodies are lexed with: an instance (kept across chunks) or a factory (fresh each chunk, as Vue's lexer classes). */
  styleLang: Lexer | (() => Lexer);
}
const sub = (lx: LexerRun): SubLexers => lx.vars as unknown as SubLexers;

function styleLexer(lx: LexerRun): Lexer {
  const lang = sub(lx).styleLang;
  return typeof lang === 'function' ? lang() : lang;
}

/** Rouge's HTML states (vue extends them); a fresh copy each call. */
export function htmlStates(): StateTable {
  return {
    root: [
      rule(/[^<&]+/, '', undefined, { dotAll: true }),
      rule(/&\S*?;/, 'ni'),
      rule(/<!DOCTYPE .*?>/i, 'cp', undefined, { dotAll: true }),
      rule(/<!\[CDATA\[.*?\]\]>/, 'cp', undefined, { dotAll: true }),
      rule(/<!--/, 'c', 'comment'),
      rule(/<\?.*?\?>/, 'cp', undefined, { dotAll: true }),
      rule(/<\s*script\s*/, (lx, m) => {
        lx.token('nt', m[0]);
        sub(lx).js.reset();
        lx.push('script_content');
        lx.push('tag');
      }, undefined, { dotAll: true }),
      rule(/<\s*style\s*/, (lx, m) => {
        lx.token('nt', m[0]);
        sub(lx).css.reset();
        sub(lx).styleLang = sub(lx).css;
        lx.push('style_content');
        lx.push('tag');
      }, undefined, { dotAll: true }),
      rule(/<\//, 'nt', 'tag_end'),
      rule(/</, 'nt', 'tag_start'),
      rule(`<\\s*${TAG_NAME}`, 'nt', 'tag'),
      rule(`<\\s*/\\s*${TAG_NAME}\\s*>`, 'nt'),
    ],
    tag_end: [
      rule(/\s+/, ''),
      rule(/>/, 'nt', '#pop'),
      rule(TAG_NAME, (lx, m) => { lx.token('nt', m[0]); lx.goto('tag_end_end'); }),
    ],
    tag_end_end: [
      rule(/\s+/, ''),
      rule(/>/, 'nt', '#pop'),
    ],
    tag_start: [
      rule(/\s+/, ''),
      rule(TAG_NAME, (lx, m) => { lx.token('nt', m[0]); lx.goto('tag'); }),
      rule(/(?:)/, (lx) => lx.goto('tag')),
    ],
    comment: [
      rule(/[^-]+/, 'c'),
      rule(/-->/, 'c', '#pop'),
      rule(/-/, 'c'),
    ],
    tag: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      rule(`[\\p{L}:_\\[\\]()*.-][${W}:.·\\[\\]()*-]*\\s*=\\s*`, 'na', 'attr', { dotAll: true }),
      rule(`[\\p{L}:_*#-][${W}:.·*#-]*`, 'na'),
      rule(/\/?\s*>/, 'nt', '#pop', { dotAll: true }),
    ],
    attr: [
      rule(/"/, (lx, m) => { lx.token('s', m[0]); lx.goto('dq'); }),
      rule(/'/, (lx, m) => { lx.token('s', m[0]); lx.goto('sq'); }),
      rule(/[^\s>]+/, 's', '#pop'),
    ],
    dq: [rule(/"/, 's', '#pop'), rule(/[^"]+/, 's')],
    sq: [rule(/'/, 's', '#pop'), rule(/[^']+/, 's')],
    script_content: [
      rule(/[^<]+/, (lx, m) => lx.delegate(sub(lx).js, m[0])),
      rule(/<\s*\/\s*script\s*>/, 'nt', '#pop', { dotAll: true }),
      rule(/</, (lx, m) => lx.delegate(sub(lx).js, m[0])),
    ],
    style_content: [
      rule(/[^<]+/, (lx, m) => lx.delegate(styleLexer(lx), m[0])),
      rule(/<\s*\/\s*style\s*>/, 'nt', '#pop', { dotAll: true }),
      rule(/</, (lx, m) => lx.delegate(styleLexer(lx), m[0])),
    ],
  };
}

const states = htmlStates();

/** Rouge's HTML start: fresh JavaScript and CSS lexers for <script> and <style> bodies. */
export function startHtml(lx: LexerRun): void {
  const s = sub(lx);
  s.js = createJs();
  s.css = createCss();
  s.styleLang = s.css;
}

export function create(): LexerRun {
  return new LexerRun('html', states, startHtml);
}
