// Compiles lexer rule patterns written with Ruby (Onigmo) semantics into sticky JS RegExps,
// so that rules scanned at a position behave as Rouge's StringScanner#skip does.
//
// Why a translation: Ruby and JS disagree on details that change token boundaries —
// Ruby's `.` matches "\r", `^`/`$` are always line anchors (only around "\n"), `\s` is ASCII
// whitespace (JS's includes U+00A0), `\h` is a hex digit, `\b` is Unicode-aware, `\A`/`\z`/`\Z`
// exist. Patterns are written in Ruby's dialect and rewritten here once, at load time.

const SPACE_CLASS_BODY = ' \\t\\n\\v\\f\\r';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]';

/** Options of one pattern: Ruby's `i` (ignore case) and `m` (dot matches newline). */
export interface PatternFlags {
  ignoreCase?: boolean;
  dotAll?: boolean;
}

/** Rewrites a Ruby-dialect pattern source into an equivalent JS (u-mode) source. */
export function translateRubyPattern(source: string, flags: PatternFlags = {}): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if ((next === 'p' || next === 'P') && source[i + 1] === '{') {
        // Unicode property: copy `\p{...}` through untouched.
        const end = source.indexOf('}', i);
        out += source.slice(i - 1, end + 1);
        i = end;
        continue;
      }
      if (!/[0-9A-Za-z]/.test(next)) {
        // JS u-mode only allows escaping syntax characters; Ruby allows any punctuation.
        out += '^$\\.*+?()[]{}|/'.includes(next) ? '\\' + next : next;
        continue;
      }
      switch (next) {
        case 's': out += `[${SPACE_CLASS_BODY}]`; break;
        case 'S': out += `[^${SPACE_CLASS_BODY}]`; break;
        case 'h': out += '[0-9a-fA-F]'; break;
        case 'H': out += '[^0-9a-fA-F]'; break;
        case 'A': out += '(?<![\\s\\S])'; break;
        case 'z': out += '(?![\\s\\S])'; break;
        case 'Z': out += '(?=\\n?(?![\\s\\S]))'; break;
        case 'b': out += `(?:(?<=${WORD_CHAR})(?!${WORD_CHAR})|(?<!${WORD_CHAR})(?=${WORD_CHAR}))`; break;
        case 'B': out += `(?:(?<=${WORD_CHAR})(?=${WORD_CHAR})|(?<!${WORD_CHAR})(?!${WORD_CHAR}))`; break;
        default: out += '\\' + next;
      }
      continue;
    }
    if (ch === '[') {
      const end = classEnd(source, i);
      out += translateClass(source.slice(i + 1, end));
      i = end;
      continue;
    }
    if (ch === '{') {
      // Ruby treats a `{` that does not start a quantifier as a literal; u-mode JS does not.
      const q = /^\{\d*,?\d*\}/.exec(source.slice(i));
      if (q && q[0] !== '{}' && q[0] !== '{,}') { out += q[0]; i += q[0].length - 1; }
      else out += '\\{';
      continue;
    }
    if (ch === '}' || ch === ']') { out += '\\' + ch; continue; }
    if (ch === '.') out += flags.dotAll ? '[\\s\\S]' : '[^\\n]';
    else if (ch === '^') out += '(?<![^\\n])';
    else if (ch === '$') out += '(?![^\\n])';
    else out += ch;
  }
  return out;
}

/** Index of the `]` closing the class opened at `open` (Ruby: a leading `]` is literal). */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  let depth = 1;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new Error(`unterminated character class in /${source}/`);
}

/**
 * Translates a class body. Ruby's `\s` and `\S` are ASCII-only inside classes too: a class
 * holding `\S` becomes an alternation, since JS cannot express "ASCII non-space" in a class.
 */
function translateClass(body: string): string {
  let negated = false;
  if (body.startsWith('^')) { negated = true; body = body.slice(1); }
  let items = '';
  let hasNonSpace = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const n = body[i + 1] ?? '';
      i++;
      if ((n === 'p' || n === 'P') && body[i + 1] === '{') {
        const end = body.indexOf('}', i);
        items += body.slice(i - 1, end + 1);
        i = end;
      } else if (/[0-7]/.test(n)) {
        // inside a class, Ruby reads \1 as an octal escape (U+0001), not a backreference
        const oct = /^[0-7]{1,3}/.exec(body.slice(i))![0];
        items += `\\u{${parseInt(oct, 8).toString(16)}}`;
        i += oct.length - 1;
      } else if (n === 's') items += SPACE_CLASS_BODY;
      else if (n === 'S') hasNonSpace = true;
      else if (n === 'h') items += '0-9a-fA-F';
      else if (/[0-9A-Za-z]/.test(n)) items += '\\' + n;
      else items += '^$\\.*+?()[]{}|/-'.includes(n) ? '\\' + n : n;
      continue;
    }
    if (c === '[' && body.indexOf(']', i + 1) > 0) {
      // A nested class is a union with the outer one in Ruby; plain ones are merged in (a
      // negated one cannot be expressed inside a JS class and is left as literal characters).
      const end = classEnd(body, i);
      const inner = body.slice(i + 1, end);
      if (!inner.startsWith('^') && !inner.includes('\\S')) {
        items += translateClass(inner).slice(1, -1);
        i = end;
        continue;
      }
    }
    if (c === '[' || (c === ']' && i === 0)) { items += '\\' + c; continue; }
    items += c;
  }
  if (!hasNonSpace) return `[${negated ? '^' : ''}${items}]`;
  const nonSpace = `[^${SPACE_CLASS_BODY}]`;
  if (negated) return items ? `(?:(?![${items}])[${SPACE_CLASS_BODY}])` : `[${SPACE_CLASS_BODY}]`;
  return items ? `(?:${nonSpace}|[${items}])` : nonSpace;
}

/** Compiles a Ruby-dialect pattern into a sticky, Unicode-aware JS RegExp. */
export function rubyRegExp(source: string | RegExp, flags: PatternFlags = {}): RegExp {
  const src = typeof source === 'string' ? source : source.source;
  const ignoreCase = flags.ignoreCase ?? (typeof source !== 'string' && source.flags.includes('i'));
  const dotAll = flags.dotAll ?? (typeof source !== 'string' && source.flags.includes('s'));
  return new RegExp(translateRubyPattern(src, { ignoreCase, dotAll }), ignoreCase ? 'yiu' : 'yu');
}

/** Escapes a literal word for use inside a pattern. */
export function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Builds `(?:a|b|c)` from pattern fragments, in the given order (order matters for alternation). */
export function alt(fragments: readonly string[]): string {
  return `(?:${fragments.join('|')})`;
}

/** Builds `(?:a|b|c)` from literal words, in the given order. */
export function words(list: readonly string[]): string {
  return alt(list.map(escapeForPattern));
}
