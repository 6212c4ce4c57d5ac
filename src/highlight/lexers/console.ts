// console (aliases terminal, shell_session, shell-session): a terminal transcript. Each line is a
// prompt line (everything up to the first `$`, `#`, `>` or `;` is the prompt, the rest is lexed
// as shell, keeping shell state across prompt lines), an elision (`...`, `<...>`) shown as a
// comment, or output (Generic.Output). Rouge's default options only (?prompt= etc. are ignored).

import type { Emit, Lexer } from '../engine.js';
import { create as createShell } from './shell.js';

const LINE = /[^\n]*(?:\n|(?![^\n]))/y;
const ELISION = /^[ \t\n\v\f\r]*(?:<[.]+>|[.]+)[ \t\n\v\f\r]*$/;
const PROMPT = /^[\s\S]*?(?:\$|#|>|;)/;
const LEADING_SPACE = /^[ \t\n\v\f\r]*/;

class ConsoleLexer implements Lexer {
  readonly tag = 'console';
  private shell = createShell();

  continueLex(text: string, emit: Emit): void {
    let pos = 0;
    while (pos < text.length) {
      LINE.lastIndex = pos;
      const line = LINE.exec(text)![0];
      pos += line.length;
      if (line.length === 0) break;
      if (ELISION.test(line)) {
        this.shell.reset();
        emit('c', line);
        continue;
      }
      const prompt = PROMPT.exec(line);
      if (prompt) {
        emit('gp', prompt[0]);
        let rest = line.slice(prompt[0].length);
        const space = LEADING_SPACE.exec(rest)![0];
        if (space) emit('w', space);
        rest = rest.slice(space.length);
        this.shell.continueLex(rest, emit);
        continue;
      }
      this.shell.reset();
      emit('go', line);
    }
  }
}

export function create(): Lexer {
  return new ConsoleLexer();
}
