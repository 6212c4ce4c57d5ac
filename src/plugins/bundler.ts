// Plugins Bundler loads before Jekyll reads the config: when a Gemfile is present (in the working
// directory, or BUNDLE_GEMFILE), `jekyll` runs Bundler.require(:jekyll_plugins), so every gem of
// the Gemfile's `jekyll_plugins` group is loaded — whether or not `plugins:` lists it, and under
// --safe too (the gems are `safe`), unless JEKYLL_NO_BUNDLER_REQUIRE is set. This reads the
// Gemfile's Ruby DSL for the common shapes: `group :jekyll_plugins do … end` blocks and
// `gem "x", group: :jekyll_plugins` (`groups:`, `:group =>`, lists); `require: false` is skipped.
import fs from 'node:fs';
import path from 'node:path';

type Env = Record<string, string | undefined>;

/** The Gemfile Jekyll's PluginManager.gemfile_exists? sees, if any. */
export function gemfilePath(env: Env = process.env, cwd: string = process.cwd()): string | undefined {
  const own = path.join(cwd, 'Gemfile');
  const isFile = (p: string) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (isFile(own)) return env.BUNDLE_GEMFILE && isFile(env.BUNDLE_GEMFILE) ? env.BUNDLE_GEMFILE : own;
  if (env.BUNDLE_GEMFILE && isFile(env.BUNDLE_GEMFILE)) return env.BUNDLE_GEMFILE;
  return undefined;
}

/** Gem names of the `jekyll_plugins` group, in Gemfile order. */
export function jekyllPluginsGroup(gemfile: string): string[] {
  const names: string[] = [];
  // Each open block: whether it is a jekyll_plugins group.
  const blocks: boolean[] = [];
  for (const raw of gemfile.split('\n')) {
    const line = stripComment(raw).trim();
    if (line === '') continue;
    if (/^end\b/.test(line)) {
      blocks.pop();
      continue;
    }
    const group = /^group\s*\(?\s*(.*?)\)?\s+do\b/.exec(line);
    if (group) {
      blocks.push(/(^|[\s,(\[]):?["']?jekyll_plugins\b/.test(group[1]!));
      continue;
    }
    const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line);
    if (gem) {
      const options = gem[2]!;
      if (/require\s*(:|=>)\s*false/.test(options)) continue;
      const optionGroup = /:?groups?\s*(?::|=>)\s*(\[[^\]]*\]|:\w+|["'][^"']*["'])/.exec(options);
      const inGroup = blocks.includes(true) || (!!optionGroup && /\bjekyll_plugins\b/.test(optionGroup[1]!));
      if (inGroup && !names.includes(gem[1]!)) names.push(gem[1]!);
      if (/\bdo\s*(\|[^|]*\|)?\s*$/.test(line)) blocks.push(false);
      continue;
    }
    // Other blocks (platforms, source … do, if/unless/case) close with `end` too.
    if (/\bdo\s*(\|[^|]*\|)?\s*$/.test(line) || /^(if|unless|case|begin|while|until)\b/.test(line)) blocks.push(false);
  }
  return names;
}

/** `#` to the end of the line, outside quotes. */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

const cache = new Map<string, { mtimeMs: number; names: string[] }>();

/** The gems Bundler.require(:jekyll_plugins) loads for a build started in `cwd`. */
export function bundlerPlugins(env: Env = process.env, cwd: string = process.cwd()): string[] {
  if (env.JEKYLL_NO_BUNDLER_REQUIRE) return [];
  const file = gemfilePath(env, cwd);
  if (!file) return [];
  try {
    const { mtimeMs } = fs.statSync(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.names;
    const names = jekyllPluginsGroup(fs.readFileSync(file, 'utf8'));
    cache.set(file, { mtimeMs, names });
    return names;
  } catch {
    return [];
  }
}
