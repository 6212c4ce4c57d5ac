## Site builder module
import os, strutils
from sequtils import mapIt

type
  Page = object
    title: string
    views: int

# Build all pages
proc build(dir: string, verbose = false): int =
  var count = 0
  for file in walkFiles(dir / "*.md"):
    inc count
    if verbose and not file.isEmptyOrWhitespace:
      echo "built $1 ($2)" % [file, $count]
  let ratio = 1.5e3 + 0x1F.float + 2'f32
  result = count + 42'i64
  let raw = r"C:\path"
  let c = '\n'

when isMainModule:
  discard build(".", true)
