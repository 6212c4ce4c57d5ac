// scss: Rouge's SCSS lexer — selectors, nested rules, @-directives (@mixin, @include, @if…),
// $variables, #{interpolation}, values with CSS's builtin and colour names. A `;`, `{` or `}`
// ends the current section and returns to the top state.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { ATTRIBUTES, BUILTINS, CONSTANTS } from './css.js';

const ID = '[\\w-]+';

/** The states Rouge's Sass and SCSS lexers share (SassCommon); each adds root and end_section. */
export function sassCommonStates(): StateTable {
  return {
    content_common: [
      rule(/@for\b/, 'k', 'for'),
      rule(/@(debug|warn|if|each|while|else|return|media)/, 'k', 'value'),
      groups(`(@mixin)(\\s+)(${ID})`, ['k', '', 'nf'], 'value'),
      groups(`(@function)(\\s+)(${ID})`, ['k', '', 'nf'], 'value'),
      rule(/@extend\b/, 'k', 'selector'),
      groups(`(@include)(\\s+)(${ID})`, ['k', '', 'nd'], 'value'),
      rule(`@${ID}`, 'k', 'selector'),
      rule(/&/, 'k', 'selector'),
      groups(`([$]${ID})([ \\t]*)(:)`, ['nv', '', 'p'], 'value'),
    ],
    value: [
      mixin('end_section'),
      rule(/[ \t]+/, ''),
      rule(`[$]${ID}`, 'nv'),
      rule(/url[(]/, 'sx', 'string_url'),
      rule(`${ID}(?=\\s*[(])`, 'nf'),
      rule(`%${ID}`, 'nd'),
      rule(/(true|false)\b/, 'bp'),
      rule(/(and|or|not)\b/, 'ow'),
      rule(/#[a-z0-9]{1,6}/i, 'mh'),
      rule(/-?\d+(%|[a-z]+)?/, 'm'),
      rule(/-?\d*\.\d+(%|[a-z]+)?/, 'mi'),
      mixin('has_strings'),
      mixin('has_interp'),
      rule(/[~^*!&%<>|+=@:,.\/?-]+/, 'o'),
      rule(/[\[\]()]+/, 'p'),
      rule(/\/[*]/, 'cm', 'inline_comment'),
      rule(/\/\/[^\n]*/, 'c1'),
      rule(ID, (lx, m) => {
        const w = m[0];
        lx.token(BUILTINS.has(w) ? 'nb' : CONSTANTS.has(w) ? 'no' : 'n', w);
      }),
    ],
    has_interp: [rule(/[#][{]/, 'si', 'interpolation')],
    has_strings: [
      rule(/"/, 's2', 'dq'),
      rule(/'/, 's1', 'sq'),
    ],
    interpolation: [rule(/\}/, 'si', '#pop'), mixin('value')],
    selector: [
      mixin('end_section'),
      mixin('has_strings'),
      mixin('has_interp'),
      rule(/[ \t]+/, ''),
      rule(/:/, 'nd', 'pseudo_class'),
      rule(/[.]/, 'nc', 'class'),
      rule(/#/, 'nn', 'id'),
      rule(/%/, 'nv', 'placeholder'),
      rule(ID, 'nt'),
      rule(/&/, 'k'),
      rule(/[~^*!&\[\]()<>|+=@:;,.\/?-]/, 'o'),
    ],
    dq: [
      rule(/"/, 's2', '#pop'),
      mixin('has_interp'),
      rule(/(\\.|#(?![{])|[^\n"#])+/, 's2'),
    ],
    sq: [
      rule(/'/, 's1', '#pop'),
      mixin('has_interp'),
      rule(/(\\.|#(?![{])|[^\n'#])+/, 's1'),
    ],
    string_url: [
      rule(/[)]/, 'sx', '#pop'),
      rule(/(\\.|#(?![{])|[^\n)#])+/, 'sx'),
      mixin('has_interp'),
    ],
    selector_piece: [mixin('has_interp'), rule(/(?:)/, (lx) => lx.pop())],
    pseudo_class: [rule(ID, 'nd'), mixin('selector_piece')],
    class: [rule(ID, 'nc'), mixin('selector_piece')],
    id: [rule(ID, 'nn'), mixin('selector_piece')],
    placeholder: [rule(ID, 'nv'), mixin('selector_piece')],
    for: [rule(/(from|to|through)/, 'ow'), mixin('value')],
    attr_common: [
      mixin('has_interp'),
      rule(ID, (lx, m) => lx.token(ATTRIBUTES.has(m[0]) ? 'nl' : 'na', m[0])),
    ],
    attribute: [
      mixin('attr_common'),
      groups(/([ \t]*)(:)/, ['', 'p'], 'value'),
    ],
    inline_comment: [
      rule(/(\\#|#(?=[^\n{])|\*(?=[^\n\/])|[^\n#*])+/, 'cm'),
      mixin('has_interp'),
      rule(/[*]\//, 'cm', '#pop'),
    ],
  };
}

const states: StateTable = {
  ...sassCommonStates(),
  root: [
    rule(/\s+/, ''),
    rule(/\/\/.*?$/, 'c1'),
    rule(/\/[*].*?[*]\//, 'cm', undefined, { dotAll: true }),
    rule(/@import\b/, 'k', 'value'),
    mixin('content_common'),
    rule(/(?=[^;{}][;}])/, (lx) => lx.push('attribute')),
    rule(/(?=[^;{}:\[]+:[^a-z])/, (lx) => lx.push('attribute')),
    rule(/(?:)/, (lx) => lx.push('selector')),
  ],
  end_section: [
    rule(/\n/, ''),
    rule(/[;{}]/, (lx, m) => { lx.token('p', m[0]); lx.resetStack(); }),
  ],
};

export function create(): Lexer {
  return new LexerRun('scss', states);
}
