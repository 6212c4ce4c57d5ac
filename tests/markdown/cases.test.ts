// Construct-by-construct cases: each tests/markdown/cases/<construct>.md must convert byte-identical to
// the committed .html, which tests/markdown/regen.rb produced with Jekyll 4.3's kramdown.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { convertMarkdown, kramdownOptionsFromJekyll } from '../../src/markdown/index.js';

const dir = join(import.meta.dirname, 'cases');
const cases = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('markdown cases (Jekyll kramdown output)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(30));
  for (const file of cases) {
    it(file.replace(/\.md$/, ''), () => {
      const md = readFileSync(join(dir, file), 'utf8');
      const expected = readFileSync(join(dir, file.replace(/\.md$/, '.html')), 'utf8');
      // <name>.yml holds the site's `kramdown:` config block for the case (as Jekyll reads it).
      const yml = join(dir, file.replace(/\.md$/, '.yml'));
      const options = existsSync(yml) ? kramdownOptionsFromJekyll(parseYaml(readFileSync(yml, 'utf8'))) : undefined;
      expect(convertMarkdown(md, options).html).toBe(expected);
    });
  }
});
