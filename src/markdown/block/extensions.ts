// Block extensions: ALDs (`{:name: …}`), block IALs (`{: .cls #id k="v"}`), `{::comment}`, `{::nomarkdown}`,
// `{::options}`; plus the attribute-list reader and extension handling shared with the span variant.

import { Element } from '../element.js';
import { isDefinedOption, parseOption } from '../options.js';
import type { BlockParser, Parser } from '../parser.js';
import {
  ALD_START, ALD_TYPE_ANY, ALD_TYPE_ID_OR_CLASS, BLOCK_EXTENSIONS_START, EXT_BLOCK_START, extBlockStopStr, extStopStr,
  IAL_BLOCK_START,
} from '../patterns.js';
import { re } from '../scanner.js';
import { allMatches, joinClass, rubySplitWs, strip } from '../util.js';

const ALD_TYPE_ANY_G = new RegExp(ALD_TYPE_ANY, 'gu');
const ALD_TYPE_ID_OR_CLASS_G = new RegExp(ALD_TYPE_ID_OR_CLASS, 'gu');

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}

export function parseAttributeList(p: Parser, str: string, opts: Record<string, any>): void {
  const s = strip(str);
  if (s === '' || s === ':') return;
  let found = 0;
  ALD_TYPE_ANY_G.lastIndex = 0;
  for (const m of allMatches(ALD_TYPE_ANY_G, str)) {
    found++;
    const [, key, sep, val, ref, idAndOrClass] = m;
    if (ref !== undefined) (opts.refs ??= []).push(ref);
    else if (idAndOrClass !== undefined) {
      for (const im of allMatches(ALD_TYPE_ID_OR_CLASS_G, idAndOrClass)) {
        if (im[2] !== undefined) opts.class = joinClass(opts.class, im[2]);
        else opts.id = im[1];
      }
    } else {
      opts[key!] = val!.replace(new RegExp(`\\\\(\\}|${escapeRe(sep!)})`, 'g'), '$1');
    }
  }
  if (found === 0) p.warning(`No or invalid attributes found in IAL/ALD content: ${str}`);
}

export function updateIalWithIal(ial: Record<string, any>, opts: Record<string, any>): void {
  if ('refs' in opts) (ial.refs ??= []).push(...opts.refs);
  for (const [k, v] of Object.entries(opts)) {
    if (k === 'refs') continue;
    if (k === 'class') ial.class = joinClass(ial.class, String(v));
    else ial[k] = v;
  }
}

/** kramdown's parse_extension_start_tag for `type` block or span; the scanner has just matched the start. */
export function parseExtensionStartTag(p: Parser, type: 'block' | 'span'): boolean {
  const src = p.src;
  const saved = src.savePos();
  const line = src.currentLine();
  const m = src.m!;
  const matched = m[0];
  src.setPos(src.pos + matched.length);
  const errorBlock = (msg: string): boolean => {
    p.warning(msg, line);
    src.revertPos(saved);
    if (type === 'span') p.addText(src.getch());
    return false;
  };
  if (m[4] !== undefined || matched === '{:/}') {
    const name = m[4] !== undefined ? `for '${m[4]}' ` : '';
    return errorBlock(`Invalid extension stop tag ${name}found on line ${line} - ignoring it`);
  }
  const ext = m[1]!;
  const opts: Record<string, any> = {};
  let body: string | null = null;
  parseAttributeList(p, m[2] ?? '', opts);
  if (m[3] === undefined) {
    const stopSrc = type === 'block' ? extBlockStopStr(ext) : extStopStr(ext);
    const result = src.scanUntil(re(stopSrc));
    if (result !== null) {
      body = result.slice(0, result.length - src.matched.length);
      if (type === 'block' && body.endsWith('\n')) body = body.slice(0, -1);
    } else {
      return errorBlock(`No stop tag for extension '${ext}' found on line ${line} - ignoring it`);
    }
  }
  if (!handleExtension(p, ext, opts, body, type, line)) {
    return errorBlock(`Invalid extension with name '${ext}' specified on line ${line} - ignoring it`);
  }
  return true;
}

function handleExtension(p: Parser, name: string, opts: Record<string, any>, body: string | null, type: 'block' | 'span', line: number): boolean {
  switch (name) {
    case 'comment':
      if (body !== null) p.tree.children.push(new Element('comment', body, null, { category: type, location: line }));
      return true;
    case 'nomarkdown':
      if (body !== null) {
        const t = opts.type === undefined ? '' : String(opts.type);
        p.tree.children.push(new Element('raw', body, null, { category: type, location: line, type: rubySplitWs(t) }));
      }
      return true;
    case 'options': {
      for (const [k, v] of Object.entries(opts)) {
        if (k === 'refs') continue;
        if (isDefinedOption(k)) {
          if ((p.options.forbidden_inline_options as string[]).includes(k) || k === 'forbidden_inline_options') {
            p.warning(`Option ${k} may not be set inline`, line);
            continue;
          }
          try {
            const val = parseOption(k, v);
            p.options[k] = val;
            ((p.root.options.options as Record<string, unknown>) ??= {})[k] = val;
          } catch {
            // kramdown ignores invalid values
          }
        } else {
          p.warning(`Unknown kramdown option '${k}'`, line);
        }
      }
      if (type === 'block') p.tree.children.push(p.newBlockEl('eob', 'extension'));
      return true;
    }
    default:
      return false;
  }
}

const ALD_START_RE = re(ALD_START);
const EXT_BLOCK_START_RE = re(EXT_BLOCK_START);
const IAL_BLOCK_START_RE = re(IAL_BLOCK_START);

export const blockExtensions: BlockParser = {
  name: 'block_extensions',
  start: re(BLOCK_EXTENSIONS_START),
  parse(p) {
    const src = p.src;
    // Every construct here needs a later `}`; without one, skip the (possibly long) pattern searches.
    if (src.lastIndexOf('}') < src.pos) return false;
    if (src.scan(ALD_START_RE) !== null) {
      const id = src.group(1)!;
      parseAttributeList(p, src.group(2)!, (p.alds[id] ??= {}));
      p.tree.children.push(p.newBlockEl('eob', 'ald'));
      return true;
    } else if (src.check(EXT_BLOCK_START_RE) !== null) {
      return parseExtensionStartTag(p, 'block');
    } else if (src.scan(IAL_BLOCK_START_RE) !== null) {
      const content = src.group(1)!;
      const last = p.tree.children[p.tree.children.length - 1];
      if (last && last.type !== 'blank' && (last.type !== 'eob' || ['link_def', 'abbrev_def', 'footnote_def'].includes(last.value))) {
        parseAttributeList(p, content, (last.options.ial ??= {}) as Record<string, any>);
        if (src.check(IAL_BLOCK_START_RE) === null) p.tree.children.push(p.newBlockEl('eob', 'ial'));
      } else {
        parseAttributeList(p, content, (p.blockIal ??= {}));
      }
      return true;
    }
    return false;
  },
};
