def print_hi(name)
  puts "Hi, #{name}"
end
print_hi('Tom')