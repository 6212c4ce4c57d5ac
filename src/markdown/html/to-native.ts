// html_to_native: kramdown's Html::ElementConverter, which turns parsed HTML elements into native
// elements (p, em, a, tables, code blocks, headers…) when the `html_to_native` option is on.

import { Element, isBlock } from '../element.js';
import type { Parser } from '../parser.js';
import { BLOCK_ELEMENTS, contentModel, SPAN_ELEMENTS } from '../block/html.js';
import { Scanner, re } from '../scanner.js';
import { HTML_ENTITY_RE } from '../patterns.js';
import { entity, entityChar } from './entities.js';
import { lstrip, rstrip, strip } from '../util.js';

const REMOVE_TEXT_CHILDREN = new Set(['html', 'head', 'hgroup', 'ol', 'ul', 'dl', 'table', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'select', 'optgroup']);
const WRAP_TEXT_CHILDREN = new Set(['body', 'section', 'nav', 'article', 'aside', 'header', 'footer', 'address', 'div', 'li', 'dd', 'blockquote', 'figure', 'figcaption', 'fieldset', 'form']);
const REMOVE_WHITESPACE_CHILDREN = new Set(['body', 'section', 'nav', 'article', 'aside', 'header', 'footer', 'address', 'div', 'li', 'dd', 'blockquote', 'figure', 'figcaption', 'td', 'th', 'fieldset', 'form']);
const STRIP_WHITESPACE = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'form', 'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'li', 'nav', 'p', 'section', 'td', 'th']);
const SIMPLE_ELEMENTS = new Set(['em', 'strong', 'blockquote', 'hr', 'br', 'img', 'p', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'ol', 'dl', 'li', 'dl', 'dt', 'dd']);
const EMPHASIS_TYPE: Record<string, string> = { em: 'em', i: 'em', strong: 'strong', b: 'strong' };
const ENTITY_RE = re(HTML_ENTITY_RE);
const UNTIL_ENTITY = re(`(?=${HTML_ENTITY_RE})`);

export function convertHtmlToNative(_p: Parser, el: Element): void {
  process(el);
}

function process(el: Element, doConversion = true, preserveText = false, parent: Element | null = null): void {
  if (el.type === 'xml_comment' || el.type === 'xml_pi') {
    let ptype = 'div';
    if (parent) {
      switch (parent.type) {
        case 'html_element': ptype = parent.value; break;
        case 'code_span': ptype = 'code'; break;
        case 'code_block': ptype = 'pre'; break;
        case 'header': ptype = 'h1'; break;
        default: ptype = parent.type;
      }
    }
    el.options = { category: contentModel(ptype) === 'span' ? 'span' : 'block' };
    return;
  }
  if (el.type === 'root') {
    el.children = el.children.flatMap((c) => {
      if (c.type === 'text') return processText(c.value, !doConversion);
      process(c);
      return [c];
    });
    removeWhitespaceChildren(el);
    return;
  }
  if (el.type !== 'html_element') return;
  const type = el.value as string;
  if (doConversion && CONVERTERS[type]) {
    CONVERTERS[type]!(el);
    return;
  }
  if (doConversion && REMOVE_TEXT_CHILDREN.has(type)) removeTextChildren(el);
  if (doConversion && SIMPLE_ELEMENTS.has(type)) {
    setBasics(el, type);
    processChildren(el, doConversion, preserveText);
  } else processHtmlElement(el, doConversion, preserveText);
  if (doConversion) {
    if (STRIP_WHITESPACE.has(type)) stripWhitespace(el);
    if (REMOVE_WHITESPACE_CHILDREN.has(type)) removeWhitespaceChildren(el);
    if (WRAP_TEXT_CHILDREN.has(type)) wrapTextChildren(el);
  }
}

function processChildren(el: Element, doConversion = true, preserveText = false): void {
  el.children = el.children.flatMap((c) => {
    if (c.type === 'text') return processText(c.value, preserveText || !doConversion);
    process(c, doConversion, preserveText, el);
    return [c];
  });
}

function processText(raw: string, preserve = false): Element[] {
  if (!preserve) raw = raw.replace(/[ \t\n\v\f\r]+/g, ' ');
  const src = new Scanner(raw);
  const result: Element[] = [];
  while (!src.eos()) {
    const tmp = src.scanUntil(UNTIL_ENTITY);
    if (tmp !== null) {
      result.push(new Element('text', tmp));
      src.scan(ENTITY_RE);
      const m = src.m!;
      const val: string | number = m[1] ?? (m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3]!, 16));
      if (typeof val === 'string' && ['lsquo', 'rsquo', 'ldquo', 'rdquo'].includes(val)) result.push(new Element('smart_quote', val));
      else if (typeof val === 'string' && ['mdash', 'ndash', 'hellip', 'laquo', 'raquo'].includes(val)) result.push(new Element('typographic_sym', val));
      else {
        const e = entity(val);
        if (e) result.push(new Element('entity', e, null, { original: m[0] }));
        else {
          src.setPos(src.pos - m[0].length + 1);
          result.push(new Element('entity', entity('amp')));
        }
      }
    } else {
      result.push(new Element('text', src.rest()));
      src.terminate();
    }
  }
  return result;
}

function processHtmlElement(el: Element, doConversion = true, preserveText = false): void {
  el.options = { category: SPAN_ELEMENTS.has(el.value) ? 'span' : 'block', content_model: doConversion ? contentModel(el.value) : 'raw' };
  processChildren(el, doConversion, preserveText);
}

function removeTextChildren(el: Element): void {
  el.children = el.children.filter((c) => c.type !== 'text');
}

function wrapTextChildren(el: Element): void {
  const tmp: Element[] = [];
  let lastIsP = false;
  for (const c of el.children) {
    if (!isBlock(c) || c.type === 'text') {
      if (!lastIsP) {
        tmp.push(new Element('p', null, null, { transparent: true }));
        lastIsP = true;
      }
      tmp[tmp.length - 1]!.children.push(c);
    } else {
      tmp.push(c);
      lastIsP = false;
    }
  }
  el.children = tmp;
}

function stripWhitespace(el: Element): void {
  if (el.children.length === 0) return;
  const first = el.children[0]!;
  if (first.type === 'text') first.value = lstrip(first.value);
  const last = el.children[el.children.length - 1]!;
  if (last.type === 'text') last.value = rstrip(last.value);
}

function removeWhitespaceChildren(el: Element): void {
  const ch = el.children;
  el.children = ch.filter((c, i) => !(c.type === 'text' && strip(c.value) === '' &&
    (i === 0 || i === ch.length - 1 || (isBlock(ch[i - 1]!) && isBlock(ch[i + 1]!)))));
}

function setBasics(el: Element, type: string, opts: Record<string, unknown> = {}): void {
  el.type = type;
  el.options = { ...opts };
  el.value = null;
}

function extractText(el: Element, acc: { s: string }): void {
  if (el.type === 'text') acc.s += String(el.value ?? '');
  for (const c of el.children) extractText(c, acc);
}

const CONVERTERS: Record<string, (el: Element) => void> = {
  textarea: (el) => processHtmlElement(el, true, true),
  a: (el) => {
    if (el.attr.href !== undefined) {
      setBasics(el, 'a');
      processChildren(el);
    } else processHtmlElement(el, false);
  },
  em: convertEm, b: convertEm, strong: convertEm, i: convertEm,
  h1: convertH, h2: convertH, h3: convertH, h4: convertH, h5: convertH, h6: convertH,
  code: convertCode, pre: convertCode,
  table: convertTable,
  script: (el) => {
    if (!/\bmath\/tex\b/.test(el.attr.type ?? '')) processHtmlElement(el);
    else {
      const display = /mode=display/.test(el.attr.type ?? '');
      setBasics(el, 'math', { category: display ? 'block' : 'span' });
      const first = el.children.shift();
      el.value = String(first?.value ?? '').replace(/^(?:%[ \t\n\v\f\r]*)?<!\[CDATA\[\n?([\s\S]*?)(?:[ \t\n\v\f\r]%)?\]\]>$/, '$1');
      delete el.attr.type;
    }
  },
};

function convertEm(el: Element): void {
  const acc = { s: '' };
  extractText(el, acc);
  if (/^[ \t\n\v\f\r]/.test(acc.s) || /[ \t\n\v\f\r]$/.test(acc.s)) processHtmlElement(el, false);
  else {
    setBasics(el, EMPHASIS_TYPE[el.value]!);
    processChildren(el);
  }
}

function convertH(el: Element): void {
  const level = parseInt(String(el.value).slice(1, 2), 10);
  setBasics(el, 'header', { level });
  const acc = { s: '' };
  extractText(el, acc);
  el.options.raw_text = acc.s;
  processChildren(el);
}

function convertCode(el: Element): void {
  const acc = { s: '' };
  extractText(el, acc);
  let result = processText(acc.s, true);
  let ok = true;
  let str = '';
  for (const c of result) {
    if (c.type === 'text') str += c.value;
    else if (c.type === 'entity') {
      const cp = c.value.codePoint as number;
      str += [60, 62, 34, 38].includes(cp) ? String.fromCharCode(cp) : entityChar(c.value) ?? '';
    } else if (c.type === 'smart_quote' || c.type === 'typographic_sym') str += entityChar(entity(String(c.value))!) ?? '';
    else ok = false;
  }
  if (ok) result = [new Element('text', str)];
  if (result.length > 1 || result[0]?.type !== 'text') {
    processHtmlElement(el, false, true);
    return;
  }
  const value = result[0]!.value;
  if (el.value === 'code') {
    setBasics(el, 'codespan');
    if (el.attr.class !== undefined) el.attr.class = el.attr.class.replace(/[ \t\n\v\f\r]+\bhighlighter-\w+\b|\bhighlighter-\w+\b[ \t\n\v\f\r]*/, '');
  } else {
    const onlyCode = el.children.length === 1 && el.children[0]!.value === 'code' ? el.children[0]! : null;
    setBasics(el, 'codeblock');
    if (onlyCode) {
      const v = /\blanguage-[^ \t\n\v\f\r]+/.exec(onlyCode.attr.class ?? '')?.[0];
      if (v) el.attr.class = rstrip(`${v} ${el.attr.class ?? ''}`);
    }
  }
  el.value = value;
  el.children = [];
}

function convertTable(el: Element): void {
  if (!isSimpleTable(el)) {
    processHtmlElement(el, false);
    return;
  }
  removeTextChildren(el);
  processChildren(el);
  setBasics(el, 'table');
  const calc = (c: Element): void => {
    if (c.type === 'tr') {
      el.options.alignment = c.children.map((td) => {
        if (td.attr.style !== undefined) {
          let found: string | undefined;
          td.attr.style = td.attr.style.replace(/(?:;[ \t\n\v\f\r]*)?text-align:[ \t\n\v\f\r]+(center|left|right)/, (_m, a: string) => {
            found = a;
            return '';
          });
          if (strip(td.attr.style) === '') delete td.attr.style;
          return found ?? 'default';
        }
        return 'default';
      });
    } else c.children.forEach(calc);
  };
  calc(el);
  el.children = el.children.filter((c) => c.type !== 'html_element');
  const changeTh = (c: Element): void => {
    if (c.type === 'th') c.type = 'td';
    else c.children.forEach(changeTh);
  };
  changeTh(el);
  if (el.children[0]?.type === 'tr') {
    const tbody = new Element('tbody');
    tbody.children = el.children;
    el.children = [tbody];
  }
}

function isSimpleTable(el: Element): boolean {
  const onlyPhrasing = (c: Element): boolean => c.children.every((cc) => (cc.type === 'text' || !BLOCK_ELEMENTS.has(cc.value)) && onlyPhrasing(cc));
  let ok = true;
  const checkCells = (c: Element): void => {
    if (!ok) return;
    if (c.value === 'th' || c.value === 'td') {
      if (!onlyPhrasing(c)) ok = false;
    } else c.children.forEach(checkCells);
  };
  checkCells(el);
  if (!ok) return false;
  let nrCells = 0;
  const checkNr = (t: Element): void => {
    if (nrCells === -1) return;
    if (t.value === 'tr') {
      const count = t.children.filter((cc) => cc.value === 'th' || cc.value === 'td').length;
      if (count !== nrCells) {
        if (nrCells === 0) nrCells = count;
        else nrCells = -1;
      }
    } else t.children.forEach(checkNr);
  };
  checkNr(el);
  if (nrCells === -1) return false;
  let alignment: string[] | null = null;
  const checkAlign = (t: Element): void => {
    if (!ok) return;
    if (t.value === 'tr') {
      const cur: string[] = [];
      for (const cell of t.children.filter((cc) => cc.value === 'th' || cc.value === 'td')) {
        const md = /text-align:[ \t\n\v\f\r]+(center|left|right|justify|inherit)/.exec(cell.attr.style ?? '');
        if (md && (md[1] === 'justify' || md[1] === 'inherit')) {
          ok = false;
          return;
        }
        cur.push(md ? md[1]! : 'default');
      }
      if (alignment === null) alignment = cur;
      if (alignment.join(',') !== cur.join(',')) ok = false;
    } else t.children.forEach(checkAlign);
  };
  checkAlign(el);
  if (!ok) return false;
  const checkRows = (t: Element, type: string): boolean =>
    t.children.every((r) => (r.value === 'tr' || r.type === 'text') && r.children.every((c) => c.value === type || c.type === 'text'));
  return checkRows(el, 'td') ||
    (el.children.every((t) => t.type === 'text' || (t.value === 'thead' && checkRows(t, 'th')) || ((t.value === 'tfoot' || t.value === 'tbody') && checkRows(t, 'td'))) &&
      el.children.some((t) => t.value === 'tbody'));
}
