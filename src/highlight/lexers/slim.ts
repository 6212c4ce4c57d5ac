// slim: tags with .class/#id shorthands and attributes, - / = Ruby lines, | and ' plain blocks,
// / comments, "dirty" inline HTML, filters (ruby, erb, javascript, css, coffee, markdown, scss,
// sass; others as one decorator token), #{} interpolation — indented blocks as Rouge tracks them.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCoffee } from './coffeescript.js';
import { create as createCss } from './css.js';
import { create as createErb } from './erb.js';
import { create as createHtml } from './html.js';
import { indentation, startsBlock } from './indentation.js';
import { create as createJavascript } from './javascript.js';
import { create as createMarkdown } from './markdown.js';
import { create as createRuby } from './ruby.js';
import { create as createSass } from './sass.js';
import { create as createScss } from './scss.js';

const RUBY_CHARS = '[\\w\\!\\?\\@\\$]';
// Rouge's dot is a capturing group; keep it one so back-references number the same
const DOT = '(\\\\\\n|.)';

interface SlimVars { ruby: LexerRun; html: LexerRun; filter: Lexer | null }
const sv = (lx: LexerRun): SlimVars => lx.vars as unknown as SlimVars;

/** Rouge's filters: a fresh lexer (what `reset!` amounts to), the shared Ruby one for `ruby:`. */
function filterLexer(lx: LexerRun, name: string): Lexer | null {
  switch (name) {
    case 'ruby': sv(lx).ruby.reset(); return sv(lx).ruby;
    case 'erb': return createErb();
    case 'javascript': return createJavascript();
    case 'css': return createCss();
    case 'coffee': return createCoffee();
    case 'markdown': return createMarkdown();
    case 'scss': return createScss();
    case 'sass': return createSass();
    default: return null;
  }
}

const toRuby = (lx: LexerRun, text: string | undefined): void => lx.delegate(sv(lx).ruby, text ?? '');

const states: StateTable = {
  root: [
    rule(/\s*\n/, ''),
    rule(/\s*/, (lx, m) => { lx.token('', m[0]); indentation(lx, m[0]); }),
  ],
  content: [
    mixin('css'),
    rule(`\\/${DOT}*`, 'c', 'indented_block'),
    groups(/(doctype)(\s+)(.*)/, ['nn', 'w', ''], '#pop'),
    rule(/(\w*):\s*\n/, (lx, m) => {
      lx.token('nd', m[0]);
      lx.pop();
      startsBlock(lx, 'filter_block');
      sv(lx).filter = filterLexer(lx, m[1]!.trim());
    }),
    rule(/[\|'](?=\s)/, (lx, m) => {
      lx.token('p', m[0]);
      lx.pop();
      startsBlock(lx, 'plain_block');
      lx.goto('plain_block');
    }),
    rule(/-|==|=/, 'p', 'ruby_line'),
    rule(`(\\*)(${RUBY_CHARS}+\\(.*?\\))`, (lx, m) => { lx.token('p', m[1]); toRuby(lx, m[2]); lx.push('tag'); }),
    rule(`(\\*)(${RUBY_CHARS}+)`, (lx, m) => { lx.token('p', m[1]); toRuby(lx, m[2]); lx.push('tag'); }),
    rule(/(<\/?[\w\s\=\'\"]+?\/?>)/, (lx, m) => { lx.delegate(sv(lx).html, m[1]!); lx.pop(); }),
    rule(/\w+/, 'nt', 'tag'),
  ],
  tag: [
    mixin('css'),
    mixin('indented_block'),
    mixin('interpolation'),
    rule(/[<>]/, 'p'),
    rule(/\s+?/, 'w'),
    rule(`(\\*)(${RUBY_CHARS}+)`, (lx, m) => { lx.token('p', m[1]); toRuby(lx, m[2]); }),
    rule(`(\\*)(\\{${DOT}+?\\})`, (lx, m) => { lx.token('p', m[1]); toRuby(lx, m[2]); }),
    rule(/([\w\-]+)(\s*)(\=)/, (lx, m) => { lx.groups(m, ['na', 'w', 'p']); lx.push('html_attr'); }),
    rule(`(\\=)(${DOT}+)`, (lx, m) => { lx.token('p', m[1]); toRuby(lx, m[2]); }),
    rule(/&\S*?;/, 'ni'),
    rule(`${DOT}+?`, ''),
    rule(/\s*\n/, 'w', '#pop'),
  ],
  css: [
    rule(/\.[\w-]*/, (lx, m) => { lx.token('nc', m[0]); lx.goto('tag'); }),
    rule(/#[a-zA-Z][\w:-]*/, (lx, m) => { lx.token('nf', m[0]); lx.goto('tag'); }),
  ],
  html_attr: [
    rule(`\\s*(['"])${DOT}*?\\1`, 's', '#pop'),
    rule(`(${RUBY_CHARS}+\\(.*?\\))`, (lx, m) => { toRuby(lx, m[1]); lx.pop(); }),
    rule(`(${RUBY_CHARS}+)`, (lx, m) => { toRuby(lx, m[1]); lx.pop(); }),
    rule(/\s+/, 'w'),
  ],
  ruby_line: [
    mixin('indented_block'),
    rule(/[,\\]\s*\n/, (lx, m) => toRuby(lx, m[0])),
    rule(/[ ]\|[ \t]*\n/, 'se'),
    rule(/.*?(?=([,\\]$| \|)?[ \t]*$)/, (lx, m) => toRuby(lx, m[0])),
  ],
  filter_block: [
    rule(/([^#\n]|#[^{\n]|(\\\\)*\\#\{)+/, (lx, m) => {
      const filter = sv(lx).filter;
      if (filter) lx.delegate(filter, m[0]);
      else lx.token('nd', m[0]);
    }),
    mixin('interpolation'),
    mixin('indented_block'),
  ],
  plain_block: [
    mixin('interpolation'),
    rule(/(<\/?[\w\s\=\'\"]+?\/?>)/, (lx, m) => lx.delegate(sv(lx).html, m[1]!)),
    rule(/&\S*?;/, 'ni'),
    rule(`${DOT}+?`, ''),
    mixin('indented_block'),
  ],
  interpolation: [rule(/#[{]/, 'si', 'ruby_interp')],
  ruby_interp: [
    rule(/[}]/, 'si', '#pop'),
    mixin('ruby_interp_inner'),
  ],
  ruby_interp_inner: [
    rule(/[{]/, (lx, m) => { toRuby(lx, m[0]); lx.push('ruby_interp_inner'); }),
    rule(/[}]/, (lx, m) => { toRuby(lx, m[0]); lx.pop(); }),
    rule(/[^{}]+/, (lx, m) => toRuby(lx, m[0])),
  ],
  indented_block: [rule(/(?<!\\)\n/, (lx, m) => { lx.token('', m[0]); lx.resetStack(); })],
};

export function create(): Lexer {
  return new LexerRun('slim', states, (lx) => {
    const v = sv(lx);
    v.ruby = createRuby();
    v.html = createHtml();
    v.filter = null;
  });
}
