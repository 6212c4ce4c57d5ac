// Tables: pipe tables with header separator (alignment), footer separator, code spans and escaped pipes.

import { Element } from '../element.js';
import type { BlockParser, SpanParser } from '../parser.js';
import { TABLE_FSEP_LINE, TABLE_HSEP_ALIGN, TABLE_LINE, TABLE_PIPE_CHECK, TABLE_SEP_LINE, TABLE_START } from '../patterns.js';
import { re, Scanner, rubyRegExp } from '../scanner.js';
import { SPAN_PARSERS } from '../span/index.js';
import { allMatches, pushAll, strip } from '../util.js';

const TABLE_LINE_RE = re(TABLE_LINE);
const SEP_RE = re(TABLE_SEP_LINE);
const FSEP_RE = re(TABLE_FSEP_LINE);
const HSEP_ALIGN_G = new RegExp(TABLE_HSEP_ALIGN, 'gu');
const LEADING_PIPE = rubyRegExp('^[ \\t\\n\\v\\f\\r]*\\|', 'u');
const PIPE_CHECK_START = new RegExp(`^${TABLE_PIPE_CHECK}`, 'u');
// Parser lists for the cell and pipe scans, built once (SPAN_PARSERS is complete only after module init).
let CODESPAN_ONLY: SpanParser[] | null = null;
let CODESPAN_AND_HTML: SpanParser[] | null = null;
const codespanOnly = (): SpanParser[] => (CODESPAN_ONLY ??= [SPAN_PARSERS.codespan!]);
const codespanAndHtml = (): SpanParser[] => (CODESPAN_AND_HTML ??= [SPAN_PARSERS.codespan!, SPAN_PARSERS.span_html!]);

const SEP_CHARS = '+|: \t-';
const FSEP_CHARS = '+|: \t=';
/**
 * Whether the line at `pos` has a newline, only characters of `allowed` before it and at least one `need`
 * (a char code): what TABLE_SEP_LINE / TABLE_FSEP_LINE require, tested before them.
 */
function lineOnly(str: string, pos: number, allowed: string, need: number): boolean {
  let seen = false;
  for (let i = pos; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 10) return seen;
    if (c === need) seen = true;
    else if (!allowed.includes(str[i]!)) return false;
  }
  return false;
}

export const table: BlockParser = {
  name: 'table',
  start: re(TABLE_START),
  parse(p) {
    if (!p.afterBlockBoundary()) return false;
    const src = p.src;
    const saved = src.savePos();
    const origPos = src.pos;
    const tableEl = p.newBlockEl('table', null, null, { alignment: [], location: src.currentLine() });
    const firstLine = src.check(TABLE_LINE_RE);
    const leadingPipe = firstLine !== null && LEADING_PIPE.test(firstLine);
    src.scan(SEP_RE);
    let rows: Element[] = [];
    let hasFooter = false;
    let columns = 0;
    const addContainer = (type: string, force: boolean): void => {
      if (!hasFooter || type !== 'tbody' || force) {
        const cont = new Element(type);
        cont.children = rows;
        rows = [];
        tableEl.children.push(cont);
      }
    };
    while (!src.eos()) {
      if (src.check(TABLE_LINE_RE) === null) break;
      if (lineOnly(src.string, src.pos, SEP_CHARS, 45) && src.scan(SEP_RE) !== null) {
        if (rows.length === 0) {
          // ignore
        } else if ((tableEl.options.alignment as string[]).length === 0 && !hasFooter) {
          addContainer('thead', false);
          const spec = src.group(1)!;
          tableEl.options.alignment = allMatches(HSEP_ALIGN_G, spec).map(([, left, right]) =>
            left === '' && right === '' ? 'default' : right === '' ? 'left' : left === '' ? 'right' : 'center');
        } else {
          addContainer('tbody', false);
        }
      } else if (lineOnly(src.string, src.pos, FSEP_CHARS, 61) && src.scan(FSEP_RE) !== null) {
        if (rows.length) addContainer('tbody', true);
        hasFooter = true;
      } else if (src.pos < src.string.length) {
        // TABLE_ROW_LINE `^(.*?)[ \t]*\n`: the line without its trailing blanks (there is always a newline).
        const nl = src.string.indexOf('\n', src.pos);
        if (nl < 0) break;
        let end = nl;
        while (end > src.pos && (src.string[end - 1] === ' ' || src.string[end - 1] === '\t')) end--;
        const rowText = src.string.slice(src.pos, end);
        src.setPos(nl + 1);
        const trow = new Element('tr');
        const env = p.saveEnv();
        const cells: string[] = [];
        const rowLine = src.currentLine();
        const appendLast = (s: string): void => {
          if (cells.length === 0) cells.push(s);
          else cells[cells.length - 1] += s;
        };
        rowText.split(/(<code[^\n]*?>[^\n]*?<\/code>)/).forEach((str, i) => {
          if (i % 2 === 1) {
            appendLast(str);
            return;
          }
          p.resetEnv({ src: new Scanner(str, rowLine) });
          const root = new Element('root');
          p.parseSpans(root, null, codespanOnly());
          for (const c of root.children) {
            if (c.type === 'raw_text') {
              const parts = (c.value as string).split(/(?<!\\)\|/).map((t) => t.replace(/\\\|/g, '|'));
              appendLast(parts[0]!);
              pushAll(cells, parts.slice(1));
            } else {
              const ticks = (c.value as string).match(/`+/g) ?? [];
              const longest = ticks.reduce((a, b) => (b > a ? b : a), '');
              const delim = longest + '`';
              const sp = delim.length > 1 ? ' ' : '';
              appendLast(`${delim}${sp}${c.value}${sp}${delim}`);
            }
          }
        });
        p.restoreEnv(env);
        if (leadingPipe && cells.length && strip(cells[0]!) === '') cells.shift();
        if (cells.length && strip(cells[cells.length - 1]!) === '') cells.pop();
        for (const cellText of cells) {
          const tcell = new Element('td');
          tcell.children.push(new Element('raw_text', strip(cellText)));
          trow.children.push(tcell);
        }
        columns = Math.max(columns, cells.length);
        rows.push(trow);
      } else break;
    }
    if (!p.beforeBlockBoundary()) {
      src.revertPos(saved);
      return false;
    }
    // A table line must really contain a pipe outside code spans.
    const env = p.saveEnv();
    p.resetEnv({ src: new Scanner(src.string.slice(origPos, src.pos - 1), src.currentLine()) });
    const root = new Element('root');
    p.parseSpans(root, null, codespanAndHtml());
    p.restoreEnv(env);
    let pipeOnLine = false;
    while (root.children.length) {
      const c = root.children.shift()!;
      if (typeof c.value !== 'string' || c.value === null) continue;
      const lines = rubySplitLines(c.value);
      if (c.type === 'codespan') {
        if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
        else if (lines.length === 2 && pipeOnLine) pipeOnLine = false;
      } else {
        if (lines.length > 1 && !pipeOnLine && !PIPE_CHECK_START.test(lines[0] ?? '')) break;
        pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || (lines.length > 0 && PIPE_CHECK_START.test(lines[lines.length - 1]!));
      }
    }
    if (!pipeOnLine) {
      src.revertPos(saved);
      return false;
    }
    if (rows.length) addContainer(hasFooter ? 'tfoot' : 'tbody', false);
    if (!tableEl.children.some((e) => e.type === 'tbody')) {
      p.warning(`Found table without body on line ${tableEl.options.location} - ignoring it`, tableEl.options.location as number);
      src.revertPos(saved);
      return false;
    }
    for (const kind of tableEl.children) {
      for (const row of kind.children) {
        for (let i = row.children.length; i < columns; i++) row.children.push(new Element('td'));
      }
    }
    const al = tableEl.options.alignment as string[];
    if (al.length > columns) tableEl.options.alignment = al.slice(0, columns);
    else while (al.length < columns) al.push('default');
    p.tree.children.push(tableEl);
    return true;
  },
};

/** Ruby `str.split("\n")`: trailing empty fields dropped. */
function rubySplitLines(s: string): string[] {
  if (s === '') return [];
  const parts = s.split('\n');
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}
