(* ::Package:: *)
(* Fibonacci with memoization (* nested *) *)
BeginPackage["Fib`"]
fib::usage = "fib[n] gives the nth Fibonacci number.";
fib::argx = "bad argument";
Begin["`Private`"]
fib[0] = 0; fib[1] = 1;
fib[n_Integer /; n > 1] := fib[n] = fib[n - 1] + fib[n - 2]
End[]
EndPackage[]

In[1]:= Table[fib[k], {k, 0, 10}]
Out[1]= {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55}
Module[{x = 2^^1010, y = 16^^FF.8, z = 1.5`20, w = 3.2*^-4},
  Plot[Sin[x] \[Alpha], {x, 0, 2 Pi}, PlotStyle -> Red]
]
Map[#^2 &, Range[5]] // Total
assoc = <|"a" -> 1|>; assoc[[#a]] & /@ {assoc}
System`Print["done\n", Global`x]
