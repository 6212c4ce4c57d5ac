// Which Rouge lexer tags kiln implements, and how to make a fresh instance of each.

import type { Lexer } from '../engine.js';
import * as plaintext from './plaintext.js';

export const LEXERS: Readonly<Record<string, () => Lexer>> = {
  plaintext: plaintext.create,
};
