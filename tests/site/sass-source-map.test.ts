// foldRepeatedSources: a source listed twice (libsass through a custom importer) folds into its
// first entry, as sassc lists it; the fixture scss-repeated-import checks a whole map against Jekyll.
import { describe, expect, it } from 'vitest';
import { foldRepeatedSources } from '../../src/site/sass/source-map.js';

describe('foldRepeatedSources', () => {
  it('leaves a map without repeats as it is', () => {
    const map = { version: 3, sources: ['a.scss', '_b.scss'], sourcesContent: ['a', 'b'], mappings: 'AAAA,CAAC;ACAA' };
    expect(foldRepeatedSources(map)).toBe(map);
  });

  it('renumbers the source field only, keeping the other relative fields', () => {
    // Segments [column, source, line, column] (absolute): [0,0,0,0] [4,3,1,2] ; [0,2,5,0] [2,3,5,0];
    // source 3 repeats source 1.
    const map = { version: 3, sources: ['a.scss', '_b.scss', '_c.scss', '_b.scss'], sourcesContent: ['a', 'b', 'c', 'b'], names: [], mappings: 'AAAA,IGCE;ADIF,ECAA' };
    const out = foldRepeatedSources(map);
    expect(out.sources).toEqual(['a.scss', '_b.scss', '_c.scss']);
    expect(out.sourcesContent).toEqual(['a', 'b', 'c']);
    // Now [0,0,0,0] [4,1,1,2] ; [0,2,5,0] [2,1,5,0]: deltas 0,0,0,0 / 4,1,1,2 / 0,1,4,-2 / 2,-1,0,0.
    expect(out.mappings).toBe('AAAA,ICCE;ACIF,EDAA');
  });
});
