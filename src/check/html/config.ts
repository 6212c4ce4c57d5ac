// html-validate's configuration for a site: `.htmlvalidate.json` in the site when there is one,
// else `extends: ["html-validate:standard"]` (`recommended` is mostly style noise on real sites).
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { KilnError } from '../../util/errors.js';

export interface HtmlValidateSetup {
  config: Record<string, unknown>;
  /** Where the config came from ('default' when none). */
  origin: string;
  /** Hash of the config and html-validate's version: cached results depend on both. */
  key: string;
}

export const DEFAULT_HTML_VALIDATE_CONFIG = { extends: ['html-validate:standard'] };

export function loadHtmlValidateConfig(dirs: string[], version: string): HtmlValidateSetup {
  for (const dir of dirs) {
    const file = path.join(dir, '.htmlvalidate.json');
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    let config: Record<string, unknown>;
    try {
      config = JSON.parse(text) as Record<string, unknown>;
    } catch (err) {
      throw new KilnError(`invalid JSON in .htmlvalidate.json: ${(err as Error).message}`, { file });
    }
    return { config: { root: true, ...config }, origin: file, key: hash(version + text) };
  }
  const config = { root: true, ...DEFAULT_HTML_VALIDATE_CONFIG };
  return { config, origin: 'default', key: hash(version + JSON.stringify(config)) };
}

export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
