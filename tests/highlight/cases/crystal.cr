#!/usr/bin/env crystal
# A small Crystal program
require "http/server"

@[Link("m")]
lib LibM
  fun pow(x : Float64, y : Float64) : Float64
end

module Shapes
  abstract class Shape
    getter name : String
    property? visible : Bool = true

    def initialize(@name : String)
    end

    abstract def area : Float64
  end

  class Circle < Shape
    def initialize(@radius : Float64)
      super("circle")
    end

    def area : Float64
      Math::PI * @radius ** 2
    end
  end
end

struct Point
  getter x, y
  def initialize(@x : Int32, @y : Int32); end
  def +(other : Point) : Point
    Point.new(x + other.x, y + other.y)
  end
end

macro define_method(name, content)
  def {{name.id}}
    {% if content == 1 %}
      "one"
    {% else %}
      {{content}}
    {% end %}
  end
end

n = 42_i64 + 0x1F + 0o17 + 0b101 + 3.14_f32 + 1e10
c = 'a'; nl = '\n'; u = '\u0041'
sym = :hello
h = {"key" => "value", sym: 1}
arr = %w(one two three)
s = %Q(interpolated #{n} and \(escaped\))
re = /ab+c\/#{sym}/i
text = <<-EOS
  heredoc with #{n}
  EOS
case n
when .> 40 then puts "big"
else puts n // 2
end
x = n > 3 ? "yes" : "no"
server = HTTP::Server.new do |context|
  context.response.print "Hello #{context.request.path}!"
end
puts typeof(n), n.is_a?(Int64), arr.size!
