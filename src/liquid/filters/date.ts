// Date filters: Liquid's `date` (Ruby strftime, English names, no Intl per call) and Jekyll's
// date_to_xmlschema / date_to_rfc822 / date_to_string / date_to_long_string, which raise on a
// value that is not a date (Jekyll's InvalidDateError) where `date` passes it through.

import { isRubyTime, RubyDate, RubyTime } from '../ruby/time.js';
import { parseRubyTime } from '../ruby/parse-time.js';
import { isNil, rubyInspect, rubyToS } from '../ruby/value.js';
import type { FilterFn } from './types.js';

type Dateish = RubyTime | RubyDate;

/** Liquid::Utils.to_date: a Time/Date as is, 'now'/'today', epoch seconds, or Time.parse. */
export function toDate(input: unknown): Dateish | undefined {
  if (isRubyTime(input) || input instanceof RubyDate) return input;
  if (input instanceof Date) return RubyTime.at(input.getTime());
  if (typeof input === 'number') return Number.isInteger(input) ? RubyTime.at(input * 1000) : undefined;
  if (typeof input !== 'string') return undefined;
  if (input === '') return undefined;
  const s = input.toLowerCase();
  if (s === 'now' || s === 'today') return RubyTime.now();
  if (/^\d+$/.test(s)) return RubyTime.at(Number(s) * 1000);
  return parseRubyTime(input);
}

/** Jekyll's `time(input)`: the date as a local Time, or InvalidDateError. */
export function jekyllTime(input: unknown): RubyTime {
  const d = toDate(input);
  if (!d) throw new InvalidDateError(`Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`);
  return (d instanceof RubyDate ? d.toTime() : d).localtime();
}

export class InvalidDateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidDateError';
  }
}

function ordinal(n: number): string {
  if (n >= 11 && n <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

function stringifyDate(date: unknown, monthType: string, type: unknown, style: unknown): unknown {
  if (rubyToS(date) === '') return date;
  const time = jekyllTime(date);
  if (type === 'ordinal') {
    const day = time.parts().day;
    const od = `${day}${ordinal(day)}`;
    return style === 'US' ? time.strftime(`${monthType} ${od}, %Y`) : time.strftime(`${od} ${monthType} %Y`);
  }
  return time.strftime(`%d ${monthType} %Y`);
}

export const dateFilters: Record<string, FilterFn> = {
  date(input, format) {
    if (isNil(format) || rubyToS(format) === '') return input;
    const d = toDate(input);
    if (!d) return input;
    return d.strftime(rubyToS(format));
  },
  date_to_xmlschema(input) {
    if (rubyToS(input) === '') return input;
    return jekyllTime(input).toXmlSchema();
  },
  date_to_rfc822(input) {
    if (rubyToS(input) === '') return input;
    // Ruby's Time#rfc822 prints `-0000` for UTC; after localtime that is only the case for TZ=UTC.
    const t = jekyllTime(input);
    return t.strftime('%a, %d %b %Y %H:%M:%S ') + (t.isUtc ? '-0000' : t.strftime('%z'));
  },
  date_to_string: (input, type, style) => stringifyDate(input, '%b', type, style),
  date_to_long_string: (input, type, style) => stringifyDate(input, '%B', type, style),
};
