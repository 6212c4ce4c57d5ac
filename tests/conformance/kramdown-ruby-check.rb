# Runs the installed (Debian) kramdown 2.4 + kramdown-parser-gfm on kramdown's and parser-gfm's test cases
# the way their test_files.rb do (same Rouge patch, same custom formatter), and prints the cases kramdown
# 2.4 itself does not reproduce (the test cases come from a newer kramdown checkout).
#   ruby tests/conformance/kramdown-ruby-check.rb KRAMDOWN_TESTCASES KRAMDOWN_GFM_TESTCASES [OUT_DIR]
# With OUT_DIR, kramdown 2.4's own output of every case is written to OUT_DIR/<suite>/<case>.html, or the
# exception it raises to OUT_DIR/<suite>/<case>.error. kramdown-cases.ts runs this script itself when Ruby
# and kramdown are installed (or reads KRAMDOWN_RUBY_OUT) and counts kiln against that output too.
require 'fileutils'
require 'kramdown'
require 'kramdown-parser-gfm'
require 'yaml'
require 'kramdown/converter/syntax_highlighter/rouge'
Kramdown::Converter::SyntaxHighlighter::Rouge.formatter_class.send(:define_method, :format) do |tokens, &b|
  out = super(tokens, &b)
  $kramdown_suite ? out.sub(/<\/code><\/pre>\n?/, "</code></pre>\n") : out # only kramdown's suite patches Rouge
end
# The custom formatter kramdown's test_files.rb defines (used by block/06_codeblock/rouge/multiple).
module Rouge
  module Formatters
    class RougeHTMLFormatters < Kramdown::Converter::SyntaxHighlighter::Rouge.formatter_class
      tag 'rouge_html_formatters'

      def stream(tokens, &b)
        yield %(<div class="custom-class">)
        super
        yield %(</div>)
      end
    end
  end
end

[[ARGV[0], 'kramdown'], [ARGV[1], 'gfm']].each do |root, suite|
  next unless root
  $kramdown_suite = (suite == 'kramdown')
  Dir[File.join(root, '**/*.text')].sort.each do |text_file|
    html_file = text_file.sub(/\.text$/, '.html')
    next unless File.exist?(html_file)
    opts_file = text_file.sub(/\.text$/, '.options')
    opts_file = File.join(File.dirname(text_file), 'options') unless File.exist?(opts_file)
    options = File.exist?(opts_file) ? YAML.unsafe_load(File.read(opts_file)) : {auto_ids: false, footnote_nr: 1}
    options = (options || {}).merge(input: 'GFM') if suite == 'gfm'
    id = text_file.sub(root + '/', '').sub(/\.text$/, '')
    begin
      out = Kramdown::Document.new(File.read(text_file), options).to_html
      if ARGV[2]
        dest = File.join(ARGV[2], suite, id + '.html')
        FileUtils.mkdir_p(File.dirname(dest))
        File.write(dest, out)
      end
      puts "#{suite}:#{id}\tdiffers" if out != File.read(html_file)
    rescue StandardError, LoadError => e
      message = "#{e.class}: #{e.message.lines.first.strip}"
      if ARGV[2]
        dest = File.join(ARGV[2], suite, id + '.error')
        FileUtils.mkdir_p(File.dirname(dest))
        File.write(dest, message)
      end
      puts "#{suite}:#{id}\terror #{message}"
    end
  end
end
