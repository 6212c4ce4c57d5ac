# A small Janet program
(import spork/json :as json)

(def- max-items 100)
(var counter 0)

(defn greet
  "Greets someone."
  [name &opt greeting]
  (default greeting "Hello")
  (string greeting ", " name "!\n"))

(defmacro unless2 [cond & body]
  ~(if ,cond nil (do ,;body)))

(each x [1 2 3 0x1F 2r1010 1.5e3 -4]
  (++ counter)
  (print (greet (string x))))

(def tbl @{:a 1 :b "two" :nested {:c true}})
(put tbl :d nil)
(map |(* $ 2) (range 5))
(quote (a b c))
'(x y z)
(def long ``multi
line string``)
(match (get tbl :a)
  1 (print "one")
  _ (print "other"))
