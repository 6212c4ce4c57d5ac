// One URL found in a page, as html-proofer's Attribute::Url sees it: the raw attribute, then
// joined with `<base href>`, swapped (`swap_urls`) and cleaned; with the questions the checks ask
// (remote? internal? does it exist on disk? which file?).
import path from 'node:path';
import type { CheckOptions } from '../options.js';
import { cleanAndParse, joinUri, parseUri, safeDecode, type UriParts } from './uri.js';
import type { PathResolver } from './resolver.js';

export interface UrlContext {
  options: CheckOptions;
  resolver: PathResolver;
  /** Absolute path of the checked folder (html-proofer's `source`). */
  source: string;
  /** Absolute path of the page the URL is in. */
  filename: string;
  baseUrl: string;
  /** Cleaned URLs by base and raw attribute, shared by the run: sites repeat their links on every page. */
  memo?: Map<string, { url: string; parts: UriParts | null }>;
  /** Absolute paths by page folder and URL path, shared by the run. */
  pathMemo?: Map<string, string>;
  /** The page's folder (set on first use). */
  dir?: string;
}

export class CheckedUrl {
  readonly raw: string | undefined;
  /** The URL after base, swaps and cleaning ('' when the attribute is missing). */
  readonly url: string;
  readonly parts: UriParts | null;

  constructor(raw: string | undefined, readonly ctx: UrlContext, readonly extractSize = false) {
    this.raw = raw;
    if (raw === undefined) {
      this.url = '';
      this.parts = parseUri('');
    } else {
      const key = `${extractSize ? 1 : 0}${ctx.baseUrl}\u0000${raw}`;
      let cleaned = ctx.memo?.get(key);
      if (!cleaned) {
        let url = raw.includes('\u200b') ? raw.replace(/\u200b/g, '').trim() : raw.trim();
        if (extractSize) url = url.split(/\s+/)[0] ?? '';
        if (ctx.baseUrl) url = joinUri(ctx.baseUrl, url);
        for (const [re, to] of ctx.options.swapUrls) url = url.replace(re, to);
        cleaned = cleanAndParse(url);
        ctx.memo?.set(key, cleaned);
      }
      this.url = cleaned.url;
      this.parts = cleaned.parts;
    }
  }

  private ignoredMemo: boolean | undefined;

  toString(): string {
    return this.url;
  }

  get valid(): boolean {
    return this.parts !== null;
  }
  get scheme(): string | undefined {
    return this.parts?.scheme;
  }
  get host(): string | undefined {
    return this.parts?.host;
  }
  /** The decoded path, or undefined when the URL does not parse. */
  get path(): string | undefined {
    return this.parts ? safeDecode(this.parts.path) : undefined;
  }
  get hash(): string | undefined {
    return this.parts?.fragment;
  }
  get hasHash(): boolean {
    return !!this.hash;
  }
  get protocolRelative(): boolean {
    return this.url.startsWith('//');
  }
  get remote(): boolean {
    return this.scheme === 'http' || this.scheme === 'https';
  }
  get http(): boolean {
    return this.scheme === 'http';
  }
  get nonHttpRemote(): boolean {
    return this.scheme !== undefined && !this.remote;
  }
  get hashLink(): boolean {
    return this.url.startsWith('#');
  }
  get internal(): boolean {
    if (this.hashLink || this.url.startsWith('/')) return true;
    if (this.remote) return false;
    return this.url.startsWith('?') || this.url.startsWith('.') || /^\S/.test(this.url);
  }
  /** `data:image/…` sources are always there. */
  get base64(): boolean {
    return /^data:image/.test(this.raw ?? '');
  }
  /** The URL without its fragment (for messages). */
  get withoutHash(): string {
    const h = this.hash;
    return h ? this.url.replace('#' + h, '') : this.url;
  }

  /** `javascript:` URLs and those matching `--ignore-urls` (tested on the raw attribute). */
  get ignored(): boolean {
    if (this.ignoredMemo === undefined) {
      const raw = this.raw;
      this.ignoredMemo = this.url.startsWith('javascript:') ||
        this.ctx.options.ignoreUrls.some((p) => (typeof p === 'string' ? p === raw : raw !== undefined && p.test(raw)));
    }
    return this.ignoredMemo;
  }

  /** The extension is one html-proofer parses for fragments (or there is none). */
  get knownExtension(): boolean {
    if (this.hashLink) return true;
    const p = this.path ?? '';
    if (p.endsWith('/')) return true;
    const ext = path.extname(p);
    const { extensions, assumeExtension } = this.ctx.options;
    return ext === '' ? extensions.includes(assumeExtension) : extensions.includes(ext);
  }

  /** Absolute file-system path the URL names (before extension and index resolution). */
  get absolutePath(): string {
    const p = this.path;
    if (!p) return path.resolve(this.ctx.filename);
    const rooted = p.startsWith('/');
    const key = rooted ? p : `${(this.ctx.dir ??= path.dirname(this.ctx.filename))}\u0000${p}`;
    const hit = this.ctx.pathMemo?.get(key);
    if (hit !== undefined) return hit;
    const full = path.resolve(rooted ? (this.ctx.options.rootDir ?? this.ctx.source) + p : path.join(this.ctx.dir!, p));
    this.ctx.pathMemo?.set(key, full);
    return full;
  }

  get resolvedPath(): string | null {
    return this.ctx.resolver.resolve(this.absolutePath);
  }

  exists(): boolean {
    return this.base64 || this.resolvedPath !== null;
  }
}
