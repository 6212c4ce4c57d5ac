// objective_cpp (aliases objcpp, obj-c++, objectivec++ …): the C++ lexer with Objective-C's
// additions (objcExtend), plus `.class` and `@selector(class)` as pseudo-builtins.

import { LexerRun, groups, type Lexer } from '../engine.js';
import { CPP_WORDS, cppStates } from './cpp.js';
import { OBJC_BUILTINS, objcExtend } from './objective_c.js';

const states = objcExtend(cppStates({ ...CPP_WORDS, builtins: OBJC_BUILTINS }, create), create);
states.statements = [
  groups(/(\.)(class)/, ['o', 'bp']),
  groups(/(@selector)(\()(class)(\))/, ['k', 'p', 'bp', 'p']),
  ...states.statements!,
];

export function create(): Lexer {
  return new LexerRun('objective_cpp', states, (lx) => lx.push('bol'));
}
