// Jekyll's Utils.parse_date: `Time.parse(input).localtime`. Covers the shapes Ruby's Date._parse
// meets in sites (ISO dates and times with or without zone, RFC 2822, `Mar 5 2024`); anything else
// Ruby would reject is an error, which Jekyll turns into a fatal "Invalid date" build error.
import { RubyTime, RubyDate, isRubyTime } from '../liquid/ruby/time.js';
import { parseRubyTime } from '../liquid/ruby/parse-time.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Ruby's Time::ZoneOffset: Time.parse ignores other zone names (CEST, JST…), leaving a local time,
// which the loose parse below gives.
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, ut: 0, z: 0,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
};

export class InvalidDateError extends Error {}

/** The instant `input` names, shown in the local zone (TZ), or throws InvalidDateError. */
export function parseDate(input: unknown): RubyTime {
  if (isRubyTime(input)) return input.localtime();
  if (input instanceof RubyDate) return RubyTime.local(input.year, input.month, input.day);
  if (input instanceof Date) return RubyTime.at(input.getTime());
  const text = String(input ?? '').trim();
  const t = parseTimeString(text);
  if (t !== null) return t;
  // Date._parse skims what it knows out of any text and ignores the rest: `2023-01-29 18:30:22
  // 2023 -0800` (jekyll/jekyll's docs) is 18:30:22 local time, the offset after the stray year unread.
  const loose = parseRubyTime(text);
  if (loose === undefined) throw new InvalidDateError(`Invalid date '${text}'`);
  return loose.localtime();
}

/** Time.parse for the common shapes; null when Ruby would raise. */
export function parseTimeString(text: string): RubyTime | null {
  let m = /^(-?\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(.*)$/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], m[8]!);
  // 20240305 / 20240305T080709
  m = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(\d{2})?)?\s*(.*)$/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], undefined, m[7]!);
  // RFC 2822-ish: "Tue, 05 Mar 2024 08:07:09 -0500", "5 March 2024", "March 5, 2024 10:00"
  const words = text.replace(/,/g, ' ').trim();
  m = /^(?:[A-Za-z]{3,9}\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/.exec(words);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month) return build(+m[3]!, month, +m[1]!, m[4], m[5], m[6], undefined, m[7]!);
  }
  m = /^(?:[A-Za-z]{3,9}\s+)?([A-Za-z]{3,9})\s+(\d{1,2})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/.exec(words);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month) return build(+m[3]!, month, +m[2]!, m[4], m[5], m[6], undefined, m[7]!);
  }
  return null;
}

function monthIndex(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function build(y: number, mo: number, d: number, h?: string, mi?: string, s?: string, frac?: string, zone = ''): RubyTime | null {
  const hour = h ? +h : 0;
  const minute = mi ? +mi : 0;
  const second = s ? +s : 0;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hour > 24 || minute > 59 || second > 60) return null;
  // Ruby's Time rolls day overflow into the next month (2024-02-31 is March 2nd); only > 31 fails.
  const z = zone.trim();
  if (z === '') return RubyTime.local(y, mo, d, hour, minute, second, ms);
  const offset = zoneOffset(z);
  if (offset === null) return null;
  return RubyTime.withOffset(y, mo, d, hour, minute, second, ms, offset).localtime();
}

function zoneOffset(z: string): number | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2]! * 3600 + (m[3] ? +m[3] * 60 : 0) + (m[4] ? +m[4] : 0));
  const named = ZONES[z.toLowerCase()];
  return named === undefined ? null : named * 3600;
}
