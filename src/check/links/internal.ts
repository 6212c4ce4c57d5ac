// html-proofer's internal URL validator: every queued internal URL must resolve to a file, and
// its fragment (when there is one) must name an `id` or `name` in that file — case-sensitive,
// percent-decoded or not, `#top` always allowed. Target files are read once each.
import fs from 'node:fs';
import { safeDecode } from './uri.js';
import type { CheckedUrl } from './url.js';
import type { PageElement } from '../dom/page.js';

export interface InternalReference {
  url: CheckedUrl;
  /** Page the link is in, relative to the checked folder. */
  file: string;
  /** Where the linking element is (only that: the element's attributes are not kept alive). */
  element: Pick<PageElement, 'line' | 'column' | 'offset'>;
}

export interface InternalFailure {
  ref: InternalReference;
  message: string;
}

export async function validateInternal(
  refs: InternalReference[],
  checkInternalHash: boolean,
  knownAnchors: Map<string, Set<string>>,
): Promise<InternalFailure[]> {
  const failures: InternalFailure[] = [];
  // The scanner is loaded only for targets that are not checked pages (their anchors are known).
  let collectAnchors: ((html: string) => Set<string>) | undefined;
  const anchorsOf = async (file: string): Promise<Set<string>> => {
    let set = knownAnchors.get(file);
    if (!set) {
      let text = '';
      try { text = fs.readFileSync(file, 'utf8'); } catch { /* unreadable: no anchors */ }
      collectAnchors ??= (await import('../dom/page.js')).collectAnchors;
      set = collectAnchors(text);
      knownAnchors.set(file, set);
    }
    return set;
  };
  for (const ref of refs) {
    const { url } = ref;
    if (!url.exists()) {
      failures.push({ ref, message: `internally linking to ${url}, which does not exist` });
      continue;
    }
    const hash = url.hash;
    if (!hash || !checkInternalHash) continue;
    const missing = () => failures.push({ ref, message: `internally linking to ${url}; the file exists, but the hash '${hash}' does not` });
    if (!url.knownExtension) { missing(); continue; }
    const decoded = safeDecode(hash);
    if (hash === 'top' || decoded === 'top') continue;
    const target = url.resolvedPath;
    if (target === null) { missing(); continue; }
    const anchors = knownAnchors.get(target) ?? await anchorsOf(target);
    if (!anchors.has(hash) && !anchors.has(decoded)) missing();
  }
  return failures;
}
