# Regenerates src/highlight/lexers/<lexer>-words.ts: keyword/builtin word lists taken from the
# constants and class methods of Rouge's lexers (one exported space-separated list each).
# Run: ruby tests/highlight/tools/gen-word-lists.rb
require 'rouge'
require 'json'

L = Rouge::Lexers
def c_family(klass)
  { 'KEYWORDS' => klass.keywords, 'KEYWORDS_TYPE' => klass.keywords_type, 'RESERVED' => klass.reserved,
    'BUILTINS' => klass.builtins }
end

# file => { export name => list (anything responding to to_a) }
LISTS = {
  'common_lisp' => {
    'BUILTIN_FUNCTIONS' => L::CommonLisp::BUILTIN_FUNCTIONS, 'SPECIAL_FORMS' => L::CommonLisp::SPECIAL_FORMS,
    'MACROS' => L::CommonLisp::MACROS, 'LAMBDA_LIST_KEYWORDS' => L::CommonLisp::LAMBDA_LIST_KEYWORDS,
    'DECLARATIONS' => L::CommonLisp::DECLARATIONS, 'BUILTIN_TYPES' => L::CommonLisp::BUILTIN_TYPES,
    'BUILTIN_CLASSES' => L::CommonLisp::BUILTIN_CLASSES,
  },
  # C-family lexers: the full word sets of each class (inherited ones included)
  'cuda' => c_family(L::CUDA),
  'glsl' => c_family(L::Glsl),
  'hlsl' => c_family(L::HLSL),
  'slice' => c_family(L::Slice),
  # Julia keeps these as /x regexes: their sources with the insignificant whitespace removed
  'julia' => { 'BUILTINS_PATTERN' => L::Julia::BUILTINS, 'KEYWORDS_PATTERN' => L::Julia::KEYWORDS,
               'TYPES_PATTERN' => L::Julia::TYPES, 'OPERATORS_PATTERN' => L::Julia::OPERATORS },
  'verilog' => { 'KEYWORDS' => L::Verilog.keywords, 'KEYWORDS_TYPE' => L::Verilog.keywords_type,
                 'KEYWORDS_SYSTEM_TASK' => L::Verilog.keywords_system_task },
  'racket' => { 'KEYWORDS' => L::Racket.keywords, 'BUILTINS' => L::Racket.builtins },
  'hql' => { 'KEYWORDS' => L::HQL.keywords, 'KEYWORDS_TYPE' => L::HQL.keywords_type },
  'plsql' => { 'KEYWORDS_RESERVED' => L::PLSQL.keywords_reserved, 'KEYWORDS' => L::PLSQL.keywords,
               'KEYWORDS_FUNC' => L::PLSQL.keywords_func, 'KEYWORDS_TYPE' => L::PLSQL.keywords_type },
  # AppleScript joins its word lists (some with spaces) unescaped into \b(…)\b patterns
  'applescript' => %w(operators literals commands controls declarations reserved handler_params references
                      studio_properties studio_commands).to_h { |n| ["#{n.upcase}_SOURCE", "\\b(#{L::AppleScript.send(n).to_a.join('|')})\\b"] }
    .merge('CLASSES_SOURCE' => "\\b(as )(#{L::AppleScript.classes.to_a.join('|')})\\b",
           'BUILTINS_SOURCE' => "\\b(#{L::AppleScript.builtins.to_a.join('|')})s?\\b",
           'STUDIO_CLASSES_SOURCE' => "\\b(#{L::AppleScript.studio_classes.to_a.join('|')})s?\\b"),
  'lasso' => %i(exceptions types traits keywords builtins).to_h { |k| [k.to_s.upcase, L::Lasso.keywords[k]] },
  # GDScript keeps its lists as '|'-joined pattern strings
  'gdscript' => { 'KEYWORDS_SOURCE' => L::GDScript.keywords, 'KEYWORDS_RESERVED_SOURCE' => L::GDScript.keywords_reserved,
                  'BUILTINS_SOURCE' => L::GDScript.builtins, 'BUILTINS_TYPE_SOURCE' => L::GDScript.builtins_type },
  'stata' => { 'KEYWORDS' => L::Stata::KEYWORDS, 'PRIMITIVE_FUNCTIONS' => L::Stata::PRIMITIVE_FUNCTIONS,
               'TYPE_KEYWORDS' => L::Stata.type_keywords, 'RESERVED_KEYWORDS' => L::Stata.reserved_keywords },
  # ArmAsm joins these unescaped into patterns (some entries are patterns themselves)
  'armasm' => %w(preproc_keyword file_directive general_directive shift_or_condition builtin operator)
    .to_h { |n| [n.upcase, L::ArmAsm.send(n)] },
  'mathematica' => { 'BUILTINS' => L::Mathematica.builtins },
  'm68k' => { 'KEYWORDS' => L::M68k.keywords, 'KEYWORDS_TYPE' => L::M68k.keywords_type,
              'RESERVED' => L::M68k.reserved, 'BUILTINS' => L::M68k.builtins },
  'janet' => { 'SPECIALS' => L::Janet.specials, 'BUNDLED' => L::Janet.bundled },
  'abap' => { 'KEYWORDS' => L::ABAP.keywords, 'BUILTINS' => L::ABAP.builtins, 'TYPES' => L::ABAP.types,
              'NEW_KEYWORDS' => L::ABAP.new_keywords },
  'stan' => %w(keywords types reserved builtin_functions distributions constants)
    .to_h { |n| [n.upcase, L::Stan.send(n)] }.merge('OP_SOURCE' => L::Stan::OP.source),
  'hylang' => { 'KEYWORDS' => L::HyLang.keywords, 'BUILTINS' => L::HyLang.builtins },
  'sqf' => { 'COMMANDS' => L::SQF.commands, 'DIAG_COMMANDS' => L::SQF.diag_commands },
  'brightscript' => %w(name_builtin keyword_reserved keyword_reserved_unsupported keyword_type operator_word builtins)
    .to_h { |n| [n.upcase, L::Brightscript.send(n)] },
  # BBC BASIC joins these unescaped into patterns (entries hold \$, classes…)
  'bbcbasic' => %w(punctuation function statement operator constant).to_h { |n| [n.upcase, L::BBCBASIC.send(n)] },
  'datastudio' => { 'SQL_KEYWORDS' => L::Datastudio.sql_keywords },
  # Ceylon's first two rules are multi-line (non-/x) patterns: their newlines and indentation are
  # part of the alternatives, so the exact sources are taken from the compiled rules
  'ceylon' => { 'DECORATORS_SOURCE' => L::Ceylon.get_state(:root).rules[1].re.source,
                'KEYWORDS_SOURCE' => L::Ceylon.get_state(:root).rules[2].re.source },
  'nial' => %w(keywords operators punctuations transformers funcs consts).to_h { |n| [n.upcase, L::Nial.send(n)] },
  'lean' => { 'KEYWORDS' => L::Lean.keywords, 'TYPES' => L::Lean.types,
              'OPERATORS_SOURCE' => L::Lean.operators.to_a.join('|') },
  'llvm' => { 'KEYWORDS' => L::LLVM.keywords, 'INSTRUCTIONS' => L::LLVM.instructions, 'TYPES' => L::LLVM.types },
}

def lists_for(only)
  LISTS.select { |file, _| only.empty? || only.include?(file) }
end

lists_for(ARGV).each do |file, lists|
  out = +"// Generated by tests/highlight/tools/gen-word-lists.rb from Rouge #{Rouge.version}; do not edit.\n"
  lists.each do |name, list|
    if list.is_a?(String)
      out << "export const #{name} = #{JSON.generate(list)};\n"
      next
    end
    if list.is_a?(Regexp)
      # /x pattern: drop unescaped whitespace (no comments, escaped spaces or classes with spaces)
      pieces = list.source.scan(/\\.|./m)
      abort "#{file} #{name}: unsupported /x pattern" if pieces.any? { |c| c == '#' || c == '\\ ' || c == '[' }
      out << "export const #{name} = #{JSON.generate(pieces.reject { |c| c =~ /\A\s\z/ }.join)};\n"
      next
    end
    words = list.to_a.map(&:to_s)
    out << "export const #{name}: readonly string[] = #{JSON.generate(words.join(' '))}.split(' ');\n"
  end
  File.write(File.join(__dir__, "../../../src/highlight/lexers/#{file}-words.ts"), out)
  puts "#{file}: #{lists.map { |n, l| "#{n} #{l.is_a?(Regexp) || l.is_a?(String) ? "/…/" : l.to_a.size}" }.join(', ')}"
end
