// Patterns: kramdown's regular expressions, translated to JS syntax with Ruby (Onigmo) meaning.
// Conventions: `S`/`NS` are Ruby's ASCII `\s`/`\S`; `DOT` is Ruby's `.` (anything but \n); `\w`/`\d` are
// ASCII in both; `B` is Ruby's Unicode-aware `\b`; `Z` is Ruby's `\Z`. `^` keeps Ruby's meaning because the
// scanner evaluates patterns containing it on the string from the position (see scanner.ts).

export const S = '[ \\t\\n\\v\\f\\r]';
export const NS = '[^ \\t\\n\\v\\f\\r]';
export const DOT = '[^\\n]';
export const WORDCH = '\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200c\\u200d';
export const B = `(?:(?<=[${WORDCH}])(?![${WORDCH}])|(?<![${WORDCH}])(?=[${WORDCH}]))`;
export const Z = '(?=\\n?(?![\\s\\S]))';
export const ALPHA = '\\p{Alphabetic}';
export const ALNUM = '\\p{Alphabetic}\\p{Nd}';

export const OPT_SPACE = ' {0,3}';
export const INDENT = '^(?:\\t| {4})';
export const UNAME = `(?:[${ALPHA}_][-${ALNUM}._]*:)?[${ALPHA}_][-${ALNUM}._]*`;

// Attribute lists and extensions
export const ALD_ANY_CHARS = '(?:\\\\\\}|[^}])';
export const ALD_ID_NAME = '\\w[\\w-]*';
export const ALD_TYPE_KEY_VALUE_PAIR = `(${ALD_ID_NAME})=("|')((?:\\\\\\}|\\\\\\2|[^}\\x02])*?)\\2`;
export const ALD_TYPE_ID_NAME = '#([A-Za-z][\\w:-]*)';
export const ALD_TYPE_CLASS_NAME = '\\.([^ \\t\\n\\v\\f\\r.#]+)';
export const ALD_TYPE_ID_OR_CLASS = `${ALD_TYPE_ID_NAME}|${ALD_TYPE_CLASS_NAME}`;
export const ALD_TYPE_ID_OR_CLASS_MULTI = `((?:${ALD_TYPE_ID_NAME}|${ALD_TYPE_CLASS_NAME})+)`;
export const ALD_TYPE_REF = `(${ALD_ID_NAME})`;
export const ALD_TYPE_ANY = `(?:(?<![\\s\\S])|${S})(?:${ALD_TYPE_KEY_VALUE_PAIR}|${ALD_TYPE_REF}|${ALD_TYPE_ID_OR_CLASS_MULTI})(?=${S}|${Z})`;
export const ALD_START = `^${OPT_SPACE}\\{:(${ALD_ID_NAME}):(${ALD_ANY_CHARS}+)\\}${S}*?\\n`;
export const EXT_START_STR = `\\{::(\\w+)(?:${S}(${ALD_ANY_CHARS}*?)|)(\\/)?\\}`;
export const extStopStr = (name: string): string => `\\{:\\/(${name})?\\}`;
export const EXT_BLOCK_START = `^${OPT_SPACE}(?:${EXT_START_STR}|${extStopStr(ALD_ID_NAME)})${S}*?\\n`;
// kramdown builds this one in a double-quoted string, where "\s" is a plain space.
export const extBlockStopStr = (name: string): string => `^${OPT_SPACE}${extStopStr(name)} *?\\n`;
export const IAL_BLOCK = `\\{:(?!:|\\/)(${ALD_ANY_CHARS}+)\\}${S}*?\\n`;
export const IAL_BLOCK_START = `^${OPT_SPACE}${IAL_BLOCK}`;
export const BLOCK_EXTENSIONS_START = `^${OPT_SPACE}\\{:`;
export const EXT_SPAN_START = `${EXT_START_STR}|${extStopStr(ALD_ID_NAME)}`;
export const IAL_SPAN_START = `\\{:(${ALD_ANY_CHARS}+)\\}`;

// Blocks
export const BLANK_LINE = '(?:^[ \\t\\v\\f\\r]*\\n)+';
export const EOB_MARKER = `^\\^${S}*?\\n`;
export const HTML_SPAN_ELEMENTS = [
  'a', 'abbr', 'acronym', 'b', 'big', 'bdo', 'br', 'button', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'img', 'input',
  'ins', 'kbd', 'label', 'mark', 'option', 'q', 'rb', 'rbc', 'rp', 'rt', 'rtc', 'ruby', 'samp', 'select', 'small',
  'span', 'strong', 'sub', 'sup', 'tt', 'u', 'var',
];
const LAZY_SPAN = [...HTML_SPAN_ELEMENTS, 'script'].join('|');
// kramdown writes `\b` after the span-element names; a name ends with a letter, so the boundary is just
// "no word character next" (same meaning, much cheaper for V8 to compile than the two-sided test).
const AFTER_NAME = `(?![${WORDCH}])`;
// Only ever used as a test (never for the matched text), so the name's first character is enough.
export const LAZY_END_HTML_START = `<(?!(?:${LAZY_SPAN})${AFTER_NAME})[${ALPHA}_]`;
export const LAZY_END_HTML_STOP = `<\\/(?!(?:${LAZY_SPAN})${AFTER_NAME})${UNAME}${S}*>`;
export const LAZY_END = `${BLANK_LINE}|${IAL_BLOCK_START}|${EOB_MARKER}|^${OPT_SPACE}${LAZY_END_HTML_STOP}|^${OPT_SPACE}${LAZY_END_HTML_START}|${Z}`;
export const PARAGRAPH_START = `^${OPT_SPACE}[^ \\t]${DOT}*?\\n`;
export const PARAGRAPH_MATCH = `^${DOT}*?\\n`;
export const PATTERN_TAIL = `[\\t| ]${DOT}*?\\n`;
export const LIST_START_UL = `^(${OPT_SPACE}[+*-])(${PATTERN_TAIL})`;
export const LIST_START_OL = `^(${OPT_SPACE}\\d+\\.)(${PATTERN_TAIL})`;
export const LIST_START = `${LIST_START_UL}|${LIST_START_OL}`;
export const DEFINITION_LIST_START = `^(${OPT_SPACE}:)(${PATTERN_TAIL})`;
export const PARAGRAPH_END = `${LAZY_END}|${DEFINITION_LIST_START}`;
export const BLOCKQUOTE_START = `^${OPT_SPACE}> ?`;
export const CODEBLOCK_MATCH = `(?:(?:${BLANK_LINE})?(?:${INDENT}[ \\t]*${NS}${DOT}*\\n)+(?:(?!${IAL_BLOCK_START}|${EOB_MARKER}|^${OPT_SPACE}${LAZY_END_HTML_STOP}|^${OPT_SPACE}${LAZY_END_HTML_START})^[ \\t]*${NS}${DOT}*\\n)*)*`;
export const FENCED_CODEBLOCK_START = '^~{3,}';
export const FENCED_CODEBLOCK_MATCH = `^((~){3,})${S}*?((${NS}+?)(?:\\?${NS}*)?)?${S}*?\\n([\\s\\S]*?)^\\1\\2*${S}*?\\n`;
export const GFM_FENCED_CODEBLOCK_START = '^[ ]{0,3}[~`]{3,}';
export const GFM_FENCED_CODEBLOCK_MATCH = `^[ ]{0,3}(([~\`]){3,})${S}*?((${NS}+?)(?:\\?${NS}*)?)?${S}*?\\n([\\s\\S]*?)^[ ]{0,3}\\1\\2*${S}*?\\n`;
export const HR_START = `^${OPT_SPACE}(\\*|-|_)[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*\\n`;
export const SETEXT_HEADER_START = `^${OPT_SPACE}(?<contents>[^ \\t]${DOT}*)\\n(?<level>[-=])[-=]*[ \\t\\r\\f\\v]*\\n`;
export const ATX_HEADER_START = `^(?<level>#{1,6})[\\t ]*(?<contents>[^ \\t]${DOT}*)\\n`;
export const GFM_ATX_HEADER_START = `^(?<level>#{1,6})[\\t ]+(?<contents>${DOT}*)\\n`;
const NAME_START_CHAR = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START_CHAR}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
export const HEADER_ID = `[\\t ]\\{#(?<id>[${NAME_START_CHAR}][${NAME_CHAR}]*)\\}$`;
export const BLOCK_BOUNDARY = `${BLANK_LINE}|${EOB_MARKER}|${IAL_BLOCK_START}|${Z}`;
export const TABLE_SEP_LINE = `^([+|: \\t-]*?-[+|: \\t-]*?)[ \\t]*\\n`;
export const TABLE_HSEP_ALIGN = '[ \\t]?(:?)-+(:?)[ \\t]?';
export const TABLE_FSEP_LINE = `^[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n`;
export const TABLE_ROW_LINE = `^(${DOT}*?)[ \\t]*\\n`;
export const TABLE_PIPE_CHECK = `(?:\\||${DOT}*?[^\\\\\\n]\\|)`;
export const TABLE_LINE = `${TABLE_PIPE_CHECK}${DOT}*?\\n`;
export const TABLE_START = `^${OPT_SPACE}(?=${NS})${TABLE_LINE}`;
export const BLOCK_MATH_START = `^${OPT_SPACE}(\\\\)?\\$\\$([\\s\\S]*?)\\$\\$(${S}*?\\n)?`;
export const FOOTNOTE_DEFINITION_START = `^${OPT_SPACE}\\[\\^(${ALD_ID_NAME})\\]:${S}*?(${DOT}*?\\n${CODEBLOCK_MATCH})`;
export const LINK_DEFINITION_START = `^${OPT_SPACE}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<(${DOT}*?)>|([^\\n]*?${NS}[^\\n]*?))(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?(["'])(${DOT}+?)\\4)?[ \\t]*?\\n`;
export const ABBREV_DEFINITION_START = `^${OPT_SPACE}\\*\\[(${DOT}+?)\\]:(${DOT}*?)\\n`;
export const HTML_BLOCK_START = `^${OPT_SPACE}<(${UNAME}|!--|\\/)`;

// HTML
export const HTML_COMMENT_RE = '<!--([\\s\\S]*?)-->';
export const HTML_INSTRUCTION_RE = '<\\?([\\s\\S]*?)\\?>';
// Ruby makes each attribute atomic: `(?=(x))\\3` is the JS way. Groups: 1 name, 2 attributes, 5 `/`.
export const HTML_TAG_RE = `<(${UNAME})${S}*((?:(?=(${S}+${UNAME}(?:${S}*=${S}*(?:[${WORDCH}]+|("|')[\\s\\S]*?\\4))?))\\3)*)${S}*(\\/)?>`;
export const TAG_SLASH = 5;
/**
 * The ASCII-only form of a pattern built from UNAME and the word class. Where it matches, the full pattern
 * matches identically (every token it ends must be followed by a delimiter in both), so it is tried first.
 */
export function asciiForm(source: string): string {
  const asciiName = '(?:[A-Za-z_][-A-Za-z0-9._]*:)?[A-Za-z_][-A-Za-z0-9._]*';
  return source.split(UNAME).join(asciiName).split(`[${WORDCH}]`).join('[A-Za-z0-9_]');
}
export const HTML_TAG_CLOSE_RE = `<\\/(${UNAME})${S}*>`;
export const HTML_ATTRIBUTE_RE = `${S}*(${UNAME})(?:${S}*=${S}*(?:([${WORDCH}]+)|("|')([\\s\\S]*?)\\3))?`;
export const HTML_ENTITY_RE = '&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);';
export const HTML_RAW_START = `(?=<(${UNAME}|\\/|!--|\\?))`;
export const TRAILING_WHITESPACE = '[ \\t]*\\n';

// Spans
export const EMPHASIS_START = '(?:\\*\\*?|__?)';
export const CODESPAN_DELIMITER = '`+';
export const ACHARS = `${ALNUM}\\-_.`;
export const AUTOLINK_START = `<((mailto|https?|ftps?):${DOT}+?|[${ACHARS}]+?@[${ACHARS}]+?)>`;
export const HTML_SPAN_START = `<(${UNAME}|!--|\\/)`;
export const FOOTNOTE_MARKER_START = `\\[\\^(${ALD_ID_NAME})\\]`;
export const LINK_START = '!?\\[(?=[^^])';
export const SMART_QUOTES_RE = '[^\\\\]?["\']';
export const INLINE_MATH_START = '\\$\\$([\\s\\S]*?)\\$\\$';
export const SPAN_EXTENSIONS_START = '\\{:';
export const TYPOGRAPHIC_SYMS_RE = '---|--|\\.\\.\\.|\\\\<<|\\\\>>|<< | >>|<<|>>';
export const LINE_BREAK = '(  |\\\\\\\\)(?=\\n)';
export const ESCAPED_CHARS = '\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'\\$=-])';
export const ESCAPED_CHARS_GFM = '\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'\\$=\\-~])';
export const STRIKETHROUGH_MATCH = `~~(?!${S}|~)[\\s\\S]*?[^ \\t\\n\\v\\f\\r~]~~`;
