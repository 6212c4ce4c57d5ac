// mason: HTML::Mason components — <%perl>/<%init>… blocks and % lines lexed as Perl, <%doc>/<%text>
// blocks, <%def>/<%method> components, <% expr %> and <& component &> calls; the rest is HTML.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';
import { create as createPerl } from './perl.js';

const TEXT_BLOCKS = '(text|doc)';
const PERL_BLOCKS = '(args|flags|attr|init|once|shared|perl|cleanup|filter)';
const COMPONENTS = '(def|method)';
const I = { ignoreCase: true };

interface MasonVars { parent: Lexer; perl: Lexer }
const mv = (lx: LexerRun): MasonVars => lx.vars as unknown as MasonVars;
const toPerl = (lx: LexerRun, text: string): void => lx.delegate(mv(lx).perl, text);

const states: StateTable = {
  root: [mixin('mason_tags')],
  mason_tags: [
    rule(/\s+/, 'w'),
    rule(`<%${TEXT_BLOCKS}>`, 'cp', 'text_block', I),
    rule(`<%${PERL_BLOCKS}>`, 'cp', 'perl_block', I),
    rule(`(<%${COMPONENTS})([^>]*)(>)`, (lx, m) => {
      lx.token('cp', m[1]);
      lx.token('n', m[3]);
      lx.token('cp', m[4]);
      lx.push('component_block');
    }, undefined, I),
    rule(/^(%)(.*)$/, (lx, m) => { lx.token('cp', m[1]); toPerl(lx, m[2]!); }),
    rule(/<%/, 'cp', 'component_call'),
    rule(/<&\|/, (lx, m) => { lx.token('cp', m[0]); lx.push('component_with_content'); lx.push('component_sub'); }),
    rule(/<&/, 'cp', 'component_sub'),
    rule(/(.+?)(?=(<\/?&|<\/?%|^%|^#))/, (lx, m) => lx.delegate(mv(lx).parent, m[0]), undefined, { dotAll: true }),
    rule(/.+/, (lx, m) => lx.delegate(mv(lx).parent, m[0]), undefined, { dotAll: true }),
  ],
  perl_block: [
    rule(`<\\/%${PERL_BLOCKS}>`, 'cp', '#pop', I),
    rule(/\s+/, 'w'),
    rule(/^(#.*)$/, 'c'),
    rule(/(.*?[^"])(?=<\/%)/, (lx, m) => toPerl(lx, m[0]), undefined, { dotAll: true }),
  ],
  text_block: [
    rule(`<\\/%${TEXT_BLOCKS}>`, 'cp', '#pop', I),
    rule(/\s+/, 'w'),
    rule(/^(#.*)$/, 'c'),
    rule(/(.*?[^"])(?=<\/%)/, 'c', undefined, { dotAll: true }),
  ],
  component_block: [
    rule(`<\\/%${COMPONENTS}>`, 'cp', '#pop', I),
    rule(/\s+/, 'w'),
    rule(/^(#.*)$/, 'c'),
    mixin('mason_tags'),
  ],
  component_with_content: [
    rule(/<\/&>/, 'cp', '#pop'),
    mixin('mason_tags'),
  ],
  component_sub: [
    rule(/&>/, 'cp', '#pop'),
    rule(/(.*?)(?=&>)/, (lx, m) => toPerl(lx, m[0]), undefined, { dotAll: true }),
  ],
  component_call: [
    rule(/%>/, 'cp', '#pop'),
    rule(/(.*?)(?=%>)/, (lx, m) => toPerl(lx, m[0]), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('mason', states, (lx) => {
    mv(lx).parent = createHtml();
    mv(lx).perl = createPerl();
  });
}
