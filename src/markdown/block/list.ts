// Lists: unordered/ordered lists and definition lists, with kramdown's indentation rules (content column
// from the first line, lazy lines, nested-list detection) and its transparent-paragraph (tight) rules.

import { pushAll } from '../util.js';
import { Element } from '../element.js';
import type { BlockParser, Parser } from '../parser.js';
import {
  ALD_ANY_CHARS, ALD_ID_NAME, DEFINITION_LIST_START, EOB_MARKER, HR_START, IAL_BLOCK, LAZY_END_HTML_START,
  LAZY_END_HTML_STOP, LIST_START, LIST_START_OL, LIST_START_UL, PATTERN_TAIL, S,
} from '../patterns.js';
import { re, Scanner, type Pattern, rubyRegExp } from '../scanner.js';
import { parseAttributeList } from './extensions.js';

const LIST_ITEM_IAL = `^[ \\t\\n\\v\\f\\r]*(?:\\{:(?!(?:${ALD_ID_NAME})?:|\\/)(${ALD_ANY_CHARS}+)\\})${S}*`;
const LIST_ITEM_IAL_RE = new RegExp(LIST_ITEM_IAL, 'u');
const LIST_ITEM_IAL_CHECK = new RegExp(`^(?:${LIST_ITEM_IAL})?${S}*\\n`, 'u');
const LIST_START_TEST = rubyRegExp(LIST_START, 'u');

const lineCache = new Map<number, [Pattern, Pattern, RegExp]>();
function firstLinePatterns(indentation: number): [Pattern, Pattern, RegExp] {
  let c = lineCache.get(indentation);
  if (!c) {
    const q = Math.floor(indentation / 4);
    const r = indentation % 4;
    const content = re(`^(?:(?:\\t| {4}){${q}} {${r}}|(?:\\t| {4}){${q + 1}})[^\\n]*[^ \\t\\n\\v\\f\\r][^\\n]*\\n`);
    const lazy = re(`(?!^ {0,${Math.min(indentation, 3)}}(?:${IAL_BLOCK}|${LAZY_END_HTML_STOP}|${LAZY_END_HTML_START}))[^\\n]*[^ \\t\\n\\v\\f\\r][^\\n]*\\n`);
    const indent = new RegExp(`^ {${indentation}}`, 'u');
    c = [content, lazy, indent];
    lineCache.set(indentation, c);
  }
  return c;
}

/** Number of leading spaces (`/^ *\/`). */
function leadingSpaces(s: string): number {
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  return i;
}

/** BLANK_REST (`^\s*\n`): the leading whitespace run holds a newline. */
function blankRest(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    if (!(c === 32 || c === 9 || c === 11 || c === 12 || c === 13)) return false;
  }
  return false;
}

export function parseFirstListLine(indentation: number, content: string): [string, number, Pattern, Pattern, RegExp] {
  if (content.includes('{:') ? LIST_ITEM_IAL_CHECK.test(content) : blankRest(content)) {
    indentation = 4;
  } else {
    // `/^ *\t/`: a tab after the leading spaces.
    while (content.charCodeAt(leadingSpaces(content)) === 9) {
      const temp = leadingSpaces(content) + indentation;
      content = content.replace(/^( *)(\t+)/, (_m, sp: string, tabs: string) => sp + ' '.repeat(4 - (temp % 4) + (tabs.length - 1) * 4));
    }
    indentation += leadingSpaces(content);
  }
  // `replace(/^\s*/, '')` (ASCII whitespace, not NUL)
  let k = 0;
  for (let c = content.charCodeAt(0); c === 32 || (c >= 9 && c <= 13); c = content.charCodeAt(++k));
  if (k > 0) content = content.slice(k);
  return [content, indentation, ...firstLinePatterns(indentation)];
}

const fetchCache = new Map<string, Pattern>();
function fetchPattern(type: string, indentation: number): Pattern {
  const key = type + (indentation > 4 ? 4 : indentation);
  let p = fetchCache.get(key);
  if (!p) fetchCache.set(key, (p = buildFetchPattern(type, indentation)));
  return p;
}

function buildFetchPattern(type: string, indentation: number): Pattern {
  const sp = indentation === 1 ? ' {0}' : indentation === 2 ? ' {0,1}' : indentation === 3 ? ' {0,2}' : ' {0,3}';
  const marker = type === 'ul' ? '[+*-]' : type === 'ol' ? '\\d+\\.' : ':';
  return re(`^(${sp}${marker})(${PATTERN_TAIL})`);
}

const LIST_START_UL_RE = re(LIST_START_UL);
const LIST_START_OL_RE = re(LIST_START_OL);
const HR_START_RE = re(HR_START);
const EOB_MARKER_RE = re(EOB_MARKER);

/** HR_START needs `*`, `-` or `_` after at most three spaces, and the same character again after blanks. */
function mayBeRule(str: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 3 && str.charCodeAt(i) === 32) i++;
  const c = str.charCodeAt(i);
  if (c !== 42 && c !== 45 && c !== 95) return false;
  let j = i + 1;
  while (str.charCodeAt(j) === 32 || str.charCodeAt(j) === 9) j++;
  return str.charCodeAt(j) === c;
}

function takeItemIal(value: string, item: Element, p: Parser): string {
  if (!value.includes('{:')) return value;
  return value.replace(LIST_ITEM_IAL_RE, (_m, attrs: string) => {
    parseAttributeList(p, attrs, (item.options.ial ??= {}) as Record<string, any>);
    return '';
  });
}

export const list: BlockParser = {
  name: 'list',
  start: re(LIST_START),
  parse(p) {
    const src = p.src;
    let startLine = src.currentLine();
    let type: string;
    let listStartRe: Pattern;
    // LIST_START matched here: it is the unordered form when the marker (after up to three spaces) is + * -.
    let k = src.pos;
    while (k < src.pos + 3 && src.string.charCodeAt(k) === 32) k++;
    const marker = src.string.charCodeAt(k);
    if (marker === 43 || marker === 42 || marker === 45) [type, listStartRe] = ['ul', LIST_START_UL_RE];
    else [type, listStartRe] = ['ol', LIST_START_OL_RE];
    const listEl = p.newBlockEl(type, null, null, { location: startLine });
    let item: Element | null = null;
    let values: string[] = [];
    const itemValues = new Map<Element, string[]>();
    let contentRe!: Pattern, lazyRe!: Pattern, indentRe!: RegExp;
    let indentation = 0;
    let eobFound = false;
    let nestedListFound = false;
    let lastIsBlank = false;
    while (!src.eos()) {
      startLine = src.currentLine();
      let result: string | null;
      if (lastIsBlank && mayBeRule(src.string, src.pos) && src.check(HR_START_RE) !== null) break;
      else if (src.string.charCodeAt(src.pos) === 94 && src.scan(EOB_MARKER_RE) !== null) {
        eobFound = true;
        break;
      } else if (src.scan(listStartRe) !== null) {
        listEl.options.first_list_marker ??= src.group(1)!.trim();
        item = new Element('li', null, null, { location: startLine });
        let first: string;
        [first, indentation, contentRe, lazyRe, indentRe] = parseFirstListLine(src.group(1)!.length, src.group(2)!);
        listEl.children.push(item);
        first = takeItemIal(first, item, p);
        listStartRe = fetchPattern(type, indentation);
        nestedListFound = LIST_START_TEST.test(first);
        lastIsBlank = false;
        values = [first];
        itemValues.set(item, values);
      } else if ((result = src.scan(contentRe)) !== null || (!lastIsBlank && (result = src.scan(lazyRe)) !== null)) {
        if (result.charCodeAt(0) === 9) result = result.replace(/^(\t+)/, (_m, t: string) => ' '.repeat(4 * t.length));
        const before = result;
        result = result.replace(indentRe, '');
        const indentationFound = before !== result || indentRe.source === '^ {0}';
        if (!nestedListFound && indentationFound && LIST_START_TEST.test(result)) {
          values.push('');
          nestedListFound = true;
        } else if (nestedListFound && !indentationFound && LIST_START_TEST.test(result)) {
          result = ' '.repeat(indentation + 4) + result;
        }
        values[values.length - 1] += result;
        lastIsBlank = false;
      } else if ((result = src.scanBlankLines()) !== null) {
        nestedListFound = true;
        lastIsBlank = true;
        values[values.length - 1] += result;
      } else break;
    }
    p.tree.children.push(listEl);

    let last: Element | null = null;
    for (const it of listEl.children) {
      const temp = new Element('temp', null, null, { location: it.options.location });
      const env = p.saveEnv();
      let location = it.options.location as number;
      for (const val of itemValues.get(it)!) {
        p.src = new Scanner(val, location);
        p.parseBlocks(temp);
        location = p.src.currentLine();
      }
      p.restoreEnv(env);
      it.children = temp.children;
      it.value = null;
      const ch = it.children;
      if (ch.length === 0) continue;
      if (ch[0]!.type === 'p' && ch.length >= 2 && ch[1]!.type === 'eob' && ch[0]!.options.ial) ch.splice(1, 1);
      const lastItem = listEl.children[listEl.children.length - 1];
      if (ch[0]!.type === 'p' &&
        (ch.length < 2 || ch[1]!.type !== 'blank' || (it === lastItem && ch.length === 2 && !eobFound)) &&
        (lastItem !== it || listEl.children.length === 1 ||
          listEl.children.slice(0, -1).some((c) => !c.children[0] || c.children[0].type !== 'p' || c.children[0].options.transparent))) {
        if (ch.length > 1 && ch[1]!.type !== 'blank') ch[0]!.children[0]!.value += '\n';
        ch[0]!.options.transparent = true;
      }
      last = ch[ch.length - 1]!.type === 'blank' ? ch.pop()! : null;
    }
    if (last !== null && !eobFound) p.tree.children.push(last);
    if (p.gfm) markTaskList(listEl);
    return true;
  },
};

const BOX_UNCHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const BOX_CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

/** parser-gfm's task lists: `[ ]` / `[x]` at the start of an item's first paragraph. */
function markTaskList(listEl: Element): void {
  let isTaskList = false;
  for (const li of listEl.children) {
    const items = li.children;
    if (items.length === 0 || items[0]!.type !== 'p') continue;
    const first = items[0]!.children[0]!;
    let v: string = first.value;
    let changed = false;
    const v1 = v.replace(/^[ \t\n\v\f\r]*\[ \][ \t\n\v\f\r]+/, BOX_UNCHECKED);
    if (v1 !== v) changed = true;
    v = v1;
    const v2 = v.replace(/^[ \t\n\v\f\r]*\[x\][ \t\n\v\f\r]+/i, BOX_CHECKED);
    if (v2 !== v) changed = true;
    first.value = v2;
    isTaskList ||= changed;
    if (isTaskList) li.attr.class = 'task-list-item';
  }
  if (isTaskList) listEl.attr.class = 'task-list';
}

const DEFINITION_LIST_START_RE = re(DEFINITION_LIST_START);

export const definitionList: BlockParser = {
  name: 'definition_list',
  start: DEFINITION_LIST_START_RE,
  parse(p) {
    let children = p.tree.children;
    const n = children.length;
    const lastc = children[n - 1];
    if (!lastc || (n === 1 && lastc.type !== 'p') ||
      (n >= 2 && lastc.type !== 'p' && (lastc.type !== 'blank' || lastc.value !== '\n' || children[n - 2]!.type !== 'p'))) {
      return false;
    }
    const src = p.src;
    let firstAsPara = false;
    const deflist = p.newBlockEl('dl');
    let para = children.pop()!;
    if (para.type === 'blank') {
      para = children.pop()!;
      firstAsPara = true;
    }
    deflist.options.location = para.options.location;
    for (let term of String(para.children[0]!.value).split('\n').filter((x, i, a) => x !== '' || a.slice(i).some((y) => y !== ''))) {
      const el = new Element('dt', null, null, { location: src.currentLine() });
      term = takeItemIal(term, el, p);
      el.options.raw_text = term;
      el.children.push(new Element('raw_text', term));
      deflist.children.push(el);
    }
    deflist.options.ial = para.options.ial;

    let item: Element | null = null;
    let contentRe!: Pattern, lazyRe!: Pattern, indentRe!: RegExp;
    let defStartRe = DEFINITION_LIST_START_RE;
    let lastIsBlank = false;
    const values = new Map<Element, string>();
    while (!src.eos()) {
      const startLine = src.currentLine();
      let result: string | null;
      if (src.scan(defStartRe) !== null) {
        item = new Element('dd', null, null, { location: startLine });
        item.options.first_as_para = firstAsPara;
        let first: string;
        let indentation: number;
        [first, indentation, contentRe, lazyRe, indentRe] = parseFirstListLine(src.group(1)!.length, src.group(2)!);
        deflist.children.push(item);
        first = takeItemIal(first, item, p);
        values.set(item, first);
        defStartRe = fetchPattern('dl', indentation);
        firstAsPara = false;
        lastIsBlank = false;
      } else if (src.string.charCodeAt(src.pos) === 94 && src.check(EOB_MARKER_RE) !== null) {
        break;
      } else if ((result = src.scan(contentRe)) !== null || (!lastIsBlank && (result = src.scan(lazyRe)) !== null)) {
        if (result.charCodeAt(0) === 9) result = result.replace(/^(\t+)/, (_m, t: string) => ' '.repeat(4 * t.length));
        result = result.replace(indentRe, '');
        values.set(item!, values.get(item!)! + result);
        firstAsPara = false;
        lastIsBlank = false;
      } else if ((result = src.scanBlankLines()) !== null) {
        firstAsPara = true;
        values.set(item!, values.get(item!)! + result);
        lastIsBlank = true;
      } else break;
    }

    let last: Element | null = null;
    for (const it of deflist.children) {
      if (it.type === 'dt') continue;
      p.parseBlocks(it, values.get(it)!);
      it.value = null;
      const ch = it.children;
      if (ch.length === 0) continue;
      last = ch[ch.length - 1]!.type === 'blank' ? ch.pop()! : null;
      const fap = it.options.first_as_para;
      delete it.options.first_as_para;
      if (ch[0] && ch[0].type === 'p' && !fap) {
        if (ch.length > 1) ch[0].children[0]!.value += '\n';
        ch[0].options.transparent = true;
      }
    }

    children = p.tree.children;
    const cn = children.length;
    if (cn >= 1 && children[cn - 1]!.type === 'dl') pushAll(children[cn - 1]!.children, deflist.children);
    else if (cn >= 2 && children[cn - 1]!.type === 'blank' && children[cn - 2]!.type === 'dl') {
      children.pop();
      pushAll(children[children.length - 1]!.children, deflist.children);
    } else children.push(deflist);
    if (last) children.push(last);
    return true;
  },
};
