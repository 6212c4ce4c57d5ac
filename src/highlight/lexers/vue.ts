// vue (alias vuejs): single-file components — the HTML lexer plus <template> (HTML with {{ }}
// JavaScript interpolations), <script> and <style> blocks in the language their lang= names
// (html, css, javascript, sass, scss; anything else plain text).

import { LexerRun, WholeTextLexer, groups, mixin, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createCoffee } from './coffeescript.js';
import { create as createCss } from './css.js';
import { create as createHtml, htmlStates, startHtml } from './html.js';
import { create as createJs } from './javascript.js';
import { create as createSass } from './sass.js';
import { create as createScss } from './scss.js';

type Factory = () => Lexer;
interface VueVars { lang: Factory; vueJs: LexerRun; styleLang: Lexer | Factory }
const vv = (lx: LexerRun): VueVars => lx.vars as unknown as VueVars;

/** Rouge's lookup_lang; Rouge names a lexer class, so each chunk is lexed by a fresh instance. */
function lookupLang(lang: string): Factory {
  switch (lang.toLowerCase().replace(/["']*/g, '')) {
    case 'html': return createHtml;
    case 'css': return createCss;
    case 'javascript': return createJs;
    case 'sass': return createSass;
    case 'scss': return createScss;
    case 'coffee': return createCoffee;
    default: return () => new WholeTextLexer('plaintext');
  }
}

const states: StateTable = htmlStates();
const setLang = (lx: LexerRun, f: Factory): void => { vv(lx).lang = f; vv(lx).styleLang = f; };

states.root = [
  rule(/(<)(\s*)(template)/, (lx, m) => {
    lx.groups(m, ['nt', '', 'k']);
    setLang(lx, createHtml);
    lx.push('template');
    lx.push('lang_tag');
  }),
  rule(/(<)(\s*)(style)/, (lx, m) => {
    lx.groups(m, ['nt', '', 'k']);
    setLang(lx, createCss);
    lx.push('style');
    lx.push('lang_tag');
  }),
  rule(/(<)(\s*)(script)/, (lx, m) => {
    lx.groups(m, ['nt', '', 'k']);
    setLang(lx, createJs);
    lx.push('script');
    lx.push('lang_tag');
  }),
  ...states.root!,
];
states.tag = [rule(/[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*/, 'na', 'attr', { dotAll: true }), ...states.tag!];
Object.assign(states, {
  style: [
    groups(/(<\s*\/\s*)(style)(\s*>)/, ['nt', 'k', 'nt'], '#pop'),
    mixin('style_content'),
    mixin('embed'),
  ],
  script: [
    groups(/(<\s*\/\s*)(script)(\s*>)/, ['nt', 'k', 'nt'], '#pop'),
    mixin('script_content'),
    mixin('embed'),
  ],
  lang_tag: [
    rule(/(lang\s*=)(\s*)("(?:\\.|[^\\])*?"|'(\\.|[^\\])*?'|[^\s>]+)/, (lx, m) => {
      lx.groups(m, ['na', '', 's']);
      setLang(lx, lookupLang(m[3]!));
    }),
    mixin('tag'),
  ],
  template: [
    groups(/(<\s*\/\s*)(template)(\s*>)/, ['nt', 'k', 'nt'], '#pop'),
    rule(/{{/, (lx, m) => { lx.token('si', m[0]); lx.push('template_interpol'); vv(lx).vueJs.reset(); }),
    mixin('embed'),
  ],
  template_interpol: [
    rule(/}}/, 'si', '#pop'),
    rule(/}/, 'err'),
    mixin('template_interpol_inner'),
  ],
  template_interpol_inner: [
    rule(/{/, (lx, m) => { lx.delegate(vv(lx).vueJs, m[0]); lx.pushCurrent(); }),
    rule(/}/, (lx, m) => { lx.delegate(vv(lx).vueJs, m[0]); lx.pop(); }),
    rule(/[^{}]+/, (lx, m) => lx.delegate(vv(lx).vueJs, m[0])),
  ],
  embed: [
    rule(/[^{<]+/, (lx, m) => lx.delegate(vv(lx).lang(), m[0])),
    rule(/[<{][^<{]*/, (lx, m) => lx.delegate(vv(lx).lang(), m[0])),
  ],
} satisfies StateTable);

export function create(): Lexer {
  return new LexerRun('vue', states, (lx) => {
    startHtml(lx);
    vv(lx).vueJs = createJs();
  });
}
