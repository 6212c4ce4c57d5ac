// groovy: Rouge's Groovy lexer (Jenkinsfiles, Gradle scripts) — method definitions found by a
// "type name(" pattern, keywords/declarations/types, strings including """ and $/ /$ forms.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`assert break case catch continue default do else finally for if goto instanceof new return
  switch this throw try while in as`);
const DECLARATIONS = set(`abstract const enum extends final implements native private protected public static
  strictfp super synchronized throws transient volatile`);
const TYPES = set('def boolean byte char double float int long short void');
const CONSTANTS = set('true false null');

export const GROOVY_WORDS = { keywords: KEYWORDS, declarations: DECLARATIONS, types: TYPES };

export function groovyStates(ws: typeof GROOVY_WORDS): StateTable {
  return {
    root: [
      rule(/^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()/, (lx, m) => {
        // Rouge delegates to a clone of the running lexer, which shares its state stack.
        lx.reenter(m[1]!);
        lx.token('nf', m[2]);
        lx.token('', m[3]);
        lx.token('o', m[4]);
      }),
      rule(/[^\S\n]+/, ''),
      rule(/\/\/.*?$/, 'c1'),
      rule(/\/[*].*?[*]\//, 'cm', undefined, { dotAll: true }),
      rule(/@\w[\w.]*/, 'nd'),
      rule(/(class|interface|trait)\b/, 'kd', 'class'),
      rule(/package\b/, 'kn', 'import'),
      rule(/import\b/, 'kn', 'import'),
      rule(/""".*?"""/, 's2', undefined, { dotAll: true }),
      rule(/'''.*?'''/, 's1', undefined, { dotAll: true }),
      rule(/"(\\.|\\\n|.)*?"/, 's2'),
      rule(/'(\\.|\\\n|.)*?'/, 's1'),
      rule(/\$\/(\$.|.)*?\/\$/, 's', undefined, { dotAll: true }),
      rule(/\/(\\.|\\\n|.)*?\//, 's'),
      rule(/'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'/, 'sc'),
      groups(/(\.)([a-zA-Z_][a-zA-Z0-9_]*)/, ['o', 'na']),
      rule(/[a-zA-Z_][a-zA-Z0-9_]*:/, 'nl'),
      rule(/[a-zA-Z_$][a-zA-Z0-9_]*/, (lx, m) => {
        const w = m[0];
        lx.token(ws.keywords.has(w) ? 'k' : ws.declarations.has(w) ? 'kd' : ws.types.has(w) ? 'kt' : CONSTANTS.has(w) ? 'kc' : 'n', w);
      }),
      rule(/[~^*!%&\[\](){}<>|+=:;,.\/?-]/, 'o'),
      rule(/\d+\.\d+([eE]\d+)?[fd]?/, 'mf'),
      rule(/0x[0-9a-f]+/, 'mh'),
      rule(/[0-9]+L?/, 'mi'),
      rule(/\n/, ''),
    ],
    class: [
      rule(/\s+/, ''),
      rule(/\w\w*/, 'nc', '#pop'),
    ],
    import: [
      rule(/\s+/, ''),
      rule(/[\w.]+[*]?/, 'nn', '#pop'),
    ],
  };
}

const states = groovyStates(GROOVY_WORDS);

export function create(): Lexer {
  return new LexerRun('groovy', states);
}
