// libxml-html.ts against the real thing on a whole real site: every HTML page of the Jekyll build
// of KILN_REAL_SITE (default /work/scratch/site-jekyll) goes through Nokogiri's fragment parse and
// to_html (in Ruby, the way jekyll-mentions splits out the body) and through kiln's port; the two
// must be byte-identical. Skipped without that build or without Ruby's html-pipeline.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reserializeHtml } from '../../src/plugins/libxml-html.js';

const built = process.env.KILN_REAL_SITE_BUILD ?? '/work/scratch/site-jekyll';
const ruby = spawnSync('ruby', ['-rhtml/pipeline', '-e', '1'], { encoding: 'utf8' });
const available = fs.existsSync(built) && ruby.status === 0;

const RUBY = `
require "html/pipeline"
require "json"
files = JSON.parse(STDIN.read)
out = files.map do |f|
  c = File.read(f, encoding: "UTF-8")
  if c.include?("<body")
    head, opener, tail = c.partition(%r!<body(.*?)>\\s*!m)
    body, *rest = tail.partition("</body>")
    head + opener + HTML::Pipeline.parse(body).to_html + rest.join
  else
    HTML::Pipeline.parse(c).to_html
  end
end
STDOUT.write(JSON.generate(out))
`;

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe.skipIf(!available)('libxml2 round trip on a real site', () => {
  it('every page is byte-identical to Nokogiri', () => {
    const files = htmlFiles(built);
    const run = spawnSync('ruby', ['-e', RUBY], { input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as string[];
    const differing = files.filter((f, k) => {
      const c = fs.readFileSync(f, 'utf8');
      const m = /<body([\s\S]*?)>[ \t\n\v\f\r]*/.exec(c);
      let ours: string;
      if (c.includes('<body')) {
        if (!m) ours = c;
        else {
          const tail = c.slice(m.index + m[0].length);
          const end = tail.indexOf('</body>');
          ours = c.slice(0, m.index) + m[0] + reserializeHtml(end < 0 ? tail : tail.slice(0, end)) + (end < 0 ? '' : tail.slice(end));
        }
      } else ours = reserializeHtml(c);
      return ours !== expected[k];
    });
    expect(differing).toEqual([]);
    expect(files.length).toBeGreaterThan(0);
  });
});
