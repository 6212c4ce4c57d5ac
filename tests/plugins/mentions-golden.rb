# Regenerates tests/plugins/mentions-expected.json from tests/plugins/mentions-cases.json with the
# real html-pipeline 2.14 / Nokogiri 1.13 (libxml2 2.9.14) that jekyll-mentions 1.6.0 runs: for each
# case the fragment written back unchanged (`reparse`) and with MentionFilter as the gem sets it up
# (`mentions`, base https://github.com). Usage: ruby tests/plugins/mentions-golden.rb
require 'json'
require 'jekyll'
require 'jekyll-mentions'

dir = File.dirname(__FILE__)
cases = JSON.parse(File.read(File.join(dir, 'mentions-cases.json')))
out = cases.map do |c|
  {
    'name' => c['name'],
    'reparse' => HTML::Pipeline.parse(c['html']).to_html,
    'mentions' => Jekyll::Mentions.filter_with_mention('https://github.com').call(c['html'])[:output].to_s,
  }
end
File.write(File.join(dir, 'mentions-expected.json'), JSON.pretty_generate(out) + "\n")
