// gherkin (aliases cucumber, behat): Feature/Scenario/Examples headings and steps in every
// language Rouge knows (generated lists), tags, doc strings, tables with their header row.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { GHERKIN_ELEMENT, GHERKIN_EXAMPLES, GHERKIN_FEATURE, GHERKIN_STEP_SOURCE } from './gherkin-keywords.js';

const REST_OF_LINE = /.*?(?=[#\n])/;

const states: StateTable = {
  basic: [
    rule(/#.*$/, 'c'),
    rule(/[ \r\t]+/, ''),
  ],
  root: [
    mixin('basic'),
    rule(/\n/, ''),
    rule(/""".*?"""/, 's', undefined, { dotAll: true }),
    rule(/@[^\s@]+/, 'nt'),
    mixin('has_table'),
    mixin('has_examples'),
  ],
  has_scenarios: [
    rule(/(.*?)(:)/, (lx, m) => {
      lx.resetStack();
      const keyword = m[1]!;
      let tok = 'err';
      if (GHERKIN_ELEMENT.has(keyword)) { lx.push('description'); tok = 'kn'; }
      else if (GHERKIN_FEATURE.has(keyword)) { lx.push('feature_description'); tok = 'kd'; }
      else if (GHERKIN_EXAMPLES.has(keyword)) { lx.push('example_description'); tok = 'nn'; }
      lx.groups(m, [tok, 'p']);
    }),
  ],
  has_examples: [
    mixin('has_scenarios'),
    rule(GHERKIN_STEP_SOURCE, (lx, m) => { lx.token('nf', m[0]); lx.resetStack(); lx.push('step'); }),
  ],
  has_table: [rule(/(?=[|])/, (lx) => lx.push('table_header'))],
  table_header: [
    rule(/[^|\s]+/, 'nv'),
    rule(/\n/, (lx, m) => { lx.token('', m[0]); lx.goto('table'); }),
    mixin('table'),
  ],
  table: [
    mixin('basic'),
    rule(/\n/, '', 'table_bol'),
    rule(/[|]/, 'p'),
    rule(/[^|\s]+/, 'n'),
  ],
  table_bol: [
    rule(/(?=\s*[^\s|])/, (lx) => lx.resetStack()),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  description: [mixin('basic'), mixin('has_examples'), rule(/\n/, ''), rule(REST_OF_LINE, '')],
  feature_description: [mixin('basic'), mixin('has_scenarios'), rule(/\n/, ''), rule(REST_OF_LINE, '')],
  example_description: [mixin('basic'), mixin('has_table'), rule(/\n/, ''), rule(REST_OF_LINE, '')],
  step: [
    mixin('basic'),
    rule(/<.*?>/, 'nv'),
    rule(/".*?"/, 's'),
    rule(/\S[^\s<]*/, ''),
    rule(REST_OF_LINE, '', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('gherkin', states);
}
