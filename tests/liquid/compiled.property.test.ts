// Property test: on random templates over random data, the compiled closures render exactly what
// liquidjs's own renderer renders on the same parse trees (engine.renderReference), or both fail.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiquidEngine } from '../../src/liquid/engine.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-liquid-prop-'));
fs.mkdirSync(path.join(dir, '_includes'));
fs.writeFileSync(path.join(dir, '_includes/p.html'), '<{{ include.v }}|{{ x }}>{% assign x = "inc" %}');
const engine = createLiquidEngine({ source: dir });

const names = ['a', 'b', 'x', 'items', 'h'];
const value = fc.oneof(fc.constantFrom('"s"', "'t'", '1', '2.5', 'nil', 'true', 'false', 'empty', '(1..3)'), fc.constantFrom(...names), fc.constantFrom('h.k', 'items.first', 'items.size', 'h.missing', 'items[1]'));
const filter = fc.constantFrom('', ' | size', ' | upcase', ' | append: "!"', ' | plus: 1', ' | join: ","', ' | first', ' | default: "d"', ' | sort | reverse', ' | where: "k", 1', ' | map: "k"');
const op = fc.constantFrom('==', '!=', '==', '<', '>', 'contains');
const condition = fc
  .tuple(value, op, value, fc.constantFrom('', ' and ', ' or '), value)
  .map(([l, o, r, j, extra]) => (j ? `${l} ${o} ${r}${j}${extra}` : `${l} ${o} ${r}`));

const template = fc.letrec<{ node: string; body: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('text ', '\n  ', '-'),
    fc.tuple(value, filter).map(([v, f]) => `{{ ${v}${f} }}`),
    fc.tuple(fc.constantFrom('a', 'x'), value, filter).map(([n, v, f]) => `{% assign ${n} = ${v}${f} %}`),
    fc.tuple(condition, tie('body'), tie('body')).map(([c, t, e]) => `{% if ${c} %}${t}{% else %}${e}{% endif %}`),
    fc.tuple(condition, tie('body')).map(([c, t]) => `{% unless ${c} %}${t}{% endunless %}`),
    fc.tuple(fc.constantFrom('items', '(1..3)', 'h', 'b'), fc.constantFrom('', ' limit:2', ' offset:1', ' reversed'), tie('body')).map(([c, m, t]) => `{% for it in ${c}${m} %}{{ forloop.index }}{{ it }}${t}{% endfor %}`),
    fc.tuple(tie('body')).map(([t]) => `{% capture x %}${t}{% endcapture %}{{ x }}`),
    fc.tuple(value, value, value, tie('body'), tie('body')).map(([v, w1, w2, t, e]) => `{% case ${v} %}{% when ${w1}, ${w2} %}${t}{% when ${w1} %}W{% else %}${e}{% endcase %}`),
    fc.tuple(value).map(([v]) => `{% include p.html v=${/^[\w.-]+$/.test(v) ? v : '"q"'} %}`),
  ),
  body: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((xs) => (xs as string[]).join('')),
}));

const scope = {
  a: 'A',
  b: 3,
  x: null,
  items: [{ k: 1 }, { k: 2 }, { k: 1, z: 'zz' }],
  h: { k: 'v', n: [1, 2] },
};

function outcome(fn: () => string): string {
  try {
    return 'ok:' + fn();
  } catch (e) {
    return 'error:' + (e as Error).message;
  }
}

describe('compiled renderer vs liquidjs renderer', () => {
  it('agree on random templates', () => {
    let n = 0;
    fc.assert(
      fc.property(template.body, (text) => {
        const file = `random-${n++}.html`;
        let parsed;
        try {
          parsed = engine.parse(text, file);
        } catch {
          return; // both renderers share the parser
        }
        const fast = outcome(() => engine.render(parsed, structuredClone(scope), { file }));
        const reference = outcome(() => engine.renderReference(parsed, structuredClone(scope), { file }));
        expect(fast).toBe(reference);
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
