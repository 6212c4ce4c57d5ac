// Jekyll's smartify when the site gives no hook: kramdown's SmartyPants input (smart quotes, dashes,
// ellipses, guillemets, HTML tags kept, entities as characters, other `&`, `<`, `>` escaped), output
// as characters. An approximation of kramdown's rules; the site can pass the real converter as a hook.
import { entity, entityToStr } from '../../markdown/html/entities.js';

const TAG = /^(?:<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->)/;
// kramdown's HTML_ENTITY_RE: a name, a decimal or a hex code point.
const ENTITY = /^&(?:([\w:][-\w.:]*)|#(\d+)|#x([0-9a-fA-F]+));/;
const CLOSE_AFTER = /[^ \\\t\r\n[{(-]/;

/** Converts quotes, `--`/`---`, `...` and `<<`/`>>` as kramdown's SmartyPants parser does. */
export function smartypants(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  // kramdown's quote rules see the preceding character only when it was plain text (a tag, an
  // entity or a symbol before the quote was consumed by its own parser).
  let textBefore = false;
  while (i < n) {
    const start = i;
    const before = textBefore;
    textBefore = false;
    const c = text[i];
    const rest = () => text.slice(i);
    if (c === '<') {
      const tag = TAG.exec(rest());
      if (tag) {
        out += tag[0];
        i += tag[0].length;
        continue;
      }
      if (text.startsWith('<< ', i)) {
        out += '\u00ab\u00a0';
        i += 3;
        continue;
      }
      if (text.startsWith('<<', i)) {
        out += '\u00ab';
        i += 2;
        continue;
      }
      out += '&lt;';
      i++;
      continue;
    }
    if (c === '&') {
      const ent = ENTITY.exec(rest());
      if (ent) {
        // An entity element, written by the HTML converter with entity_output :as_char: the
        // character (`&nbsp;` → U+00A0, `&quot;` → `"`), `<`, `>`, `&` as written; an unknown
        // name is an escaped `&` followed by the rest as text.
        const e = ent[1] !== undefined ? entity(ent[1]) : entity(ent[2] !== undefined ? Number(ent[2]) : parseInt(ent[3]!, 16));
        if (e) {
          out += entityToStr(e, 'as_char', ent[0]);
          i += ent[0].length;
          continue;
        }
      }
      out += '&amp;';
      i++;
      continue;
    }
    if (c === ' ' && text.startsWith(' >>', i)) {
      out += '\u00a0\u00bb';
      i += 3;
      continue;
    }
    if (c === '>') {
      if (text.startsWith('>>', i)) {
        out += '\u00bb';
        i += 2;
        continue;
      }
      out += '&gt;';
      i++;
      continue;
    }
    if (c === '-' && text.startsWith('---', i)) {
      out += '\u2014';
      i += 3;
      continue;
    }
    if (c === '-' && text.startsWith('--', i)) {
      out += '\u2013';
      i += 2;
      continue;
    }
    if (c === '.' && text.startsWith('...', i)) {
      out += '\u2026';
      i += 3;
      continue;
    }
    if (c === '"' || c === "'") {
      out += quote(text, i, before);
      i++;
      continue;
    }
    out += c;
    i++;
    textBefore = start === i - 1;
  }
  return out;
}

function quote(text: string, i: number, textBefore: boolean): string {
  const c = text[i];
  const prev = i > 0 && textBefore ? text[i - 1] : '';
  const next = text[i + 1] ?? '';
  const left = c === '"' ? '\u201c' : '\u2018';
  const right = c === '"' ? '\u201d' : '\u2019';
  // The '80s: an apostrophe.
  if (c === "'" && /^\d\ds/.test(text.slice(i + 1, i + 4))) return '\u2019';
  // Opening after whitespace (or at the start) before a word character.
  if ((prev === '' || /\s/.test(prev)) && /\w/.test(next)) return left;
  // Closing after a character that can end a quoted span.
  if (prev !== '' && CLOSE_AFTER.test(prev) && !/\s/.test(prev)) return right;
  // Before whitespace, an `s` (possessive) or the end: closing.
  if (next === '' || /\s/.test(next) || /^s\b/.test(text.slice(i + 1, i + 3))) return right;
  return left;
}
