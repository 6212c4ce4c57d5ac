; Hy: a Lisp that compiles to Python
(import os [path :as p])
(require hyrule [-> ->>])

(defn greet [name [greeting "Hello"]]
  "Return a greeting."
  (+ greeting ", " name "!"))

(setv nums (list (range 10))
      total 0)
(for [n nums]
  (when (even? n)
    (setv total (+ total n))))
(print (greet "Hy") total 3.5 -2 0xFF)
(defclass Point [object]
  (defn __init__ [self x y]
    (setv self.x x self.y y)))
(lambda [x] (* x x))
'quoted-symbol :keyword \a
`(a ~b ~@c)
{"a" 1 "b" [2 3]}
