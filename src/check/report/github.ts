// `--format github`: one `::error file=…,line=…,col=…,title=…::message` workflow command per
// failure, pointing at the source file that produced the page when the build told us (a map of
// output path → source path; the line is then the page's, so it is only given for pages copied
// as they are), else at the page itself under `pathPrefix`.
import fs from 'node:fs';
import path from 'node:path';
import type { CheckFailure, CheckReport } from '../types.js';
import { summaryLine } from './summary.js';

export interface GithubOptions {
  /** Output page (relative to the checked folder) → source file (relative to the repository). */
  sourceMap?: Record<string, string>;
  /** Prefix for pages without a source (e.g. `_site/`). */
  pathPrefix?: string;
  /** Folder the source paths are relative to: lets a failure's line be found in its source. */
  sourceRoot?: string;
}

// GitHub's escaping for workflow command data and properties.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: CheckReport, opts: GithubOptions = {}): string {
  const out: string[] = [];
  const texts = new Map<string, string | null>();
  for (const f of report.failures) {
    const source = opts.sourceMap?.[f.file];
    const file = source ?? `${opts.pathPrefix ?? ''}${f.file}`;
    const line = source ? lineInSource(source, f, opts.sourceRoot, texts) : f.line;
    const props = [`file=${prop(file)}`];
    if (line !== undefined) props.push(`line=${line}`);
    if (!source && f.column !== undefined) props.push(`col=${f.column}`);
    props.push(`title=${prop(f.check)}`);
    const where = source ? ` (in ${f.file}${f.line !== undefined ? `:${f.line}` : ''})` : '';
    out.push(`::error ${props.join(',')}::${data(f.message + where)}`);
  }
  out.push(summaryLine(report));
  return out.join('\n') + '\n';
}

/**
 * The line of the source file where the failing element is written: the page's line means
 * nothing there (front matter, layouts, Markdown), so the element's start tag is looked up in the
 * source text. Undefined when it cannot be found (e.g. the element comes from a layout).
 */
function lineInSource(source: string, f: CheckFailure, root: string | undefined, texts: Map<string, string | null>): number | undefined {
  if (!root || !f.snippet) return undefined;
  let text = texts.get(source);
  if (text === undefined) {
    try { text = fs.readFileSync(path.join(root, source), 'utf8'); } catch { text = null; }
    texts.set(source, text);
  }
  if (!text) return undefined;
  const at = text.indexOf(f.snippet);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
