x = 1
print string.format "%d", 2
