x = %&amp; done & more
y = %w&a b& + 1
