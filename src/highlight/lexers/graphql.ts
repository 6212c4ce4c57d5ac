// graphql: queries, mutations, fragments, selection sets, arguments and variables, type/schema
// definitions, unions, directives; """descriptions""" lexed as Markdown.

import { LexerRun, groups, mixin, rule, type Lexer, type RuleAction, type StateTable } from '../engine.js';
import { create as createMarkdown } from './markdown.js';

const NAME = '(?:[_A-Za-z][_0-9A-Za-z]*)';

/** A value token ends the value unless it sits in a list. */
const popUnlessList = (tok: string): RuleAction => (lx, m) => {
  lx.token(tok, m[0]);
  if (lx.state !== 'list') lx.pop();
};

const states: StateTable = {
  root: [
    rule(/\b(?:query|mutation|subscription)\b/, 'k', 'query_definition'),
    rule(/\{/, (lx, m) => { lx.token('p', m[0]); lx.push('query_definition'); lx.push('selection_set'); }),
    rule(/\bfragment\b/, 'k', 'fragment_definition'),
    rule(/\bscalar\b/, 'k', 'value'),
    rule(/\b(?:type|interface|enum)\b/, 'k', 'type_definition'),
    rule(/\b(?:input|schema)\b/, 'k', 'type_definition'),
    rule(/\bunion\b/, 'k', 'union_definition'),
    rule(/\bextend\b/, 'k'),
    mixin('basic'),
    rule(/(""")(\n)(.*?)(\n)(""")/, (lx, m) => {
      lx.token('s2', m[1]);
      lx.token('w', m[2]);
      lx.delegate(createMarkdown(), m[3]!);
      lx.token('w', m[4]);
      lx.token('s2', m[5]);
    }, undefined, { dotAll: true }),
  ],
  basic: [
    rule(/\s+/, 'w', undefined, { dotAll: true }),
    rule(/#.*$/, 'c'),
    rule(/[!,]/, 'p'),
  ],
  has_directives: [
    groups(`(@${NAME})(\\s*)(\\()`, ['k', 'w', 'p'], 'arguments'),
    rule(`@${NAME}\\b`, 'k'),
  ],
  fragment_definition: [rule(/\bon\b/, 'k'), mixin('query_definition')],
  query_definition: [
    mixin('has_directives'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/\(/, 'p', 'variable_definitions'),
    rule(/\{/, 'p', 'selection_set'),
    mixin('basic'),
  ],
  type_definition: [
    rule(/\bimplements\b/, 'k'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/\(/, 'p', 'variable_definitions'),
    rule(/\{/, 'p', 'type_definition_set'),
    mixin('basic'),
  ],
  union_definition: [
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/=/, 'p', 'union_definition_variant'),
    mixin('basic'),
  ],
  union_definition_variant: [
    rule(`\\b${NAME}\\b`, (lx, m) => { lx.token('n', m[0]); lx.pop(); lx.push('union_definition_pipe'); }),
    mixin('basic'),
  ],
  union_definition_pipe: [
    rule(/\|/, (lx, m) => { lx.token('p', m[0]); lx.pop(); lx.push('union_definition_variant'); }),
    rule(/(?!\||\s+|#[^\n]*)/, (lx) => lx.pop(2)),
    mixin('basic'),
  ],
  type_definition_set: [
    rule(/\}/, (lx, m) => { lx.token('p', m[0]); lx.pop(2); }),
    groups(`\\b(${NAME})(\\s*)(\\()`, ['n', 'w', 'p'], 'variable_definitions'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/:/, 'p', 'type_names'),
    mixin('basic'),
  ],
  arguments: [
    rule(/\)/, 'p', '#pop'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/:/, 'p', 'value'),
    mixin('basic'),
  ],
  variable_definitions: [
    rule(/\)/, 'p', '#pop'),
    rule(`\\$${NAME}\\b`, 'nv'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/:/, 'p', 'type_names'),
    rule(/=/, 'p', 'value'),
    mixin('basic'),
  ],
  type_names: [
    rule(/\b(?:Int|Float|String|Boolean|ID)\b/, 'nb', '#pop'),
    rule(`\\b${NAME}\\b`, 'n', '#pop'),
    rule(/\[/, 'p', 'type_name_list'),
    mixin('basic'),
  ],
  type_name_list: [
    rule(/\b(?:Int|Float|String|Boolean|ID)\b/, 'nb'),
    rule(`\\b${NAME}\\b`, 'n'),
    rule(/\]/, (lx, m) => { lx.token('p', m[0]); lx.pop(2); }),
    mixin('basic'),
  ],
  selection_set: [
    mixin('has_directives'),
    rule(/\}/, (lx, m) => {
      lx.token('p', m[0]);
      lx.pop();
      if (lx.state === 'query_definition' || lx.state === 'fragment_definition') lx.pop();
    }),
    groups(`\\b(${NAME})(\\s*)(\\()`, ['n', 'w', 'p'], 'arguments'),
    groups(`\\b(${NAME})(\\s*)(:)`, ['n', 'w', 'p']),
    rule(`\\b${NAME}\\b`, 'n'),
    groups(/(\.\.\.)(\s+)(on)\b/, ['p', 'w', 'k']),
    rule(/\.\.\./, 'p'),
    rule(/\{/, 'p', 'selection_set'),
    mixin('basic'),
  ],
  list: [
    rule(/\]/, (lx, m) => { lx.token('p', m[0]); lx.pop(); if (lx.state === 'value') lx.pop(); }),
    mixin('value'),
  ],
  object: [
    rule(/\}/, (lx, m) => { lx.token('p', m[0]); lx.pop(); if (lx.state === 'value') lx.pop(); }),
    groups(`\\b(${NAME})(\\s*)(:)`, ['n', 'w', 'p'], 'value'),
    mixin('basic'),
  ],
  value: [
    rule(/""".*?"""/, 's2', undefined, { dotAll: true }),
    rule(`\\$${NAME}\\b`, popUnlessList('nv')),
    rule(/\b(?:true|false|null)\b/, popUnlessList('kc')),
    rule(/[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?/, popUnlessList('mf')),
    rule(/[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?/, popUnlessList('mi')),
    rule(/"(\\[\\"]|[^"])*"/, popUnlessList('s2')),
    rule(`\\b${NAME}\\b`, popUnlessList('n')),
    rule(/\{/, 'p', 'object'),
    rule(/\[/, 'p', 'list'),
    mixin('basic'),
  ],
};

export function create(): Lexer {
  return new LexerRun('graphql', states);
}
