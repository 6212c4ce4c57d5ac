#!/usr/bin/env julia
#= Block comment
   #= nested =# still comment
=#
module Geometry

export Point, distance, area

abstract type Shape end
mutable struct Point{T<:Real} <: Shape
    x::T
    y::T
end

struct Circle <: Shape
    center::Point{Float64}
    r::Float64
end

"""
    distance(a, b)

Euclidean distance between two points.
"""
function distance(a::Point, b::Point)::Float64
    return sqrt((a.x - b.x)^2 + (a.y - b.y)^2)
end

area(c::Circle) = π * c.r^2
Base.:+(a::Point, b::Point) = Point(a.x + b.x, a.y + b.y)
function (p::Point)(s) p.x * s end
macro twice(ex)
    quote
        $(esc(ex)); $(esc(ex))
    end
end

const ORIGIN = Point(0.0, 0.0)
xs = [1, 2, 3] .* 2
ys = map(x -> x^2 + 1_000, xs)'
name = "world"
println("Hello, $name! Sum is $(sum(ys)) and tab\tescape \u00e9 \$notinterp")
s = raw"C:\path\no $interp"
c = 'a'; nl = '\n'; uc = '\u2200'
bits = 0b1010_1010 + 0o777 + 0xdead_beef + 1e10 + 2.5f0 + .5 + 1_000.5
if isa(ORIGIN, Shape) && !isempty(xs) || nothing === missing
    @info "ok" ORIGIN
elseif x ≥ 2 && y ≠ 3
    for i in 1:10, j = 2:3
        i % 2 == 0 && continue
    end
else
    try
        error("boom")
    catch e
        @warn e
    finally
        nothing
    end
end
cmd = `ls -la $dir`
d = Dict{String,Int}("a" => 1, :b => 2)
local v = Inf; global g = NaN
end # module
