// scheme: the head of each form as keyword, builtin or function name; numbers in every radix,
// characters (#\a), booleans, quoted symbols, strings.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const KEYWORDS = new Set(`lambda define if else cond and or case let let* letrec begin do delay set! => quote quasiquote
  unquote unquote-splicing define-syntax let-syntax letrec-syntax syntax-rules`.trim().split(/\s+/));
const BUILTINS = new Set("* + - / < <= = > >= abs acos angle append apply asin assoc assq assv atan boolean? caaaar caaadr caaar caadar caaddr caadr caar cadaar cadadr cadar caddar cadddr caddr cadr call-with-current-continuation call-with-input-file call-with-output-file call-with-values call/cc car cdaaar cdaadr cdaar cdadar cdaddr cdadr cdar cddaar cddadr cddar cdddar cddddr cdddr cddr cdr ceiling char->integer char-alphabetic? char-ci<=? char-ci<? char-ci=? char-ci>=? char-ci>? char-downcase char-lower-case? char-numeric? char-ready? char-upcase char-upper-case? char-whitespace? char<=? char<? char=? char>=? char>? char? close-input-port close-output-port complex? cons cos current-input-port current-output-port denominator display dynamic-wind eof-object? eq? equal? eqv? eval even? exact->inexact exact? exp expt floor for-each force gcd imag-part inexact->exact inexact? input-port? integer->char integer? interaction-environment lcm length list list->string list->vector list-ref list-tail list? load log magnitude make-polar make-rectangular make-string make-vector map max member memq memv min modulo negative? newline not null-environment null? number->string number? numerator odd? open-input-file open-output-file output-port? pair? peek-char port? positive? procedure? quotient rational? rationalize read read-char real-part real? remainder reverse round scheme-report-environment set-car! set-cdr! sin sqrt string string->list string->number string->symbol string-append string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>? string-copy string-fill! string-length string-ref string-set! string<=? string<? string=? string>=? string>? string? substring symbol->string symbol? tan transcript-off transcript-on truncate values vector vector->list vector-fill! vector-length vector-ref vector-set! vector? with-input-from-file with-output-to-file write write-char zero?".split(' '));
const ID = '[a-zA-Z0-9!$%&*+,\\/:<=>?@^_~|-]+';

const states: StateTable = {
  root: [
    rule(/;.*$/, 'c1'),
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/-?\d+\.\d+/, 'mf'),
    rule(/-?\d+/, 'mi'),
    rule(/[+-]inf[.][f0]/, 'm'),
    rule(/#b[01]+/, 'mb'),
    rule(/#o[0-7]+/, 'mo'),
    rule(/#d[0-9]+/, 'mi'),
    rule(/#x[0-9a-f]+/i, 'mh'),
    rule(/#[ei][\d.]+/, 'mx'),
    rule(/"(\\\\|\\"|[^"])*"/, 's'),
    rule(`'${ID}`, 'ss', undefined, { ignoreCase: true }),
    rule(/#\\([()\/'"._!$%& ?=+-]{1}|[a-z0-9]+)/i, 'sc'),
    rule(/#t|#f/, 'no'),
    rule(/(?:'|#|`|,@|,|\.)/, 'o'),
    groups(/(['#])(\s*)(\()/, ['ss', '', 'p'], undefined, { dotAll: true }),
    rule(/\(|\[/, 'p', 'command'),
    rule(/\)|\]/, 'p'),
    rule(ID, 'nv'),
  ],
  command: [
    rule(ID, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : BUILTINS.has(w) ? 'nb' : 'nf', w);
      lx.pop();
    }),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('scheme', states);
}
