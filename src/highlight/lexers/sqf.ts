// sqf: Arma's Status Quo Function scripts — commands (Rouge's list, generated), control flow,
// declarations, constants and namespaces (case-insensitive), _local vs global variables,
// #preprocessor lines, strings, $hex numbers.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import * as W from './sqf-words.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const WORD_OPERATORS = set('and or not');
const INITIALIZERS = set('private param params');
const CONTROLFLOW = set('if then else exitwith switch do case default while for from to step foreach');
const CONSTANTS = set(`true false player confignull controlnull displaynull grpnull locationnull netobjnull objnull
  scriptnull tasknull teammembernull`);
const NAMESPACES = set('currentnamespace missionnamespace parsingnamespace profilenamespace uinamespace');
const DIAG_COMMANDS = new Set(W.DIAG_COMMANDS);
const COMMANDS = new Set(W.COMMANDS);

function wordToken(word: string): string {
  const name = word.toLowerCase();
  if (WORD_OPERATORS.has(name)) return 'ow';
  if (INITIALIZERS.has(name)) return 'kd';
  if (CONTROLFLOW.has(name)) return 'kr';
  if (CONSTANTS.has(name)) return 'kc';
  if (NAMESPACES.has(name)) return 'kn';
  if (DIAG_COMMANDS.has(name) || COMMANDS.has(name)) return 'nf';
  // Rouge: %r"_.+" =~ name, anywhere in the name
  return /_./.test(name) ? 'nv' : 'vg';
}

const states: StateTable = {
  root: [
    rule(/\s+/, ''),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(/\/\/.*/, 'c1'),
    rule(/#(define|undef|if(n)?def|else|endif|include)/, 'cp'),
    rule(/\\\r?\n/, 'cp'),
    rule(/__(EVAL|EXEC|LINE__|FILE__)/, 'nb'),
    rule(/\".*?\"/, 's'),
    rule(/'.*?'/, 's'),
    rule(/(\$|0x)[0-9a-fA-F]+/, 'mh'),
    rule(/[0-9]+(\.)?(e[0-9]+)?/, 'mf'),
    rule(/[\!\%\&\*\+\-\/\<\=\>\^\|\#]/, 'o'),
    rule(/[\(\)\{\}\[\]\,\:\;]/, 'p'),
    rule(/[a-zA-Z0-9_]+/, (lx, m) => lx.token(wordToken(m[0]), m[0])),
  ],
};

export function create(): Lexer {
  return new LexerRun('sqf', states);
}
