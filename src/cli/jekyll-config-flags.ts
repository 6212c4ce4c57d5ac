// The flags `jekyll build` and `jekyll serve` share that only set configuration keys: one
// definition for both commands, so they accept and mean the same thing.
import type { Command } from 'commander';

export interface JekyllConfigFlags {
  strict_front_matter?: boolean;
  layouts?: string;
  plugins?: string;
  lsi?: boolean;
  disableDiskCache?: boolean;
}

export const LSI_WARNING = '--lsi: kiln has no latent semantic indexing; site.related_posts lists the 10 newest posts.';

/** Adds the shared flags to `command`. */
export function addJekyllConfigOptions(command: Command): Command {
  return command
    .option('--strict_front_matter', 'fail on front matter errors instead of warning')
    .option('--layouts <dir>', 'layouts directory (layouts_dir, default _layouts)')
    .option('-p, --plugins <dirs>', 'plugins directories (plugins_dir); kiln runs no Ruby plugins from them')
    .option('--lsi', 'accepted; kiln has no LSI, so related_posts lists the 10 newest posts (Jekyll without --lsi)')
    .option('--disable-disk-cache', "accepted for Jekyll's scripts (kiln's own caches live in .kiln-cache)");
}

/** The configuration keys the shared flags set (none when no flag is given). */
export function configOverridesFromFlags(flags: JekyllConfigFlags): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (flags.strict_front_matter) o.strict_front_matter = true;
  if (flags.layouts !== undefined) o.layouts_dir = flags.layouts;
  if (flags.plugins !== undefined) o.plugins_dir = flags.plugins.split(',').map((d) => d.trim()).filter(Boolean);
  if (flags.lsi) o.lsi = true;
  if (flags.disableDiskCache) o.disable_disk_cache = true;
  return o;
}
