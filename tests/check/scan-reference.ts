// The scanner's reference: the events htmlparser2 12's Parser gives for a page (start tags with
// their attributes and startIndex, end tags with endIndex, the text of script elements), and the
// same events from scan.ts, in one comparable form. Used by scan.test.ts.
import { Parser } from 'htmlparser2';
import { scanHtml } from '../../src/check/dom/scan.js';

export type ScanEvent = string;

function recorder() {
  const events: ScanEvent[] = [];
  const stack: string[] = [];
  let text: string | null = null;
  const flush = () => { if (text !== null) { events.push(`text ${JSON.stringify(text)}`); text = null; } };
  return {
    events,
    open(name: string, attrs: Record<string, string>, start: number) {
      flush();
      events.push(`open ${name} ${JSON.stringify(Object.entries(attrs))} @${start}`);
      stack.push(name);
    },
    close(name: string, end: number) {
      flush();
      events.push(`close ${name} @${end}`);
      stack.pop();
    },
    inScript: () => stack[stack.length - 1] === 'script',
    text(t: string) { if (stack[stack.length - 1] === 'script') text = (text ?? '') + t; },
    done() { flush(); return events; },
  };
}

export function referenceEvents(html: string): ScanEvent[] {
  const r = recorder();
  const parser: Parser = new Parser(
    {
      onopentag: (name, attrs) => r.open(name, attrs, parser.startIndex),
      onclosetag: (name) => r.close(name, parser.endIndex),
      ontext: (t) => r.text(t),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return r.done();
}

export function scannerEvents(html: string): ScanEvent[] {
  const r = recorder();
  scanHtml(html, {
    onopentag: (name, attrs, start) => r.open(name, attrs, start),
    onclosetag: (name, end) => r.close(name, end),
    ontext: (t) => r.text(t),
    wantsText: () => r.inScript(),
  });
  return r.done();
}
