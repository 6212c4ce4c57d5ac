// Differential fuzzing against the real kramdown: random Markdown-like documents converted by
// src/markdown and by Jekyll 4.3's kramdown converter (Ruby, one process), mismatches printed.
//   npx tsx tests/markdown/tools/diff-fuzz.ts [count] [seed] [max tokens or lines per document] [tokens|lines] [kramdown config JSON]
// Needs ruby with jekyll, kramdown and kramdown-parser-gfm; a development tool, not a CI test.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertMarkdown, kramdownOptionsFromJekyll } from '../../../src/markdown/index.js';

const TOKENS = ['\u0000', '\r', '\r\n', '\u2028', '\u2029', '\u00a0', '\t', '𝒜', '\u0301', '*', '**', '_', '__', '`', '``', '[', ']', '(', ')', '![', '<', '>', '"', "'", '\\', '|', '-', '--', '---', '=', '#', '## ',
  ':', '{:', '{: .c}', '}', '$$', '~~', '```', '~~~', '^', '&amp;', '&copy;', '&#65;', '&x;', '<div>', '</div>', '<span>', '</span>',
  '<b>', '</b>', '<!-- c -->', '<br>', '<img src="a">', '[^1]', '[^1]: note', '*[HTML]: Hyper', 'HTML', '[a]: /u', '[a]', '[a](/b)',
  '[a](/b "t")', '<http://x.y>', ' ', '  ', '    ', '\t', '\n', '\n', '\n', '\n\n', '1. ', '- ', '* ', '+ ', '> ', '| a | b |', '|---|---|',
  'word', 'text', 'é', '«', '...', '<<', '>>', "it's", '"q"', 'a_b_c', '2*3', ': def', '{::comment}x{:/}', '{::nomarkdown}<i>{:/}', '[x] ', '[ ] '];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// Line-oriented generation (mode `lines`): indentation + a block starter + inline tokens per line.
const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '      ', '        ', '\t'];
const STARTERS = ['', '', '', '- ', '* ', '1. ', '2. ', '> ', '> > ', '# ', '### ', ': ', '<div>', '</div>', '<div markdown="1">',
  '<p>', '</p>', '<section class="a">', '</section>', '<table>', '<tr><td>', '</td></tr></table>', '<ul>', '<li>', '</li></ul>',
  '```', '```ruby', '~~~', '---', '***', '===', '|', '| x |', '{: .cls}', '{:toc}', '^', '[^n]: ', '[r]: /ref', '$$', '<!--', '-->',
  '<pre>', '</pre>', '<script>', '</script>', '<span>', '<a href="x">'];

const count = Number(process.argv[2] ?? 300);
const rand = rng(Number(process.argv[3] ?? 1));
const mode = process.argv[5] ?? 'tokens';
const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
const docs: string[] = [];
for (let i = 0; i < count; i++) {
  const n = 1 + Math.floor(rand() * Number(process.argv[4] ?? 40));
  let d = '';
  if (mode === 'lines') {
    for (let j = 0; j < n; j++) {
      d += pick(INDENTS) + pick(STARTERS);
      const k = Math.floor(rand() * 4);
      for (let t = 0; t < k; t++) d += pick(TOKENS).replace(/\n/g, ' ');
      d += '\n';
    }
  } else for (let j = 0; j < n; j++) d += pick(TOKENS);
  docs.push(d);
}
const dir = mkdtempSync(join(tmpdir(), 'kiln-fuzz-'));
writeFileSync(join(dir, 'in.json'), JSON.stringify(docs));
const RUBY = `
require 'jekyll'; require 'json'
docs = JSON.parse(File.read(ARGV[0]))
kd = JSON.parse(ARGV[2])
conv = Jekyll::Converters::Markdown::KramdownParser.new(Jekyll::Configuration.from(kd.empty? ? {} : { 'kramdown' => kd }))
out = docs.map { |d| begin; conv.convert(d); rescue StandardError => e; "!!error #{e.class}"; end }
File.write(ARGV[1], JSON.generate(out))
`;
const kramdownConfig = JSON.parse(process.argv[6] ?? '{}') as Record<string, unknown>;
execFileSync('ruby', ['-e', RUBY, join(dir, 'in.json'), join(dir, 'out.json'), JSON.stringify(kramdownConfig)], { stdio: 'inherit' });
const expected = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as string[];
rmSync(dir, { recursive: true, force: true });
let bad = 0;
docs.forEach((d, i) => {
  if (expected[i]!.startsWith('!!error')) return;
  let actual: string;
  try {
    actual = convertMarkdown(d, Object.keys(kramdownConfig).length ? kramdownOptionsFromJekyll(kramdownConfig) : undefined).html;
  } catch (e) {
    actual = `!!exception ${(e as Error).message}`;
  }
  if (actual !== expected[i]) {
    bad++;
    if (bad <= 8) console.log(`--- #${i} input ${JSON.stringify(d)}\n  kramdown: ${JSON.stringify(expected[i])}\n  kiln:     ${JSON.stringify(actual)}`);
  }
});
console.log(`${docs.length - bad}/${docs.length} identical`);
