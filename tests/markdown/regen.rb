# Regenerates tests/markdown/cases/*.html from *.md with Jekyll 4.3's own kramdown converter
# (Debian's ruby-kramdown + ruby-kramdown-parser-gfm, Jekyll's default `kramdown:` options).
#   ruby tests/markdown/regen.rb
require 'jekyll'

# A case may have <name>.yml: the site's `kramdown:` config block for that case.
require 'yaml'
Dir[File.join(__dir__, 'cases', '*.md')].sort.each do |md|
  yml = md.sub(/\.md\z/, '.yml')
  kramdown = File.exist?(yml) ? YAML.safe_load(File.read(yml)) : nil
  config = Jekyll::Configuration.from(kramdown ? { 'kramdown' => kramdown } : {})
  converter = Jekyll::Converters::Markdown::KramdownParser.new(config)
  html = converter.convert(File.read(md, encoding: 'UTF-8'))
  File.write(md.sub(/\.md\z/, '.html'), html)
end
puts "regenerated #{Dir[File.join(__dir__, 'cases', '*.md')].size} cases"
