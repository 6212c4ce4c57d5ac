// Progress: a bar only on a terminal; silent otherwise (the summary line is the pipeline's).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatBytes } from '../../src/images/progress.js';

function stream(tty: boolean): PassThrough & { isTTY?: boolean; columns?: number; text: () => string } {
  const s = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number; text: () => string; cursorTo?: unknown; clearLine?: unknown; moveCursor?: unknown };
  const chunks: Buffer[] = [];
  s.on('data', (c: Buffer) => chunks.push(c));
  s.isTTY = tty;
  s.columns = 100;
  s.cursorTo = (_x: number, _y?: number, cb?: () => void) => { cb?.(); return true; };
  s.clearLine = (_d: number, cb?: () => void) => { cb?.(); return true; };
  s.moveCursor = (_x: number, _y: number, cb?: () => void) => { cb?.(); return true; };
  s.text = () => Buffer.concat(chunks).toString('utf8');
  return s;
}

describe('progress', () => {
  it('draws a bar on a TTY', () => {
    const s = stream(true);
    const p = createProgress(3, true, s as unknown as NodeJS.WriteStream);
    p.tick('img/a.jpg');
    p.tick('img/b.jpg');
    p.tick('img/c.jpg');
    p.stop();
    expect(s.text()).toContain('Images [');
    expect(s.text()).toMatch(/\d\/3/);
  });

  it('prints nothing when not a TTY or disabled', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const s = stream(tty);
      const p = createProgress(3, enabled, s as unknown as NodeJS.WriteStream);
      p.tick('x');
      p.stop();
      expect(s.text()).toBe('');
    }
  });

  it('formats sizes', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(['512 B', '2.0 kB', '3.00 MB']);
  });
});
