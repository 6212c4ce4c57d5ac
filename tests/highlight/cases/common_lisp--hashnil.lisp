#nil (a (b))
##nil (x)
