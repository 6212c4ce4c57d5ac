// bbcbasic: BBC BASIC — statements, functions and pseudo-variables, operators (word lists
// generated from Rouge, joined unescaped as Rouge does), REM comments, * CLI commands, strings,
// %binary/&hex numbers, and [ inline assembler ] blocks.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './bbcbasic-words.js';

const STATEMENTS = `(?:${W.STATEMENT.join('|')}|CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\\()|ELLIPSE(?: *FILL)?|ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?|LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?|MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\\()|RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?|TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?)`;

const states: StateTable = {
  expression: [
    rule(W.FUNCTION.join('|'), 'nb'),
    rule(W.OPERATOR.join('|'), 'o'),
    rule(W.CONSTANT.join('|'), 'no'),
    rule(/"[^"]*"/, 's'),
    rule(/[a-z_`][\w`]*[$%]?/i, 'nv'),
    rule(/@%/, 'nv'),
    rule(/[\d.]+/, 'm'),
    rule(/%[01]+/, 'mb'),
    rule(/&[\h]+/, 'mh'),
  ],
  root: [
    groups(/(:+)( *)(\*)(.*)/, ['p', '', 'k', '']),
    groups(/(\n+ *)(\*)(.*)/, ['', 'k', '']),
    groups(/(ELSE|OTHERWISE|REPEAT|THEN)( *)(\*)(.*)/, ['k', '', 'k', '']),
    rule(/[ \n]+/, ''),
    rule(/:+/, 'p'),
    rule(/[\[]/, 'k', 'assembly1'),
    rule(/REM *>.*/, 'cs'),
    rule(/REM.*/, 'c'),
    rule(STATEMENTS, 'k'),
    mixin('expression'),
    rule(W.PUNCTUATION.join('|'), 'p'),
  ],
  assembly1: [
    rule(/ +/, ''),
    rule(/]/, 'k', '#pop'),
    rule(/[:\n]/, 'p'),
    rule(/\.[a-z_`][\w`]*%? */i, 'nl'),
    rule(/(?:REM|;)[^:\n]*/, 'c'),
    rule(/[^ :\n]+/, 'k', 'assembly2'),
  ],
  assembly2: [
    rule(/ +/, ''),
    rule(/[:\n]/, 'p', '#pop'),
    rule(/(?:REM|;)[^:\n]*/, 'c', '#pop'),
    mixin('expression'),
    rule(/[!#,@\[\]^{}]/, 'p'),
  ],
};

export function create(): Lexer {
  return new LexerRun('bbcbasic', states);
}
