// irb (alias pry): Ruby console sessions — prompt lines (irb(main):001:0>, pry>) lexed as Ruby,
// output lines by an output lexer (`=> value` lexed as Ruby, errors as Generic.Error).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { ConsoleLexer } from './console.js';
import { create as createRuby, rubyStates, startRuby } from './ruby.js';

const outputStates: StateTable = rubyStates();
outputStates.root = [rule(/#</, 'kt', 'irb_object'), ...outputStates.root!];
Object.assign(outputStates, {
  has_irb_output: [
    rule(/=>/, 'p', '#pop'),
    rule(/.+?(\n|$)/, 'go'),
  ],
  irb_error: [
    rule(/.+?(\n|$)/, 'gr'),
    mixin('has_irb_output'),
  ],
  stdout: [
    rule(/\w+?(Error|Exception):.+?(\n|$)/, 'gr', 'irb_error'),
    mixin('has_irb_output'),
  ],
  irb_object: [
    rule(/>/, 'kt', '#pop'),
    mixin('root'),
  ],
} satisfies StateTable);

/** Rouge's IRBOutputLexer: a Ruby lexer starting in the stdout state. */
export function createOutput(): LexerRun {
  return new LexerRun('irb_output', outputStates, (lx) => {
    startRuby(lx);
    lx.push('stdout');
  });
}

export function create(): Lexer {
  return new ConsoleLexer({
    tag: 'irb',
    prompt: /^[^\n]*?(irb|pry)[^\n]*?[>"*]/u,
    lang: createRuby(),
    output: createOutput(),
  });
}
