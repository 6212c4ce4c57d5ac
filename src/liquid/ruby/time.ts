// RubyTime: a point in time plus the UTC offset it is shown in, as Ruby's Time is.
// Jekyll prints dates with the offset they were written with (or the local zone, which Jekyll
// sets from `timezone:` through TZ), so a bare JS Date (always shown in one zone) is not enough.

import { rubyStrftime } from './strftime.js';

export class RubyTime {
  /** Milliseconds since the epoch (the instant). */
  readonly epochMs: number;
  /** Offset from UTC in seconds, east positive (Ruby's `utc_offset`). */
  readonly utcOffset: number;
  /** True for a UTC time (Ruby prints `UTC` instead of `+0000`). */
  readonly isUtc: boolean;

  /** True for a time in the local zone (TZ), which `%Z` names; false for a fixed offset (`%Z` empty). */
  readonly isLocal: boolean;

  constructor(epochMs: number, utcOffset: number, isUtc = false, isLocal = false) {
    if (!Number.isFinite(epochMs)) throw new RangeError('invalid time');
    this.epochMs = epochMs;
    this.utcOffset = isUtc ? 0 : utcOffset;
    this.isUtc = isUtc;
    this.isLocal = !isUtc && isLocal;
  }

  /** `Time.at(ms)`: the instant, shown in the process's local zone (TZ). */
  static at(epochMs: number): RubyTime {
    return new RubyTime(epochMs, localOffsetAt(epochMs), false, true);
  }

  /** `Time.now`. */
  static now(): RubyTime {
    return RubyTime.at(Date.now());
  }

  /** `Time.utc(y, m, d, h, mi, s)`: month is 1-based. */
  static utc(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): RubyTime {
    return new RubyTime(Date.UTC(year, month - 1, day, hour, minute, second, ms), 0, true);
  }

  /** `Time.new(y, m, d, h, mi, s, offset)`: wall-clock parts in a fixed offset (seconds). */
  static withOffset(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): RubyTime {
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    return new RubyTime(asUtc - offset * 1000, offset);
  }

  /** `Time.local(y, m, d, h, mi, s)`: wall-clock parts in the local zone (TZ). */
  static local(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): RubyTime {
    const d = new Date(year, month - 1, day, hour, minute, second, ms);
    // new Date(y, ...) maps years 0..99 to 1900..1999; Ruby does not.
    if (year >= 0 && year < 100) d.setFullYear(year);
    return RubyTime.at(d.getTime());
  }

  /** The same instant shown in the local zone (`Time#localtime`). */
  localtime(): RubyTime {
    return RubyTime.at(this.epochMs);
  }

  /** The same instant in UTC (`Time#utc`). */
  toUtc(): RubyTime {
    return new RubyTime(this.epochMs, 0, true);
  }

  /** Wall-clock parts in this time's own offset. */
  parts(): TimeParts {
    const d = new Date(this.epochMs + this.utcOffset * 1000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
      wday: d.getUTCDay(),
    };
  }

  /** `+0100` / `-0500` (the `%z` form). */
  offsetString(colon = false): string {
    const sign = this.utcOffset < 0 ? '-' : '+';
    const abs = Math.abs(this.utcOffset);
    const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
    const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
    return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
  }

  /** Ruby's `Time#to_s`: `2024-03-05 08:07:09 -0500`, or `... UTC`. */
  toString(): string {
    const p = this.parts();
    const date = `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
    const time = `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
    return `${date} ${time} ${this.isUtc ? 'UTC' : this.offsetString()}`;
  }

  /** Ruby's `Time#xmlschema` / `iso8601`: `2024-03-05T08:07:09-05:00` (`Z` for UTC). */
  toXmlSchema(): string {
    const p = this.parts();
    const zone = this.isUtc ? 'Z' : this.offsetString(true);
    return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${zone}`;
  }

  /** What JSON.stringify (and Jekyll's jsonify, through to_json) prints: the to_s form. */
  toJSON(): string {
    return this.toString();
  }

  /** Lets `<`, `>` and sorting compare instants. */
  valueOf(): number {
    return this.epochMs;
  }

  /** Ruby's `Time#strftime` (every directive, flags and widths; English names). */
  strftime(format: string): string {
    return rubyStrftime(this, format);
  }

  /** The zone abbreviation `%Z` prints: `UTC`, the local zone's (`CET`), or '' for a fixed offset. */
  zoneName(): string {
    if (this.isUtc) return 'UTC';
    return this.isLocal ? localZoneAbbreviation(this.epochMs) : '';
  }

  /** A JS Date for the same instant. */
  toDate(): Date {
    return new Date(this.epochMs);
  }
}

export interface TimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Day of the week, 0 = Sunday. */
  wday: number;
}

/** The local zone's offset (seconds, east positive) at an instant, from TZ. */
export function localOffsetAt(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset() * 60;
}

export function isRubyTime(value: unknown): value is RubyTime {
  return value instanceof RubyTime;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return n < 0 ? '-' + String(-n).padStart(4, '0') : String(n).padStart(4, '0');
}

/** A calendar date without a time (Ruby's `Date`, what YAML `2024-03-05` becomes). */
export class RubyDate {
  constructor(readonly year: number, readonly month: number, readonly day: number) {}

  /** `Date#to_time`: midnight local time. */
  toTime(): RubyTime {
    return RubyTime.local(this.year, this.month, this.day);
  }

  strftime(format: string): string {
    // Ruby's Date#strftime prints the date at midnight with offset +00:00.
    return rubyStrftime(new RubyTime(Date.UTC(this.year, this.month - 1, this.day), 0), format);
  }

  toString(): string {
    return `${pad4(this.year)}-${pad2(this.month)}-${pad2(this.day)}`;
  }

  inspect(): string {
    const jd = Math.floor(Date.UTC(this.year, this.month - 1, this.day) / 86400000) + 2440588;
    return `#<Date: ${this.toString()} ((${jd}j,0s,0n),+0s,2299161j)>`;
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): number {
    return Date.UTC(this.year, this.month - 1, this.day);
  }
}

const zoneCache = new Map<number, string>();
let zoneFormatUS: Intl.DateTimeFormat | undefined;
let zoneFormatGB: Intl.DateTimeFormat | undefined;

/** Abbreviation of the local zone (TZ) at an instant, as Ruby prints it: `CET`, `EST`, `+03`. */
export function localZoneAbbreviation(epochMs: number): string {
  const tz = process.env.TZ;
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'UTC0') return 'UTC';
  // The abbreviation only changes with the offset, so cache per (hour-rounded) offset.
  const offset = localOffsetAt(epochMs);
  const hit = zoneCache.get(offset);
  if (hit !== undefined) return hit;
  zoneFormatUS ??= new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
  zoneFormatGB ??= new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' });
  const pick = (f: Intl.DateTimeFormat) => f.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  let name = pick(zoneFormatUS);
  if (/^(GMT|UTC)[+-]/.test(name)) {
    const gb = pick(zoneFormatGB);
    if (!/^(GMT|UTC)[+-]/.test(gb)) name = gb;
    else {
      // tzdata spells unnamed zones as numeric offsets: +03, +0530.
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      const mm = Math.floor((abs % 3600) / 60);
      name = sign + pad2(Math.floor(abs / 3600)) + (mm ? pad2(mm) : '');
    }
  } else if (name === 'GMT' && offset === 0 && (tz === undefined || tz === '')) {
    name = 'UTC';
  }
  zoneCache.set(offset, name);
  return name;
}
