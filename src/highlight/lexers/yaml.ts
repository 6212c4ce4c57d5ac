// yaml (alias yml): Rouge's YAML lexer — an indentation stack decides where block scalars and
// multi-line plain scalars end; keys are Name.Attribute, indicators Punctuation.Indicator.
// `yamlStates`, `setIndent` and `resetIndent` are reused by digdag.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

interface IndentVars {
  indentStack: number[];
  nextIndent: number;
  blockScalarIndent: number | null;
}
const v = (lx: LexerRun): IndentVars => lx.vars as unknown as IndentVars;

export function resetIndent(lx: LexerRun): void {
  const s = v(lx);
  s.indentStack = [0];
  s.nextIndent = 0;
  s.blockScalarIndent = null;
}

function indent(lx: LexerRun): number {
  const stack = v(lx).indentStack;
  if (stack.length === 0) throw new Error('empty indent stack');
  return stack[stack.length - 1]!;
}

/** Records a possible indentation level; on a dedent returns [kept text, text past the level]. */
function saveIndent(lx: LexerRun, match: string): [string, string] {
  const s = v(lx);
  s.nextIndent = match.length;
  if (s.nextIndent < indent(lx)) {
    while (s.nextIndent < indent(lx)) s.indentStack.pop();
    const level = indent(lx);
    return [match.slice(0, level), match.slice(level)];
  }
  return [match, ''];
}

export function setIndent(lx: LexerRun, match: string, implicit = false): void {
  const s = v(lx);
  if (indent(lx) < s.nextIndent) s.indentStack.push(s.nextIndent);
  if (!implicit) s.nextIndent += match.length;
}

const PLAIN_SCALAR_START = `[^ \\t\\n\\r\\f\\v?:,\\[\\]{}#&*!|>'"%@\`]`;

/** Rouge's YAML states (a fresh copy). */
export function yamlStates(): StateTable {
  return {
    basic: [rule(/#.*$/, 'c1')],
    root: [
      mixin('basic'),
      rule(/\n+/, ''),
      rule(/[ ]+(?=#|$)/, ''),
      rule(/^%YAML\b/, (lx, m) => { lx.token('nt', m[0]); resetIndent(lx); lx.push('yaml_directive'); }),
      rule(/^%TAG\b/, (lx, m) => { lx.token('nt', m[0]); resetIndent(lx); lx.push('tag_directive'); }),
      rule(/^(?:---|\.\.\.)(?= |$)/, (lx, m) => { lx.token('nn', m[0]); resetIndent(lx); lx.push('block_line'); }),
      rule(/[ ]*(?!\s|$)/, (lx, m) => {
        const [text, err] = saveIndent(lx, m[0]);
        lx.token('', text);
        lx.token('err', err);
        lx.push('block_line');
        lx.push('indentation');
      }),
    ],
    indentation: [
      rule(/\s*?\n/, (lx, m) => { lx.token('', m[0]); lx.pop(2); }),
      rule(/[ ]+(?=[-:?](?:[ ]|$))/, (lx, m) => { lx.token('', m[0]); v(lx).nextIndent += m[0].length; }),
      rule(/[?:-](?=[ ]|$)/, (lx, m) => { setIndent(lx, m[0]); lx.token('pi', m[0]); }),
      rule(/[ ]*/, (lx, m) => { lx.token('', m[0]); v(lx).nextIndent += m[0].length; lx.pop(); }),
    ],
    block_line: [
      rule(/[ ]*(?=#|$)/, '', '#pop'),
      rule(/[ ]+/, ''),
      mixin('descriptors'),
      mixin('block_nodes'),
      mixin('flow_nodes'),
      rule(`(?=${PLAIN_SCALAR_START}|[?:-][^ \\t\\n\\r\\f\\v])`, (lx) => {
        lx.push('plain_scalar_in_block_context');
      }),
    ],
    descriptors: [
      rule(/!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>/, 'kt'),
      rule(/(?:![\w-]+)?!(?:[\w;\/?:@&=+$,.!~*'()\[\]%-]*)/, 'kt'),
      rule('&[\\p{L}\\p{Nl}\\p{Nd}_-]+', 'nl'),
      rule('\\*[\\p{L}\\p{Nl}\\p{Nd}_-]+', 'nv'),
    ],
    block_nodes: [
      rule(/([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)/, (lx, m) => {
        lx.groups(m, ['na', 'pi']);
        setIndent(lx, m[0], true);
      }),
      rule(/[|>][+-]?/, (lx, m) => {
        lx.token('pi', m[0]);
        lx.push('block_scalar_content');
        lx.push('block_scalar_header');
      }),
    ],
    flow_nodes: [
      rule(/\[/, 'pi', 'flow_sequence'),
      rule(/\{/, 'pi', 'flow_mapping'),
      rule(/'/, 's1', 'single_quoted_scalar'),
      rule(/"/, 's2', 'double_quoted_scalar'),
    ],
    flow_collection: [
      rule(/\s+/, '', undefined, { dotAll: true }),
      mixin('basic'),
      rule(/[?:,]/, 'pi'),
      mixin('descriptors'),
      mixin('flow_nodes'),
      rule(`(?=${PLAIN_SCALAR_START})`, (lx) => lx.push('plain_scalar_in_flow_context')),
    ],
    flow_sequence: [rule(/\]/, 'pi', '#pop'), mixin('flow_collection')],
    flow_mapping: [rule(/\}/, 'pi', '#pop'), mixin('flow_collection')],
    block_scalar_content: [
      rule(/\n+/, ''),
      rule(/^[ ]+$/, (lx, m) => {
        const text = m[0];
        const mark = v(lx).blockScalarIndent ?? text.length;
        lx.token('', text.slice(0, mark));
        lx.token('no', text.slice(mark));
      }),
      rule(/^[ ]*/, (lx, m) => {
        lx.token('', m[0]);
        const s = v(lx);
        const size = m[0].length;
        const dedentLevel = s.blockScalarIndent ?? indent(lx);
        s.blockScalarIndent ??= size;
        if (size < dedentLevel) {
          saveIndent(lx, m[0]);
          lx.pop();
          lx.push('indentation');
        }
      }),
      rule(/[^\n\r\f\v]+/, 's'),
    ],
    block_scalar_header: [
      rule(/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (lx, m) => {
        const s = v(lx);
        s.blockScalarIndent = null;
        lx.goto('ignored_line');
        if (m[0] === '') return;
        const increment = m[2] ?? m[3];
        if (increment !== undefined) s.blockScalarIndent = indent(lx) + Number(increment);
        lx.token('pi', m[0]);
      }),
    ],
    ignored_line: [
      mixin('basic'),
      rule(/[ ]+/, ''),
      rule(/\n/, '', '#pop'),
    ],
    quoted_scalar_whitespaces: [
      rule(/^[ ]+/, ''),
      rule(/[ ]+$/, ''),
      rule(/\n+/, '', undefined, { dotAll: true }),
      rule(/[ ]+/, 'nv'),
    ],
    single_quoted_scalar: [
      mixin('quoted_scalar_whitespaces'),
      rule(/\\'/, 'se'),
      rule(/'/, 's', '#pop'),
      rule(/[^\s']+/, 's'),
    ],
    double_quoted_scalar: [
      rule(/"/, 's', '#pop'),
      mixin('quoted_scalar_whitespaces'),
      rule(/\\[0abt\tn\nvfre "\\N_LP]/, 'se'),
      rule(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'se'),
      rule(/[^ \t\n\r\f\v"\\]+/, 's'),
    ],
    plain_scalar_in_block_context_new_line: [
      rule(/^[ ]+\n/, ''),
      rule(/\n+/, '', undefined, { dotAll: true }),
      rule(/^(?=---|\.\.\.)/, (lx) => lx.pop(3)),
      rule(/^[ ]*/, (lx, m) => {
        lx.token('', m[0]);
        lx.pop();
        if (m[0].length <= indent(lx)) {
          lx.pop();
          saveIndent(lx, m[0]);
          lx.push('indentation');
        }
      }),
    ],
    plain_scalar_in_block_context: [
      rule(/[ ]*(?=:[ \n]|:$)/, '', '#pop'),
      rule(/[ ]*:\S+/, 's'),
      rule(/[ ]+(?=#)/, '', '#pop'),
      rule(/[ ]+$/, ''),
      rule(/\n+/, (lx, m) => { lx.token('', m[0]); lx.push('plain_scalar_in_block_context_new_line'); }),
      rule(/[ ]+/, 's'),
      rule(/true|false|null/, 'no'),
      rule(/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, 'm', '#pop'),
      rule(/[^\s:]+/, 's'),
    ],
    plain_scalar_in_flow_context: [
      rule(/[ ]*(?=[,:?\[\]{}])/, '', '#pop'),
      rule(/[ ]+(?=#)/, '', '#pop'),
      rule(/^[ ]+/, ''),
      rule(/[ ]+$/, ''),
      rule(/\n+/, ''),
      rule(/[ ]+/, 'nv'),
      rule(/[^\s,:?\[\]{}]+/, 'nv'),
    ],
    yaml_directive: [
      rule(/([ ]+)(\d+\.\d+)/, (lx, m) => { lx.groups(m, ['', 'm']); lx.goto('ignored_line'); }),
    ],
    tag_directive: [
      rule(/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;\/?:@&=+$,.!~*'()\[\]%-]+)/, (lx, m) => {
        lx.groups(m, ['', 'kt', '', 'kt']);
        lx.goto('ignored_line');
      }),
    ],
  };
}

const states = yamlStates();
export function create(): Lexer {
  return new LexerRun('yaml', states, resetIndent);
}
