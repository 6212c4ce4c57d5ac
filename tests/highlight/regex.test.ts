// The Ruby -> JS pattern translation must keep Ruby's (Onigmo's) meaning of the constructs
// lexers rely on; each case states what Ruby does.
import { describe, expect, it } from 'vitest';
import { rubyRegExp } from '../../src/highlight/regex.js';

const matchAt = (src: string | RegExp, text: string, flags = {}): string | null => {
  const re = rubyRegExp(src, flags);
  re.lastIndex = 0;
  return re.exec(text)?.[0] ?? null;
};

describe('rubyRegExp', () => {
  it('`.` matches \\r but not \\n; with dotAll it matches \\n', () => {
    expect(matchAt(/.+/, 'a\r\nb')).toBe('a\r');
    expect(matchAt(/.+/, 'a\nb', { dotAll: true })).toBe('a\nb');
  });
  it('\\s and \\S are ASCII-only, inside classes too (U+00A0 is not a space)', () => {
    expect(matchAt(/\s+/, ' \t\u00a0')).toBe(' \t');
    expect(matchAt(/\S+/, '\u00a0x y')).toBe('\u00a0x');
    expect(matchAt(/[\S ]+/, 'a b\u00a0\n')).toBe('a b\u00a0');
    expect(matchAt(/[^\S\n]+/, ' \t\u00a0')).toBe(' \t');
  });
  it('$ and ^ are line anchors around \\n only', () => {
    expect(matchAt(/a$/, 'a\r\n')).toBeNull();
    expect(matchAt(/a$/, 'a\nb')).toBe('a');
    expect(matchAt(/\n^b/, '\nb')).toBe('\nb');
  });
  it('\\h is a hex digit, \\A/\\z/\\Z anchor the text', () => {
    expect(matchAt(/\h+/, 'fF09g')).toBe('fF09');
    expect(matchAt(/\Aab\z/, 'ab')).toBe('ab');
    expect(matchAt(/ab\Z/, 'ab\n')).toBe('ab');
  });
  it('\\b is Unicode-aware while \\w is ASCII', () => {
    expect(matchAt(/\w+/, 'aé')).toBe('a');
    expect(matchAt(/é\b/, 'é b')).toBe('é');
  });
  it('a literal { or } outside a quantifier is accepted', () => {
    expect(matchAt(/\${#?/, '${#x')).toBe('${#');
    expect(matchAt(/[a]{2}/, 'aaa')).toBe('aa');
    expect(matchAt(/N{x}/, 'N{x}')).toBe('N{x}');
  });
  it('punctuation escapes Ruby allows but u-mode JS rejects are accepted', () => {
    expect(matchAt('\\#\\"\\\'\\-\\%', `#"'-%`)).toBe(`#"'-%`);
  });
  it('keeps \\p{...} properties', () => {
    expect(matchAt('\\p{L}+', 'éa1')).toBe('éa');
  });
});

describe('nested classes', () => {
  it('a nested class is a union, as in Ruby', () => {
    expect(matchAt(/[\/~[a-z]]+/, '~/ab]')).toBe('~/ab');
  });
});

describe('octal escapes in classes', () => {
  it('[^\\1] is "not U+0001" (Ruby), not a backreference', () => {
    expect(matchAt('(a)[^\\1]+', 'abc\u0001d')).toBe('abc');
  });
});
