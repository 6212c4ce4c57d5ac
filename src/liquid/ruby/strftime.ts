// Ruby's Time#strftime: every conversion, with flags (-, _, 0, ^, #), widths and the colon forms of
// %z, always in English whatever the system locale (Ruby's strftime is locale-free).

import type { RubyTime } from './time.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Spec {
  flags: string;
  width: number | undefined;
  colons: number;
}

/** Formats `time` with a Ruby strftime `format`. */
export function rubyStrftime(time: RubyTime, format: string): string {
  const p = time.parts();
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    // %[flags][width][:]conversion
    let j = i + 1;
    let flags = '';
    while (j < format.length && '-_0^#'.includes(format[j])) flags += format[j++];
    let widthText = '';
    while (j < format.length && format[j] >= '0' && format[j] <= '9') widthText += format[j++];
    let colons = 0;
    while (j < format.length && format[j] === ':') {
      colons++;
      j++;
    }
    const conv = format[j];
    const spec: Spec = { flags, width: widthText ? Number(widthText) : undefined, colons };
    const piece = conv === undefined ? undefined : convert(conv, spec, time, p);
    if (piece === undefined) {
      // Unknown conversion: Ruby copies it through verbatim.
      out += format.slice(i, j + 1);
      i = j;
      continue;
    }
    out += piece;
    i = j;
  }
  return out;
}

type Parts = ReturnType<RubyTime['parts']>;

function convert(conv: string, spec: Spec, time: RubyTime, p: Parts): string | undefined {
  // Plain directives without flags or width: the common case, no helper calls.
  if (spec.flags === '' && spec.width === undefined) {
    switch (conv) {
      case 'Y': if (p.year >= 1000 && p.year <= 9999) return String(p.year); break;
      case 'm': return p.month < 10 ? '0' + p.month : String(p.month);
      case 'd': return p.day < 10 ? '0' + p.day : String(p.day);
      case 'H': return p.hour < 10 ? '0' + p.hour : String(p.hour);
      case 'M': return p.minute < 10 ? '0' + p.minute : String(p.minute);
      case 'S': return p.second < 10 ? '0' + p.second : String(p.second);
      case 'B': return MONTHS[p.month - 1];
      case 'b': return MONTHS[p.month - 1].slice(0, 3);
    }
  }
  return convertFull(conv, spec, time, p);
}

function num(spec: Spec, n: number, width: number, pad: '0' | ' ' = '0'): string {
  return formatNumber(n, spec, width, pad);
}

function convertFull(conv: string, spec: Spec, time: RubyTime, p: Parts): string | undefined {
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  switch (conv) {
    case 'Y': {
      // Ruby pads years to at least 4 digits only for negative/short years when width given.
      return spec.width !== undefined ? num(spec, p.year, spec.width) : (p.year < 0 ? '-' + String(-p.year).padStart(4, '0') : String(p.year).padStart(4, '0'));
    }
    case 'C': return num(spec, Math.floor(p.year / 100), 2);
    case 'y': return num(spec, ((p.year % 100) + 100) % 100, 2);
    case 'm': return num(spec, p.month, 2);
    case 'B': return formatText(MONTHS[p.month - 1], spec);
    case 'b':
    case 'h': return formatText(MONTHS[p.month - 1].slice(0, 3), spec);
    case 'd': return num(spec, p.day, 2);
    case 'e': return num(spec, p.day, 2, ' ');
    case 'j': return num(spec, dayOfYear(p), 3);
    case 'H': return num(spec, p.hour, 2);
    case 'k': return num(spec, p.hour, 2, ' ');
    case 'I': return num(spec, hour12, 2);
    case 'l': return num(spec, hour12, 2, ' ');
    case 'P': return formatText(p.hour < 12 ? 'am' : 'pm', spec);
    case 'p': return spec.flags.includes('#') ? formatText(p.hour < 12 ? 'am' : 'pm', { ...spec, flags: spec.flags.replace('#', '') }) : formatText(p.hour < 12 ? 'AM' : 'PM', spec);
    case 'M': return num(spec, p.minute, 2);
    case 'S': return num(spec, p.second, 2);
    case 'L': return fraction(p.ms, spec.width ?? 3);
    case 'N': return fraction(p.ms, spec.width ?? 9);
    case 'z': return zone(time, spec);
    case 'Z': return formatText(time.zoneName(), spec, true);
    case 'A': return formatText(DAYS[p.wday], spec, true);
    case 'a': return formatText(DAYS[p.wday].slice(0, 3), spec, true);
    case 'u': return num(spec, p.wday === 0 ? 7 : p.wday, 1);
    case 'w': return num(spec, p.wday, 1);
    case 'G': {
      const g = isoWeek(p).year;
      return spec.width !== undefined ? num(spec, g, spec.width) : String(g).padStart(4, '0');
    }
    case 'g': return num(spec, ((isoWeek(p).year % 100) + 100) % 100, 2);
    case 'V': return num(spec, isoWeek(p).week, 2);
    case 'U': return num(spec, Math.floor((dayOfYear(p) - 1 - p.wday + 7) / 7), 2);
    case 'W': return num(spec, Math.floor((dayOfYear(p) - 1 - ((p.wday + 6) % 7) + 7) / 7), 2);
    case 's': return num(spec, Math.floor(time.epochMs / 1000), 1);
    case 'n': return pad('\n', spec, ' ');
    case 't': return pad('\t', spec, ' ');
    case '%': return pad('%', spec, ' ');
    case 'c': return formatText(rubyStrftime(time, '%a %b %e %H:%M:%S %Y'), spec);
    case 'D':
    case 'x': return formatText(rubyStrftime(time, '%m/%d/%y'), spec);
    case 'F': return formatText(rubyStrftime(time, '%Y-%m-%d'), spec);
    case 'v': return formatText(rubyStrftime(time, '%e-%^b-%4Y'), spec);
    case 'X':
    case 'T': return formatText(rubyStrftime(time, '%H:%M:%S'), spec);
    case 'r': return formatText(rubyStrftime(time, '%I:%M:%S %p'), spec);
    case 'R': return formatText(rubyStrftime(time, '%H:%M'), spec);
    default: return undefined;
  }
}

/** Numbers: default padding `pad` to `width`; `-` no padding, `_` spaces, `0` zeros; explicit width wins. */
function formatNumber(n: number, spec: Spec, defaultWidth: number, defaultPad: '0' | ' '): string {
  const neg = n < 0;
  const digits = String(Math.abs(n));
  if (spec.flags.includes('-')) return (neg ? '-' : '') + digits;
  let padChar: string = defaultPad;
  if (spec.flags.includes('_')) padChar = ' ';
  else if (spec.flags.includes('0')) padChar = '0';
  const width = spec.width ?? defaultWidth;
  if (padChar === '0') return (neg ? '-' : '') + digits.padStart(width - (neg ? 1 : 0), '0');
  return ((neg ? '-' : '') + digits).padStart(width, ' ');
}

/** Text: `^` upcases, `#` swaps case (upcases names, downcases AM/PM-like), width pads with spaces. */
function formatText(s: string, spec: Spec, swapCase = false): string {
  let t = s;
  if (spec.flags.includes('^')) t = t.toUpperCase();
  if (spec.flags.includes('#')) t = swapCase || /[a-z]/.test(t) ? t.toUpperCase() : t.toLowerCase();
  return pad(t, spec, ' ');
}

function pad(s: string, spec: Spec, defaultPad: string): string {
  if (spec.width === undefined || spec.flags.includes('-')) return s;
  const padChar = spec.flags.includes('0') ? '0' : spec.flags.includes('_') ? ' ' : defaultPad;
  return s.padStart(spec.width, padChar);
}

function fraction(ms: number, digits: number): string {
  const s = String(ms).padStart(3, '0');
  return digits <= 3 ? s.slice(0, digits) : s + '0'.repeat(digits - 3);
}

function zone(time: RubyTime, spec: Spec): string {
  const off = time.utcOffset;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  const hh = Math.floor(abs / 3600);
  const mm = Math.floor((abs % 3600) / 60);
  const ss = abs % 60;
  let body: string;
  if (spec.colons === 1) body = `${p2(hh)}:${p2(mm)}`;
  else if (spec.colons === 2) body = `${p2(hh)}:${p2(mm)}:${p2(ss)}`;
  else if (spec.colons === 3) body = ss ? `${p2(hh)}:${p2(mm)}:${p2(ss)}` : mm ? `${p2(hh)}:${p2(mm)}` : p2(hh);
  else body = `${p2(hh)}${p2(mm)}`;
  // Ruby: `%-z` keeps the digits but shows UTC as `-0000` (offset unknown).
  let res = (spec.flags.includes('-') && time.isUtc ? '-' : sign) + body;
  if (spec.width !== undefined && res.length < spec.width) {
    const padChar = spec.flags.includes('_') ? ' ' : '0';
    res = padChar === ' ' ? res.padStart(spec.width, ' ') : sign + body.padStart(spec.width - 1, '0');
  }
  return res;
}

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

function dayOfYear(p: Parts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1;
}

/** ISO 8601 week-numbering year and week (%G, %V). */
function isoWeek(p: Parts): { year: number; week: number } {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const dayNum = (p.wday + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dayNum + 3); // Thursday of this week
  const year = d.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const week1Monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000;
  const week = 1 + Math.round((d.getTime() - 3 * 86400000 - week1Monday) / (7 * 86400000));
  return { year, week };
}
