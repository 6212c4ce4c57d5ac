// conf (aliases config, configuration): a generic configuration file — # comments, quoted
// strings, words and numbers.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/#.*?\n/, 'c'),
    rule(/".*?"/, 's2'),
    rule(/'.*?'/, 's1'),
    rule(/[a-z]\w*/i, 'n'),
    rule(/\d+/, 'm'),
    rule(/[^\w#"']+/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('conf', states);
}
