// Abbreviations: after parsing, every text occurrence of a defined abbreviation (on word boundaries)
// becomes an `abbreviation` element.

import { Element } from '../element.js';
import type { Parser } from '../parser.js';
import { re, Scanner, type Pattern } from '../scanner.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function replaceAbbreviations(p: Parser, el: Element, regexps?: [RegExp, Pattern, Pattern, Pattern]): void {
  const defs = p.root.options.abbrev_defs as Record<string, string>;
  const keys = Object.keys(defs);
  if (keys.length === 0) return;
  if (!regexps) {
    const sorted = [...keys].sort((a, b) => b.length - a.length);
    const union = sorted.map(escapeRe).join('|');
    regexps = [
      new RegExp(union, 'u'),
      re(`(?=(?:[^\\w]|^)(?:${union})(?![\\w]))`),
      re(`(?:${union})`),
      re('[^\\w]|^'),
    ];
  }
  const [test, boundary, abbrRe, nonWord] = regexps;
  const out: Element[] = [];
  for (const child of el.children) {
    if (child.type === 'text' && el.options.content_model !== 'raw') {
      if (test.test(child.value)) {
        const ss = new Scanner(child.value, child.options.location as number);
        let textLine = ss.currentLine();
        let temp: string | null;
        while ((temp = ss.scanUntil(boundary)) !== null) {
          const abbrLine = ss.currentLine();
          let abbr = ss.scan(abbrRe);
          if (abbr === null) {
            temp += ss.scan(nonWord) ?? '';
            abbr = ss.scan(abbrRe);
          }
          out.push(new Element('text', temp, null, { location: textLine }));
          out.push(new Element('abbreviation', abbr, null, { location: abbrLine }));
          textLine = ss.currentLine();
        }
        out.push(new Element('text', ss.rest(), null, { location: textLine }));
      } else out.push(child);
    } else {
      replaceAbbreviations(p, child, regexps);
      out.push(child);
    }
  }
  el.children = out;
}
