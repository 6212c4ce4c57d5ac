// robot_framework (aliases robot, robot-framework): *** Sections ***, settings, test/task/keyword
// names, keyword calls and their arguments by cell (column) position, ${variables}, [Settings],
// BDD prefixes, # comments — Rouge's column-tracking state machine.

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const SETTINGS_WITH_KEYWORDS = new Set(['library', 'resource', 'setup', 'teardown', 'template', 'suite setup',
  'suite teardown', 'task setup', 'task teardown', 'task template', 'test setup', 'test teardown', 'test template',
  'variables']);
const SETTINGS_WITH_ARGS = new Set(['arguments', 'default tags', 'documentation', 'force tags', 'metadata', 'return',
  'tags', 'timeout', 'task timeout', 'test timeout']);

const ID = '(?:\\\\|[^|$@&% \\t\\n])+(?: (?:\\\\.|[^|$@&% \\t\\n])+)*';
const SEP = ' +\\| +|[ ]{2,}|\\t+';

interface RobotVars { col: number; next: string | null; isTemplate: boolean }
const rv = (lx: LexerRun): RobotVars => lx.vars as unknown as RobotVars;

const SECTIONS: Record<string, string> = {
  setting: 'section_settings', 'test case': 'section_tests', task: 'section_tasks',
  keyword: 'section_keywords', variable: 'section_variables',
};

const states: StateTable = {
  prior_text: [
    rule(/^[^*].*/, ''),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  whitespace: [rule(/\s+/, 'w')],
  section_include: [mixin('end_section'), mixin('sep'), mixin('newline')],
  end_section: [rule(/(?=^(?:\| )?\*)/, (lx) => lx.pop())],
  return: [rule(/(?:)/, (lx) => lx.pop())],
  sep: [
    rule(/\| /, 'w'),
    rule(SEP, (lx, m) => {
      lx.token('w', m[0]);
      const v = rv(lx);
      v.col += 1;
      if (v.next) lx.push(v.next);
      else if (v.isTemplate) lx.push('args');
      else if (v.col === 1) { v.next = 'keyword'; lx.push('keyword'); }
      else lx.push('args');
      lx.push('cell_start');
    }),
    rule(/\.\.\. */, (lx, m) => { lx.token('w', m[0]); rv(lx).col += 1; lx.push('args'); }),
    rule(/ ?\|/, 'w'),
  ],
  newline: [
    rule(/\n/, (lx, m) => {
      lx.token('w', m[0]);
      rv(lx).col = 0;
      rv(lx).next = null;
      lx.push('cell_start');
    }),
  ],
  root: [
    mixin('whitespace'),
    rule(/^(?:\| )?\*[* ]*([A-Z]+(?: [A-Z]+)?).*/i, (lx, m) => {
      lx.token('gh', m[0]);
      // Ruby's chomp("s"): one trailing s
      const name = m[1]!.replace(/s$/, '').toLowerCase();
      const section = Object.hasOwn(SECTIONS, name) ? SECTIONS[name] : undefined;
      if (section) lx.push(section);
    }),
  ],
  section_settings: [
    mixin('section_include'),
    rule(/([A-Z]+(?: [A-Z]+)?)(:?)/i, (lx, m) => {
      const match = m[1]!.toLowerCase();
      rv(lx).next = SETTINGS_WITH_KEYWORDS.has(match) ? 'keyword' : SETTINGS_WITH_ARGS.has(match) ? 'args' : null;
      lx.groups(m, ['bp', 'p']);
    }),
  ],
  section_tests: [
    mixin('section_include'),
    rule(/[$@&%{}]+/, 'nl'),
    rule(/( )(?![ |])/, 'nl'),
    rule(ID, (lx, m) => { rv(lx).isTemplate = false; lx.token('nl', m[0]); }),
  ],
  section_tasks: [mixin('section_tests')],
  section_keywords: [
    mixin('section_include'),
    rule(/[$@&%]\{/, 'nv', 'var'),
    rule(/[$@&%{}]+/, 'nl'),
    rule(/( )(?![ |])/, 'nl'),
    rule(ID, 'nl'),
  ],
  section_variables: [
    mixin('section_include'),
    rule(/[$@&%]\{/, (lx, m) => { lx.token('nv', m[0]); rv(lx).next = 'args'; lx.push('var'); }),
  ],
  cell_start: [
    rule(/#.*/, 'c'),
    mixin('return'),
  ],
  keyword: [
    rule(/(\[)([A-Z]+(?: [A-Z]+)?)(\])/i, (lx, m) => {
      lx.groups(m, ['p', 'bp', 'p']);
      const match = m[2]!.toLowerCase();
      if (match === 'template') rv(lx).isTemplate = true;
      if (SETTINGS_WITH_KEYWORDS.has(match)) rv(lx).next = 'keyword';
      else if (SETTINGS_WITH_ARGS.has(match)) rv(lx).next = 'args';
      lx.pop();
    }),
    rule(/[$@&%]\{/, (lx, m) => {
      lx.token('nv', m[0]);
      if (rv(lx).next !== null) rv(lx).next = 'keyword';
      lx.push('var');
    }),
    rule(/FOR/i, (lx, m) => {
      lx.token('nf', m[0]);
      if (rv(lx).next !== null) rv(lx).next = 'keyword';
    }),
    rule(/( )(?![ |])/, 'nf'),
    rule(/(?:Given|When|Then|And|But) /i, 'nb'),
    rule(ID, (lx, m) => { lx.token('nf', m[0]); rv(lx).next = null; }),
    mixin('return'),
  ],
  args: [
    rule(/[$@&%]\{/, (lx, m) => {
      lx.token('nv', m[0]);
      if (rv(lx).next !== null) rv(lx).next = 'keyword';
      lx.push('var');
    }),
    rule(/[$@&%]+/, 's'),
    rule(/( )(?![ |])/, 's'),
    rule(ID, 's'),
    mixin('return'),
  ],
  var: [
    rule(/(\})( )(=)/, (lx, m) => { lx.groups(m, ['nv', 'w', 'p']); lx.pop(); }),
    rule(/[$@&%]\{/, 'nv', 'var'),
    rule(/[{\[]/, 'nv', 'var'),
    rule(/[}\]]/, 'nv', '#pop'),
    rule(/[^$@&%{}\[\]]+/, 'nv'),
    rule(/\}\[/, 'nv'),
  ],
};

export function create(): Lexer {
  return new LexerRun('robot_framework', states, (lx) => {
    const v = rv(lx);
    v.col = 0;
    v.next = null;
    v.isTemplate = false;
    lx.push('prior_text');
  });
}
