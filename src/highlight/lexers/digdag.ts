// digdag: Digdag workflow files — the YAML lexer with operators (sh>:, td>:, _do:, _parallel:…)
// as reserved keywords where a block key may start.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { words } from '../regex.js';
import { resetIndent, setIndent, yamlStates } from './yaml.js';

// Regexp.union of the operator names (with ">") and the _do/_parallel keys
const KEYWORD_PATTERN = words([
  ...`call require loop for_each if fail echo td td_run td_ddl td_load td_for_each td_wait td_wait_table
    td_partial_delete td_table_export pg mail http s3_wait redshift redshift_load redshift_unload emr gcs_wait bq
    bq_ddl bq_extract bq_load sh py rb embulk`.trim().split(/\s+/).map((name) => `${name}>`),
  '_do', '_parallel',
]);

const states: StateTable = yamlStates();
states.block_nodes = [
  rule(`(${KEYWORD_PATTERN})(:)(?=\\s|$)`, (lx, m) => {
    lx.groups(m, ['kr', 'pi']);
    setIndent(lx, m[0], true);
  }),
  ...states.block_nodes!,
];

export function create(): Lexer {
  return new LexerRun('digdag', states, resetIndent);
}
