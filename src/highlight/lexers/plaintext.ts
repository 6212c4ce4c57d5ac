// plaintext (alias text): the whole input is one token — Text (no span, only escaped), or the
// token named by Rouge's `token` option (`plaintext?token=Generic.Output`).

import { WholeTextLexer, type Lexer } from '../engine.js';
import { TOKEN_SHORTNAMES } from '../registry.js';

export function create(options: Record<string, string> = {}): Lexer {
  const named = options.token === undefined ? undefined : TOKEN_SHORTNAMES.get(options.token);
  return new WholeTextLexer('plaintext', named ?? '');
}
