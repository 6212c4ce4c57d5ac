module Main

import Data.Vect
import Data.List as L
import Control.Monad.State (get, put, (>>=))

%default total
%access public export

||| Length-indexed append
append : Vect n a -> Vect m a -> Vect (n + m) a
append []        ys = ys
append (x :: xs) ys = x :: append xs ys

{- block comment
   {- nested -} -}
data Shape = Circle Double | Rect Double Double

interface Area a where
  area : a -> Double

implementation Area Shape where
  area (Circle r) = pi * r * r
  area (Rect w h) = w * h

main : IO ()
main = do
  let xs = map (\x => x * 2) [1, 2, 3]
  putStrLn (show (sum xs) ++ "\n\tdone \x41 \SOH")
  printLn 'c'
  printLn '\n'
  if length xs > 2 then putStrLn "big" else pure ()
  case Just 0x1F of
    Just n => printLn (n + 0o17 + 3.5e2)
    Nothing => pure ()
