// cmhg: RISC OS C module header generator files — field: keywords, names, strings, numbers,
// ; comments and # preprocessor lines.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const PREPROC = 'define elif else endif error if ifdef ifndef include line pragma undef warning'.split(' ');

const states: StateTable = {
  root: [
    rule(/;[^\n]*/, 'c'),
    groups(`^([ \\t]*)(#[ \\t]*(?:(?:${PREPROC.join('|')})(?:[ \\t].*)?)?)(?=\\n)`, ['', 'cp']),
    rule(/[-a-z]+:/, 'kd'),
    rule(/[a-z_]\w+/i, 'ni'),
    rule(/"[^"]*"/, 's'),
    rule(/(?:&|0x)\h+/, 'mh'),
    rule(/\d+/, 'm'),
    rule(/[,\/()]/, 'p'),
    rule(/[ \t]+/, ''),
    rule(/\n+/, ''),
  ],
};

export function create(): Lexer {
  return new LexerRun('cmhg', states);
}
