// HTML and URL escaping filters with Ruby's exact output: CGI.escapeHTML (`&quot;`, `&#39;`),
// Jekyll's xml_escape, CGI.escape (url_encode, cgi_escape), Addressable's uri_escape.

import { rubyToS, isNil } from '../ruby/value.js';
import type { FilterFn } from './types.js';

const HTML_ESCAPE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Ruby's CGI.escapeHTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPE[c]);
}

/** Ruby's CGI.escape: everything but `a-zA-Z0-9_.-~` percent-encoded (UTF-8), space as `+`. */
export function cgiEscape(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[a-zA-Z0-9_.\-~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Ruby's CGI.unescape. */
export function cgiUnescape(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '+') bytes.push(0x20);
    else if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

// Characters Addressable leaves alone in a normalized component (unreserved + sub-delims + : @ / ?
// + `#` and brackets it keeps); everything else is percent-encoded byte by byte.
const URI_KEEP = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]/;

const URI_PLAIN = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]*$/;

/** Addressable::URI.normalize_component (Jekyll's uri_escape). */
export function uriEscape(s: string): string {
  // Nothing to encode or normalise (no `%`, no character outside the kept set): the usual URL.
  if (URI_PLAIN.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      const byte = parseInt(s.slice(i + 1, i + 3), 16);
      const ch = String.fromCharCode(byte);
      // Addressable decodes escapes of unreserved characters and upcases the rest.
      out += /[A-Za-z0-9\-._~]/.test(ch) ? ch : '%' + s.slice(i + 1, i + 3).toUpperCase();
      i += 2;
      continue;
    }
    if (URI_KEEP.test(c)) {
      out += c;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const chars = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    for (const byte of Buffer.from(chars, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const XML_ATTR_ESCAPE: Record<string, string> = { ...HTML_ESCAPE, "'": '&apos;' };

const escape: FilterFn = (input) => (isNil(input) ? input : escapeHtml(rubyToS(input)));

export const escapeFilters: Record<string, FilterFn> = {
  escape,
  h: escape,
  // Liquid: escapes what is not already an entity.
  escape_once: (input) => rubyToS(input).replace(/["><']|&(?!([a-zA-Z]+|(#\d+));)/g, (c) => HTML_ESCAPE[c]),
  // Jekyll: String#encode(xml: :attr) minus the surrounding quotes (`&quot;`, `&apos;`).
  xml_escape: (input) => rubyToS(input).replace(/[&<>"']/g, (c) => XML_ATTR_ESCAPE[c]),
  url_encode: (input) => (isNil(input) ? input : cgiEscape(rubyToS(input))),
  url_decode: (input) => (isNil(input) ? input : cgiUnescape(rubyToS(input))),
  cgi_escape: (input) => cgiEscape(rubyToS(input)),
  uri_escape: (input) => uriEscape(rubyToS(input)),
};
