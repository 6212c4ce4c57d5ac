// php (aliases php3, php4, php5): Rouge's PHP lexer — a template lexer: text outside <?php ?>
// is HTML; inside, variables, strings with interpolation, heredocs, functions (builtins by
// module list), classes, namespaces, `use`, visibility and typed parameters.
// Options (Rouge's): start_inline (default: guess), funcnamehighlighting (default: true).

import { LexerRun, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import { PHP_BUILTINS } from './php-builtins.js';

/** Rouge's PHP.keywords (hack adds its own). */
export const PHP_KEYWORDS: ReadonlySet<string> = new Set(`old_function cfunction __class__ __dir__ __file__ __function__ __halt_compiler __line__
  __method__ __namespace__ __trait__ abstract and array as break case catch clone continue declare default die do
  echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends final finally fn
  for foreach global goto if implements include include_once instanceof insteadof isset list match new or parent
  print private protected public readonly require require_once return self static switch throw try unset var while
  xor yield`.trim().split(/\s+/));

const ALL_BUILTINS = new Set([...PHP_BUILTINS.values()].flat());

const ID = '[\\p{L}_][\\p{L}\\p{N}_]*';
const NS = `(?:${ID}\\\\)+`;
const ID_WITH_NS = `(?:(?:${NS})?${ID})`;

interface PhpVars { html: LexerRun; builtins: ReadonlySet<string>; keywords: ReadonlySet<string> }
const pv = (lx: LexerRun): PhpVars => lx.vars as unknown as PhpVars;

function nameToken(lx: LexerRun, word: string): string {
  const name = word.toLowerCase();
  if (name === 'use') { lx.push('in_use'); return 'kn'; }
  if (name === 'const') { lx.push('in_const'); return 'k'; }
  if (name === 'catch') { lx.push('in_catch'); return 'k'; }
  if (name === 'public' || name === 'protected' || name === 'private') { lx.push('in_visibility'); return 'k'; }
  if (name === 'stdClass') return 'nc';
  if (pv(lx).keywords.has(name)) return 'k';
  if (/^__.*?__$/mu.test(word)) return 'nb';
  if (/^(E|PHP)(_\p{Uppercase}+)+$/mu.test(word)) return 'kc';
  if (/(\\|^)\p{Uppercase}[\p{Uppercase}\p{Nd}_]+$/mu.test(word)) return 'no';
  if (/(\\|^)\p{Uppercase}[\p{Alphabetic}\p{Nd}]*?$/mu.test(word)) return 'nc';
  return 'n';
}

const ret = mixin('return');
const esc = mixin('escape');
const ws = mixin('whitespace');

/** Rouge's PHP states (a fresh copy: hack prepends rules). */
export function phpStates(): StateTable {
  return {
    escape: [rule(/\?>/, (lx, m) => { lx.token('cp', m[0]); lx.resetStack(); })],
    return: [rule(/(?:)/, (lx) => lx.pop())],
    start: [
      rule(/\s*(?=<)/, (lx, m) => { lx.delegate(pv(lx).html, m[0]); lx.pop(); }, undefined, { dotAll: true }),
      rule(/[^$]+(?=<\?(php|=))/i, (lx, m) => { lx.delegate(pv(lx).html, m[0]); lx.pop(); }),
      rule(/(?:)/, (lx) => lx.goto('php')),
    ],
    names: [
      rule(`${ID_WITH_NS}(?=\\s*\\()`, (lx, m) => {
        const name = m[0].toLowerCase();
        lx.token(pv(lx).keywords.has(name) ? 'k' : pv(lx).builtins.has(name) ? 'nb' : 'nf', m[0]);
      }),
      rule(ID_WITH_NS, (lx, m) => lx.token(nameToken(lx, m[0]), m[0])),
    ],
    operators: [rule(/[~!%^&*+|:.<>\/@-]+/, 'o')],
    string: [
      rule(/"/, 's2', '#pop'),
      rule(/[^\\{$"]+/, 's2'),
      rule(/\\u\{[0-9a-fA-F]+\}/, 'se'),
      rule(/\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})/, 'se'),
      rule(`\\$${ID}(\\[\\S+\\]|->${ID})?`, 'nv'),
      rule(/\{\$\{/, 'si', 'string_interp_double'),
      rule(/\{(?=\$)/, 'si', 'string_interp_single'),
      groups(/(\{)(\S+)(\})/, ['si', 'nv', 'si']),
      rule(/[${\\]+/, 's2'),
    ],
    string_interp_double: [rule(/\}\}/, 'si', '#pop'), mixin('php')],
    string_interp_single: [rule(/\}/, 'si', '#pop'), mixin('php')],
    values: [
      rule(`<<<(["']?)(${ID})\\1\\n.*?\\n\\s*\\2;?`, 'sh', undefined, { ignoreCase: true, dotAll: true }),
      rule(/(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?/i, 'mf'),
      rule(/0[0-7][0-7_]*/, 'mo'),
      rule(/0b[01][01_]*/i, 'mb'),
      rule(/0x[a-f0-9][a-f0-9_]*/i, 'mh'),
      rule(/\d[_\d]*/, 'mi'),
      rule(/'([^'\\]*(?:\\.[^'\\]*)*)'/, 's1'),
      rule(/`([^`\\]*(?:\\.[^`\\]*)*)`/, 'sb'),
      rule(/"/, 's2', 'string'),
      rule(/(function|fn)\b/i, (lx, m) => {
        lx.push('in_function_return');
        lx.push('in_function_params');
        lx.push('in_function_name');
        lx.token('k', m[0]);
      }),
      rule(/(true|false|null)\b/i, 'kc'),
      rule(/new\b/i, 'k', 'in_new'),
    ],
    variables: [
      rule(`\\$\\{\\$+${ID}\\}`, 'nv'),
      rule(`\\$+${ID}`, 'nv'),
    ],
    whitespace: [
      rule(/\s+/, ''),
      rule(/#.*?$/, 'c1'),
      rule(/\/\/.*?$/, 'c1'),
      rule(/\/\*\*(?!\/).*?\*\//, 'cd', undefined, { dotAll: true }),
      rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    ],
    root: [
      rule(/<\?(php|=)?/i, 'cp', 'php'),
      rule(/.*?(?=<\?)|.*/, (lx, m) => lx.delegate(pv(lx).html, m[0]), undefined, { dotAll: true }),
    ],
    php: [
      esc, ws, mixin('variables'), mixin('values'),
      groups(`(namespace)(\\s+)(${ID_WITH_NS})`, ['kn', '', 'nn'], undefined, { ignoreCase: true }),
      groups(`(class|interface|trait|extends|implements)(\\s+)(${ID_WITH_NS})`, ['kd', '', 'nc'], undefined, { ignoreCase: true }),
      mixin('names'),
      rule(/[;,(){}\[\]]/, 'p'),
      mixin('operators'),
      rule(/[=?]/, 'o'),
    ],
    in_assign: [
      rule(/,/, 'p', '#pop'),
      rule(/[\[\]]/, 'p'),
      rule(/\(/, 'p', 'in_assign_function'),
      esc, ws, mixin('values'), mixin('variables'), mixin('names'), mixin('operators'), ret,
    ],
    in_assign_function: [
      rule(/\)/, 'p', '#pop'),
      rule(/,/, 'p'),
      mixin('in_assign'),
    ],
    in_catch: [
      rule(/\(/, 'p'),
      rule(/\|/, 'o'),
      rule(ID, 'nc'),
      esc, ws, ret,
    ],
    in_const: [
      rule(ID, 'no'),
      rule(/=/, 'o', 'in_assign'),
      esc, ws, ret,
    ],
    in_function_body: [
      rule(/\{/, 'p', '#push'),
      rule(/\}/, 'p', '#pop'),
      mixin('php'),
    ],
    in_function_name: [
      rule(/&/, 'o'),
      rule(ID, 'n'),
      rule(/\(/, 'p', '#pop'),
      esc, ws, ret,
    ],
    in_function_params: [
      rule(/\)/, 'p', '#pop'),
      rule(/,/, 'p'),
      rule(/[.]{3}/, 'p'),
      rule(/=/, 'o', 'in_assign'),
      rule(/\b(?:public|protected|private|readonly)\b/i, 'k'),
      rule(`\\??${ID}`, 'kt', 'in_assign'),
      esc, ws, mixin('variables'), ret,
    ],
    in_function_return: [
      rule(/:/, 'p'),
      rule(/use\b/i, 'k', 'in_function_use'),
      rule(`\\??${ID}`, 'kt', 'in_assign'),
      rule(/\{/, (lx, m) => { lx.token('p', m[0]); lx.goto('in_function_body'); }),
      esc, ws, ret,
    ],
    in_function_use: [
      rule(/[,(]/, 'p'),
      rule(/&/, 'o'),
      rule(/\)/, 'p', '#pop'),
      esc, ws, mixin('variables'), ret,
    ],
    in_new: [
      rule(/class\b/i, (lx, m) => { lx.token('kd', m[0]); lx.goto('in_new_class'); }),
      rule(ID_WITH_NS, 'nc', '#pop'),
      esc, ws, ret,
    ],
    in_new_class: [
      rule(/\}/, 'p', '#pop'),
      rule(/\{/, 'p'),
      mixin('php'),
    ],
    in_use: [
      rule(/[,}]/, 'p'),
      rule(/(function|const)\b/i, 'k'),
      groups(`(${NS})(\\{)`, ['nn', 'p']),
      rule(`${ID_WITH_NS}(_${ID})+`, 'nf'),
      esc, ws, mixin('names'), ret,
    ],
    in_visibility: [
      rule(/\b(?:readonly|static)\b/i, 'k'),
      rule(/(?=(abstract|const|function)\b)/i, 'k', '#pop'),
      rule(`\\??${ID}`, 'kt', '#pop'),
      esc, ws, ret,
    ],
  };
}

const states = phpStates();

/** Rouge's as_bool for an option value given in the language string. */
function asBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return !['0', 'false', 'off'].includes(value);
}

export function create(options: Record<string, string> = {}): Lexer {
  return createPhpLike('php', states, PHP_KEYWORDS, options);
}

/** A PHP-family lexer run (php, hack) with Rouge's PHP options. */
export function createPhpLike(tag: string, table: StateTable, keywords: ReadonlySet<string>,
  options: Record<string, string> = {}): Lexer {
  const startInline = asBool(options.start_inline);
  const highlightFunctions = asBool(options.funcnamehighlighting) ?? true;
  const disabled = new Set((options.disabledmodules ?? '').split(',').filter(Boolean));
  return new LexerRun(tag, table, (lx) => {
    const v = pv(lx);
    v.html = createHtml();
    v.keywords = keywords;
    v.builtins = !highlightFunctions ? new Set()
      : disabled.size === 0 ? ALL_BUILTINS
      : new Set([...PHP_BUILTINS].filter(([mod]) => !disabled.has(mod)).flatMap(([, fns]) => fns));
    if (startInline === true) lx.push('php');
    else if (startInline === undefined) lx.push('start');
  });
}
