// typescript (alias ts): the JavaScript lexer with TypeScript's extra words, `?.`/`??` and
// optional-property labels (`name?: type`), as Rouge's Typescript lexer. The same additions
// make tsx out of jsx.

import { LexerRun, rule, type StateTable } from '../engine.js';
import { JS_ID, JS_WORDS, javascriptStates, type JsWords } from './javascript.js';

const add = (base: ReadonlySet<string>, more: string): Set<string> => new Set([...base, ...more.split(' ')]);

export const TS_WORDS: JsWords = {
  keywords: add(JS_WORDS.keywords, 'is namespace static private protected public implements readonly'),
  declarations: add(JS_WORDS.declarations, 'type abstract'),
  reserved: add(JS_WORDS.reserved, 'string any void number namespace module declare default interface keyof'),
  constants: JS_WORDS.constants,
  builtins: add(JS_WORDS.builtins, 'Pick Partial Readonly Record'),
};

/** Rouge's TypescriptCommon: rules put in front of root and statement. */
export function applyTypescript(states: StateTable): StateTable {
  states.root = [rule(/[?][.]/, 'p'), rule(/[?]{2}/, 'o'), ...states.root!];
  states.statement = [
    rule(`(${JS_ID})(\\??)(\\s*)(:)`, (lx, m) => {
      lx.groups(m, ['nl', 'p', '', 'p']);
      lx.push('expr_start');
    }, undefined, { ignoreCase: true }),
    ...states.statement!,
  ];
  return states;
}

const states = applyTypescript(javascriptStates(TS_WORDS));

export function create(): LexerRun {
  return new LexerRun('typescript', states);
}
