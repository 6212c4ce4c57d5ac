import { describe, expect, it } from 'vitest';
import { escapeHtml, findLexer, highlight, implementedLexers } from '../../src/highlight/index.js';
import { LEXER_NAMES } from '../../src/highlight/registry.js';

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
  it('finds every implemented lexer by its tag and by each of its Rouge aliases', () => {
    const aliases = new Map<string, string[]>();
    for (const [name, tag] of LEXER_NAMES) aliases.set(tag, [...(aliases.get(tag) ?? []), name]);
    for (const tag of implementedLexers()) {
      expect(findLexer(tag), tag).toBe(tag);
      for (const name of aliases.get(tag) ?? []) expect(findLexer(name), name).toBe(tag);
    }
    // some aliases of lexers added later (from Rouge's registry)
    expect(findLexer('elisp')).toBe('common_lisp');
    expect(findLexer('ftl')).toBe('fluent');
    expect(findLexer('jl')).toBe('julia');
    expect(findLexer('cr')).toBe('crystal');
    expect(findLexer('objc++')).toBe('objective_cpp');
    expect(findLexer('unit-file')).toBe('systemd');
    expect(findLexer('pyx')).toBe('cython');
    expect(findLexer('kdb+')).toBe('q');
    expect(findLexer('heex')).toBe('eex');
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
