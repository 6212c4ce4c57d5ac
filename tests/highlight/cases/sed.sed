#!/bin/sed -f
# strip trailing whitespace and number lines
s/[ \t]*$//
s|/usr/local|/opt|g
s/\(foo\)\(bar\)/\2\1 & done/gp
/^#/d
1,10p
$!N
/start/,/end/ {
  s/[^a-z0-9-]/_/g
  y/abc/xyz/
}
\%regex%p
3q 5
a\
appended text
i inserted line
r include.txt
w out.txt
:loop
b loop
t loop
s/x/y/w changes.txt
=;l;x
