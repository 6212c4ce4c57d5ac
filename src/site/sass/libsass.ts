// libsass (sassc), the Sass compiler Jekyll 4.3 runs through jekyll-sass-converter 2, called
// synchronously. libsass is only available to Node as sass.js (libsass 3.6 compiled to JavaScript),
// whose compiler starts asynchronously; so it lives in a worker thread and the main thread waits on
// a shared flag for each answer (rendering is synchronous, as Jekyll's is).
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { RENAMED_MEDIA, renameMediaRules } from './media-flag.js';

export interface LibsassRequest {
  /** The Sass text (front matter already removed). */
  text: string;
  indented: boolean;
  style: 'nested' | 'expanded' | 'compact' | 'compressed';
  /** Absolute folders searched for imports after the importing file's own folder. */
  loadPaths: string[];
  /** Absolute path the text is compiled as: relative imports and source map paths start there. */
  inputPath: string;
  /** Absolute paths of the CSS and of its map, as Jekyll names them. Only used with `sourceMap`. */
  outputPath: string;
  mapPath: string;
  sourceMap: boolean;
  lineComments: boolean;
}

export type LibsassResult =
  | { ok: true; css: string; map?: string; imported: string[]; renamedMedia?: { css: string; map?: string } }
  | { ok: false; message: string; file?: string; line?: number; column?: number };

/** A compile that takes longer than this is taken for a hung worker. */
const TIMEOUT_MS = 60_000;

function workerSource(): string {
  const entry = createRequire(import.meta.url).resolve('sass.js/dist/sass.sync.js');
  // Imports are resolved on the real disk (the importing file's folder, then the load paths, with
  // libsass's partial and extension variations) and each file found is mirrored at the same path in
  // the compiler's in-memory file system, so libsass picks the syntax from the extension itself.
  return `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const Sass = require(${JSON.stringify(entry)});
const { port, flag } = workerData;
const signal = new Int32Array(flag);
let current = null;
const isFile = (p) => { try { return fs.statSync(p).isFile(); } catch { return false; } };
const plainCss = (url) => /^(https?:)?\\/\\//.test(url) || /^url\\(/.test(url) || /\\.css$/.test(url);
const EXTS = ['.scss', '.sass', '.css'];
// The second compile of a stylesheet with @media rules (see media-flag.ts) renames them everywhere.
const renameMediaRules = ${renameMediaRules.toString()};
const renameMedia = (text, indented) => renameMediaRules(text, indented, ${JSON.stringify(RENAMED_MEDIA)});
// libsass's own search order for one folder (file.cpp, resolve_includes): the name as given, with an
// underscore, each extension with and without underscore, then index files when nothing matched.
function resolveIn(base, url) {
  const dir = path.resolve(base, path.dirname(url));
  const name = path.basename(url);
  const list = [name, '_' + name, ...EXTS.map((e) => '_' + name + e), ...EXTS.map((e) => name + e)];
  for (const c of list) if (isFile(path.join(dir, c))) return path.join(dir, c);
  if (EXTS.some((e) => name.endsWith(e))) return null;
  for (const c of [...EXTS.map((e) => '_index' + e), ...EXTS.map((e) => 'index' + e)]) {
    if (isFile(path.join(dir, name, c))) return path.join(dir, name, c);
  }
  return null;
}
Sass.importer((request, done) => {
  if (!current || plainCss(request.current)) return done();
  const from = request.previous === 'stdin' || !path.isAbsolute(request.previous) ? path.dirname(current.inputPath) : path.dirname(request.previous);
  for (const base of [from, ...current.loadPaths]) {
    const found = resolveIn(base, request.current);
    if (found) {
      const text = fs.readFileSync(found, 'utf8');
      Sass.writeFile(found, current.renameMedia ? renameMedia(text, found.endsWith('.sass')) : text, () => done({ path: found }));
      return;
    }
  }
  done();
});
function answer(result) {
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
// One compile at a time, started only once sass.js has finished the previous one (it queues
// overlapping calls itself, which would run them after the importer's request has changed).
// Compiles asked ahead (prefetch) keep their result until the real request takes it.
const results = new Map();
const waiting = new Map();
const jobs = [];
let running = false;
const keyOf = (req) => JSON.stringify([req.generation, req.text, req.indented, req.style, req.loadPaths, req.inputPath, req.outputPath, req.mapPath, req.sourceMap, req.lineComments]);
function pump() {
  if (running || jobs.length === 0) return;
  running = true;
  const req = jobs.shift();
  compile(req, (result) => {
    const key = keyOf(req);
    const replies = waiting.get(key) || [];
    waiting.delete(key);
    if (replies.length === 0) results.set(key, result);
    for (const reply of replies) reply(result);
    setImmediate(() => { running = false; pump(); });
  });
}
let generation = 0;
port.on('message', (req) => {
  // A new build: results asked ahead by an earlier one may be stale (a partial changed since).
  if (req.generation !== generation) {
    generation = req.generation;
    results.clear();
  }
  const key = keyOf(req);
  if (!req.prefetch && results.has(key)) {
    const done = results.get(key);
    results.delete(key);
    answer(done);
    return;
  }
  if (waiting.has(key)) {
    if (!req.prefetch) waiting.get(key).push(answer);
    return;
  }
  waiting.set(key, req.prefetch ? [] : [answer]);
  jobs.push(req);
  pump();
});
function compile(req, reply) {
  compileOnce(req, req.text, (first) => {
    if (!first.ok || !first.css.includes('@media')) return reply(first);
    compileOnce({ ...req, renameMedia: true }, renameMedia(req.text, req.indented), (second) => {
      reply(second.ok ? { ...first, renamedMedia: { css: second.css, map: second.map } } : first);
    });
  });
}
function compileOnce(req, text, reply) {
  current = req;
  const options = {
    style: Sass.style[req.style],
    indentedSyntax: req.indented,
    inputPath: req.inputPath,
    outputPath: req.outputPath,
    sourceMapFile: req.sourceMap ? req.mapPath : '',
    sourceMapRoot: '',
    sourceMapContents: true,
    sourceMapEmbed: false,
    sourceMapOmitUrl: !req.sourceMap,
    comments: req.lineComments ? Sass.comments.default : Sass.comments.none,
  };
  try {
    Sass.compile(text, options, (r) => {
      current = null;
      if (r.status === 0) reply({ ok: true, css: r.text, map: r.map ? JSON.stringify(r.map) : undefined, imported: (r.files || []).filter((f) => path.isAbsolute(f)) });
      else reply({ ok: false, message: r.message || r.formatted || 'Sass error', file: r.file, line: r.line, column: r.column });
    });
  } catch (e) {
    current = null;
    reply({ ok: false, message: String(e && e.message || e) });
  }
}
`;
}

interface Channel {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let channel: Channel | undefined;
/** The build that requests belong to (see newLibsassGeneration). */
let generation = 0;

function open(): Channel {
  if (channel) return channel;
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerSource(), { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
  // The worker must not keep a finished build's process alive.
  worker.unref();
  port1.unref();
  channel = { worker, port: port1, signal: new Int32Array(flag) };
  return channel;
}

/** Compiles one Sass text with libsass, blocking until it is done. */
export function compileWithLibsass(request: LibsassRequest): LibsassResult {
  const ch = open();
  Atomics.store(ch.signal, 0, 0);
  ch.port.postMessage({ ...request, generation });
  const waited = Atomics.wait(ch.signal, 0, 0, TIMEOUT_MS);
  const reply = receiveMessageOnPort(ch.port);
  if (waited === 'timed-out' || !reply) {
    closeLibsass();
    return { ok: false, message: 'the Sass compiler (libsass) did not answer' };
  }
  return reply.message as LibsassResult;
}

/**
 * Starts compiling `request` in the background, so that the worker is busy while the main thread
 * renders other pages; a later compileWithLibsass() with the same request takes the result.
 * Errors are not kept: the real request compiles again and reports them.
 */
export function prefetchLibsass(request: LibsassRequest): void {
  open().port.postMessage({ ...request, prefetch: true, generation });
}

/** Starts a new build: what earlier builds asked ahead is not used any more. */
export function newLibsassGeneration(): void {
  generation++;
}

/** Stops the compiler's worker (the next compile starts a new one). */
export function closeLibsass(): void {
  if (!channel) return;
  void channel.worker.terminate();
  channel.port.close();
  channel = undefined;
}
