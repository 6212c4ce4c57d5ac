// nix (alias nixos): the Nix expression language — paths and URLs, strings and ''indented
// strings'' with ${} interpolation, sets, lists, keywords and builtins.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const PATH = '((\\/[a-zA-Z0-9._-]+)+|~(\\/[a-zA-Z0-9._-]+)+|[a-zA-Z0-9._-]+(\\/[a-zA-Z0-9._-]+)+|[a-z+]+:\\/\\/(\\/?[a-zA-Z0-9._-]+(\\/[a-zA-Z0-9._-]+)+))';
const BUILTINS = 'abort|baseNameOf|builtins|derivation|fetchTarball|import|isNull|removeAttrs|throw|toString';

const states: StateTable = {
  whitespaces: [
    rule(/^\s*\n\s*$/, '', undefined, { dotAll: true }),
    rule(/\s+/, ''),
  ],
  comment: [
    rule(/#.*$/, 'c'),
    rule(/\/\*/, 'c', 'multiline_comment'),
  ],
  multiline_comment: [
    rule(/\*\//, 'c', '#pop'),
    rule(/./, 'c'),
  ],
  number: [rule(/[0-9]/, 'mi')],
  null: [rule(/(null)/, 'kc')],
  boolean: [rule(/(true|false)/, 'kc')],
  binding: [rule(/[a-zA-Z_][a-zA-Z0-9-]*/, 'nv')],
  path: [rule(PATH, 'sx')],
  string: [
    rule(/"/, 's2', 'double_quoted_string'),
    rule(/''/, 's2', 'indented_string'),
  ],
  string_content: [
    rule(/\\./, 'se'),
    rule(/\$\$/, 'se'),
    rule(/\${/, 'si', 'string_interpolated_arg'),
  ],
  indented_string_content: [
    rule(/'''/, 'se'),
    rule(/''\$/, 'se'),
    rule(/\$\$/, 'se'),
    rule(/''\\./, 'se'),
    rule(/\${/, 'si', 'string_interpolated_arg'),
  ],
  string_interpolated_arg: [mixin('expression'), rule(/}/, 'si', '#pop')],
  indented_string: [
    mixin('indented_string_content'),
    rule(/''/, 's2', '#pop'),
    rule(/./, 's2'),
  ],
  double_quoted_string: [
    mixin('string_content'),
    rule(/"/, 's2', '#pop'),
    rule(/./, 's2'),
  ],
  operator: [rule(/(\.|\?|\+\+|\+|!=|!|\/\/|==|&&|\|\||->|\/|\*|-|<|>|<=|=>)/, 'o')],
  assignment: [rule(/(=)/, 'o'), rule(/(@)/, 'o')],
  accessor: [rule(/(\$)/, 'p')],
  delimiter: [rule(/(;|,|:)/, 'p')],
  atom_content: [mixin('expression'), rule(/\)/, 'p', '#pop')],
  atom: [rule(/\(/, 'p', 'atom_content')],
  list: [rule(/\[/, 'p', 'list_content')],
  list_content: [rule(/\]/, 'p', '#pop'), mixin('expression')],
  set: [rule(/{/, 'p', 'set_content')],
  set_content: [rule(/}/, 'p', '#pop'), mixin('expression')],
  expression: [
    mixin('ignore'), mixin('comment'), mixin('boolean'), mixin('null'), mixin('number'), mixin('path'),
    mixin('string'), mixin('keywords'), mixin('operator'), mixin('accessor'), mixin('assignment'),
    mixin('delimiter'), mixin('binding'), mixin('atom'), mixin('set'), mixin('list'),
  ],
  keywords: [
    rule(/(?:with|in|inherit)\b/, 'kn'),
    rule(/(?:let)\b/, 'kd'),
    rule(/(?:if|then|else)\b/, 'k'),
    rule(/(?:rec|assert|map)\b/, 'kr'),
    rule(`(?:${BUILTINS})\\b`, 'kr'),
  ],
  ignore: [mixin('whitespaces')],
  root: [mixin('ignore'), mixin('expression')],
};

export function create(): Lexer {
  return new LexerRun('nix', states);
}
