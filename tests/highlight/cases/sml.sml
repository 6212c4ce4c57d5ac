(* Binary search trees in Standard ML
   (* with a nested comment *) *)
structure Tree :> sig
  type 'a tree
  val empty : 'a tree
  val insert : int * int tree -> int tree
end = struct
  datatype 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
  exception NotFound of string

  val empty = Leaf

  fun insert (x, Leaf) = Node (Leaf, x, Leaf)
    | insert (x, t as Node (l, y, r)) =
        if x < y then Node (insert (x, l), y, r)
        else if x > y then Node (l, y, insert (x, r))
        else t

  fun size Leaf = 0
    | size (Node (l, _, r)) = size l + 1 + size r
end

val t = foldl (fn (x, acc) => Tree.insert (x, acc)) Tree.empty [5, 3, ~8, 0x1F]
val pi = 3.14159 and e = 2.7e~1
val s = "tab\there \"quoted\" \065" ^ String.str #"c"
val r = #name {name = "x", age = 3}
infix 6 +++
fun a +++ b = a + b
let val x = 1 in x handle Overflow => 0 end
local fun helper y = y * 2 in val doubled = helper 21 end
type point = {x : real, y : real}
