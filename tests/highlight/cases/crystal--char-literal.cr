c = 'ab'
d = '\u0041xy'
e = 'z'
