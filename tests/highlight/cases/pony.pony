use "collections"

actor Main
  """
  The program entry point.
  """
  let _env: Env
  var count: U32 = 0

  new create(env: Env) =>
    _env = env
    let greeter: Greeter iso = recover Greeter("world") end
    greeter.greet(env.out)
    for i in Range(0, 10) do
      count = count + i.u32()
    end
    env.out.print("total: " + count.string() + "\n")

class Greeter
  let name: String val
  new create(name': String) => name = name'
  fun box greet(out: OutStream) =>
    if name.size() > 0 then out.print("Hello, " + name) else out.print("?") end

/* block
   comment */
primitive Pi fun apply(): F64 => 3.14159e0 + 0x1F.0p2 + 1_000
