// A stand-in for the site builder with the same contract (build / rebuild / config / close), small
// enough to reason about in tests: `*.txt` pages become `<name>.html` wrapped in `_layout.html`
// (`{{ content }}`), `*.css` and everything else is copied, files starting with `_` or `.` are not
// output. An unclosed `{%` fails the build with a KilnError carrying file, line and code frame,
// and, like the real writer, a failed build leaves the destination untouched.
import fs from 'node:fs';
import path from 'node:path';
import { codeFrame, KilnError } from '../../../src/util/errors.js';
import type { BuildOutcome, SiteBuilder } from '../../../src/serve/types.js';

export interface FakeBuilder extends SiteBuilder {
  calls: { kind: 'build' | 'rebuild'; paths: string[] }[];
}

function outputName(rel: string): string | null {
  const base = path.basename(rel);
  if (base.startsWith('_') || base.startsWith('.')) return null;
  return rel.endsWith('.txt') ? rel.slice(0, -4) + '.html' : rel;
}

function listSources(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('_site') || e.name.startsWith('.')) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listSources(abs, root));
    else out.push(path.relative(root, abs));
  }
  return out;
}

export function createFakeBuilder(source: string, options: { destination?: string; baseurl?: string; delayMs?: number } = {}): FakeBuilder {
  const destination = options.destination ?? path.join(source, '_site');
  const calls: FakeBuilder['calls'] = [];

  const render = (rel: string): { out: string; bytes: Buffer } | null => {
    const out = outputName(rel);
    if (!out) return null;
    const abs = path.join(source, rel);
    if (!rel.endsWith('.txt')) return { out, bytes: fs.readFileSync(abs) };
    const text = fs.readFileSync(abs, 'utf8');
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const col = lines[i].indexOf('{%');
      if (col >= 0 && !lines[i].includes('%}', col)) {
        throw new KilnError(`Liquid syntax error: tag '{%' was not properly terminated`, { file: rel, line: i + 1, column: col + 1, frame: codeFrame(text, i + 1, col + 1) });
      }
    }
    const layoutPath = path.join(source, '_layout.html');
    const layout = fs.existsSync(layoutPath) ? fs.readFileSync(layoutPath, 'utf8') : '<!doctype html><html><head><title>t</title></head><body>{{ content }}</body></html>';
    return { out, bytes: Buffer.from(layout.replace('{{ content }}', text)) };
  };

  const writeAll = (rels: string[]): BuildOutcome => {
    // Render everything first: a failure must not leave half a site.
    const rendered = rels.map((r) => (fs.existsSync(path.join(source, r)) ? render(r) : null));
    const written: string[] = [];
    const removed: string[] = [];
    rels.forEach((rel, i) => {
      const r = rendered[i];
      const out = outputName(rel);
      if (!out) return;
      const target = path.join(destination, out);
      if (!r) {
        if (fs.existsSync(target)) {
          fs.rmSync(target);
          removed.push(out);
        }
        return;
      }
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const tmp = target + '.tmp-write';
      fs.writeFileSync(tmp, r.bytes);
      fs.renameSync(tmp, target);
      written.push(out);
    });
    return { destination, written, removed, warnings: [] };
  };

  const wait = () => new Promise((r) => setTimeout(r, options.delayMs ?? 0));
  return {
    calls,
    config: { source, destination, baseurl: options.baseurl ?? '', exclude: [] },
    async build() {
      calls.push({ kind: 'build', paths: [] });
      await wait();
      fs.mkdirSync(destination, { recursive: true });
      return writeAll(listSources(source));
    },
    async rebuild(changed) {
      calls.push({ kind: 'rebuild', paths: changed });
      await wait();
      const rels = changed.map((p) => path.relative(source, p));
      // A layout change re-renders every page.
      const all = rels.some((r) => r.startsWith('_layout')) ? listSources(source) : rels;
      return writeAll(all);
    },
    close() {},
  };
}
