# Literate CoffeeScript

This file *explains* a tiny module.

    square = (x) -> x * x
    cube   = (x) -> square(x) * x

And then:

- it exports both
- with `module.exports`

    module.exports = { square, cube }
    console.log "done #{cube 3}"
