[ This program prints "Hello World!"
  [nested comment] ]
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.
This line is a comment, with a stray ] bracket.
,[.,]
