// literate_coffeescript (alias litcoffee): Markdown prose, with 4-space indented blocks lexed as
// CoffeeScript (each lexer keeps its state across blocks, as in Rouge).

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCoffee } from './coffeescript.js';
import { create as createMarkdown } from './markdown.js';

interface LitVars { markdown: Lexer; coffee: Lexer }
const lv = (lx: LexerRun): LitVars => lx.vars as unknown as LitVars;

const states: StateTable = {
  root: [
    rule(/^(    .*?\n)+/, (lx, m) => lx.delegate(lv(lx).coffee, m[0]), undefined, { dotAll: true }),
    rule(/^([ ]{0,3}(\S.*?|)\n)*/, (lx, m) => lx.delegate(lv(lx).markdown, m[0]), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('literate_coffeescript', states, (lx) => {
    lv(lx).markdown = createMarkdown();
    lv(lx).coffee = createCoffee();
  });
}
