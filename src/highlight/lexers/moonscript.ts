// moonscript (alias moon): MoonScript — Lua's builtins (by module, Rouge's generated lists),
// @members, Class names, key: symbols, "strings with #{interpolation}", long [[strings]].
// Options (Rouge's): function_highlighting (default true), disabled_modules (comma list).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { LUA_BUILTINS } from './lua-builtins.js';

const IDENT = '(?:\\w\\w*)';
const KEYWORDS = `break class continue do else elseif end extends for if import in repeat return switch super then
  unless until using when with while`.trim().split(/\s+/);
const builtinsOf = (lx: LexerRun): ReadonlySet<string> => lx.vars.builtins as ReadonlySet<string>;

const states: StateTable = {
  root: [
    rule(/#!(.*?)$/, 'cp'),
    rule(/(?:)/, '', 'main'),
  ],
  base: [
    // (as in Rouge, whose pattern ends with a quote: a decimal float only lexes before a ')
    rule(/(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'/i, 'mf'),
    rule(/\d+e[+-]?\d+/i, 'mf'),
    rule(/0x[0-9a-f]*/i, 'mh'),
    rule(/\d+/, 'mi'),
    rule(`@${IDENT}*`, 'vi'),
    rule(/[A-Z]\w*/, 'nc'),
    rule(/"?[^"]+":/, 'ss'),
    rule(`${IDENT}:`, 'ss'),
    rule(`:${IDENT}`, 'ss'),
    rule(/\s+/, 'w'),
    rule(/(==|~=|!=|<=|>=|\.\.\.|\.\.|->|=>|[=+\-*\/%^<>#!\\])/, 'o'),
    rule(/[\[\]\{\}\(\)\.,:;]/, 'p'),
    rule(/(and|or|not)\b/, 'ow'),
    rule(`(${KEYWORDS.join('|')})\\b`, 'k'),
    rule(/(local|export)\b/, 'kd'),
    rule(/(true|false|nil)\b/, 'kc'),
    rule(/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/, (lx, m) => {
      const name = m[0];
      if (builtinsOf(lx).has(name)) {
        lx.token('nb', name);
      } else if (name.includes('.')) {
        const dot = name.indexOf('.');
        lx.token('n', name.slice(0, dot));
        lx.token('p', '.');
        lx.token('n', name.slice(dot + 1));
      } else {
        lx.token('n', name);
      }
    }),
  ],
  main: [
    rule(/--.*$/, 'c1'),
    rule(/\[(=*)\[.*?\]\1\]/, 'sh', undefined, { dotAll: true }),
    mixin('base'),
    rule(/'/, 's1', 'sqs'),
    rule(/"/, 's2', 'dqs'),
  ],
  sqs: [
    rule(/'/, 's1', '#pop'),
    rule(/[^']+/, 's1'),
  ],
  interpolation: [
    rule(/\}/, 'si', '#pop'),
    mixin('base'),
  ],
  dqs: [
    rule(/#\{/, 'si', 'interpolation'),
    rule(/"/, 's2', '#pop'),
    rule(/#[^{]/, 's2'),
    rule(/[^"#]+/, 's2'),
  ],
};

const ALL_BUILTINS: ReadonlySet<string> = new Set([...LUA_BUILTINS.values()].flat());

export function create(options: Record<string, string> = {}): Lexer {
  const fh = options.function_highlighting;
  const highlightFunctions = fh === undefined || !['0', 'false', 'off'].includes(fh);
  // Rouge's list_option: comma-separated
  const disabled = new Set((options.disabled_modules ?? '').split(',').filter(Boolean));
  const builtins: ReadonlySet<string> = !highlightFunctions ? new Set()
    : disabled.size === 0 ? ALL_BUILTINS
    : new Set([...LUA_BUILTINS].filter(([mod]) => !disabled.has(mod)).flatMap(([, fns]) => fns));
  return new LexerRun('moonscript', states, (lx) => { lx.vars.builtins = builtins; });
}
