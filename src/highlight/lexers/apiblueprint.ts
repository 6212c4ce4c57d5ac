// apiblueprint (alias apib): API Blueprint — the Markdown lexer with Blueprint's lines first:
// `key: value` metadata, # Group / # Resource [/path] headings, + Request/Response 200,
// + Parameters/Attributes and + Relation: sections.

import { LexerRun, groups, type Lexer, type StateTable } from '../engine.js';
import { markdownStates, startMarkdown } from './markdown.js';

const states: StateTable = markdownStates();
states.root = [
  groups(/(\S+)(:\s*)(.*)$/, ['nv', 'p', 's']),
  groups(/^(#+)(\s*Group\s+)(.*)$/, ['p', 'k', 'gh']),
  groups(/^(#+)(.*)(\[.*\])$/, ['p', 'gh', 's']),
  groups(/^([\+\-\*])(\s*Relation:)(\s*.*)$/, ['p', 'k', 's']),
  groups(/^(\s+[\+\-\*]\s*)(Attributes|Parameters)(.*)$/, ['p', 'k', 's']),
  groups(/^([\+\-\*]\s*)(Request|Response)(\s+\d\d\d)?(.*)$/, ['p', 'k', 'm', 's']),
  ...states.root!,
];

export function create(): Lexer {
  return new LexerRun('apiblueprint', states, startMarkdown);
}
