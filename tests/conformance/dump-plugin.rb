# Jekyll plugin used to build the real-site Markdown corpus (see tests/conformance/README.md).
# Dumps every Markdown conversion (input after Liquid, kramdown HTML) to /work/scratch/md-corpus.
require 'fileutils'
module KilnDump
  DIR = '/work/scratch/md-corpus'
  @n = 0
  class << self; attr_accessor :n; end
end
FileUtils.mkdir_p(KilnDump::DIR)
Jekyll::Hooks.register :site, :after_init do |site|
  Dir.glob(File.join(KilnDump::DIR, '*')).each { |f| File.delete(f) }
end
module KilnDumpConvert
  def convert(content)
    out = super
    KilnDump.n += 1
    base = File.join(KilnDump::DIR, format('%03d', KilnDump.n))
    File.binwrite(base + '.md', content)
    File.binwrite(base + '.html', out)
    out
  end
end
Jekyll::Converters::Markdown::KramdownParser.prepend(KilnDumpConvert)
