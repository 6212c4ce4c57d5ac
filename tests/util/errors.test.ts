// KilnError formatting and code frames (line numbers of the file, even for a body after front matter).
import { describe, expect, it } from 'vitest';
import { codeFrame, KilnError } from '../../src/util/errors.js';

describe('codeFrame', () => {
  it('marks the line and the column', () => {
    expect(codeFrame('a\nb\nc\nd', 2, 3)).toBe('  1 | a\n> 2 | b\n    |   ^\n  3 | c\n  4 | d');
  });
  it('prints file line numbers for a text that starts further down the file', () => {
    expect(codeFrame('x\ny', 2, undefined, 2, 9)).toBe('  10 | x\n> 11 | y');
  });
});

describe('KilnError.format', () => {
  it('prints file:line:col, the include chain, then the frame', () => {
    const e = new KilnError('boom', { file: '_includes/card.html', line: 3, column: 5, chain: ['_includes/card.html:3', 'fr/communaute.md:74'], frame: '> 3 | x' });
    expect(e.format()).toBe('_includes/card.html:3:5 boom\n  in _includes/card.html:3\n  included from fr/communaute.md:74\n> 3 | x');
  });
});
