// Entities: kramdown's entity lookup (by name or code point) and entity_to_str for each entity_output mode.

import { ENTITY_ALIASES, ENTITY_NAMES } from './entity-table.js';

export interface Entity {
  codePoint: number;
  name: string | null;
}

const byName = new Map<string, Entity>();
const byCode = new Map<number, Entity>();
for (const [name, cp] of Object.entries(ENTITY_NAMES)) {
  const e = { codePoint: cp, name };
  byName.set(name, e);
  byCode.set(cp, e);
}
for (const [cp, target] of Object.entries(ENTITY_ALIASES)) {
  byCode.set(Number(cp), byCode.get(target) ?? { codePoint: target, name: null });
}

/** kramdown's Entities.entity: undefined for an unknown name (kramdown raises). */
export function entity(pointOrName: string | number): Entity | undefined {
  if (typeof pointOrName === 'number') {
    let e = byCode.get(pointOrName);
    if (!e) {
      e = { codePoint: pointOrName, name: null };
      byCode.set(pointOrName, e);
    }
    return e;
  }
  return byName.get(pointOrName);
}

const chars = new Map<number, string | null>();

/** The character, or null when the code point cannot be a character (Ruby's pack('U') fails). */
export function entityChar(e: Entity): string | null {
  let c = chars.get(e.codePoint);
  if (c === undefined) {
    c = e.codePoint > 0x10ffff || e.codePoint < 0 || (e.codePoint >= 0xd800 && e.codePoint <= 0xdfff) ? null : String.fromCodePoint(e.codePoint);
    chars.set(e.codePoint, c);
  }
  return c;
}

const ESCAPE_MAP: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

export function entityToStr(e: Entity, entityOutput: string, original?: string | null): string {
  const c = entityChar(e);
  if (entityOutput === 'as_char' && c !== null && (c === '"' || !(c in ESCAPE_MAP))) return c;
  if ((entityOutput === 'as_input' || entityOutput === 'as_char') && original) return original;
  if ((entityOutput === 'symbolic' || (c !== null && c in ESCAPE_MAP)) && e.name !== null) return `&${e.name};`;
  return `&#${e.codePoint};`;
}

const ESCAPE_ALL = /[<>&]/g;
const ESCAPE_TEXT = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[<>&]/g;
const ESCAPE_ATTRIBUTE = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[<>&"]/g;

const NEEDS_ESCAPE = /[<>&]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[<>&"]/;

/** kramdown's escape_html: `all` escapes <>&, `text` keeps existing references, `attribute` adds `"`. */
export function escapeHtml(str: string, type: 'all' | 'text' | 'attribute' = 'all'): string {
  const r = type === 'all' ? ESCAPE_ALL : type === 'text' ? ESCAPE_TEXT : ESCAPE_ATTRIBUTE;
  // Nothing to do without a character the pattern can replace (`"` only matters for attributes).
  if (type === 'attribute' ? !NEEDS_ATTRIBUTE_ESCAPE.test(str) : !NEEDS_ESCAPE.test(str)) return str;
  return str.replace(r, (m) => ESCAPE_MAP[m] ?? m);
}

/** kramdown's html_attributes: ` k="v"` for each attribute (nil values and empty ids skipped). */
export function htmlAttributes(attr: Record<string, unknown>): string {
  let out = '';
  for (const k in attr) {
    const v = attr[k];
    if (v === null || v === undefined) continue;
    const s = String(v);
    if (k === 'id' && s.trim() === '') continue;
    out += ` ${k}="${escapeHtml(s, 'attribute')}"`;
  }
  return out;
}
