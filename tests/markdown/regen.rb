# Regenerates tests/markdown/cases/*.html from *.md with Jekyll 4.3's own kramdown converter
# (Debian's ruby-kramdown + ruby-kramdown-parser-gfm, Jekyll's default `kramdown:` options).
#   ruby tests/markdown/regen.rb
require 'jekyll'

config = Jekyll::Configuration.from({})
converter = Jekyll::Converters::Markdown::KramdownParser.new(config)
Dir[File.join(__dir__, 'cases', '*.md')].sort.each do |md|
  html = converter.convert(File.read(md, encoding: 'UTF-8'))
  File.write(md.sub(/\.md\z/, '.html'), html)
end
puts "regenerated #{Dir[File.join(__dir__, 'cases', '*.md')].size} cases"
