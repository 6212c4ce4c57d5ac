// Options: kramdown's option set (snake_case names as in kramdown), their defaults, kramdown's value
// parsing (Options.parse) and the mapping from a Jekyll `kramdown:` config block.

export interface KramdownOptions {
  auto_ids: boolean;
  auto_id_stripping: boolean;
  auto_id_prefix: string;
  transliterated_header_ids: boolean;
  parse_block_html: boolean;
  parse_span_html: boolean;
  html_to_native: boolean;
  link_defs: Record<string, [string, string | null]>;
  footnote_nr: number;
  entity_output: 'as_char' | 'as_input' | 'numeric' | 'symbolic';
  toc_levels: number[];
  smart_quotes: (string | number)[];
  typographic_symbols: Record<string, string>;
  header_offset: number;
  syntax_highlighter: string | null;
  syntax_highlighter_opts: Record<string, unknown>;
  math_engine: string | null;
  footnote_backlink: string;
  footnote_backlink_inline: boolean;
  footnote_prefix: string;
  remove_line_breaks_for_cjk: boolean;
  forbidden_inline_options: string[];
  /** GFM parser */
  hard_wrap: boolean;
  gfm_quirks: string[];
  /** `GFM` (default here, as Jekyll) or `kramdown`. */
  input: string;
  [key: string]: unknown;
}

/** kramdown's own defaults (plus parser-gfm's), i.e. what `Kramdown::Document.new(src, input: 'GFM')` gets. */
export function kramdownDefaults(): KramdownOptions {
  return {
    auto_ids: true,
    auto_id_stripping: false,
    auto_id_prefix: '',
    transliterated_header_ids: false,
    parse_block_html: false,
    parse_span_html: true,
    html_to_native: false,
    link_defs: {},
    footnote_nr: 1,
    entity_output: 'as_char',
    toc_levels: [1, 2, 3, 4, 5, 6],
    smart_quotes: ['lsquo', 'rsquo', 'ldquo', 'rdquo'],
    typographic_symbols: {},
    header_offset: 0,
    syntax_highlighter: 'rouge',
    syntax_highlighter_opts: {},
    math_engine: 'mathjax',
    footnote_backlink: '&#8617;',
    footnote_backlink_inline: false,
    footnote_prefix: '',
    remove_line_breaks_for_cjk: false,
    forbidden_inline_options: ['template'],
    hard_wrap: true,
    gfm_quirks: ['paragraph_end'],
    input: 'GFM',
  };
}

type Kind = 'bool' | 'string' | 'int' | 'symbol' | 'object';
const KINDS: Record<string, Kind> = {
  template: 'string', auto_ids: 'bool', auto_id_stripping: 'bool', auto_id_prefix: 'string',
  transliterated_header_ids: 'bool', parse_block_html: 'bool', parse_span_html: 'bool', html_to_native: 'bool',
  link_defs: 'object', footnote_nr: 'int', entity_output: 'symbol', toc_levels: 'object', line_width: 'int',
  latex_headers: 'object', smart_quotes: 'object', typographic_symbols: 'object', remove_block_html_tags: 'bool',
  remove_span_html_tags: 'bool', header_offset: 'int', syntax_highlighter: 'symbol',
  syntax_highlighter_opts: 'object', math_engine: 'symbol', math_engine_opts: 'object', footnote_backlink: 'string',
  footnote_backlink_inline: 'bool', footnote_prefix: 'string', remove_line_breaks_for_cjk: 'bool',
  forbidden_inline_options: 'object', list_indent: 'int', hard_wrap: 'bool', gfm_quirks: 'object',
};

export function isDefinedOption(name: string): boolean {
  return name in KINDS;
}

function strToSym(s: string): string | null {
  let d = s.trim();
  if (d.startsWith(':')) d = d.slice(1);
  return d === '' || d === 'nil' ? null : d;
}

function arrayValue(v: unknown, name: string): unknown[] {
  if (typeof v === 'string') return v.split(',').filter((x, i, a) => i < a.length - 1 || x !== '');
  if (Array.isArray(v)) return v;
  throw new Error(`Invalid type for option ${name}`);
}

function hashValue(v: unknown, name: string): Record<string, unknown> {
  if (typeof v === 'string') {
    // kramdown reads these with YAML; the flow-mapping subset `{a: b, c: d}` covers inline use.
    const t = v.trim();
    const m = /^\{(.*)\}$/s.exec(t);
    const out: Record<string, unknown> = {};
    if (m) {
      for (const part of m[1]!.split(',')) {
        const kv = /^\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(part);
        if (kv) out[kv[1]!] = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
      }
      return out;
    }
    throw new Error(`Invalid YAML value for option ${name}`);
  }
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  throw new Error(`Invalid type for option ${name}`);
}

/** kramdown's Options.parse: coerce a (string or YAML) value to the option's type; throws on bad input. */
export function parseOption(name: string, value: unknown): unknown {
  const kind = KINDS[name];
  if (!kind) return value;
  let v: unknown = value;
  switch (kind) {
    case 'string':
      if (typeof v !== 'string') v = v === null || v === undefined ? '' : String(v);
      break;
    case 'int':
      if (typeof v !== 'number') {
        const s = String(v ?? '').trim();
        if (!/^[-+]?\d+$/.test(s)) throw new Error(`Invalid integer value for option '${name}': '${s}'`);
        v = parseInt(s, 10);
      }
      break;
    case 'bool':
      if (typeof v !== 'boolean') {
        const s = v === null || v === undefined ? '' : String(v);
        v = s.toLowerCase().trim() !== 'false' && s !== '';
      }
      break;
    case 'symbol':
      if (v !== null && typeof v !== 'string') v = String(v);
      if (typeof v === 'string') v = strToSym(v);
      break;
    case 'object':
      break;
  }
  switch (name) {
    case 'toc_levels': {
      let arr: number[];
      if (typeof v === 'string') {
        let m: RegExpExecArray | null;
        if ((m = /^(\d)\.\.(\d)$/m.exec(v))) {
          arr = [];
          for (let i = +m[1]!; i <= +m[2]!; i++) arr.push(i);
        } else if (/^\d(?:,\d)*$/m.test(v)) arr = [...new Set(v.split(',').map((x) => parseInt(x, 10)))];
        else throw new Error('Invalid syntax for option toc_levels');
      } else if (Array.isArray(v)) arr = [...new Set(v.map((x) => parseInt(String(x), 10)))];
      else throw new Error('Invalid type for option toc_levels');
      if (arr.some((i) => !(i >= 1 && i <= 6))) throw new Error('Level numbers for option toc_levels have to be integers from 1 to 6');
      return arr;
    }
    case 'smart_quotes': {
      if (v === 'lsquo,rsquo,ldquo,rdquo') return ['lsquo', 'rsquo', 'ldquo', 'rdquo'];
      const arr = arrayValue(v, name);
      if (arr.length !== 4) throw new Error('Option smart_quotes needs exactly 4 values');
      return arr.map((x) => (/^\s*[-+]?\d+\s*$/.test(String(x)) ? parseInt(String(x), 10) : x));
    }
    case 'gfm_quirks':
      return arrayValue(v, name).map((x) => strToSym(String(x))).filter((x) => x !== null);
    case 'forbidden_inline_options':
      return arrayValue(v, name).map((x) => strToSym(String(x)));
    case 'link_defs': {
      const h = hashValue(v, name);
      const out: Record<string, [string, string | null]> = {};
      for (const [k, val] of Object.entries(h)) {
        if (!Array.isArray(val) || val.length > 2 || val.length === 0) throw new Error('Invalid structure for hash value of option link_defs');
        out[k] = [String(val[0]), val.length > 1 && val[1] != null ? String(val[1]) : null];
      }
      return out;
    }
    case 'typographic_symbols': {
      const h = hashValue(v, name);
      const out: Record<string, string> = {};
      for (const [k, val] of Object.entries(h)) out[strToSym(k) ?? k] = String(val);
      return out;
    }
    case 'syntax_highlighter_opts':
    case 'math_engine_opts': {
      const h = hashValue(v, name);
      const out: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(h)) out[strToSym(k) ?? k] = val;
      return out;
    }
    case 'latex_headers':
      return arrayValue(v, name);
  }
  return v;
}

/** Options.merge: defaults, then each given option parsed. */
export function mergeOptions(given: Partial<KramdownOptions> | Record<string, unknown> = {}): KramdownOptions {
  const out = kramdownDefaults();
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined) continue;
    out[k] = isDefinedOption(k) ? parseOption(k, v) : v;
  }
  return out;
}

/**
 * The options Jekyll 4.3 passes to kramdown: Jekyll's `kramdown:` defaults merged with the site's block,
 * plus what Jekyll's KramdownParser#setup adds (syntax_highlighter rouge, default_lang plaintext, guess_lang).
 */
export function kramdownOptionsFromJekyll(kramdownConfig: Record<string, unknown> | undefined, highlighter = 'rouge'): Partial<KramdownOptions> {
  const cfg: Record<string, unknown> = {
    auto_ids: true,
    toc_levels: [1, 2, 3, 4, 5, 6],
    entity_output: 'as_char',
    smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
    input: 'GFM',
    hard_wrap: false,
    guess_lang: true,
    footnote_nr: 1,
    show_warnings: false,
    ...(kramdownConfig ?? {}),
  };
  if (!cfg.syntax_highlighter) cfg.syntax_highlighter = cfg.enable_coderay ? 'coderay' : highlighter;
  const shOpts = { ...((cfg.syntax_highlighter_opts as Record<string, unknown> | undefined) ?? {}) };
  if (shOpts.default_lang === undefined || shOpts.default_lang === null || shOpts.default_lang === false) shOpts.default_lang = 'plaintext';
  shOpts.guess_lang = cfg.guess_lang;
  cfg.syntax_highlighter_opts = shOpts;
  return cfg as Partial<KramdownOptions>;
}
