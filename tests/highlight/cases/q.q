/ trades analytics
/ multi-line comment block
   continued here
t:([] sym:`AAPL`MSFT`GOOG; px:101.5 250.25 99.0; sz:100 200 300i; tm:09:30:00.000 09:31:15 10:00:00)
avgPx:{[s] exec avg px from t where sym=s}
vwap:select vwap:sz wavg px by sym from t
d:2024.03.05; ts:2024.03.05D10:30:00.000000000
n:0N; inf:0w; b:101b; h:0x1f
f:{x+y*2} each til 10   / trailing comment
.z.P
.myns.var:42
r:t lj `sym xkey ([] sym:`AAPL`MSFT; name:("Apple";"Micro\"soft\n"))
k)(+/)1 2 3
if[count t; show "non-empty"]
\l script.q
\
everything after is a comment
