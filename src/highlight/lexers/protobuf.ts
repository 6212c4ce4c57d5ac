// protobuf (alias proto): messages, enums, services, field types, options and literals.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/[\s]+/, ''),
    rule(/[,;{}\[\]()]/, 'p'),
    rule(/\/(\\\n)?\/($|(.|\n)*?[^\\]$)/, 'c1'),
    rule(/\/(\\\n)?\*(.|\n)*?\*(\\\n)?\//, 'cm'),
    rule(/\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b/, 'k'),
    rule(/\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string|uint32|uint64)\b/, 'kt'),
    rule(/true|false/, 'kc'),
    groups(/(package)(\s+)/, ['kn', ''], 'package'),
    groups(/(message|extend)(\s+)/, ['kd', ''], 'message'),
    groups(/(enum|group|service)(\s+)/, ['kd', ''], 'type'),
    rule(/".*?"/, 's'),
    rule(/'.*?'/, 's'),
    rule(/(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*/, 'mf'),
    rule(/(\d+\.\d*|\.\d+|\d+[fF])[fF]?/, 'mf'),
    rule(/(-?(inf|nan))\b/, 'mf'),
    rule(/0x[0-9a-fA-F]+[LlUu]*/, 'mh'),
    rule(/0[0-7]+[LlUu]*/, 'mo'),
    rule(/\d+[LlUu]*/, 'mi'),
    rule(/[+-=]/, 'o'),
    groups(/([a-zA-Z_][\w.]*)([ \t]*)(=)/, ['na', '', 'o']),
    rule(/[a-zA-Z_][\w.]*/, 'n'),
  ],
  package: [rule(/[a-zA-Z_]\w*/, 'nn', '#pop'), rule(/(?:)/, (lx) => lx.pop())],
  message: [rule(/[a-zA-Z_]\w*/, 'nc', '#pop'), rule(/(?:)/, (lx) => lx.pop())],
  type: [rule(/[a-zA-Z_]\w*/, 'n', '#pop'), rule(/(?:)/, (lx) => lx.pop())],
};

export function create(): Lexer {
  return new LexerRun('protobuf', states);
}
