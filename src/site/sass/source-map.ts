// A file imported twice lists once in libsass's source map when libsass reads it from disk itself
// (sassc, as Jekyll runs it, keeps one resource per path), but twice when it comes through a custom
// importer (kiln's, which resolves on the real disk). This folds the repeats back into the first
// entry: sources and sourcesContent lose them and the mappings' source indices are renumbered.

import { decodeSegment, encodeValue } from './vlq.js';

interface RawSourceMap {
  sources?: string[];
  sourcesContent?: (string | null)[];
  mappings?: string;
  [key: string]: unknown;
}

/** The map with each repeated source folded into its first occurrence (unchanged when none repeats). */
export function foldRepeatedSources(map: RawSourceMap): RawSourceMap {
  const sources = map.sources ?? [];
  const first = new Map<string, number>();
  const newIndex: number[] = [];
  const kept: number[] = [];
  sources.forEach((s, i) => {
    const seen = first.get(s);
    if (seen !== undefined) {
      newIndex.push(newIndex[seen]!);
      return;
    }
    first.set(s, i);
    newIndex.push(kept.length);
    kept.push(i);
  });
  if (kept.length === sources.length || typeof map.mappings !== 'string') return map;
  // Segment fields: column (reset per line), then source, line, column, name, each relative to the
  // previous segment's across the whole map; only the source field is renumbered.
  let oldSource = 0;
  let newSourcePrev = 0;
  const mappings = map.mappings
    .split(';')
    .map((line) =>
      line
        .split(',')
        .map((segment) => {
          if (segment === '') return segment;
          const values = decodeSegment(segment);
          if (values.length < 4) return segment;
          oldSource += values[1]!;
          const source = newIndex[oldSource] ?? oldSource;
          values[1] = source - newSourcePrev;
          newSourcePrev = source;
          return values.map(encodeValue).join('');
        })
        .join(','),
    )
    .join(';');
  const out: RawSourceMap = { ...map, sources: kept.map((i) => sources[i]!), mappings };
  if (Array.isArray(map.sourcesContent)) out.sourcesContent = kept.map((i) => map.sourcesContent![i] ?? null);
  return out;
}
