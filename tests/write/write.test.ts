// The atomic writer: swaps whole builds in, keeps the previous build on failure, never touches
// anything outside the destination, reuses unchanged files and honours keep_files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKept, patchSite, startSiteWrite, writeSite, type OutputFile } from '../../src/write/index.js';

let root: string;
let source: string;
let dest: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-write-'));
  source = path.join(root, 'src');
  dest = path.join(root, 'out');
  fs.mkdirSync(source);
  fs.writeFileSync(path.join(source, 'logo.png'), 'PNGDATA');
  fs.utimesSync(path.join(source, 'logo.png'), new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const read = (rel: string) => fs.readFileSync(path.join(dest, rel), 'utf8');
const siteFiles = (): OutputFile[] => [
  { path: 'index.html', content: '<p>home</p>' },
  { path: 'blog/a/index.html', content: '<p>a</p>' },
  { path: 'public/logo.png', copyFrom: path.join(source, 'logo.png') },
];

describe('writeSite', () => {
  it('writes pages and copies static files keeping their mtime', async () => {
    const r = await writeSite(dest, siteFiles(), { source });
    expect(r.written).toEqual(['blog/a/index.html', 'index.html', 'public/logo.png']);
    expect(read('blog/a/index.html')).toBe('<p>a</p>');
    expect(read('public/logo.png')).toBe('PNGDATA');
    expect(fs.statSync(path.join(dest, 'public/logo.png')).mtime.toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'src']); // no staging folder left behind
  });

  it('reuses unchanged files, rewrites changed ones and removes what the site no longer produces', async () => {
    await writeSite(dest, [...siteFiles(), { path: 'old.html', content: 'gone' }], { source });
    const inode = fs.statSync(path.join(dest, 'public/logo.png')).ino;
    const files = siteFiles();
    files[0] = { path: 'index.html', content: '<p>home v2</p>' };
    const r = await writeSite(dest, files, { source });
    expect(r.written).toEqual(['index.html']);
    expect(r.reused).toEqual(['blog/a/index.html', 'public/logo.png']);
    expect(r.removed).toEqual(['old.html']);
    expect(fs.existsSync(path.join(dest, 'old.html'))).toBe(false);
    expect(fs.statSync(path.join(dest, 'public/logo.png')).ino).toBe(inode);
    expect(read('index.html')).toBe('<p>home v2</p>');
  });

  it('keeps keep_files entries (prefix match, as Jekyll) across builds', async () => {
    await writeSite(dest, siteFiles(), { source });
    fs.mkdirSync(path.join(dest, '.git'));
    fs.writeFileSync(path.join(dest, '.git', 'HEAD'), 'ref');
    fs.writeFileSync(path.join(dest, 'CNAME-extra'), 'x');
    const r = await writeSite(dest, siteFiles(), { source, keepFiles: ['.git'] });
    expect(read('.git/HEAD')).toBe('ref');
    expect(r.removed).toEqual(['CNAME-extra']);
    expect(isKept('.github/x', ['.git'])).toBe(true);
    expect(isKept('a/.git', ['.git'])).toBe(false);
  });

  it('leaves the previous build intact when writing fails', async () => {
    await writeSite(dest, siteFiles(), { source });
    const bad: OutputFile[] = [{ path: 'index.html', content: 'new' }, { path: 'x.html', copyFrom: path.join(source, 'missing.png') }];
    await expect(writeSite(dest, bad, { source })).rejects.toThrow(/Could not write the site/);
    expect(read('index.html')).toBe('<p>home</p>');
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'src']);
  });

  it('refuses paths escaping the destination and duplicate outputs', async () => {
    await expect(writeSite(dest, [{ path: '../evil.html', content: 'x' }], { source })).rejects.toThrow(/outside the destination/);
    expect(fs.existsSync(path.join(root, 'evil.html'))).toBe(false);
    await expect(writeSite(dest, [{ path: 'a.html', content: '1' }, { path: '/a.html', content: '2' }], { source })).rejects.toThrow(/same file: a.html/);
  });

  it('refuses a destination that is, or contains, the source', async () => {
    await expect(writeSite(source, siteFiles(), { source })).rejects.toThrow(/same folder/);
    await expect(writeSite(root, siteFiles(), { source })).rejects.toThrow(/contains the source/);
    expect(fs.existsSync(path.join(source, 'logo.png'))).toBe(true);
  });

  it('does not wipe a non-empty folder that does not look like a build, unless forced', async () => {
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'thesis.txt'), 'precious');
    await expect(writeSite(dest, siteFiles(), { source })).rejects.toThrow(/does not look like a site build.*--force/);
    expect(read('thesis.txt')).toBe('precious');
    fs.writeFileSync(path.join(dest, 'package.json'), '{}');
    await expect(writeSite(dest, siteFiles(), { source })).rejects.toThrow(/it has package.json/);
    await writeSite(dest, siteFiles(), { source, force: true });
    expect(fs.existsSync(path.join(dest, 'thesis.txt'))).toBe(false);
  });

  it('accepts an existing build made by another tool (Jekyll)', async () => {
    fs.mkdirSync(path.join(dest, 'blog'), { recursive: true });
    fs.writeFileSync(path.join(dest, 'blog', 'index.html'), '<p>jekyll</p>');
    const r = await writeSite(dest, siteFiles(), { source });
    expect(r.removed).toEqual(['blog/index.html']);
  });
});

describe('startSiteWrite: static files copied while the site renders', () => {
  const staging = () => path.join(root, '.out.kiln-staging');

  it('keeps the early copies the final list wants, with their mtime, and reuses the previous build by hard link', async () => {
    const first = startSiteWrite(dest, { source });
    first.copyEarly(siteFiles());
    expect(fs.existsSync(path.join(staging(), 'public'))).toBe(true); // its folder made, the copy queued
    const r = await first.commit(siteFiles());
    expect(r.written).toEqual(['blog/a/index.html', 'index.html', 'public/logo.png']);
    expect(read('public/logo.png')).toBe('PNGDATA');
    expect(fs.statSync(path.join(dest, 'public/logo.png')).mtime.toISOString()).toBe('2020-01-02T03:04:05.000Z');
    const inode = fs.statSync(path.join(dest, 'public/logo.png')).ino;

    const second = startSiteWrite(dest, { source });
    second.copyEarly(siteFiles());
    const r2 = await second.commit(siteFiles());
    expect(r2.reused).toEqual(['blog/a/index.html', 'index.html', 'public/logo.png']);
    expect(fs.statSync(path.join(dest, 'public/logo.png')).ino).toBe(inode);
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'src']);
  });

  it('drops early copies the final list no longer wants, or gives to another output', async () => {
    fs.writeFileSync(path.join(source, 'extra.css'), 'body{}');
    const write = startSiteWrite(dest, { source });
    write.copyEarly([...siteFiles(), { path: 'extra.css', copyFrom: path.join(source, 'extra.css') }]);
    // The render decided otherwise: a page now writes public/logo.png, extra.css is not produced.
    const final: OutputFile[] = [{ path: 'index.html', content: 'home' }, { path: 'public/logo.png', content: 'generated' }];
    const r = await write.commit(final);
    expect(r.written).toEqual(['index.html', 'public/logo.png']);
    expect(read('public/logo.png')).toBe('generated');
    expect(fs.existsSync(path.join(dest, 'extra.css'))).toBe(false);
  });

  it('abort (a failed render) waits for the copies, removes the staging folder and leaves the previous build as it was', async () => {
    await writeSite(dest, siteFiles(), { source });
    const before = fs.readdirSync(dest, { recursive: true }).sort();
    const write = startSiteWrite(dest, { source });
    write.copyEarly([{ path: 'new/logo.png', copyFrom: path.join(source, 'logo.png') }]);
    await write.abort();
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'src']);
    expect(fs.readdirSync(dest, { recursive: true }).sort()).toEqual(before);
    await expect(write.commit(siteFiles())).rejects.toThrow(/already finished/);
  });

  it('an early copy whose source vanished fails the commit, not the render, and the previous build stays', async () => {
    await writeSite(dest, siteFiles(), { source });
    fs.writeFileSync(path.join(source, 'gone.png'), 'x');
    const write = startSiteWrite(dest, { source });
    const files: OutputFile[] = [...siteFiles(), { path: 'gone.png', copyFrom: path.join(source, 'gone.png') }];
    fs.rmSync(path.join(source, 'gone.png'));
    write.copyEarly(files);
    await expect(write.commit(files)).rejects.toThrow(/Could not write the site/);
    expect(read('index.html')).toBe('<p>home</p>');
    expect(fs.readdirSync(root).sort()).toEqual(['out', 'src']);
  });
});

describe('patchSite', () => {
  it('rewrites changed files in place, skips unchanged ones and deletes removed ones', async () => {
    await writeSite(dest, siteFiles(), { source });
    const before = fs.statSync(path.join(dest, 'index.html')).mtimeMs;
    const r = await patchSite(dest, [{ path: 'index.html', content: '<p>home</p>' }, { path: 'blog/a/index.html', content: '<p>a2</p>' }], ['never-built.html'], { source });
    expect(r.written).toEqual(['blog/a/index.html']);
    expect(r.reused).toEqual(['index.html']);
    expect(fs.statSync(path.join(dest, 'index.html')).mtimeMs).toBe(before);
    expect(read('blog/a/index.html')).toBe('<p>a2</p>');
    const r2 = await patchSite(dest, [], ['blog/a/index.html'], { source });
    expect(r2.removed).toEqual(['blog/a/index.html']);
    expect(fs.existsSync(path.join(dest, 'blog'))).toBe(false); // empty folders go too
    expect(fs.readdirSync(dest).some((f) => f.includes('kiln-tmp'))).toBe(false);
  });
});
