// Io prototypes
Account := Object clone
Account balance ::= 0
Account deposit := method(amount,
    balance = balance + amount
    self
)
/* block comment */
/+ nested /+ comment +/ still +/
# hash comment
acct := Account clone deposit(3.5e2)
if(acct balance > 100, "rich" println, "poor" println)
list(1, 2, 3) foreach(i, v, writeln(i, ": ", v))
x := nil; y := true
@@asyncMessage
