// markdown (aliases md, mkd): Rouge's Markdown lexer — headings, lists, quotes, emphasis,
// links and references, inline code; YAML front matter lexed as YAML, fenced code blocks lexed
// with the lexer their info string names (or guessed), inline HTML and entities as HTML.
// `markdownStates` is extended by apiblueprint.

import { LexerRun, WholeTextLexer, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { createLexer, findLexerTag, lexerOptions } from '../lookup.js';
import { create as createHtml } from './html.js';
import { create as createYaml } from './yaml.js';

/** One character of inline text: an escape pair or anything but a backslash or newline. */
const EDOT = '(?:\\\\.|[^\\\\\\n])';

interface MdVars { html: LexerRun; fence: Lexer }
const mv = (lx: LexerRun): MdVars => lx.vars as unknown as MdVars;

/** The lexer for a fence's info string, as Rouge's find_fancy (unknown names: plain backtick text). */
function fenceLexer(name: string, code: string | undefined): Lexer {
  const tag = findLexerTag(name === '' ? 'guess' : name, code);
  if (tag === null) return new WholeTextLexer('plaintext', 'sb');
  return createLexer(tag, lexerOptions(name)) ?? new WholeTextLexer(tag);
}

const rubyStrip = (s: string): string => s.replace(/^[\t\n\v\f\r ]+/, '').replace(/[\t\n\v\f\r \0]+$/, '');

/** Rouge's Markdown states (a fresh copy). */
export function markdownStates(): StateTable {
  return {
    root: [
      rule(/\A(---\s*\n.*?\n?)^(---\s*$\n?)/, (lx, m) => lx.delegate(createYaml(), m[0]), undefined, { dotAll: true }),
      rule(/\\./, 'se'),
      rule(/^[\S ]+\n(?:---*)\n/, 'gh'),
      rule(/^[\S ]+\n(?:===*)\n/, 'gu'),
      rule(/^#(?=[^#]).*?$/, 'gh'),
      rule(/^##*.*?$/, 'gu'),
      rule(/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?/, (lx, m) => {
        const sub = fenceLexer(rubyStrip(m[3]!), m[5]);
        lx.token('', m[1]);
        lx.token('p', m[2]);
        lx.token('nl', m[3]);
        if (m[5] !== undefined) lx.delegate(sub, m[5]);
        lx.token('', m[6]);
        if (m[7] !== undefined) {
          lx.token('p', m[7]);
        } else {
          mv(lx).fence = sub;
          const fence = m[2]!;
          lx.push(lx.defineState(`open fence ${fence}`, () => [
            rule(`^([ \\t]*)(${fence})`, (l, mb) => { l.pop(); l.token('', mb[1]); l.token('p', mb[2]); }),
            rule(/^.*\n/, (l, mb) => l.delegate(mv(l).fence, mb[0])),
          ]));
        }
      }, undefined, { dotAll: true }),
      rule(/\n\n((    |\t).*?\n|\n)+/, 'sb'),
      rule(`(\`+)(?:${EDOT}|\\n)+?\\1`, 'sb'),
      rule(/^(\s*[*]){3,}\s*$/, 'p'),
      rule(/^(\s*[-]){3,}\s*$/, 'p'),
      rule(/^\s*[*+-](?=\s)/, 'p'),
      rule(/^\s*\d+\./, 'p'),
      rule(/^\s*>.*?$/, 'gt'),
      rule(`^(\\s*)(\\[)(${EDOT}+?)(\\])(\\s*)(:)`, (lx, m) => {
        lx.groups(m, ['', 'p', 'ss', 'p', '', 'p']);
        lx.push('title');
        lx.push('url');
      }),
      rule(`(!?\\[)(${EDOT}*?|[^\\]]*?)(\\])(?=[\\[(])`, (lx, m) => { lx.groups(m, ['p', 'nv', 'p']); lx.push('link'); }),
      rule(`[*][*]${EDOT}*?[*][*]`, 'gs'),
      rule(`__${EDOT}*?__`, 'gs'),
      rule(`[*]${EDOT}*?[*]`, 'ge'),
      rule(`_${EDOT}*?_`, 'ge'),
      rule(/<.*?@.+[.].+>/, 'nv'),
      rule(`<(https?|mailto|ftp)://${EDOT}*?>`, 'nv'),
      rule(/[^\\`\[*\n&<]+/, ''),
      rule(/&\S*;/, (lx, m) => lx.delegate(mv(lx).html, m[0])),
      rule(`<${EDOT}*?>`, (lx, m) => lx.delegate(mv(lx).html, m[0])),
      rule(/[&<]/, ''),
      rule(/\[/, ''),
      rule(/\n/, ''),
    ],
    link: [
      rule(`(\\[)(${EDOT}*?)(\\])`, (lx, m) => { lx.groups(m, ['p', 'ss', 'p']); lx.pop(); }),
      rule(/[(]/, (lx, m) => { lx.token('p', m[0]); lx.push('inline_title'); lx.push('inline_url'); }),
      rule(/[ \t]+/, ''),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    url: [
      rule(/[ \t]+/, ''),
      rule(`(<)(${EDOT}*?)(>)`, (lx, m) => { lx.groups(m, ['nt', 'sx', 'nt']); lx.pop(); }),
      rule(/\S+/, 'sx', '#pop'),
    ],
    title: [
      rule(`"${EDOT}*?"`, 'nn'),
      rule(`'${EDOT}*?'`, 'nn'),
      rule(`[(]${EDOT}*?[)]`, 'nn'),
      rule(/\s*(?=["'()])/, ''),
      rule(/(?:)/, (lx) => lx.pop()),
    ],
    inline_title: [
      rule(/[)]/, 'p', '#pop'),
      mixin('title'),
    ],
    inline_url: [
      rule(/[^<\s)]+/, 'sx', '#pop'),
      rule(/\s+/, '', undefined, { dotAll: true }),
      mixin('url'),
    ],
  };
}

const states = markdownStates();

/** Rouge's Markdown start: a fresh HTML lexer for inline HTML. */
export function startMarkdown(lx: LexerRun): void {
  mv(lx).html = createHtml();
}

export function create(): Lexer {
  return new LexerRun('markdown', states, startMarkdown);
}
