note
    description: "A simple bank account"
class
    ACCOUNT

inherit
    ANY
        redefine out end

create
    make

feature -- Access
    balance: INTEGER
    owner: STRING

feature -- Operations
    make (a_owner: STRING)
        require
            owner_not_void: a_owner /= Void
        do
            owner := a_owner
            balance := 0
        ensure
            balance_zero: balance = 0
        end

    deposit (amount: INTEGER)
        do
            balance := balance + amount
            print ("Deposited: " + amount.out + "%N")
            Result := True
        end

    out: STRING
        do
            Result := "[
                Verbatim %N string
            ]"
        end

    c: CHARACTER = 'x'
    hex: INTEGER = 0xFF_AAb
    ratio: REAL = 3.5e2
end
