This is a literate Haskell module.
It computes factorials.

> module Fact where
>
> -- | The factorial
> fact :: Integer -> Integer
> fact 0 = 1
> fact n = n * fact (n - 1)

Some more prose between code blocks, with "quotes".

> main :: IO ()
> main = print (fact 10)
