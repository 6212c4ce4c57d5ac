import { describe, expect, it } from 'vitest';
import { escapeHtml, findLexer, highlight } from '../../src/highlight/index.js';

describe('findLexer', () => {
  it('maps tags and aliases to Rouge tags', () => {
    expect(findLexer('ruby')).toBe('ruby');
    expect(findLexer('rb')).toBe('ruby');
    expect(findLexer('sh')).toBe('shell');
    expect(findLexer('bash')).toBe('shell');
    expect(findLexer('console')).toBe('console');
    expect(findLexer('yml')).toBe('yaml');
    expect(findLexer('js')).toBe('javascript');
    expect(findLexer('text')).toBe('plaintext');
    expect(findLexer('html')).toBe('html');
  });
  it('is case-sensitive and answers null for unknown names, like Rouge', () => {
    expect(findLexer('Ruby')).toBeNull();
    expect(findLexer('nosuchlang')).toBeNull();
    expect(findLexer('')).toBeNull();
  });
  it('ignores CGI-style options', () => {
    expect(findLexer('erb?parent=html')).toBe('erb');
  });
});

describe('escapeHtml', () => {
  it('escapes only & < >', () => {
    expect(escapeHtml(`a & <b> "c" 'd'`)).toBe(`a &amp; &lt;b&gt; "c" 'd'`);
  });
});

describe('highlight', () => {
  it('returns null when Rouge finds no lexer', () => {
    expect(highlight('x', 'nosuchlang')).toBeNull();
  });
  it('plaintext is escaped text without spans', () => {
    expect(highlight('a <b> & c\n', 'text')).toBe('a &lt;b&gt; &amp; c\n');
    expect(highlight('', 'plaintext')).toBe('');
  });
});

describe('lexer tables', () => {
  it('every rule pattern compiles', async () => {
    const { compileAllPatterns } = await import('../../src/highlight/engine.js');
    await import('../../src/highlight/lexers/index.js');
    expect(compileAllPatterns()).toEqual([]);
  });
});
