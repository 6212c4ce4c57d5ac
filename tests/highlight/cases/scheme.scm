; Word counts
(define (count-words words)
  (let loop ((ws words) (acc '()))
    (cond ((null? ws) (reverse acc))
          (else (loop (cdr ws) (cons (string-length (car ws)) acc))))))

(define ratio 1.5)
(display (count-words '("kiln" "builds" "sites")))
(newline)
(if #t #\a #\space)
(vector-ref #(1 2 3) 0) #x1F #b101 -42
(my-function "quoted \"string\"" 'sym `(,x ,@xs))
