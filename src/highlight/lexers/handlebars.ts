// handlebars (aliases hbs, mustache): {{…}} expressions, blocks ({{#if}} … {{/if}}), comments,
// with the surrounding text lexed as HTML.

import { LexerRun, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createHtml } from './html.js';

const ID = '[\\w$-]+';
const parentOf = (lx: LexerRun): LexerRun => lx.vars.parent as LexerRun;

const states: StateTable = {
  root: [
    rule(/\\{+/, (lx, m) => lx.delegate(parentOf(lx), m[0])),
    rule(/{{!--/, 'c', 'comment'),
    rule(/{{!.*?}}/, 'c'),
    rule(/{{{?/, (lx, m) => { lx.token('k', m[0]); lx.push('stache'); lx.push('open_sym'); }),
    rule(/(.+?)(?=\\|{{)/, (lx, m) => {
      const parent = parentOf(lx);
      lx.delegate(parent, m[0]);
      // an attribute value cut by an expression must not swallow what follows
      if (parent.state === 'attr') parent.pop();
    }, undefined, { dotAll: true }),
    rule(/.+/, (lx, m) => lx.delegate(parentOf(lx), m[0]), undefined, { dotAll: true }),
  ],
  comment: [
    rule(/{{/, 'c', '#push'),
    rule(/}}/, 'c', '#pop'),
    rule(/[^{}]+/, 'c', undefined, { dotAll: true }),
    rule(/[{}]/, 'c'),
  ],
  stache: [
    rule(/}}}?/, 'k', '#pop'),
    rule(/\|/, 'p'),
    rule(/~/, 'k'),
    rule(/\s+/, '', undefined, { dotAll: true }),
    rule(/[=]/, 'o'),
    rule(/[\[\]]/, 'p'),
    rule(/[()]/, 'p'),
    rule(/[.](?=[}\s])/, 'nv'),
    rule(/[.][.]/, 'nv'),
    rule(/[\/.]/, 'p'),
    rule(/"(\\.|.)*?"/, 's2'),
    rule(/'(\\.|.)*?'/, 's1'),
    rule(/\d+(?=}\s)/, 'm'),
    rule(/(true|false)(?=[}\s])/, 'kc'),
    rule(/else(?=[}\s])/, 'k'),
    rule(/this(?=[}\s])/, 'bp'),
    rule(`@${ID}`, 'na'),
    rule(ID, 'nv'),
  ],
  open_sym: [
    rule(/[#\/]/, (lx, m) => { lx.token('k', m[0]); lx.goto('block_name'); }),
    rule(/[>^&~]/, 'k'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
  block_name: [
    rule(/if(?=[}\s])/, 'k'),
    rule(ID, 'nn', '#pop'),
    rule(/(?:)/, (lx) => lx.pop()),
  ],
};

export function create(): Lexer {
  return new LexerRun('handlebars', states, (lx) => { lx.vars.parent = createHtml(); });
}
