// Text-level spans: smart quotes, typographic symbols, line breaks, backslash escapes, GFM strikethrough,
// inline math `$$…$$`, and span extensions / span IALs `{:…}`.

import { Element } from '../element.js';
import type { Parser, SpanParser } from '../parser.js';
import {
  ESCAPED_CHARS, ESCAPED_CHARS_GFM, EXT_SPAN_START, IAL_SPAN_START, INLINE_MATH_START, LINE_BREAK, SMART_QUOTES_RE,
  SPAN_EXTENSIONS_START, STRIKETHROUGH_MATCH, TYPOGRAPHIC_SYMS_RE, WORDCH,
} from '../patterns.js';
import { re, Scanner, type Pattern } from '../scanner.js';
import { entity } from '../html/entities.js';
import { parseAttributeList, parseExtensionStartTag, updateIalWithIal } from '../block/extensions.js';
import { strip } from '../util.js';

const SQ_PUNCT = '[!"#$%\'()*+,\\-.\\/:;<=>?@\\[\\\\\\]\\^_`{|}~]';
const SQ_CLOSE = '[^ \\\\\\t\\r\\n\\[{(\\-]';
const NB = `(?:(?<=[${WORDCH}])(?=[${WORDCH}])|(?<![${WORDCH}])(?![${WORDCH}]))`;
const UB = `(?:(?<=[${WORDCH}])(?![${WORDCH}])|(?<![${WORDCH}])(?=[${WORDCH}]))`;
const SP = '[ \\t\\n\\v\\f\\r]';

const SQ_RULES: [Pattern, (string | number)[]][] = [
  [re(`("|')(?=[_*]{1,2}[^ \\t\\n\\v\\f\\r])`), ['lquote1']],
  [re(`("|')(?=${SQ_PUNCT}(?!\\.\\.)${NB})`), ['rquote1']],
  [re(`(${SP}?)"'(?=\\w)`), [1, 'ldquo', 'lsquo']],
  [re(`(${SP}?)'"(?=\\w)`), [1, 'lsquo', 'ldquo']],
  [re(`(${SP}?)'(?=\\d\\ds)`), [1, 'rsquo']],
  [re(`(${SP})('|")(?=\\w)`), [1, 'lquote2']],
  [re(`(${SQ_CLOSE})('|")`), [1, 'rquote2']],
  [re(`("|')(?=${SP}|s${UB}|$)`), ['rquote1']],
  [re(`([\\s\\S]?)'`), [1, 'lsquo']],
  [re(`([\\s\\S]?)"`), [1, 'ldquo']],
];

const isQ = (c: number): boolean => c === 34 || c === 39;
const isSp = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const ASCII_PUNCT = '!"#$%\'()*+,-./:;<=>?@[\\]^_`{|}~';
/** Necessary conditions of rules 0-5 of SQ_RULES on the next three characters (skips their regexps). */
const SQ_MAY: ((str: string, pos: number) => boolean)[] = [
  (s, p) => isQ(s.charCodeAt(p)) && (s[p + 1] === '_' || s[p + 1] === '*'),
  (s, p) => isQ(s.charCodeAt(p)) && p + 1 < s.length && ASCII_PUNCT.includes(s[p + 1]!),
  (s, p) => s.startsWith('"\'', p) || (isSp(s.charCodeAt(p)) && s.startsWith('"\'', p + 1)),
  (s, p) => s.startsWith('\'"', p) || (isSp(s.charCodeAt(p)) && s.startsWith('\'"', p + 1)),
  (s, p) => (s[p] === "'" && isDigit(s.charCodeAt(p + 1))) || (isSp(s.charCodeAt(p)) && s[p + 1] === "'" && isDigit(s.charCodeAt(p + 2))),
  (s, p) => isSp(s.charCodeAt(p)) && isQ(s.charCodeAt(p + 1)),
];

/** Index of the first rule of SQ_RULES that may start with any character. */
const FIRST_GENERIC_RULE = 6;

const SQ_SUBSTS: Record<string, string> = {
  'rquote1"': 'rdquo', "rquote1'": 'rsquo', 'rquote2"': 'rdquo', "rquote2'": 'rsquo',
  'lquote1"': 'ldquo', "lquote1'": 'lsquo', 'lquote2"': 'ldquo', "lquote2'": 'lsquo',
};

export const smartQuotes: SpanParser = {
  name: 'smart_quotes',
  start: re(SMART_QUOTES_RE),
  spanStart: '[^\\\\]?["\']',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    let substs: (string | number)[] = [];
    // Rules 0-1 start with a quote, rules 2-5 with a quote or a space: skip them when the first character
    // is neither (the common `d'` case), saving their regexps.
    const a = src.string.charCodeAt(src.pos);
    const first = a === 34 || a === 39 ? 0 : a === 32 || (a >= 9 && a <= 13) ? 2 : FIRST_GENERIC_RULE;
    for (let k = first; k < SQ_RULES.length; k++) {
      if (k < FIRST_GENERIC_RULE && !SQ_MAY[k]!(src.string, src.pos)) continue;
      const [r, s] = SQ_RULES[k]!;
      if (src.scan(r) !== null) {
        substs = s;
        break;
      }
    }
    const m = src.m!;
    for (const subst of substs) {
      if (typeof subst === 'number') p.addText(m[subst] ?? '');
      else {
        const idx = parseInt(subst[subst.length - 1]!, 10) || 0;
        const val = SQ_SUBSTS[subst + (m[idx] ?? '')] ?? subst;
        p.tree.children.push(new Element('smart_quote', val, null, { location: line }));
      }
    }
  },
};

const TYPO: Record<string, string> = {
  '---': 'mdash', '--': 'ndash', '...': 'hellip', '<< ': 'laquo_space', ' >>': 'raquo_space', '<<': 'laquo', '>>': 'raquo',
};

export const typographicSyms: SpanParser = {
  name: 'typographic_syms',
  start: re(TYPOGRAPHIC_SYMS_RE),
  spanStart: '--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const matched = src.matched;
    src.setPos(src.pos + matched.length);
    const val = TYPO[matched];
    if (val) p.tree.children.push(new Element('typographic_sym', val, null, { location: line }));
    else {
      const e = entity(matched === '\\<<' ? 'lt' : 'gt')!;
      p.tree.children.push(new Element('entity', e, null, { location: line }));
      p.tree.children.push(new Element('entity', e, null, { location: line }));
    }
  },
};

export const lineBreak: SpanParser = {
  name: 'line_break',
  start: re(LINE_BREAK),
  spanStart: '(  |\\\\)(?=\\n)',
  parse(p) {
    p.tree.children.push(new Element('br', null, null, { location: p.src.currentLine() }));
    p.src.setPos(p.src.pos + p.src.matched.length);
  },
};

function parseEscaped(p: Parser): void {
  const g = p.src.group(1)!;
  p.src.setPos(p.src.pos + p.src.matched.length);
  p.addText(g);
}

export const escapedChars: SpanParser = { name: 'escaped_chars', start: re(ESCAPED_CHARS), spanStart: '\\\\', parse: parseEscaped };
export const escapedCharsGfm: SpanParser = { name: 'escaped_chars_gfm', start: re(ESCAPED_CHARS_GFM), spanStart: '\\\\', parse: parseEscaped };

export const strikethroughGfm: SpanParser = {
  name: 'strikethrough_gfm',
  start: re(STRIKETHROUGH_MATCH),
  spanStart: '~~',
  parse(p) {
    const src = p.src;
    if (!p.spanNestingAllowed()) {
      p.addText(src.getch());
      return;
    }
    const line = src.currentLine();
    const matched = src.matched;
    src.setPos(src.pos + matched.length);
    const el = new Element('html_element', 'del', {}, { category: 'span', line });
    p.tree.children.push(el);
    const env = p.saveEnv();
    p.resetEnv({ src: new Scanner(matched.slice(2, -2), line), textType: 'text' });
    p.parseSpans(el);
    p.restoreEnv(env);
  },
};

export const inlineMath: SpanParser = {
  name: 'inline_math',
  start: re(INLINE_MATH_START),
  spanStart: '\\$',
  parse(p) {
    const src = p.src;
    const line = src.currentLine();
    const m = src.m!;
    src.setPos(src.pos + m[0].length);
    p.tree.children.push(new Element('math', strip(m[1]!), null, { category: 'span', location: line }));
  },
};

const EXT_SPAN_START_RE = re(EXT_SPAN_START);
const IAL_SPAN_START_RE = re(IAL_SPAN_START);

export const spanExtensions: SpanParser = {
  name: 'span_extensions',
  start: re(SPAN_EXTENSIONS_START),
  spanStart: '\\{:',
  parse(p) {
    const src = p.src;
    if (src.lastIndexOf('}') > src.pos && src.check(EXT_SPAN_START_RE) !== null) {
      parseExtensionStartTag(p, 'span');
    } else if (src.lastIndexOf('}') > src.pos && src.check(IAL_SPAN_START_RE) !== null) {
      const last = p.tree.children[p.tree.children.length - 1];
      if (last && last.type !== 'text') {
        const content = src.group(1)!;
        src.setPos(src.pos + src.matched.length);
        const attr: Record<string, any> = {};
        parseAttributeList(p, content, attr);
        updateIalWithIal((last.options.ial ??= {}) as Record<string, any>, attr);
        p.updateAttrWithIal(last.attr, attr);
      } else {
        p.warning('Found span IAL after text - ignoring it');
        p.addText(src.getch());
      }
    } else {
      p.addText(src.getch());
    }
  },
};
