// Verified maximum
method Max(a: array<int>) returns (m: int)
  requires a.Length > 0
  ensures forall i :: 0 <= i < a.Length ==> a[i] <= m
{
  m := a[0];
  var i := 1;
  while i < a.Length
    invariant 1 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] <= m
  {
    if a[i] > m { m := a[i]; }
    i := i + 1;
  }
}

/* datatypes /* nested */ */
datatype Tree = Leaf | Node(left: Tree, value: nat, right: Tree)
function Size(t: Tree): nat {
  match t
  case Leaf => 0
  case Node(l, _, r) => Size(l) + 1 + Size(r)
}
const big: bv32 := 0xFFFF_FFFF;
const s: string := "hi\n" + @"verbatim ""quoted""";
const c: char := 'x';
const r: real := 3.14;
const bad := 12abc;
