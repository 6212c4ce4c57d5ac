#lang racket/base
;; Fibonacci and friends
#| block comment
   #| nested |# done |#
(require racket/list racket/string)
(provide fib (struct-out point))

(struct point (x y) #:transparent #:mutable)

(define (fib n)
  (cond [(< n 2) n]
        [else (+ (fib (- n 1)) (fib (- n 2)))]))

(define/contract (safe-div a b)
  (-> number? number? (or/c number? #f))
  (if (zero? b) #f (/ a b)))

#;(this whole (form) is commented)
#; ignored-atom
(let loop ([i 0] [acc '()])
  (when (< i 10)
    (loop (add1 i) (cons (* i 2.5) acc))))

(for/list ([s (in-list '("a" "b\"c"))]) (string-upcase s))
(match (list 1 2 3)
  [(list a b c) #:when (> c 2) (printf "~a ~a~n" a #\space)]
  [_ #true])
(hash 'a #x1F 'b #b101 'c #o17 'd #e1.5 'e +inf.0 'f -nan.0)
`(1 ,(+ 1 1) ,@(list 3 4))
{lambda (x) x}
(λ (y) (vector-ref #(1 2 3) y))
