// Ruby's `Time.parse` for the shapes people write in front matter and templates: ISO 8601
// (`2024-03-05`, `2024-03-05 08:07:09 -0500`, `2024-03-05T08:07:09Z`), slashed dates, English month
// names (`Mar 5, 2024`, `5 March 2024`, RFC 2822) and bare times. No offset → local time (TZ);
// `Z`/`UTC`/`GMT` → UTC; an explicit offset → a time in that fixed offset, as Ruby does.

import { RubyTime, localOffsetAt, localZoneAbbreviation } from './time.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
// Time.parse applies only the zones of Ruby's Time::ZoneOffset (besides numeric offsets) and the
// local zone's own names: others (JST, BST… away from those zones) are read by Date._parse and then
// ignored, leaving a local time.
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, ut: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
};
/** Time.zone_utc?: these give a UTC time rather than a +0000 offset. */
const UTC_ZONE = /^(?:-00:?00|-00|utc|z|ut)$/i;

interface Fields {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  /** Offset in seconds; undefined = local. */
  offset?: number;
  /** A zone name outside Time::ZoneOffset, applied only if it names the local zone (CET/CEST under TZ=Europe/Paris). */
  zoneName?: string;
  utc?: boolean;
}

/** `Time.parse(text)`, or undefined where Ruby raises ArgumentError (no date/time found, out of range). */
export function parseRubyTime(text: string, now: () => RubyTime = RubyTime.now): RubyTime | undefined {
  const f = parseFields(text);
  if (!f) return undefined;
  const today = now().parts();
  const year = f.year ?? today.year;
  const month = f.month ?? (f.year === undefined && f.day === undefined ? today.month : 1);
  const day = f.day ?? (f.year === undefined && f.month === undefined ? today.day : 1);
  const hour = f.hour ?? 0;
  const minute = f.minute ?? 0;
  const second = f.second ?? 0;
  const ms = f.ms ?? 0;
  // Time.local takes any day up to 31 and rolls over (2020-02-30 is March 1st, 2021-04-31 May 1st).
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  if (f.utc) return RubyTime.utc(year, month, day, hour, minute, second, ms);
  const offset = f.offset ?? (f.zoneName === undefined ? undefined : localZoneOffset(f.zoneName, year));
  if (offset !== undefined) {
    // force_zone!: a time the local zone can show (same offset at that instant) stays a local time.
    const t = RubyTime.withOffset(year, month, day, hour, minute, second, ms, offset);
    return localOffsetAt(t.epochMs) === offset ? RubyTime.at(t.epochMs) : t;
  }
  return RubyTime.local(year, month, day, hour, minute, second, ms);
}

/** Time.zone_offset's last resort: the local zone's own abbreviation on January 1st or July 1st of the year. */
function localZoneOffset(name: string, year: number): number | undefined {
  for (const month of [1, 7]) {
    const epochMs = RubyTime.local(year, month, 1).epochMs;
    if (localZoneAbbreviation(epochMs).toUpperCase() === name.toUpperCase()) return localOffsetAt(epochMs);
  }
  return undefined;
}

function parseFields(input: string): Fields | undefined {
  let s = input.trim();
  const f: Fields = {};
  let found = false;

  // Time of day (with optional fraction, am/pm), then a zone right after it.
  const timeRe = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([ap])\.?m\.?\b)?/i;
  // Date._parse also takes a bare hour with am/pm as the time (`Mar 3 2021 5pm`, `7 p.m.`).
  const hourRe = /(?:^|\s)(\d{1,2})()()()\s*([ap])(?:m\b|\.m\.)/i;
  const tm = timeRe.exec(s) ?? hourRe.exec(s);
  if (tm) {
    found = true;
    let hour = Number(tm[1]);
    if (tm[5]) {
      const pm = tm[5].toLowerCase() === 'p';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    f.hour = hour;
    f.minute = Number(tm[2] || 0);
    if (tm[3]) f.second = Number(tm[3]);
    if (tm[4]) f.ms = Math.floor(Number('0.' + tm[4]) * 1000);
    const rest = s.slice(tm.index + tm[0].length);
    // Date._parse takes the word after the time as its zone, known or not.
    const zm = /^\s*(?:(Z\b|UTC\b|GMT\b|UT\b)|([A-Za-z]+)\b|([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?)/i.exec(rest);
    if (zm?.[1]) {
      // Ruby: Z, UTC and UT give a UTC time; GMT a fixed +0000 offset; GMT+02:00 that offset.
      const zone = zm[1].toUpperCase();
      if (zone === 'GMT') f.offset = 0;
      else f.utc = true;
      const after = rest.slice(zm[0].length);
      const om = /^\s*([+-])(\d{2}):?(\d{2})?/.exec(after);
      if (om && zone !== 'Z') {
        f.utc = false;
        f.offset = (om[1] === '-' ? -1 : 1) * (Number(om[2]) * 3600 + Number(om[3] ?? 0) * 60);
      }
    } else if (zm?.[2]) {
      const hours = ZONES[zm[2].toLowerCase()];
      if (hours !== undefined) f.offset = hours * 3600;
      else f.zoneName = zm[2];
    } else if (zm?.[3]) {
      if (UTC_ZONE.test(zm[0].trim())) f.utc = true;
      else f.offset = (zm[3] === '-' ? -1 : 1) * (Number(zm[4]) * 3600 + Number(zm[5] ?? 0) * 60 + Number(zm[6] ?? 0));
    }
    s = s.slice(0, tm.index) + ' ' + rest.slice(zm ? zm[0].length : 0);
  }

  let m: RegExpExecArray | null;
  if ((m = /(-?\d+)-(\d+)-(-?\d+)/.exec(s))) {
    // Date._parse's parse_iso: y-m-d, reordered by s3e (11-9-2017 is 2017-09-11).
    Object.assign(f, s3e(m[1], m[2], m[3]));
    found = true;
  } else if ((m = /(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s))) {
    f.year = Number(m[1]);
    f.month = Number(m[2]);
    f.day = Number(m[3]);
    found = true;
  } else if ((m = /(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?/.exec(s))) {
    // Date._parse (s3e): a/b is month/day; a/b/c is year/month/day, unless c has more than two
    // digits, then it is the year and a the day (05/03/2024 is March 5th, 03/05/24 is 2003-05-24).
    if (m[3] === undefined) {
      f.month = Number(m[1]);
      f.day = Number(m[2]);
    } else {
      Object.assign(f, s3e(m[1], m[2], m[3]));
    }
    found = true;
  } else if ((m = /(-?\d+)\.\s*(\d+)\.\s*(-?\d+)/.exec(s))) {
    // parse_dot: 11.9.2017, 2017.09.11
    Object.assign(f, s3e(m[1], m[2], m[3]));
    found = true;
  } else if ((m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(s))) {
    f.month = MONTHS[m[1].toLowerCase()];
    found = true;
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    const dayBefore = /(\d{1,2})(?:st|nd|rd|th)?\s*$/i.exec(before);
    if (dayBefore) {
      f.day = Number(dayBefore[1]);
      const y = /^[\s,]*(-?\d+)/.exec(after);
      if (y) f.year = expandYear(y[1]);
    } else {
      const d = /^\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:[\s,]+(-?\d+))?/i.exec(after);
      if (d) {
        f.day = Number(d[1]);
        if (d[2]) f.year = expandYear(d[2]);
      } else {
        const y = /^[\s,]*(\d{3,})/.exec(after);
        if (y) f.year = Number(y[1]);
      }
    }
  } else if ((m = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$/.exec(s))) {
    f.year = Number(m[1]);
    f.month = Number(m[2]);
    f.day = Number(m[3]);
    if (m[4]) {
      f.hour = Number(m[4]);
      f.minute = Number(m[5]);
      f.second = Number(m[6] ?? 0);
    }
    found = true;
  }
  return found ? f : undefined;
}

/**
 * Date._parse's s3e for three numbers written year-month-day: a middle part longer than two digits
 * is the year (m-y-d → y-m-d), then a last part longer than two digits swaps with the first (d-m-y).
 * A year of at most two digits is completed (69..99 → 19xx, else 20xx).
 */
function s3e(a: string, b: string, c: string): Pick<Fields, 'year' | 'month' | 'day'> {
  let [y, mo, d] = [a, b, c];
  if (mo.length > 2) [y, mo, d] = [mo, d, y];
  if (d.replace(/^-/, '').length > 2) [y, d] = [d, y];
  return { year: expandYear(y), month: Number(mo), day: Number(d) };
}

function expandYear(text: string): number {
  const n = Number(text);
  if (text.length <= 2 && n >= 0) return n >= 69 ? 1900 + n : 2000 + n;
  return n;
}
