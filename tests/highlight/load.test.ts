// Lexer modules load when a code block first needs them (src/highlight/load.ts). Under vitest every
// module is imported up front (the sources are TypeScript); the on-demand path runs in the compiled
// dist/, which `npm ci` builds (prepare), so this test drives it in a plain Node process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/highlight/index.js';
import { LEXER_MODULES } from '../../src/highlight/lexers/index.js';
import { hasLexer, lexerFactory } from '../../src/highlight/load.js';

const dist = path.resolve('dist/highlight');
const onDemand = fs.existsSync(path.join(dist, 'load.js')) && (process.features as { require_module?: boolean }).require_module === true;

describe('lexer loading', () => {
  it('knows every tag without loading it, and each tag names a module with its factory', () => {
    expect(hasLexer('ruby')).toBe(true);
    expect(hasLexer('no-such-lexer')).toBe(false);
    for (const tag of Object.keys(LEXER_MODULES)) expect(typeof lexerFactory(tag), tag).toBe('function');
  });

  it.skipIf(!onDemand)('compiled, loads only the modules a build uses and highlights as the sources do', () => {
    const script = `
      const load = await import(${JSON.stringify(path.join(dist, 'load.js'))});
      const { highlight } = await import(${JSON.stringify(path.join(dist, 'index.js'))});
      const before = load.loadedLexerModules();
      const ruby = highlight('def x; 1; end', 'ruby');
      const afterRuby = load.loadedLexerModules();
      const erb = highlight('<p><%= x %></p>', 'erb');
      console.log(JSON.stringify({ before, afterRuby, afterErb: load.loadedLexerModules(), ruby, erb }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toEqual({ before: 0, afterRuby: 1, afterErb: 2, ruby: highlight('def x; 1; end', 'ruby'), erb: highlight('<p><%= x %></p>', 'erb') });
  });

  it('from the TypeScript sources in plain Node (all modules up front), settles and highlights embedded languages', () => {
    // A lexer embedding others must not import load.ts: its top-level await would never settle.
    const script = `const { highlight } = await import(${JSON.stringify(path.resolve('src/highlight/index.ts'))});
      console.log(highlight('\x60\x60\x60ruby\\ndef x; end\\n\x60\x60\x60', 'markdown'));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(highlight('```ruby\ndef x; end\n```', 'markdown'));
  });
});
