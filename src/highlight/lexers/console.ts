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

/** What distinguishes console from its variants (irb): how prompts look and which lexers run. */
export interface ConsoleSetup {
  tag: string;
  prompt: RegExp;
  error?: RegExp;
  lang: Resettable;
  /** Lexer for output lines; undefined: each line is one Generic.Output token. */
  output?: Resettable;
}

export class ConsoleLexer implements Lexer {
  readonly tag: string;

  constructor(private readonly setup: ConsoleSetup) {
    this.tag = setup.tag;
  }

  private resetOutput(): void {
    this.setup.output?.reset?.();
  }

  continueLex(text: string, emit: Emit): void {
    const { lang, prompt: promptRe, error } = this.setup;
    let pos = 0;
    while (pos < text.length) {
      LINE.lastIndex = pos;
      const line = LINE.exec(text)![0];
      pos += line.length;
      if (line.length === 0) break;
      if (ELISION.test(line)) {
        this.resetOutput();
        lang.reset?.();
        emit('c', line);
        continue;
      }
      const prompt = promptRe.exec(line);
      if (prompt) {
        this.resetOutput();
        emit('gp', prompt[0]);
        let rest = line.slice(prompt[0].length);
        const space = LEADING_SPACE.exec(rest)![0];
        if (space) emit('w', space);
        rest = rest.slice(space.length);
        lang.continueLex(rest, emit);
        continue;
      }
      if (COMMENT.test(strip(line))) {
        this.resetOutput();
        lang.reset?.();
        emit('c', line);
      } else if (error?.test(line)) {
        this.resetOutput();
        lang.reset?.();
        emit('gr', line);
      } else {
        lang.reset?.();
        if (this.setup.output) this.setup.output.continueLex(line, emit);
        else emit('go', line);
      }
    }
  }
}

/** Rouge's ConsoleLexer options turned into a setup. */
function consoleSetup(options: Record<string, string>): ConsoleSetup {
  const promptList = rubySplit(options.prompt);
  const errors = rubySplit(options.error);
  const commentsOption = options.comments;
  const allowComments = commentsOption !== undefined
    ? asBool(commentsOption)
    : promptList.length > 0 && !promptList.filter((c) => c !== '').includes('#');
  const endChars = promptList.length > 0 ? promptList.filter((c) => c !== '')
    : allowComments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
  const prefix = allowComments ? '[^<#]*?' : '[\\s\\S]*?';
  // Rouge looks the lang up with Lexer.find (no options); an unknown name means shell.
  const langTag = options.lang === undefined ? 'shell' : LEXER_NAMES.get(options.lang);
  return {
    tag: 'console',
    prompt: new RegExp(`^${prefix}(?:${endChars.map(literal).join('|')})`, 'u'),
    error: errors.length > 0 ? new RegExp(`^(?:${errors.map(literal).join('|')})`, 'u') : undefined,
    lang: langTag === undefined || langTag === 'shell' ? createShell()
      : createLexer(langTag) ?? new WholeTextLexer(langTag),
  };
}

export function create(options: Record<string, string> = {}): Lexer {
  return new ConsoleLexer(consoleSetup(options));
}
