# frozen_string_literal: true
require 'json'

module Kiln
  module Util
    # Greets someone.
    class Greeter < Base
      attr_reader :name, :count
      DEFAULT = "world"

      def initialize(name = DEFAULT, count: 1)
        @name = name
        @count = count
        @@instances ||= 0
        @@instances += 1
        $stdout.sync = true
      end

      def greet!(times = 2)
        times.times do |i|
          puts "Hello, #{@name} (#{i + 1}/#{times})!\n"
        end
        return nil if @name.nil? || @name.empty?
        @name =~ /^[a-z]+\d*$/i ? :ok : :ko
      end

      def self.build(*args, **opts, &block)
        new(*args, **opts).tap { |g| block&.call(g) }
      end

      def <=>(other)
        name <=> other.name
      end

      private

      def table
        {
          'single' => 'it\'s',
          "double" => "tab\there",
          sym: %w[a b c],
          list: [1, 2.5, 0x1F, 0b101, 1_000, 3e10],
          range: (1..10).to_a,
          re: %r{https?://[^/]+}x,
        }
      end
    end
  end
end

text = <<~EOS
  Hello #{name}
  two lines
EOS
x = y > 0 ? y / 2 : -y
puts text.gsub(/\s+/, ' ').strip unless x.zero?
=begin
block comment
=end
value = ?a
printf("%d items\n", 3)
h = { a: 1, 'b' => [nil, true, false] }
h.each_pair { |k, v| warn "#{k}=#{v}" }
obj&.method_call(arg) rescue StandardError => e
__END__
data section <here>
