// console (aliases terminal, shell_session, shell-session): a terminal transcript. Each line is
// an elision (`...`, `<...>`, shown as a comment), a prompt line (everything up to the first
// prompt character is the prompt, the rest is lexed as shell, keeping its state across prompt
// lines), a comment, an error line, or output (Generic.Output).
// Rouge's options: lang (default shell), prompt (comma-separated, default $,#,>,;), comments
// (default: on when a prompt list without # is given), error (comma-separated line starts).

import { WholeTextLexer, type Emit, type Lexer } from '../engine.js';
import { createLexer } from '../lookup.js';
import { LEXER_NAMES } from '../registry.js';
import { create as createShell } from './shell.js';

const LINE = /[^\n]*(?:\n|(?![^\n]))/y;
const ELISION = /^[ \t\n\v\f\r]*(?:<[.]+>|[.]+)[ \t\n\v\f\r]*$/;
const LEADING_SPACE = /^[ \t\n\v\f\r]*/;
const COMMENT = /^[ \t\n\v\f\r]*?#/;

interface Resettable extends Lexer { reset?(): void }

/** Ruby's String#strip (whitespace and NUL). */
const strip = (s: string): string => s.replace(/^[\t\n\v\f\r ]+/, '').replace(/[\t\n\v\f\r \0]+$/, '');
/** Ruby's String#split(','): trailing empty fields dropped; an absent option is []. */
function rubySplit(value: string | undefined): string[] {
  if (value === undefined) return [];
  const parts = value.split(',');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** A literal for a u-mode JS pattern. */
const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Rouge's as_bool. */
const asBool = (v: string): boolean => !['0', 'false', 'off'].includes(v);

class ConsoleLexer implements Lexer {
  readonly tag = 'console';
  private readonly lang: Resettable;
  private readonly prompt: RegExp;
  private readonly error: RegExp | undefined;
  private readonly allowComments: boolean;

  constructor(options: Record<string, string>) {
    const promptList = rubySplit(options.prompt);
    const errors = rubySplit(options.error);
    const commentsOption = options.comments;
    this.allowComments = commentsOption !== undefined
      ? asBool(commentsOption)
      : promptList.length > 0 && !promptList.filter((c) => c !== '').includes('#');
    const endChars = promptList.length > 0 ? promptList.filter((c) => c !== '')
      : this.allowComments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
    const prefix = this.allowComments ? '[^<#]*?' : '[\\s\\S]*?';
    this.prompt = new RegExp(`^${prefix}(?:${endChars.map(literal).join('|')})`, 'u');
    this.error = errors.length > 0 ? new RegExp(`^(?:${errors.map(literal).join('|')})`, 'u') : undefined;
    // Rouge looks the lang up with Lexer.find (no options); an unknown name means shell.
    const langTag = options.lang === undefined ? 'shell' : LEXER_NAMES.get(options.lang);
    this.lang = langTag === undefined || langTag === 'shell' ? createShell()
      : createLexer(langTag) ?? new WholeTextLexer(langTag);
  }

  continueLex(text: string, emit: Emit): void {
    let pos = 0;
    while (pos < text.length) {
      LINE.lastIndex = pos;
      const line = LINE.exec(text)![0];
      pos += line.length;
      if (line.length === 0) break;
      if (ELISION.test(line)) {
        this.lang.reset?.();
        emit('c', line);
        continue;
      }
      const prompt = this.prompt.exec(line);
      if (prompt) {
        emit('gp', prompt[0]);
        let rest = line.slice(prompt[0].length);
        const space = LEADING_SPACE.exec(rest)![0];
        if (space) emit('w', space);
        rest = rest.slice(space.length);
        this.lang.continueLex(rest, emit);
        continue;
      }
      if (COMMENT.test(strip(line))) {
        this.lang.reset?.();
        emit('c', line);
      } else if (this.error?.test(line)) {
        this.lang.reset?.();
        emit('gr', line);
      } else {
        this.lang.reset?.();
        emit('go', line);
      }
    }
  }
}

export function create(options: Record<string, string> = {}): Lexer {
  return new ConsoleLexer(options);
}
