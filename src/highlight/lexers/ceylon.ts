// ceylon: the Ceylon language — annotations, keywords, declarations, types, class and import
// names, strings and ``interpolations``, chars, numbers with magnitude suffixes (1k, 1.5M),
// #hex and $binary literals. (Rouge's annotation and keyword patterns span source lines, so a
// newline and indentation are part of some alternatives; the sources are generated from Rouge.
// Its /* opens no comment state: only the two characters are a comment.)

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { DECORATORS_SOURCE, KEYWORDS_SOURCE } from './ceylon-words.js';

const states: StateTable = {
  whitespace: [
    rule(/[^\S\n]+/, ''),
    rule(/\/\/.*?\n/, 'c1'),
    rule(/\/\*/, 'cm'),
  ],
  root: [
    mixin('whitespace'),
    rule(DECORATORS_SOURCE, 'nd'),
    rule(KEYWORDS_SOURCE, 'k'),
    rule(/(abstracts|extends|satisfies|super|given|of|out|assign)\b/, 'kd'),
    rule(/(function|value|void|new)\b/, 'kt'),
    groups(/(assembly|module|package)(\s+)/, ['kn', ''], 'import'),
    rule(/(true|false|null)\b/, 'kc'),
    groups(/(class|interface|object|alias)(\s+)/, ['kd', ''], 'class'),
    groups(/(import)(\s+)/, ['kn', ''], 'import'),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(/'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'/, 'sc'),
    rule(/"[^`]*``[^`]*``[^`]*"/, 'si'),
    groups(/(\.)([a-z_]\w*)/, ['o', 'na']),
    rule(/[a-zA-Z_]\w*:/, 'nl'),
    rule(/(\\I[a-z]|[A-Z])\w*/, 'nd'),
    rule(/[a-zA-Z_]\w*/, 'n'),
    rule(/[~^*!%&\[\](){}<>|+=:;,.\/?`-]/, 'o'),
    rule(/\d{1,3}(_\d{3})+\.\d{1,3}(_\d{3})+[kMGTPmunpf]?/, 'mf'),
    rule(/\d{1,3}(_\d{3})+\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?/, 'mf'),
    rule(/[0-9][0-9]*\.\d{1,3}(_\d{3})+[kMGTPmunpf]?/, 'mf'),
    rule(/[0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?/, 'mf'),
    rule(/#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+/, 'mh'),
    rule(/#[0-9a-fA-F]+/, 'mh'),
    rule(/\$([01]{4})(_[01]{4})+/, 'mb'),
    rule(/\$[01]+/, 'mb'),
    rule(/\d{1,3}(_\d{3})+[kMGTP]?/, 'mi'),
    rule(/[0-9]+[kMGTP]?/, 'mi'),
    rule(/\n/, ''),
  ],
  class: [
    mixin('whitespace'),
    rule(/[A-Za-z_]\w*/, 'nc', '#pop'),
  ],
  import: [
    rule(/[a-z][\w.]*/, 'nn', '#pop'),
    rule(/"(\\\\|\\"|[^"])*"/, 's', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('ceylon', states);
}
