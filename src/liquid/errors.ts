// Turns whatever a render or parse throws (liquidjs errors, filter errors, our own) into a KilnError
// at `file:line:col` with a code frame; include tags add their link of the chain as errors pass out.

import { KilnError, codeFrame } from '../util/errors.js';

interface TokenLike {
  input: string;
  begin: number;
  file?: string;
  getPosition(): [number, number];
}

/** Where a template came from, to locate its errors. */
export interface TemplateOrigin {
  /** Path relative to the source. */
  file: string;
  /** The template text. */
  source: string;
  /** Line of `file` where `source` starts. */
  lineOffset: number;
}

/** Finds the liquidjs token and the message of the innermost cause. */
function unwrap(err: unknown): { kiln?: KilnError; token?: TokenLike; message: string; cause: unknown } {
  let e: unknown = err;
  let token: TokenLike | undefined;
  for (let i = 0; i < 50 && e; i++) {
    if (e instanceof KilnError) return { kiln: e, message: e.message, cause: e };
    const t = (e as { token?: TokenLike }).token;
    if (t && typeof t.getPosition === 'function') token = t;
    const orig = (e as { originalError?: unknown }).originalError;
    if (!orig) break;
    e = orig;
  }
  const raw = e instanceof Error ? e.message : String(e);
  // liquidjs appends `, file:..., line:N, col:M` to its messages; the location is ours to print.
  const message = liquidMessage(raw.replace(/(, file:[^,]*)?, line:\d+, col:\d+$/, ''));
  return { token, message, cause: e };
}

/** A KilnError for an error raised while parsing or rendering `origin`. */
export function toKilnError(err: unknown, origin: TemplateOrigin): KilnError {
  const { kiln, token, message, cause } = unwrap(err);
  if (kiln) return kiln;
  if (token && token.input === origin.source) {
    const [line, column] = token.getPosition();
    return new KilnError(message, {
      file: origin.file,
      line: line + origin.lineOffset - 1,
      column,
      frame: codeFrame(origin.source, line, column, 2, origin.lineOffset - 1),
      cause,
    });
  }
  return new KilnError(message, { file: origin.file, cause });
}

/** The KilnError for an error raised inside an include, with `included from outer:line` added. */
export function throughInclude(err: unknown, inner: TemplateOrigin, outerFile: string, outerLine: number): KilnError {
  const e = toKilnError(err, inner);
  if (e.chain.length === 0) e.chain.push(e.line !== undefined ? `${e.file}:${e.line}` : String(e.file));
  e.chain.push(`${outerFile}:${outerLine}`);
  return e;
}

/** Line (1-based) of a liquidjs token in its template. */
export function tokenLine(token: TokenLike): number {
  return token.getPosition()[0];
}

/** liquidjs's wording → Ruby Liquid's, for the messages people search for. */
function liquidMessage(message: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^tag "([^"]+)" not found$/.exec(message))) return `Unknown tag '${m[1]}'`;
  if ((m = /^tag \{%-?\s*(\w+)[\s\S]*%\} not closed$/.exec(message))) return `'${m[1]}' tag was never closed`;
  if ((m = /^undefined filter: (.+)$/.exec(message))) return `undefined filter ${m[1]}`;
  return message;
}
