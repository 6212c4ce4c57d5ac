// Jekyll's DataReader: `_data/**/*.{yml,yaml,json,csv,tsv}` into `site.data.<dir>.<name>`.
// YAML and JSON go through Psych's typing (Jekyll reads JSON with its YAML loader); CSV/TSV rows
// become hashes keyed by the header row, as Ruby's CSV with `headers: true`.
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../config/yaml.js';
import { readSourceText, fingerprint } from '../config/read-text.js';
import { isPlainObject } from '../config/merge.js';
import { RubyFloat } from '../liquid/ruby/value.js';

export interface DataReadResult {
  data: Record<string, unknown>;
  /** Absolute paths of the data files read. */
  files: string[];
  /** Digest of each data file's text. */
  fingerprints: Map<string, string>;
}

let currentPrints: Map<string, string> | undefined;

export function readData(source: string, dataDir: string, csvConfig: { csv?: unknown; tsv?: unknown } = {}): DataReadResult {
  const files: string[] = [];
  const data: Record<string, unknown> = {};
  const fingerprints = new Map<string, string>();
  currentPrints = fingerprints;
  try {
    readDataTo(source, path.join(source, dataDir), data, files, csvConfig);
  } finally {
    currentPrints = undefined;
  }
  return { data, files, fingerprints };
}

function readDataTo(source: string, dir: string, data: Record<string, unknown>, files: string[], csvConfig: { csv?: unknown; tsv?: unknown }): void {
  let entries: fs.Dirent[];
  try {
    if (!fs.statSync(dir).isDirectory()) return;
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  // Ruby's Dir["*.{yaml,yml,json,csv,tsv}"] lists files by extension group, then the folders.
  const byExt = ['yaml', 'yml', 'json', 'csv', 'tsv'].flatMap((ext) =>
    entries.filter((e) => !e.name.startsWith('.') && isFile(dir, e) && e.name.endsWith('.' + ext)).map((e) => e.name).sort(),
  );
  const dirs = entries.filter((e) => !e.name.startsWith('.') && isDir(dir, e)).map((e) => e.name).sort();
  for (const name of byExt) {
    const abs = path.join(dir, name);
    const key = sanitizeFilename(name.slice(0, name.lastIndexOf('.')));
    data[key] = readDataFile(source, abs, csvConfig);
    files.push(abs);
  }
  for (const name of dirs) {
    const sub: Record<string, unknown> = {};
    data[sanitizeFilename(name)] = sub;
    readDataTo(source, path.join(dir, name), sub, files, csvConfig);
  }
}

function isFile(dir: string, e: fs.Dirent): boolean {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  try { return fs.statSync(path.join(dir, e.name)).isFile(); } catch { return false; }
}

function isDir(dir: string, e: fs.Dirent): boolean {
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try { return fs.statSync(path.join(dir, e.name)).isDirectory(); } catch { return false; }
}

export function readDataFile(source: string, abs: string, csvConfig: { csv?: unknown; tsv?: unknown } = {}): unknown {
  const rel = path.relative(source, abs).split(path.sep).join('/');
  const text = readSourceText(abs, rel);
  currentPrints?.set(abs, fingerprint(text));
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') {
    const conf = (isPlainObject(ext === '.csv' ? csvConfig.csv : csvConfig.tsv) ? (ext === '.csv' ? csvConfig.csv : csvConfig.tsv) : {}) as Record<string, unknown>;
    const rows = parseCsv(text, ext === '.tsv' ? '\t' : ',');
    const convert = csvConverter(conf.csv_converters);
    if (conf.headers === false) return rows.map((r) => r.map(convert));
    const [header, ...body] = rows;
    if (!header) return [];
    return body.map((row) => {
      const obj: Record<string, unknown> = {};
      header.forEach((h, i) => {
        const key = h ?? '';
        if (!(key in obj)) obj[key] = convert(row[i] ?? null);
      });
      return obj;
    });
  }
  return parseYaml(text, { file: rel });
}

/**
 * `csv_reader.csv_converters` / `tsv_reader.csv_converters`: Ruby CSV's `integer`, `float` and
 * `numeric` (= both) converters; fields that do not parse stay strings.
 */
function csvConverter(names: unknown): (v: string | null) => unknown {
  const list = Array.isArray(names) ? names.map(String) : [];
  const integer = list.includes('integer') || list.includes('numeric') || list.includes('all');
  const float = list.includes('float') || list.includes('numeric') || list.includes('all');
  if (!integer && !float) return (v) => v;
  return (v) => {
    if (v === null) return v;
    const t = v.trim();
    if (integer && /^[+-]?\d+$/.test(t)) return Number.parseInt(t, 10);
    if (float && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) {
      const n = Number.parseFloat(t);
      return Number.isInteger(n) ? new RubyFloat(n) : n;
    }
    return v;
  };
}

/** Jekyll's DataReader#sanitize_filename. */
export function sanitizeFilename(name: string): string {
  return name.replace(/[^\w\s-]+|(?<=^|\b\s)\s+(?=$|\s?\b)/g, '').replace(/\s+/g, '_');
}

/** RFC 4180 CSV (quotes, doubled quotes, newlines in quotes). Empty unquoted fields are nil. */
export function parseCsv(text: string, sep: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  const n = text.length;
  if (text.length === 0) return rows;
  while (i <= n) {
    let field: string | null;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) break;
        if (text[i] === '"') {
          if (text[i + 1] === '"') { value += '"'; i += 2; continue; }
          i++;
          break;
        }
        value += text[i++];
      }
      field = value;
      while (i < n && text[i] !== sep && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      let j = i;
      while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++;
      field = j === i ? null : text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) { rows.push(row); break; }
    if (text[i] === sep) { i++; continue; }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  // A blank line is a row without fields (Ruby's CSV keeps it: a hash of nils under headers).
  return rows.map((r) => (r.length === 1 && r[0] === null ? [] : r));
}
