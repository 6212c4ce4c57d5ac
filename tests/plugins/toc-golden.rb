# Regenerates tests/plugins/toc-expected.json from tests/plugins/toc-cases.json with the real
# jekyll-toc 0.18.0 (Nokogiri on libxml2): for each case, the fragment written back
# (inner_html, i.e. libxml2's parse + serialization), the list (build_toc) and the whole `toc`
# output, with the case's `toc:` config. Usage: ruby tests/plugins/toc-golden.rb [cases.json] [out.json]
require 'json'
require 'jekyll'
require 'jekyll-toc'

dir = File.dirname(__FILE__)
cases = JSON.parse(File.read(ARGV[0] || File.join(dir, 'toc-cases.json')))
out = cases.map do |c|
  config = c['config'] || {}
  result = { 'name' => c['name'] }
  result['inner_html'] = Nokogiri::HTML::DocumentFragment.parse(c['html']).inner_html
  begin
    parser = Jekyll::TableOfContents::Parser.new(c['html'], config)
    result['build_toc'] = parser.build_toc
    result['toc'] = Jekyll::TableOfContents::Parser.new(c['html'], config).toc
  rescue StandardError => e
    result['error'] = e.message
  end
  result
end
File.write(ARGV[1] || File.join(dir, 'toc-expected.json'), JSON.pretty_generate(out) + "\n")
