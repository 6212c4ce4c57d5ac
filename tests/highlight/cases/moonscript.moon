-- MoonScript sample
import insert from table

class Animal
  new: (@name, @sound = "...") =>
  speak: => print "#{@name} says #{@sound}!"

class Dog extends Animal
  new: (name) => super name, "woof"

dogs = [Dog n for n in *{"Rex", 'Fido'}]
for d in *dogs
  d\speak!

t = { key: 1, "quoted key": 2, :name }
x = if #dogs > 1 and not nil then 3.5e2 else 0x1F
long = [[
multi-line #{not interpolated}
]]
string.format "%d dogs", #dogs
insert dogs, Dog "Max"
export helper = (a, b=2) -> a .. b
