// kiln's Ruby value semantics against Ruby itself (expected/ruby.json, from ruby-golden.rb):
// Time#strftime for every directive over times in many offsets, Time.parse, Jekyll's slugify in
// every mode, Float#to_s.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RubyTime } from '../../src/liquid/ruby/time.js';
import { parseRubyTime } from '../../src/liquid/ruby/parse-time.js';
import { slugify } from '../../src/liquid/ruby/slugify.js';
import { floatToS } from '../../src/liquid/ruby/value.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = JSON.parse(fs.readFileSync(path.join(here, 'expected/ruby.json'), 'utf8'));
process.env.TZ = 'America/New_York';

interface StrftimeCase {
  label: string;
  epoch: number;
  offset: number;
  utc: boolean;
  to_s: string;
  xmlschema: string;
  out: Record<string, string>;
}

function timeOf(c: StrftimeCase): RubyTime {
  if (c.utc) return new RubyTime(c.epoch * 1000, 0, true);
  if (c.label.startsWith('local ')) return RubyTime.at(c.epoch * 1000);
  return new RubyTime(c.epoch * 1000, c.offset);
}

describe('Time#strftime', () => {
  for (const c of golden.strftime as StrftimeCase[]) {
    it(c.label, () => {
      const t = timeOf(c);
      expect(t.toString()).toBe(c.to_s);
      expect(t.toXmlSchema()).toBe(c.xmlschema);
      const got: Record<string, string> = {};
      for (const f of Object.keys(c.out)) got[f] = t.strftime(f);
      expect(got).toEqual(c.out);
    });
  }
});

describe('Time.parse', () => {
  for (const [input, expected] of Object.entries(golden.parse as Record<string, { to_s: string; epoch: number } | null>)) {
    it(input, () => {
      const t = parseRubyTime(input);
      if (expected === null) expect(t).toBeUndefined();
      else expect({ to_s: t?.toString(), epoch: t ? Math.floor(t.epochMs / 1000) : undefined }).toEqual(expected);
    });
  }
});

describe('Jekyll slugify', () => {
  for (const [input, byMode] of Object.entries(golden.slugify as Record<string, Record<string, string>>)) {
    it(JSON.stringify(input.slice(0, 30)), () => {
      const got: Record<string, string | null> = {};
      for (const mode of Object.keys(byMode)) got[mode] = slugify(input, mode === '' ? undefined : mode);
      expect(got).toEqual(byMode);
    });
  }
});

describe('Float#to_s', () => {
  it('prints as Ruby does', () => {
    for (const { value, to_s } of golden.floats as { value: number; to_s: string }[]) {
      if (Object.is(value, 0) && to_s === '-0.0') continue; // JSON loses the sign of -0.0
      expect(floatToS(value)).toBe(to_s);
    }
  });
});
