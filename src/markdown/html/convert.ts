// HTML converter: kramdown's Converter::Html — the element tree to HTML with kramdown's exact layout
// (indentation, newlines between blocks), header ids, footnotes, TOC, smart quotes and entities.

import { rubyRegExp } from '../scanner.js';
import { cloneElement, Element } from '../element.js';
import { ELEMENTS_WITHOUT_BODY } from '../block/html.js';
import { entity, entityToStr, escapeHtml, htmlAttributes, type Entity } from './entities.js';
import { highlightCode } from './highlight.js';
import { transliterate } from './transliterate.js';
import { generateTocTree } from './toc.js';

type Opts = Record<string, any>;

const SMART_QUOTE_INDICES: Record<string, number> = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 };
const TYPOGRAPHIC_SYMS: Record<string, string[]> = {
  mdash: ['mdash'], ndash: ['ndash'], hellip: ['hellip'], laquo_space: ['laquo', 'nbsp'], raquo_space: ['nbsp', 'raquo'],
  laquo: ['laquo'], raquo: ['raquo'],
};

const PADS: string[] = Array.from({ length: 64 }, (_, n) => ' '.repeat(n));
/** `n` spaces (indentation); the usual widths built once. */
function pad(n: number): string {
  return n < 64 && n >= 0 ? PADS[n]! : ' '.repeat(n);
}

function randomToken(): string {
  let s = '';
  for (let i = 0; i < 129; i++) s += Math.floor(Math.random() * 36).toString(36);
  return s;
}

export class HtmlConverter {
  private readonly options: Opts;
  private readonly root: Element;
  readonly warnings: string[] = [];
  private footnoteCounter: number;
  private readonly footnoteStart: number;
  private readonly footnotes: [string, Element, number, number][] = [];
  private readonly footnotesByName = new Map<string, [string, Element, number, number]>();
  private footnoteLocation: string | null = null;
  private readonly toc: [number, string, Element[]][] = [];
  private tocCode: [string, Record<string, string>, string] | null = null;
  private readonly indentStep = 2;
  private readonly stack: Element[] = [];
  private readonly highlighterClass: string;
  private usedIds = new Map<string, number>();

  constructor(root: Element, options: Opts) {
    this.root = root;
    this.options = options;
    this.footnoteCounter = this.footnoteStart = options.footnote_nr as number;
    this.highlighterClass = ` highlighter-${options.syntax_highlighter ?? ''}`;
  }

  convert(el: Element, indent = -this.indentStep): string {
    switch (el.type) {
      case 'root': return this.convertRoot(el, indent);
      case 'blank': return '\n';
      case 'text': return this.options.remove_line_breaks_for_cjk ? fixCjkLineBreak(escapeHtml(el.value, 'text')) : escapeHtml(el.value, 'text');
      case 'p': return this.convertP(el, indent);
      case 'codeblock': return this.convertCodeblock(el, indent);
      case 'blockquote': return this.indentedBlock('blockquote', el.attr, this.inner(el, indent), indent);
      case 'header': return this.convertHeader(el, indent);
      case 'hr': return `${pad(indent)}<hr${htmlAttributes(el.attr)} />\n`;
      case 'ul': case 'ol': return this.convertList(el, indent);
      case 'dl': return this.indentedBlock('dl', el.attr, this.inner(el, indent), indent);
      case 'li': case 'dd': return this.convertLi(el, indent);
      case 'dt': return this.convertDt(el, indent);
      case 'html_element': return this.convertHtmlElement(el, indent);
      case 'xml_comment': case 'xml_pi': return this.convertXmlComment(el, indent);
      case 'table': case 'thead': case 'tbody': case 'tfoot': case 'tr':
        return this.indentedBlock(el.type, el.attr, this.inner(el, indent), indent);
      case 'td': return this.convertTd(el, indent);
      case 'comment':
        return el.options.category === 'block' ? `${pad(indent)}<!-- ${el.value} -->\n` : `<!-- ${el.value} -->`;
      case 'br': return '<br />';
      case 'a': return `<a${htmlAttributes(el.attr)}>${this.inner(el, indent)}</a>`;
      case 'img': return `<img${htmlAttributes(el.attr)} />`;
      case 'codespan': return this.convertCodespan(el);
      case 'footnote': return this.convertFootnote(el);
      case 'raw': return this.convertRaw(el);
      case 'em': case 'strong': return `<${el.type}${htmlAttributes(el.attr)}>${this.inner(el, indent)}</${el.type}>`;
      case 'entity': return entityToStr(el.value as Entity, this.options.entity_output, el.options.original as string | undefined);
      case 'typographic_sym': return this.convertTypographicSym(el);
      case 'smart_quote': return entityToStr(this.smartQuoteEntity(el.value), this.options.entity_output);
      case 'math': return this.convertMath(el, indent);
      case 'abbreviation': return this.convertAbbreviation(el);
      default:
        throw new Error(`kramdown converter: unknown element type ${el.type}`);
    }
  }

  private inner(el: Element, indent: number): string {
    let result = '';
    indent += this.indentStep;
    this.stack.push(el);
    for (const c of el.children) result += this.convert(c, indent);
    this.stack.pop();
    return result;
  }

  private block(name: string, attr: Record<string, unknown>, body: string, indent: number): string {
    return `${pad(indent)}<${name}${htmlAttributes(attr)}>${body}</${name}>\n`;
  }

  private indentedBlock(name: string, attr: Record<string, unknown>, body: string, indent: number): string {
    return `${pad(indent)}<${name}${htmlAttributes(attr)}>\n${body}${pad(indent)}</${name}>\n`;
  }

  private convertP(el: Element, indent: number): string {
    if (el.options.transparent) return this.inner(el, indent);
    const first = el.children[0];
    if (el.children.length === 1 && first!.type === 'img' && ((first!.options.ial as Opts | undefined)?.refs as string[] | undefined)?.includes('standalone')) {
      const figureAttr: Record<string, string> = { ...el.attr };
      const imageAttr: Record<string, string> = { ...first!.attr };
      if ('class' in imageAttr && !('class' in figureAttr)) {
        figureAttr.class = imageAttr.class!;
        delete imageAttr.class;
      }
      if ('id' in imageAttr && !('id' in figureAttr)) {
        figureAttr.id = imageAttr.id!;
        delete imageAttr.id;
      }
      const spaces = pad(indent + this.indentStep);
      const body = `${spaces}<img${htmlAttributes(imageAttr)} />\n${spaces}<figcaption>${imageAttr.alt ?? ''}</figcaption>\n`;
      return this.indentedBlock('figure', figureAttr, body, indent);
    }
    return this.block('p', el.attr, this.inner(el, indent), indent);
  }

  private extractCodeLanguage(attr: Record<string, string>): string | null {
    const c = attr.class;
    if (c !== undefined) {
      const m = /\blanguage-([^ \t\n\v\f\r]+)/.exec(c);
      if (m) return m[1]!;
    }
    return null;
  }

  private addHighlighterClass(attr: Record<string, string>, lang: string | null | undefined): void {
    attr.class = ((attr.class ?? '') + this.highlighterClass).replace(/^[ \t\n\v\f\r]+/, '');
    if (lang) {
      attr.class = attr.class.replace(/\blanguage-[^ \t\n\v\f\r]+|^/, (m) => (m === '' ? `language-${lang} ` : `language-${lang}`));
    }
  }

  private convertCodeblock(el: Element, indent: number): string {
    const attr: Record<string, string> = { ...el.attr };
    const lang = this.extractCodeLanguage(attr);
    if (lang !== null) {
      attr.class = attr.class!.replace(/\blanguage-[^ \t\n\v\f\r]+/, '').trim();
      if (attr.class === '') delete attr.class;
    }
    const hl = highlightCode(this.options, el.value, (el.options.lang as string | undefined) ?? lang, 'block');
    if (hl) {
      if (hl.warning) this.warnings.push(hl.warning);
      this.addHighlighterClass(attr, lang ?? hl.defaultLang);
      return `${pad(indent)}<div${htmlAttributes(attr)}>${hl.html}${pad(indent)}</div>\n`;
    }
    let result = escapeHtml(el.value);
    if (result.endsWith('\n')) result = result.slice(0, -1);
    if (/\bshow-whitespaces\b/.test(el.attr.class ?? '')) {
      result = result.replace(WHITESPACE_RUNS, (m, l, r) => {
        const suffix = l ? '-l' : r ? '-r' : '';
        return [...m].map((c) => (c === '\t' ? `<span class="ws-tab${suffix}">\t</span>` : `<span class="ws-space${suffix}">&#8901;</span>`)).join('');
      });
    }
    const codeAttr: Record<string, string> = {};
    if (lang !== null) codeAttr.class = `language-${lang}`;
    return `${pad(indent)}<pre${htmlAttributes(attr)}><code${htmlAttributes(codeAttr)}>${result}\n</code></pre>\n`;
  }

  private convertHeader(el: Element, indent: number): string {
    const attr: Record<string, string> = { ...el.attr };
    if (this.options.auto_ids && attr.id === undefined) attr.id = this.generateId(el.options.raw_text as string);
    if (attr.id && this.inToc(el)) this.toc.push([el.options.level as number, attr.id, el.children]);
    const level = Math.max(Math.min((el.options.level as number) + (this.options.header_offset as number), 6), 1);
    return this.block(`h${level}`, attr, this.inner(el, indent), indent);
  }

  private inToc(el: Element): boolean {
    return (this.options.toc_levels as number[]).includes(el.options.level as number) && !/\bno_toc\b/.test(el.attr.class ?? '');
  }

  private convertList(el: Element, indent: number): string {
    const refs = ((el.options.ial as Opts | undefined)?.refs as string[] | undefined) ?? [];
    if (!this.tocCode && refs.includes('toc')) {
      this.tocCode = [el.type, el.attr, randomToken()];
      return this.tocCode[2];
    }
    if (!this.footnoteLocation && refs.includes('footnotes')) {
      this.footnoteLocation = randomToken();
      return this.footnoteLocation;
    }
    return this.indentedBlock(el.type, el.attr, this.inner(el, indent), indent);
  }

  private convertLi(el: Element, indent: number): string {
    let output = `${pad(indent)}<${el.type}${htmlAttributes(el.attr)}>`;
    const res = this.inner(el, indent);
    const first = el.children[0];
    if (el.children.length === 0 || (first!.type === 'p' && first!.options.transparent)) {
      output += res + (res.endsWith('\n') ? pad(indent) : '');
    } else {
      output += '\n' + res + pad(indent);
    }
    return output + `</${el.type}>\n`;
  }

  private convertDt(el: Element, indent: number): string {
    const attr: Record<string, string> = { ...el.attr };
    const parent = this.stack[this.stack.length - 1];
    const refs = ((parent?.options.ial as Opts | undefined)?.refs as string[] | undefined);
    if (!attr.id && refs) {
      for (const ref of refs) {
        const m = /^auto_ids(?:-([\w-]+))?/.exec(ref);
        if (m) {
          attr.id = `${m[1] ?? ''}${basicGenerateId(el.options.raw_text as string)}`.replace(/^[ \t\n\v\f\r]+/, '');
          break;
        }
      }
    }
    return this.block('dt', attr, this.inner(el, indent), indent);
  }

  private convertHtmlElement(el: Element, indent: number): string {
    const res = this.inner(el, indent);
    if (el.options.category === 'span') {
      return `<${el.value}${htmlAttributes(el.attr)}` + (res === '' && ELEMENTS_WITHOUT_BODY.has(el.value) ? ' />' : `>${res}</${el.value}>`);
    }
    const parent = this.stack[this.stack.length - 1]!;
    const parentRaw = parent.type === 'html_element' && parent.options.content_model === 'raw';
    let output = '';
    if (!parentRaw) output += pad(indent);
    output += `<${el.value}${htmlAttributes(el.attr)}`;
    if (el.options.is_closed && el.options.content_model === 'raw') output += ' />';
    else if (res !== '' && el.options.content_model !== 'block') output += `>${res}</${el.value}>`;
    else if (res !== '') output += `>\n${res.endsWith('\n') ? res.slice(0, -1) : res}\n${pad(indent)}</${el.value}>`;
    else if (ELEMENTS_WITHOUT_BODY.has(el.value)) output += ' />';
    else output += `></${el.value}>`;
    if (!parentRaw) output += '\n';
    return output;
  }

  private convertXmlComment(el: Element, indent: number): string {
    const parent = this.stack[this.stack.length - 1]!;
    if (el.options.category === 'block' && !(parent.type === 'html_element' && parent.options.content_model === 'raw')) {
      return pad(indent) + el.value + '\n';
    }
    return el.value;
  }

  private convertTd(el: Element, indent: number): string {
    const res = this.inner(el, indent);
    const type = this.stack[this.stack.length - 2]!.type === 'thead' ? 'th' : 'td';
    let attr: Record<string, string> = el.attr;
    const row = this.stack[this.stack.length - 1]!;
    const alignment = (this.stack[this.stack.length - 3]!.options.alignment as string[])[row.children.indexOf(el)];
    if (alignment !== 'default') {
      attr = { ...el.attr };
      attr.style = ('style' in attr ? `${attr.style}; ` : '') + `text-align: ${alignment}`;
    }
    return this.block(type, attr, res === '' ? entityToStr(entity('nbsp')!, this.options.entity_output) : res, indent);
  }

  private convertCodespan(el: Element): string {
    const attr: Record<string, string> = { ...el.attr };
    const lang = this.extractCodeLanguage(attr);
    const hl = highlightCode(this.options, el.value, lang, 'span');
    let result: string;
    if (hl) {
      if (hl.warning) this.warnings.push(hl.warning);
      this.addHighlighterClass(attr, lang ?? hl.defaultLang);
      result = hl.html;
    } else result = escapeHtml(el.value);
    return `<code${htmlAttributes(attr)}>${result}</code>`;
  }

  private convertFootnote(el: Element): string {
    let repeat = '';
    const name = (this.options.footnote_prefix as string) + (el.options.name as string);
    let number: number;
    const existing = this.footnotesByName.get(name);
    if (existing) {
      number = existing[2];
      existing[3] += 1;
      repeat = `:${existing[3]}`;
    } else {
      number = this.footnoteCounter++;
      const entry: [string, Element, number, number] = [name, el.value as Element, number, 0];
      this.footnotes.push(entry);
      this.footnotesByName.set(name, entry);
    }
    return `<sup id="fnref:${name}${repeat}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${number}</a></sup>`;
  }

  private convertRaw(el: Element): string {
    const t = el.options.type as string[] | undefined;
    if (!t || t.length === 0 || t.includes('html')) return el.value + (el.options.category === 'block' ? '\n' : '');
    return '';
  }

  private convertTypographicSym(el: Element): string {
    const custom = (this.options.typographic_symbols as Record<string, string>)[el.value];
    if (custom !== undefined) return escapeHtml(custom, 'text');
    return TYPOGRAPHIC_SYMS[el.value]!.map((n) => entityToStr(entity(n)!, this.options.entity_output)).join('');
  }

  private smartQuoteEntity(name: string): Entity {
    const res = (this.options.smart_quotes as (string | number)[])[SMART_QUOTE_INDICES[name]!]!;
    return entity(res) ?? { codePoint: 0, name: String(res) };
  }

  private convertMath(el: Element, indent: number): string {
    if (this.options.math_engine === 'mathjax') {
      const value = escapeHtml(el.value);
      const result = el.options.category === 'block' ? `\\[${value}\\]\n` : `\\(${value}\\)`;
      if (Object.keys(el.attr).length === 0) return result;
      if (el.options.category === 'block') return this.block('div', el.attr, result, indent);
      return `<span${htmlAttributes(el.attr)}>$${el.value}$</span>`;
    }
    if (this.options.math_engine) this.warnings.push(`The configured math engine ${this.options.math_engine} is not available.`);
    const attr = { ...el.attr };
    attr.class = `${attr.class ?? ''} kdmath`.replace(/^[ \t\n\v\f\r]+/, '');
    if (el.options.category === 'block') return this.block('div', attr, `$$\n${el.value}\n$$`, indent);
    return `<span${htmlAttributes(attr)}>$${el.value}$</span>`;
  }

  private convertAbbreviation(el: Element): string {
    const title = (this.root.options.abbrev_defs as Record<string, string>)[el.value]!;
    const attr: Record<string, string> = { ...((this.root.options.abbrev_attr as Record<string, Record<string, string>>)[el.value] ?? {}) };
    if (title !== '') attr.title = title;
    return `<abbr${htmlAttributes(attr)}>${el.value}</abbr>`;
  }

  private convertRoot(el: Element, indent: number): string {
    let result = this.inner(el, indent);
    if (this.footnoteLocation) {
      const loc = this.footnoteLocation;
      const content = this.footnoteContent();
      result = result.replace(loc, () => content);
    } else result += this.footnoteContent();
    if (this.tocCode) {
      const tocTree = generateTocTree(this.toc, this.tocCode[0], this.tocCode[1] ?? {});
      const text = tocTree.children.length ? this.convert(tocTree, 0) : '';
      const code = this.tocCode[2];
      result = result.replace(code, () => text);
    }
    return result;
  }

  private footnoteContent(): string {
    const ol = new Element('ol');
    if (this.footnoteStart !== 1) ol.attr.start = String(this.footnoteStart);
    const backlinkText = escapeHtml(this.options.footnote_backlink as string, 'text');
    const nbsp = entityToStr(entity('nbsp')!, this.options.entity_output);
    for (let i = 0; i < this.footnotes.length; i++) {
      const [name, data, , repeat] = this.footnotes[i]!;
      const li = new Element('li', null, { id: `fn:${name}`, role: 'doc-endnote' });
      const memo = new Map<Element, Element>();
      li.children = data.children.map((c) => cloneElement(c, memo));
      let para: Element | null = null;
      let insertSpace = false;
      const lastType = li.children[li.children.length - 1]?.type;
      if (lastType === 'p' || this.options.footnote_backlink_inline) {
        let parent = li;
        while (parent.children.length && !['p', 'header'].includes(parent.children[parent.children.length - 1]!.type)) {
          parent = parent.children[parent.children.length - 1]!;
        }
        para = parent.children[parent.children.length - 1] ?? null;
        insertSpace = true;
      }
      if (!para) {
        para = new Element('p');
        li.children.push(para);
        insertSpace = false;
      }
      if ((this.options.footnote_backlink as string) !== '') {
        para.children.push(new Element('raw', `${insertSpace ? nbsp : ''}<a href="#fnref:${name}" class="reversefootnote" role="doc-backlink">${backlinkText}</a>`));
        for (let index = 1; index <= repeat; index++) {
          para.children.push(new Element('raw', `${nbsp}<a href="#fnref:${name}:${index}" class="reversefootnote" role="doc-backlink">${backlinkText}<sup>${index + 1}</sup></a>`));
        }
      }
      ol.children.push(new Element('raw', this.convert(li, 4)));
    }
    if (ol.children.length === 0) return '';
    return this.indentedBlock('div', { class: 'footnotes', role: 'doc-endnotes' }, this.convert(ol, 2), 0);
  }

  private generateId(str: string): string {
    if (this.options.transliterated_header_ids) str = transliterate(str);
    let genId = basicGenerateId(str);
    if (genId === '') genId = 'section';
    const used = this.usedIds.get(genId);
    if (used !== undefined) {
      this.usedIds.set(genId, used + 1);
      genId += `-${used + 1}`;
    } else this.usedIds.set(genId, 0);
    return (this.options.auto_id_prefix as string) + genId;
  }
}

const CJK_BREAK = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)\n([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/gu;

/** kramdown's fix_cjk_line_break: drop a newline between two CJK characters, repeatedly. */
function fixCjkLineBreak(s: string): string {
  for (;;) {
    const t = s.replace(CJK_BREAK, '$1$2');
    if (t === s) return s;
    s = t;
  }
}

const LEADING_NON_ALPHA = rubyRegExp('^[^a-zA-Z]+', 'g');
const WHITESPACE_RUNS = rubyRegExp('(^[ \\t]+)|([ \\t]+$)|([ \\t]+)', 'g');

export function basicGenerateId(str: string): string {
  return str.replace(LEADING_NON_ALPHA, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}
