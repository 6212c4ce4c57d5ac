{-# LANGUAGE OverloadedStrings #-}
-- | Site builder
module Kiln.Site (build, Page(..)) where

import qualified Data.Map as M
import Data.List (sortOn, foldl')
import Data.Text hiding (map)

{- block {- nested -} comment -}
data Page = Page { title :: String, tags :: [String] } deriving (Show, Eq)

build :: [Page] -> M.Map String Int
build pages = foldl' step M.empty pages
  where
    step acc p = M.insertWith (+) (title p) 1 acc

main :: IO ()
main = do
  let xs = [1, 2, 3] ++ [0x1F, 0o17] :: [Int]
      c = '\n'
  putStrLn $ "count: " ++ show (length xs) ++ "\t\1234"
  mapM_ (\x -> print (x * 2.5e3)) xs
