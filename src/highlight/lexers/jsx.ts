// jsx (alias react): JavaScript with XML-like elements — tags, attributes and {expressions}
// inside elements, text between tags lexed as HTML. `jsxStates` is reused by tsx.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import { JS_WORDS, javascriptStates, type JsWords } from './javascript.js';

const htmlOf = (lx: LexerRun): LexerRun => lx.vars.html as LexerRun;

export function jsxStates(words: JsWords): StateTable {
  const states = javascriptStates(words);
  states.expr_start = [mixin('tag'), ...states.expr_start!];
  Object.assign(states, {
    tag: [
      rule(/</, (lx, m) => {
        lx.token('p', m[0]);
        lx.push('tag_opening');
        lx.push('element');
        lx.push('element_name');
      }),
    ],
    tag_opening: [
      rule(/<\//, (lx, m) => { lx.token('p', m[0]); lx.goto('element'); lx.push('element_name'); }),
      mixin('tag'),
      rule(/\{/, (lx, m) => { lx.token('si', m[0]); lx.push('interpol'); lx.push('expr_start'); }),
      rule(/[^<{]+/, (lx, m) => lx.delegate(htmlOf(lx), m[0])),
    ],
    element: [
      mixin('comments_and_whitespace'),
      rule(/\/>/, (lx, m) => { lx.token('p', m[0]); lx.pop(2); }),
      rule(/>/, 'p', '#pop'),
      rule(/\{/, (lx, m) => { lx.token('si', m[0]); lx.push('interpol'); lx.push('expr_start'); }),
      rule(/\w[\w-]*/, 'na'),
      rule(/=/, 'p'),
      rule(/(["']).*?(\1)/, 's'),
    ],
    element_name: [
      rule(/[A-Z]\w*/, 'nc'),
      rule(/\w+/, 'nt'),
      rule(/\./, 'p'),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    interpol: [
      rule(/\}/, 'si', '#pop'),
      rule(/\{/, (lx, m) => { lx.token('p', m[0]); lx.push('interpol_inner'); lx.push('statement'); }),
      mixin('root'),
    ],
    interpol_inner: [
      rule(/\}/, (lx, m) => { lx.token('p', m[0]); lx.goto('statement'); }),
      mixin('root'),
    ],
  } satisfies StateTable);
  return states;
}

/** Rouge's JSX start: a fresh HTML lexer for element text, and an expression may start. */
export function startJsx(lx: LexerRun): void {
  lx.vars.html = createHtml();
  lx.push('expr_start');
}

const states = jsxStates(JS_WORDS);

export function create(): Lexer {
  return new LexerRun('jsx', states, startJsx);
}
