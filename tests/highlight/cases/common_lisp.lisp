;;;; inventory.lisp -- a tiny stock tracker
#| block comment
   #| nested |# still comment
|#
(defpackage :inventory
  (:use :cl)
  (:export #:add-item #:*stock*))
(in-package :inventory)

(defvar *stock* (make-hash-table :test #'equal))
(defconstant +max-items+ 1000)

(defstruct (item (:constructor make-item (name qty &optional (price 0.0d0))))
  name qty price)

(defun add-item (name qty &key (price 1.5) &rest others)
  "Add QTY units of NAME. Docstring with \"quotes\"."
  (declare (ignore others) (type fixnum qty))
  (let* ((existing (gethash name *stock*))
         (total (+ qty (if existing (item-qty existing) 0))))
    (when (> total +max-items+)
      (error 'simple-error :format-control "too many: ~a" :format-arguments (list total)))
    (setf (gethash name *stock*) (make-item name total price))))

(defmacro with-item ((var name) &body body)
  `(let ((,var (gethash ,name *stock*)))
     (unless ,var (return-from with-item nil))
     ,@body))

(defclass shelf (standard-object)
  ((label :initarg :label :accessor shelf-label)
   (slots :initform (make-array 10 :fill-pointer 0))))

(defmethod print-object ((s shelf) stream)
  (print-unreadable-object (s stream :type t)
    (format stream "~s" (shelf-label s))))

(loop for i from 0 below 10
      collect (* i 2/3) into xs
      finally (return (values xs #c(1 2) #x1F #b1010 #o777 -3.25e2 1.0s0)))

(list #\a #\Space #\( #*1011 #p"/tmp/x.lisp" #2a((1 2) (3 4)) #s(item :name "x"))
(mapcar #'1+ '(1 2 3))
#+sbcl (sb-ext:gc :full t)
#-sbcl (print 'other)
#+nil (this form (is ignored))
#.(+ 1 2) #1=(a . #1#)
(let ((|weird symbol| 'nil)) (print |weird symbol|))
(typep 3 'integer) t nil
)) ; unbalanced
