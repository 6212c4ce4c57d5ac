// Builds one fixture site in its own process (as `kiln build` runs): Jekyll sets the process time
// zone from `timezone:`, so each site gets a fresh process, like each `jekyll build` does.
// Usage: node --import tsx tests/site/build-fixture.ts SOURCE DESTINATION CACHE_DIR [flags…]
import { build } from '../../src/site/build.js';
import { KilnError } from '../../src/util/errors.js';
import { memoryLogger } from '../../src/util/log.js';

const [source, destination, cacheDir, ...flags] = process.argv.slice(2);
try {
  const logger = memoryLogger();
  const result = await build({
    source: source!,
    destination: destination!,
    cacheDir: cacheDir!,
    logger,
    future: flags.includes('--future'),
    drafts: flags.includes('--drafts'),
    unpublished: flags.includes('--unpublished'),
    safe: flags.includes('--safe'),
  });
  process.stdout.write(JSON.stringify({ written: result.written.length, warnings: result.warnings }) + '\n');
} catch (e) {
  process.stderr.write((e instanceof KilnError ? e.format() : String((e as Error)?.stack ?? e)) + '\n');
  process.exitCode = 1;
}
