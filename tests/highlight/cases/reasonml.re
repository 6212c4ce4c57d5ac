/* A small Reason module
   /* with a nested comment */ */
open Belt;

type shape =
  | Circle(float)
  | Rect(float, float);

let area = (s: shape): float =>
  switch (s) {
  | Circle(r) => Js.Math._PI *. r *. r
  | Rect(w, h) => w *. h
  };

// single-line comment
let greet = (~name: string, ~greeting="Hello", ()) => {
  let msg = greeting ++ ", " ++ name ++ "!\n";
  Js.log(msg);
};

module Counter = {
  type t = {mutable count: int};
  let make = () => {count: 0};
  let incr = c => c.count = c.count + 1;
};

let xs = [1, 2, 3] |> List.map(x => x * 2);
let c = 'a';
let big = 0xFF + 0o17 + 0b101 + 1_000 + 3.14e-2;
let ok = true && !false || x mod 2 == 0;
let poly = `Red;
if (List.length(xs) > 2) { greet(~name="Reason", ()) } else { () };
