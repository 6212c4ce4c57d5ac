// jekyll-last-modified-at 1.3.0: every page and document read from a file gets
// `page.last_modified_at` (it replaces a front matter value, as the gem's post_init hook does): the
// time of the last git commit touching the file when the source is in a git work tree and the
// file was committed, else the file's mtime — a Time in the site's time zone, so feeds, sitemaps
// and jekyll-seo-tag pick it up. `{% last_modified_at %}` prints it with strftime
// (`{% last_modified_at %Y-%m-%d %}`, else `last-modified-at: date-format`, else `%d-%b-%y`);
// as in the gem, the first format printed for a path is the one every later tag for it prints.
// The commit times come from one `git log --name-only` per build (the gem runs `git log -n 1` per
// file): the first commit listing the path, which is what `git log -n 1 -- path` shows except for
// a change made only by a merge commit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { RubyTime } from '../liquid/ruby/time.js';
import { rubyStrftime } from '../liquid/ruby/strftime.js';
import { isHash } from '../liquid/ruby/value.js';
import { getState } from '../liquid/state.js';
import type { Renderable } from '../site/model.js';
import { prop, variable } from './liquid-helpers.js';
import { setItemData, type GeneratorContext, type KilnPlugin } from './registry.js';

const DEFAULT_FORMAT = '%d-%b-%y';

/** Last commit time (seconds) of each committed file, by path relative to the work tree's top. */
interface GitTimes {
  top: string;
  times: Map<string, number>;
}

function git(cwd: string, args: string[]): string | null {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  return run.status === 0 ? run.stdout : null;
}

/** The git work tree the source is in, with each file's last commit time; null outside git. */
export function gitTimes(source: string): GitTimes | null {
  if (git(source, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return null;
  const top = git(source, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return null;
  const log = git(top, ['-c', 'core.quotePath=false', 'log', '--format=%x00%ct', '--name-only']) ?? '';
  const times = new Map<string, number>();
  let current = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = Number(line.slice(1));
    else if (line !== '' && !times.has(line)) times.set(line, current);
  }
  return { top, times };
}

/** Determinator#last_modified_at_unix for a file (absolute path), or undefined when it does not exist. */
export function lastModifiedSeconds(file: string, repo: GitTimes | null): number | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (repo) {
    const committed = repo.times.get(path.relative(repo.top, file).split(path.sep).join('/'));
    if (committed !== undefined) return committed;
  }
  return Math.floor(stat.mtimeMs / 1000);
}

/** Per build: the repository read once, and the gem's PATH_CACHE of printed dates. */
interface BuildState {
  repo: GitTimes | null;
  printed: Map<string, string>;
}
const states = new WeakMap<object, BuildState>();

function stateFor(key: object, source: string): BuildState {
  let state = states.get(key);
  if (!state) states.set(key, (state = { repo: gitTimes(source), printed: new Map() }));
  return state;
}

/** The item's `path` as the gem reads it: the front matter's `path`, else its file. */
function itemFile(item: Renderable, source: string): string {
  const own = item.kind === 'page' ? item.data.path : undefined;
  return typeof own === 'string' ? path.resolve(source, own) : item.absPath;
}

function dateFormat(config: Record<string, unknown>): string | undefined {
  const settings = config['last-modified-at'];
  const format = isHash(settings) ? settings['date-format'] : undefined;
  return typeof format === 'string' ? format : undefined;
}

export class LastModifiedAtTag extends Tag {
  private readonly format?: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.format = token.args === '' ? undefined : token.args.trim();
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const { services } = getState(ctx);
    const source = services.source;
    const format = this.format ?? dateFormat(services.config) ?? DEFAULT_FORMAT;
    const pagePath = prop(variable(ctx, 'page'), 'path');
    if (typeof pagePath !== 'string') throw new Error("undefined method `[]' for nil:NilClass (last_modified_at needs page.path)");
    const state = stateFor(services, source);
    const hit = state.printed.get(pagePath);
    if (hit !== undefined) return hit;
    const file = path.resolve(source, pagePath);
    const seconds = lastModifiedSeconds(file, state.repo);
    if (seconds === undefined) throw new Error(`No such file or directory - ${file} does not exist!`);
    const printed = rubyStrftime(RubyTime.at(seconds * 1000), format);
    state.printed.set(pagePath, printed);
    return printed;
  }
}

export const lastModifiedAtPlugin: KilnPlugin = {
  name: 'jekyll-last-modified-at',
  // The gem sets the value when each item is created: after the other generators made theirs.
  priority: -1000,
  generate(ctx: GeneratorContext) {
    const { site } = ctx;
    const source = site.config.source;
    const repo = gitTimes(source);
    const items: Renderable[] = [...site.pages];
    for (const c of site.collections.values()) items.push(...c.docs);
    for (const item of items) {
      // Pages made by generators have no file: the gem's value would fail when read; kiln sets none.
      const seconds = lastModifiedSeconds(itemFile(item, source), repo);
      if (seconds !== undefined) setItemData(item, 'last_modified_at', RubyTime.at(seconds * 1000));
    }
  },
  registerTags(liquid) {
    liquid.registerTag('last_modified_at', LastModifiedAtTag);
  },
};
