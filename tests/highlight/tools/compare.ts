// Dev tool: lex files with kiln and with the installed Rouge and print the first token
// differences. Usage: npx tsx tests/highlight/tools/compare.ts <lang> <file>...
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { highlight } from '../../../src/highlight/index.js';

const [lang, ...files] = process.argv.slice(2);
if (!lang || files.length === 0) {
  console.error('usage: compare.ts <lang> <file>...');
  process.exit(2);
}
const ruby = `require 'rouge'; l = ARGV[0]; ARGV[1..].each { |f| print Rouge::Formatters::HTML.new.format((c = File.read(f, encoding: 'UTF-8'); Rouge::Lexer.find_fancy(l, c).lex(c))); print "\\u0000" }`;
const rouge = execFileSync('ruby', ['-e', ruby, lang, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\u0000');
let same = 0;
files.forEach((file, i) => {
  const mine = highlight(readFileSync(file, 'utf8'), lang) ?? '(null)';
  const ref = rouge[i] ?? '';
  if (mine === ref) { same++; return; }
  let at = 0;
  while (at < mine.length && mine[at] === ref[at]) at++;
  const from = Math.max(0, ref.lastIndexOf('<span', at - 1) - 80);
  console.log(`--- ${file} differs at ${at}`);
  console.log(`rouge: ${JSON.stringify(ref.slice(from, at + 200))}`);
  console.log(`kiln:  ${JSON.stringify(mine.slice(from, at + 200))}`);
});
console.log(`${same}/${files.length} identical`);
