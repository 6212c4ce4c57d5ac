// cmake: commands (builtin ones as Name.Builtin), arguments, quoted and [[bracket]] strings and
// comments, ${variable} references. As in Rouge, a closing quote pushes the root state again.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const BUILTIN_COMMANDS = new Set("add_compile_definitions add_compile_options add_custom_command add_custom_target add_definitions add_dependencies add_executable add_library add_link_options add_subdirectory add_test aux_source_directory break build_command build_name cmake_host_system_information cmake_language cmake_minimum_required cmake_parse_arguments cmake_policy configure_file create_test_sourcelist define_property else elseif enable_language enable_testing endforeach endfunction endif endmacro endwhile exec_program execute_process export export_library_dependencies file find_file find_library find_package find_path find_program fltk_wrap_ui foreach function get_cmake_property get_directory_property get_filename_component get_property get_source_file_property get_target_property get_test_property if include include_directories include_external_msproject include_guard include_regular_expression install install_files install_programs install_targets link_directories link_libraries list load_cache load_command macro make_directory mark_as_advanced math message option output_required_files project qt_wrap_cpp qt_wrap_ui remove remove_definitions return separate_arguments set set_directory_properties set_property set_source_files_properties set_target_properties set_tests_properties site_name source_group string subdir_depends subdirs target_compile_definitions target_compile_features target_compile_options target_include_directories target_link_directories target_link_libraries target_link_options target_precompile_headers target_sources try_compile try_run unset use_mangled_mesa utility_source variable_requires variable_watch while write_file".split(' '));

/** The token of plain characters in each state (Rouge's STATES_MAP). */
const STATE_TOKENS: Record<string, string> = {
  root: '',
  bracket_string: 's2',
  quoted_argument: 's2',
  bracket_comment: 'cm',
  variable_reference: 'nv',
};
const stateToken = (lx: LexerRun): string => STATE_TOKENS[lx.state] ?? '';

const states: StateTable = {
  default: [
    rule(/\r\n?|\n/, (lx, m) => lx.token(stateToken(lx), m[0])),
    rule(/./, (lx, m) => lx.token(stateToken(lx), m[0])),
  ],
  variable_interpolation: [rule(/\$\{/, 'si', 'variable_reference')],
  bracket_close: [
    rule(/\]=*\]/, (lx, m) => {
      lx.token(stateToken(lx), m[0]);
      if (m[0].length === lx.vars.bracketLen) lx.goto('root');
    }),
  ],
  root: [
    mixin('variable_interpolation'),
    rule(/[ \t]/, ''),
    rule(/[()]/, 'p'),
    rule(/#\[=*\[/, (lx, m) => { lx.token('cm', m[0]); lx.vars.bracketLen = m[0].length - 1; lx.goto('bracket_comment'); }),
    rule(/\[=*\[/, (lx, m) => { lx.token('s2', m[0]); lx.vars.bracketLen = m[0].length; lx.goto('bracket_string'); }),
    rule(/\\"/, ''),
    rule(/"/, 's2', 'quoted_argument'),
    rule(/([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\()/, (lx, m) => {
      lx.groups(m, [BUILTIN_COMMANDS.has(m[1]!) ? 'nb' : 'nf', '', 'p']);
    }),
    rule(/#.*/, 'c1'),
    mixin('default'),
  ],
  bracket_string: [mixin('bracket_close'), mixin('variable_interpolation'), mixin('default')],
  bracket_comment: [mixin('bracket_close'), mixin('default')],
  variable_reference: [
    mixin('variable_interpolation'),
    rule(/}/, 'si', '#pop'),
    mixin('default'),
  ],
  quoted_argument: [
    mixin('variable_interpolation'),
    rule(/"/, 's2', 'root'),
    rule(/\\[()#" \\$@^trn;]/, 'se'),
    mixin('default'),
  ],
};

export function create(): Lexer {
  return new LexerRun('cmake', states);
}


