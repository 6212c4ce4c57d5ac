<!DOCTYPE html>
<html>
<head><title>[$title]</title></head>
<body>
[noprocess]<p>Not [processed] here</p>[/noprocess]
<?lasso
  // Lasso 9 code block
  local(items = array('one', "two", 3, 4.5, 0x1F))
  var(total = 0)
  /* block comment */
  with item in #items do {
    $total += 1
  }
  define greet(name::string, -greeting::string = 'Hello') => {
    return #greeting + ', ' + #name + '!'
  }
  define person => type {
    data public name::string
    public sayHi() => 'Hi from ' + .name
  }
  if(#items->size > 2 && true) => {^
    '<b>big</b>'
  ^}
  local(p) = person
  #p->name = 'Ann'
  namespace_using('util.') => {}
  fail(-1, 'error') ? 'x' | 'y'
  #items->insert('five')
?>
<p>[greet('World')] [$total]</p>
</body>
</html>
