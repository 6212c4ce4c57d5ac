// prometheus: PromQL queries — metric names, {label="filters"}, range [5m] durations, aggregation
// and builtin functions, by/without/on/ignoring label lists, # comments. (As in Rouge, the
// `and|or|unless` operator rule has no word boundary, so `order` lexes as `or` + `der`.)

import { LexerRun, groups, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';

const FUNCTIONS = new Set(`abs absent ceil changes clamp_max clamp_min count_scalar day_of_month day_of_week
  days_in_month delta deriv drop_common_labels exp floor histogram_quantile holt_winters hour idelta increase irate
  label_replace ln log2 log10 month predict_linear rate resets round scalar sort sort_desc sqrt time vector year
  avg_over_time min_over_time max_over_time sum_over_time count_over_time quantile_over_time stddev_over_time
  stdvar_over_time`.trim().split(/\s+/));

function escapedString(tok: string, fin: string): Rule[] {
  return [
    rule(`\\\\[\\\\abfnrtv${fin}]`, 'se'),
    rule(`[^\\\\${fin}]+`, tok, undefined, { dotAll: true }),
    rule(fin, tok, '#pop'),
  ];
}

const states: StateTable = {
  root: [
    mixin('strings'),
    mixin('whitespace'),
    rule(/-?\d+\.\d+/, 'mf'),
    rule(/-?\d+[smhdwy]?/, 'mi'),
    mixin('operators'),
    groups(/(ignoring|on)(\()/, ['kp', 'p'], 'label_list'),
    groups(/(group_left|group_right)(\()/, ['kt', 'p']),
    rule(/(bool|offset)\b/, 'k'),
    rule(/(without|by)\b/, 'k', 'label_list'),
    rule(/[\w:]+/, (lx, m) => lx.token(FUNCTIONS.has(m[0]) ? 'nb' : 'n', m[0])),
    mixin('metrics'),
  ],
  metrics: [
    rule(/[a-zA-Z0-9_-]+/, 'n'),
    rule(/[\(\)\]:.,]/, 'p'),
    rule(/\{/, 'p', 'filters'),
    rule(/\[/, 'p'),
  ],
  strings: [
    rule(/"/, 's2', 'double_string_escaped'),
    rule(/'/, 's1', 'single_string_escaped'),
    rule(/`.*`/, 'sb'),
  ],
  double_string_escaped: escapedString('s2', '"'),
  single_string_escaped: escapedString('s1', "'"),
  filters: [
    mixin('inline_whitespace'),
    rule(/,/, 'p'),
    mixin('labels'),
    mixin('filter_matching_operators'),
    mixin('strings'),
    rule(/}/, 'p', '#pop'),
  ],
  label_list: [
    rule(/\(/, 'p'),
    rule(/[a-zA-Z0-9_:-]+/, 'na'),
    rule(/,/, 'p'),
    mixin('whitespace'),
    rule(/\)/, 'p', '#pop'),
  ],
  labels: [rule(/[a-zA-Z0-9_:-]+/, 'na')],
  operators: [
    rule(/[+\-\*\/%\^]/, 'o'),
    rule(/=|==|!=|<|>|<=|>=/, 'o'),
    rule(/and|or|unless/, 'o'),
    rule(/(sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\b/, 'nf'),
  ],
  filter_matching_operators: [rule(/!(=|~)|=~?/, 'o')],
  inline_whitespace: [rule(/[ \t\r]+/, '')],
  whitespace: [
    mixin('inline_whitespace'),
    rule(/\n\s*/, '', undefined, { dotAll: true }),
    rule(/#.*?$/, 'c'),
  ],
};

export function create(): Lexer {
  return new LexerRun('prometheus', states);
}
