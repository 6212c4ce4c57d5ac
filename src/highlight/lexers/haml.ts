// haml (alias HAML): %tags, .classes and #ids, {ruby attribute hashes}, (html attributes), - and =
// Ruby lines, / comments and -# silent comments spanning indented blocks, :filters (javascript,
// css, ruby, erb, markdown, sass lexed by those lexers; others as one decorator token), plain
// text as HTML with #{} interpolation. " |" line continuations are honoured as in Rouge.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCss } from './css.js';
import { create as createErb } from './erb.js';
import { create as createHtml } from './html.js';
import { indentation, startsBlock } from './indentation.js';
import { create as createJavascript } from './javascript.js';
import { create as createMarkdown } from './markdown.js';
import { create as createRuby } from './ruby.js';
import { create as createSass } from './sass.js';

const IDENTIFIER = '[\\w:-]+';
const RUBY_VAR = '[a-z]\\w*';
// Haml may wrap a line with " |\n" anywhere: Rouge's "faux dot"
const DOT = '(?:[ ]\\|\\n(?=.*[ ]\\|)|.)';

interface HamlVars { ruby: LexerRun; html: LexerRun; filter: Lexer | null }
const hv = (lx: LexerRun): HamlVars => lx.vars as unknown as HamlVars;

/** Rouge's default filters: a fresh lexer (what `reset!` amounts to), the shared Ruby one for :ruby. */
function filterLexer(lx: LexerRun, name: string): Lexer | null {
  switch (name) {
    case 'javascript': return createJavascript();
    case 'css': return createCss();
    case 'ruby': hv(lx).ruby.reset(); return hv(lx).ruby;
    case 'erb': return createErb();
    case 'markdown': return createMarkdown();
    case 'sass': return createSass();
    default: return null;
  }
}

function rubyBang(lx: LexerRun, state: string): void {
  hv(lx).ruby.reset();
  lx.push(state);
}

const toRuby = (lx: LexerRun, m: RegExpExecArray): void => lx.delegate(hv(lx).ruby, m[0]);

const states: StateTable = {
  root: [
    rule(/\s*\n/, ''),
    rule(/\s*/, (lx, m) => { lx.token('', m[0]); indentation(lx, m[0]); }),
  ],
  content: [
    mixin('css'),
    rule(`%${IDENTIFIER}`, (lx, m) => { lx.token('nt', m[0]); lx.goto('tag'); }),
    rule(`!!!${DOT}*\\n`, 'nn', '#pop'),
    groups(`(\\/)(\\[${DOT}*?\\])(${DOT}*\\n)`, ['c', 'cs', 'c'], '#pop'),
    rule(`\\/${DOT}*\\n`, (lx, m) => { lx.token('c', m[0]); lx.pop(); startsBlock(lx, 'html_comment_block'); }),
    rule(`-#${DOT}*\\n`, (lx, m) => { lx.token('c', m[0]); lx.pop(); startsBlock(lx, 'haml_comment_block'); }),
    rule(/-/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); rubyBang(lx, 'ruby_line'); }),
    rule(`:(${DOT}*)\\n`, (lx, m) => {
      lx.token('nd', m[0]);
      lx.pop();
      startsBlock(lx, 'filter_block');
      hv(lx).filter = filterLexer(lx, m[1]!.trim());
    }),
    mixin('eval_or_plain'),
  ],
  css: [
    rule(`\\.${IDENTIFIER}`, (lx, m) => { lx.token('nc', m[0]); lx.goto('tag'); }),
    rule(`#${IDENTIFIER}`, (lx, m) => { lx.token('nf', m[0]); lx.goto('tag'); }),
  ],
  tag: [
    mixin('css'),
    rule(/[{]/, (lx, m) => { lx.token('p', m[0]); rubyBang(lx, 'ruby_tag'); }),
    rule(`\\[${DOT}*?\\]`, toRuby),
    rule(/\(/, 'p', 'html_attributes'),
    rule(/\s*\n/, '', '#pop'),
    rule(/[<>]{1,2}(?=[ \t=])/, 'p'),
    mixin('eval_or_plain'),
  ],
  plain: [
    rule(/([^#\n]|#[^{\n]|(\\\\)*\\#\{)+/, (lx, m) => lx.delegate(hv(lx).html, m[0])),
    mixin('interpolation'),
    rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.resetStack(); }),
  ],
  eval_or_plain: [
    rule(/[&!]?==/, 'p', 'plain'),
    rule(/[&!]?[=!]/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); rubyBang(lx, 'ruby_line'); }),
    rule(/(?:)/, (lx) => lx.push('plain')),
  ],
  ruby_line: [
    rule(/\n/, '', '#pop'),
    rule(/,[ \t]*\n/, toRuby),
    rule(/[ ]\|[ \t]*\n/, 'se'),
    rule(/.*?(?=(,$| \|)?[ \t]*$)/, toRuby),
  ],
  ruby_tag: [mixin('ruby_inner')],
  html_attributes: [
    rule(/\s+/, ''),
    rule(`${IDENTIFIER}\\s*=`, 'na', 'html_attribute_value'),
    rule(IDENTIFIER, 'na'),
    rule(/\)/, '', '#pop'),
  ],
  html_attribute_value: [
    rule(/\s+/, ''),
    rule(RUBY_VAR, 'nv', '#pop'),
    rule(`@${RUBY_VAR}`, 'vi', '#pop'),
    rule(`\\$${RUBY_VAR}`, 'vg', '#pop'),
    rule(/'(\\\\|\\'|[^'\n])*'/, 's', '#pop'),
    rule(/"(\\\\|\\"|[^"\n])*"/, 's', '#pop'),
  ],
  html_comment_block: [
    rule(`${DOT}+`, 'c'),
    mixin('indented_block'),
  ],
  haml_comment_block: [
    rule(`${DOT}+`, 'cp'),
    mixin('indented_block'),
  ],
  filter_block: [
    rule(/([^#\n]|#[^{\n]|(\\\\)*\\#\{)+/, (lx, m) => {
      const filter = hv(lx).filter;
      if (filter) lx.delegate(filter, m[0]);
      else lx.token('nd', m[0]);
    }),
    mixin('interpolation'),
    mixin('indented_block'),
  ],
  interpolation: [rule(/#[{]/, 'si', 'ruby')],
  ruby: [
    rule(/[}]/, 'si', '#pop'),
    mixin('ruby_inner'),
  ],
  ruby_inner: [
    rule(/[{]/, (lx, m) => { toRuby(lx, m); lx.push('ruby_inner'); }),
    rule(/[}]/, (lx, m) => { toRuby(lx, m); lx.pop(); }),
    rule(/[^{}]+/, toRuby),
  ],
  indented_block: [rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.resetStack(); })],
};

export function create(): Lexer {
  return new LexerRun('haml', states, (lx) => {
    const v = hv(lx);
    v.ruby = createRuby();
    v.html = createHtml();
    v.filter = null;
  });
}
