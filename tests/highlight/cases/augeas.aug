(* Lens for simple key=value files
   (* nested comment *) *)
module Simplevars =
  autoload xfm

  let eol = Util.eol
  let comment = Util.comment
  let key_re = /[A-Za-z0-9_.-]+/
  let sep = del /[ \t]*=[ \t]*/ " = "
  let value : regexp = /[^ \t\n]([^\n]*[^ \t\n])?/
  let entry = [ key key_re . sep . store value . eol ]
  let lns = ( Util.empty | comment | entry )*
  let filter = incl "/etc/simplevars.conf"
  let xfm = transform lns filter
  test lns get "a = \"b\"\n" = { "a" = "\"b\"" }
