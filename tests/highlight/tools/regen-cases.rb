# Regenerates the expected output of every highlighter fixture with the installed Rouge:
# tests/highlight/cases/<lang>[--<what>].<ext>  ->  same path + '.html'
# (the token stream Rouge::Formatters::HTML writes for Rouge::Lexer.find_fancy(lang, code)).
# Run: ruby tests/highlight/tools/regen-cases.rb
require 'rouge'
dir = File.expand_path('../cases', __dir__)
count = 0
# Twig shares Jinja's word lists (class variables) once Jinja has run in the process; twig cases
# go first so their output is Twig's own (what a site using Twig alone gets).
Dir.glob(File.join(dir, '*')).sort_by { |p| [File.basename(p).start_with?('twig') ? 0 : 1, p] }.each do |path|
  next if path.end_with?('.html') || File.directory?(path)
  lang = File.basename(path).split(/--|\./).first.tr('@', '?') # '@' in a name stands for '?' (lexer options)
  code = File.read(path, encoding: 'UTF-8')
  # as kramdown and Jekyll's highlight tag call it: the code is passed for `guess`
  lexer = Rouge::Lexer.find_fancy(lang, code) or abort "no Rouge lexer for #{lang} (#{path})"

  html = Rouge::Formatters::HTML.new.format(lexer.lex(code))
  File.write(path + '.html', html)
  if File.basename(path).include?('--linenos')
    # as Jekyll's {% highlight lang linenos %} formats it
    table = Rouge::Formatters::HTMLTable.new(Rouge::Formatters::HTML.new,
                                             css_class: 'highlight', gutter_class: 'gutter', code_class: 'code')
    File.write(path + '.table.html', table.format(lexer.lex(code)))
  end
  count += 1
end
puts "#{count} cases regenerated with Rouge #{Rouge.version}"
