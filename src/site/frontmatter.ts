// Front matter as Jekyll splits it: a file "has a YAML header" when its first line is `---`; the
// header runs to the next `---` or `...` line. The YAML is parsed with Psych's typing and errors
// name the file and line. The content keeps its own line offset so Liquid errors point at the file.
import { KilnError } from '../util/errors.js';
import { parseYaml } from '../config/yaml.js';
import { isPlainObject } from '../config/merge.js';

const HEADER = /^---\s*\r?\n/;
// Ruby: %r!\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)!m — `^`/`$` are line anchors, `.` spans lines.
const FRONT_MATTER = /(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/my;

export function hasYamlHeader(text: string): boolean {
  const nl = text.indexOf('\n');
  return HEADER.test(nl < 0 ? text : text.slice(0, nl + 1));
}

export interface SplitFile {
  data: Record<string, unknown>;
  content: string;
  /** Lines before the content (front matter lines), to map content lines back to file lines. */
  contentLine: number;
  /** Whether a front matter block was found. */
  hasFrontMatter: boolean;
  /** The front matter could not be parsed (a warning was given; `data` is empty). */
  yamlError?: boolean;
}

/**
 * Splits and parses front matter. `file` is the site-relative path used in errors. A YAML syntax
 * error is thrown when `strict` (Jekyll's `strict_front_matter`); otherwise, as Jekyll, the file
 * keeps its content with empty front matter and the error is handed to `warn` (file:line:col).
 */
export function splitFrontMatter(text: string, file: string, options: { strict?: boolean; warn?: (error: KilnError) => void } = {}): SplitFile {
  FRONT_MATTER.lastIndex = 0;
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, content: text, contentLine: 0, hasFrontMatter: false };
  const yamlText = m[1]!;
  const consumedLines = countNewlines(m[0]);
  let value: unknown;
  try {
    value = parseYaml(yamlText, { file, lineOffset: 0, fileText: text });
  } catch (e) {
    if (options.strict || !(e instanceof KilnError) || !options.warn) throw e;
    options.warn(e);
    return { data: {}, content: text.slice(m[0].length), contentLine: consumedLines, hasFrontMatter: true, yamlError: true };
  }
  if (value !== null && value !== undefined && !isPlainObject(value)) {
    throw new KilnError(`Invalid YAML front matter in ${file}`, { file, line: 1 });
  }
  const data = (value ?? {}) as Record<string, unknown>;
  if (data.permalink === '') throw new KilnError(`Invalid permalink in ${file}`, { file, line: 1 });
  return { data, content: text.slice(m[0].length), contentLine: consumedLines, hasFrontMatter: true };
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
