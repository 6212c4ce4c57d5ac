implementation module Fib

import StdEnv

//* Doc comment for fib
fib :: !Int -> Int
fib n
| n < 2     = n
| otherwise = fib (n - 1) + fib (n - 2)

/** Block doc
 */
/* nested /* comment */ here */
Start :: (Int, [Char], Bool, Real)
Start = (fib 20, ['abc'], True, 3.14E2 + toReal 0x1F)

greeting = "Hello\n\x41"
c = 'x'

add :: !Int !Int -> Int
add a b = code inline {
    addI
}
