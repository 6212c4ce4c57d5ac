// q (alias kdb+): kdb+/q — keywords, word operators and builtins, .z/.Q namespaces as constants,
// dates/times/timestamps, typed nulls (0N, 0w), adverbs, `symbols, / and \ comment forms.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('do if while select update delete exec from by');
const WORD_OPERATORS = set(`and or except inter like each cross vs sv within where in asof bin binr cor cov cut ej fby
  div ij insert lj ljf mavg mcount mdev mmax mmin mmu mod msum over prior peach pj scan scov setenv ss sublist uj union
  upsert wavg wsum xasc xbar xcol xcols xdesc xexp xgroup xkey xlog xprev xrank`);
const BUILTINS = set(`first enlist value type get set count string key max min sum prd last flip distinct raze neg desc
  differ dsave dev eval exit exp fills fkeys floor getenv group gtime hclose hcount hdel hopen hsym iasc idesc inv keys
  load log lsq ltime ltrim maxs md5 med meta mins next parse plist prds prev rand rank ratios read0 read1 reciprocal
  reverse rload rotate rsave rtrim save sdev show signum sin sqrt ssr sums svar system tables tan til trim txf ungroup
  var view views wj wj1 ww`);

const states: StateTable = {
  root: [
    rule(/#!(.*?)$/, 'cp', 'top'),
    rule(/(?:)/, '', 'top'),
  ],
  top: [
    rule(/^[ \t\r]+.*$/, 'cs'),
    rule(/\n+/, ''),
    rule(/(?:)/, '', 'base'),
  ],
  base: [
    rule(/\n+/, '', undefined, { dotAll: true }),
    rule(/^.\)/, 'kd'),
    rule(/\.?[a-z][a-z0-9_.]*/i, (lx, m) => {
      const w = m[0];
      if (KEYWORDS.has(w)) lx.token('k', w);
      else if (WORD_OPERATORS.has(w)) lx.token('ow', w);
      else if (BUILTINS.has(w)) lx.token('nb', w);
      else if (/^\.[zQqho]\./.test(w)) lx.token('no', w);
      else lx.token('n', w);
    }),
    rule(/\s+\/.*/, 'c1'),
    rule(/[ \t\r]+/, 'w'),
    rule(/^\/$.*?^\\$/, 'cm', undefined, { dotAll: true }),
    rule(/^\/[^\n]*$(\n[^\S\n]+.*$)*/, 'cm'),
    rule(/^\\$/, 'c', 'bottom'),
    rule(/^\\\\\s+/, 'k', 'bottom'),
    rule(/"/, 's', 'string'),
    rule(/(?:\d+D|\d{4}\.[01]\d\.[0123]\d[DT])(?:[012]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|([012]\d)?)[zpn]?\b/, 'ld'),
    rule(/[012]\d:[0-5]\d(?::[0-5]\d(\.\d+)?)?[uvtpn]?\b/, 'ld'),
    rule(/\d{4}\.[01]\d\.[0-3]\d[dpnzm]?\b/, 'ld'),
    rule(/0[nNwW][hijefcpmdznuvt]?/, 'kc'),
    rule(/'|\/:|\\:|':|\\|\/|0:|1:|2:/, 'o'),
    rule(/(\d+[.]\d*|[.]\d+)(e[+-]?\d+)?[ef]?/, 'mf'),
    rule(/\d+e[+-]?\d+[ef]?/, 'mf'),
    rule(/\d+[ef]/, 'mf'),
    rule(/0x[0-9a-f]+/i, 'mh'),
    rule(/[01]+b/, 'mb'),
    rule(/[0-9]+[hij]?/, 'mi'),
    rule(/(`:[:a-z0-9._\/]*|`(?:[a-z0-9.][:a-z0-9._]*)?)/i, 'ss'),
    rule(/(?:<=|>=|<>|::)|[?:$%&|@._#*^\-+~,!><=]:?/, 'o'),
    rule(/[{}\[\]();]/, 'p'),
    rule(/\\.*\n/, ''),
  ],
  string: [
    rule(/\\"/, 's'),
    rule(/"/, 's', '#pop'),
    rule(/\\([\\nr]|[01][0-7]{2})/, 'se'),
    rule(/[^\\"\n]+/, 's'),
    rule(/\\/, 's'),
  ],
  bottom: [rule(/.+\z/, 'cm', undefined, { dotAll: true })],
};

export function create(): Lexer {
  return new LexerRun('q', states);
}
