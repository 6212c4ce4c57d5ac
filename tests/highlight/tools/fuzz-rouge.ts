// Dev tool (needs Ruby + Rouge): differential fuzzing — random code-like strings through kiln
// and Rouge, printing the first mismatches. Usage: npx tsx tests/highlight/tools/fuzz-rouge.ts [n] [lexer...]
import { execFileSync } from 'node:child_process';
import { escapeHtml, highlight, implementedLexers } from '../../../src/highlight/index.js';

const pieces = [
  ' ', '  ', '\t', '\n', '\n\n', '\r\n', '"', "'", '`', '\\', '/', '*', '#', '$', '{', '}', '[', ']', '(', ')', '<', '>',
  '&', ';', ':', ',', '.', '-', '--', '---', '|', '?', '!', '=', '%', '@', '^', '~', '+', '0', '42', '3.5e2', '0x1f',
  'a', 'x_1', 'Foo', 'é', '\u00a0', 'if', 'end', 'def', 'class', 'function', 'return', 'true', 'null', 'do', 'in',
  '<<EOF', 'EOF', '<!--', '-->', '/*', '*/', '//', '${', '$(', '{%', '%}', '{{', '}}', '<script>', '</script>',
  '<a href="x">', '</a>', '```', '```ruby\n', '@@', '+++', '- ', 'key: ', '[section]', '=begin', '=end', '|', '>-',
  '&amp;', 'for', 'x in y', 'import', 'from', 'SELECT', 'color:', 'px', '!important', '$var', '@include', 'RUN ',
];
let seed = 12345;
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const sample = (): string => Array.from({ length: 1 + rand(40) }, () => pieces[rand(pieces.length)]).join('');

const n = Number(process.argv[2] ?? 200);
const tags = process.argv.length > 3 ? process.argv.slice(3) : implementedLexers();
const ruby = `require 'rouge'; require 'json'; d = JSON.parse(STDIN.read); puts JSON.generate(d.map { |l, c| begin; Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(l, c).lex(c)); rescue StandardError; nil; end })`;
for (const tag of tags) {
  const cases = Array.from({ length: n }, sample);
  const ref = JSON.parse(execFileSync('ruby', ['-e', ruby], { input: JSON.stringify(cases.map((c) => [tag, c])), encoding: 'utf8', maxBuffer: 1 << 28 })) as Array<string | null>;
  let bad = 0;
  cases.forEach((c, i) => {
    const mine = highlight(c, tag);
    // where Rouge raises (null), kiln must fall back to the escaped code
    const expected = ref[i] ?? escapeHtml(c);
    if (mine !== expected) {
      if (bad++ < 2) console.log(`--- ${tag} ${JSON.stringify(c)}\nrouge: ${JSON.stringify(ref[i] ?? '(raised)')}\nkiln:  ${JSON.stringify(mine)}`);
    }
  });
  console.log(`${tag}: ${n - bad}/${n} identical`);
}
