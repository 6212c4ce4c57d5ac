// meson: meson.build files — keywords, builtin functions and objects, word operators, '...' and
// '''...''' strings with escapes, f-strings whose @var@ parts are lexed as Meson again.

import { LexerRun, RougeWouldRaise, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('continue break elif else endif if true false foreach endforeach');
const BUILTIN_VARIABLES = set('meson host_machine build_machine target_machine');
const BUILTIN_FUNCTIONS = set(`add_global_arguments add_project_arguments add_global_link_arguments
  add_project_link_arguments add_test_setup add_languages alias_target assert benchmark both_libraries build_target
  configuration_data configure_file custom_target declare_dependency dependency disabler environment error executable
  generator gettext get_option get_variable files find_library find_program include_directories import install_data
  install_headers install_man install_subdir is_disabler is_variable jar join_paths library message option project
  run_target run_command set_variable subdir subdir_done subproject summary shared_library shared_module
  static_library test vcs_tag warning`);

// Onigmo's [[:alpha:]] and [[:alnum:]]
const IDENTIFIER = '[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}_]*';

/** The open strings, innermost last: [prefix lowercased, delimiter] (Rouge's StringRegister). */
type StringRegister = Array<[type: string, delim: string]>;
const register = (lx: LexerRun): StringRegister => lx.vars.strings as StringRegister;
function last(lx: LexerRun): [string, string] {
  const top = register(lx)[register(lx).length - 1];
  // Rouge calls a method on nil here and raises
  if (!top) throw new RougeWouldRaise('meson: no open string');
  return top;
}

const states: StateTable = {
  root: [
    rule(/\n+/, '', undefined, { dotAll: true }),
    rule(/[^\S\n]+/, ''),
    rule(/#(.*)?\n?/, 'c1'),
    rule(/[\[\]{}:(),;.]/, 'p'),
    rule(/\\\n/, ''),
    rule(/\\/, ''),
    rule(/(in|and|or|not)\b/, 'ow'),
    rule(/[-+\/*%=<>]=?|!=/, 'o'),
    rule(/([f]?)('''|['])/i, (lx, m) => {
      lx.groups(m, ['sa', 's']);
      register(lx).push([m[1]!.toLowerCase(), m[2]!]);
      lx.push('generic_string');
    }),
    rule(`(?<!\\.)${IDENTIFIER}\\b\\s*(?=\\()`, (lx, m) => lx.token(BUILTIN_FUNCTIONS.has(m[0]) ? 'nb' : 'n', m[0])),
    rule(`(?<!\\.)${IDENTIFIER}(?!\\s*?:)`, (lx, m) => {
      lx.token(BUILTIN_VARIABLES.has(m[0]) ? 'nb' : KEYWORDS.has(m[0]) ? 'k' : 'n', m[0]);
    }),
    rule(IDENTIFIER, 'n'),
    rule(/0b(_?[0-1])+/i, 'mb'),
    rule(/0o(_?[0-7])+/i, 'mo'),
    rule(/0x(_?[a-f0-9])+/i, 'mh'),
    rule(/([1-9](_?[0-9])*|0(_?0)*)/, 'mi'),
  ],
  generic_string: [
    rule(/[^'\\\@]+/, 's'),
    rule(/'''|[']/, (lx, m) => {
      lx.token('s', m[0]);
      if (last(lx)[1] === m[0]) {
        register(lx).pop();
        lx.pop();
      }
    }),
    rule(/(?=\\)/, 's', 'generic_escape'),
    rule(/\@/, (lx, m) => {
      if (last(lx)[0].includes('f')) {
        lx.token('si', m[0]);
        lx.push('generic_interpol');
      } else {
        lx.token('s', m[0]);
      }
    }),
  ],
  generic_escape: [
    rule(/\\([\\abfnrtv']|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'se', '#pop'),
    rule(/\\./, 's', '#pop'),
  ],
  generic_interpol: [
    rule(/[^\@]+/, (lx, m) => lx.recurse(m[0], create)),
    rule(/\@/, 'si', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('meson', states, (lx) => { lx.vars.strings = []; });
}
