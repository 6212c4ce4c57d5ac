// Which Rouge lexer tags kiln implements, and how to make a fresh instance of each
// (with the CGI-style options of the language name, for the lexers that take any).

import type { Lexer } from '../engine.js';
import * as abap from './abap.js';
import * as actionscript from './actionscript.js';
import * as ada from './ada.js';
import * as apache from './apache.js';
import * as apex from './apex.js';
import * as apiblueprint from './apiblueprint.js';
import * as applescript from './applescript.js';
import * as armasm from './armasm.js';
import * as augeas from './augeas.js';
import * as awk from './awk.js';
import * as batchfile from './batchfile.js';
import * as bbcbasic from './bbcbasic.js';
import * as bibtex from './bibtex.js';
import * as biml from './biml.js';
import * as bpf from './bpf.js';
import * as brainfuck from './brainfuck.js';
import * as brightscript from './brightscript.js';
import * as c from './c.js';
import * as ceylon from './ceylon.js';
import * as cfscript from './cfscript.js';
import * as clean from './clean.js';
import * as clojure from './clojure.js';
import * as cmake from './cmake.js';
import * as cmhg from './cmhg.js';
import * as coffeescript from './coffeescript.js';
import * as common_lisp from './common_lisp.js';
import * as conf from './conf.js';
import * as console from './console.js';
import * as coq from './coq.js';
import * as cpp from './cpp.js';
import * as crystal from './crystal.js';
import * as csharp from './csharp.js';
import * as css from './css.js';
import * as csvs from './csvs.js';
import * as cuda from './cuda.js';
import * as cypher from './cypher.js';
import * as cython from './cython.js';
import * as d from './d.js';
import * as dafny from './dafny.js';
import * as dart from './dart.js';
import * as datastudio from './datastudio.js';
import * as diff from './diff.js';
import * as digdag from './digdag.js';
import * as docker from './docker.js';
import * as dot from './dot.js';
import * as eex from './eex.js';
import * as eiffel from './eiffel.js';
import * as elixir from './elixir.js';
import * as elm from './elm.js';
import * as email from './email.js';
import * as epp from './epp.js';
import * as erb from './erb.js';
import * as erlang from './erlang.js';
import * as escape from './escape.js';
import * as fluent from './fluent.js';
import * as fortran from './fortran.js';
import * as fsharp from './fsharp.js';
import * as gdscript from './gdscript.js';
import * as ghc_core from './ghc_core.js';
import * as gherkin from './gherkin.js';
import * as glsl from './glsl.js';
import * as go from './go.js';
import * as gradle from './gradle.js';
import * as graphql from './graphql.js';
import * as groovy from './groovy.js';
import * as hack from './hack.js';
import * as haml from './haml.js';
import * as handlebars from './handlebars.js';
import * as haskell from './haskell.js';
import * as haxe from './haxe.js';
import * as hcl from './hcl.js';
import * as hlsl from './hlsl.js';
import * as hocon from './hocon.js';
import * as hql from './hql.js';
import * as html from './html.js';
import * as http from './http.js';
import * as hylang from './hylang.js';
import * as idris from './idris.js';
import * as ini from './ini.js';
import * as io from './io.js';
import * as irb from './irb.js';
import * as janet from './janet.js';
import * as java from './java.js';
import * as javascript from './javascript.js';
import * as jinja from './jinja.js';
import * as jsl from './jsl.js';
import * as json from './json.js';
import * as json_doc from './json_doc.js';
import * as jsonnet from './jsonnet.js';
import * as jsp from './jsp.js';
import * as jsx from './jsx.js';
import * as julia from './julia.js';
import * as kotlin from './kotlin.js';
import * as lasso from './lasso.js';
import * as lean from './lean.js';
import * as liquid from './liquid.js';
import * as literate_coffeescript from './literate_coffeescript.js';
import * as literate_haskell from './literate_haskell.js';
import * as llvm from './llvm.js';
import * as lua from './lua.js';
import * as lustre from './lustre.js';
import * as lutin from './lutin.js';
import * as m68k from './m68k.js';
import * as make from './make.js';
import * as markdown from './markdown.js';
import * as mason from './mason.js';
import * as mathematica from './mathematica.js';
import * as matlab from './matlab.js';
import * as meson from './meson.js';
import * as minizinc from './minizinc.js';
import * as moonscript from './moonscript.js';
import * as msgtrans from './msgtrans.js';
import * as mxml from './mxml.js';
import * as nasm from './nasm.js';
import * as nesasm from './nesasm.js';
import * as nginx from './nginx.js';
import * as nial from './nial.js';
import * as nim from './nim.js';
import * as nix from './nix.js';
import * as objective_c from './objective_c.js';
import * as objective_cpp from './objective_cpp.js';
import * as ocaml from './ocaml.js';
import * as ocl from './ocl.js';
import * as opentype_feature_file from './opentype_feature_file.js';
import * as pascal from './pascal.js';
import * as perl from './perl.js';
import * as php from './php.js';
import * as plaintext from './plaintext.js';
import * as plist from './plist.js';
import * as plsql from './plsql.js';
import * as pony from './pony.js';
import * as postscript from './postscript.js';
import * as powershell from './powershell.js';
import * as prolog from './prolog.js';
import * as prometheus from './prometheus.js';
import * as properties from './properties.js';
import * as protobuf from './protobuf.js';
import * as puppet from './puppet.js';
import * as python from './python.js';
import * as q from './q.js';
import * as qml from './qml.js';
import * as r from './r.js';
import * as racket from './racket.js';
import * as reasonml from './reasonml.js';
import * as rego from './rego.js';
import * as rescript from './rescript.js';
import * as robot_framework from './robot_framework.js';
import * as ruby from './ruby.js';
import * as rust from './rust.js';
import * as sass from './sass.js';
import * as scala from './scala.js';
import * as scheme from './scheme.js';
import * as scss from './scss.js';
import * as sed from './sed.js';
import * as shell from './shell.js';
import * as sieve from './sieve.js';
import * as slice from './slice.js';
import * as slim from './slim.js';
import * as smalltalk from './smalltalk.js';
import * as smarty from './smarty.js';
import * as sml from './sml.js';
import * as solidity from './solidity.js';
import * as sparql from './sparql.js';
import * as sqf from './sqf.js';
import * as sql from './sql.js';
import * as ssh from './ssh.js';
import * as stan from './stan.js';
import * as stata from './stata.js';
import * as supercollider from './supercollider.js';
import * as swift from './swift.js';
import * as systemd from './systemd.js';
import * as syzprog from './syzprog.js';
import * as tap from './tap.js';
import * as tcl from './tcl.js';
import * as terraform from './terraform.js';
import * as tex from './tex.js';
import * as toml from './toml.js';
import * as tsx from './tsx.js';
import * as ttcn3 from './ttcn3.js';
import * as tulip from './tulip.js';
import * as turtle from './turtle.js';
import * as twig from './twig.js';
import * as typescript from './typescript.js';
import * as vala from './vala.js';
import * as vb from './vb.js';
import * as vcl from './vcl.js';
import * as velocity from './velocity.js';
import * as verilog from './verilog.js';
import * as vhdl from './vhdl.js';
import * as viml from './viml.js';
import * as vue from './vue.js';
import * as xml from './xml.js';
import * as xojo from './xojo.js';
import * as xpath from './xpath.js';
import * as xquery from './xquery.js';
import * as yaml from './yaml.js';
import * as yang from './yang.js';
import * as zig from './zig.js';

export const LEXERS: Readonly<Record<string, (options?: Record<string, string>) => Lexer>> = {
  abap: abap.create,
  actionscript: actionscript.create,
  ada: ada.create,
  apache: apache.create,
  apex: apex.create,
  apiblueprint: apiblueprint.create,
  applescript: applescript.create,
  armasm: armasm.create,
  augeas: augeas.create,
  awk: awk.create,
  batchfile: batchfile.create,
  bbcbasic: bbcbasic.create,
  bibtex: bibtex.create,
  biml: biml.create,
  bpf: bpf.create,
  brainfuck: brainfuck.create,
  brightscript: brightscript.create,
  c: c.create,
  ceylon: ceylon.create,
  cfscript: cfscript.create,
  clean: clean.create,
  clojure: clojure.create,
  cmake: cmake.create,
  cmhg: cmhg.create,
  coffeescript: coffeescript.create,
  common_lisp: common_lisp.create,
  conf: conf.create,
  console: console.create,
  coq: coq.create,
  cpp: cpp.create,
  crystal: crystal.create,
  csharp: csharp.create,
  css: css.create,
  csvs: csvs.create,
  cuda: cuda.create,
  cypher: cypher.create,
  cython: cython.create,
  d: d.create,
  dafny: dafny.create,
  dart: dart.create,
  datastudio: datastudio.create,
  diff: diff.create,
  digdag: digdag.create,
  docker: docker.create,
  dot: dot.create,
  eex: eex.create,
  eiffel: eiffel.create,
  elixir: elixir.create,
  elm: elm.create,
  email: email.create,
  epp: epp.create,
  erb: erb.create,
  erlang: erlang.create,
  escape: escape.create,
  fluent: fluent.create,
  fortran: fortran.create,
  fsharp: fsharp.create,
  gdscript: gdscript.create,
  'ghc-core': ghc_core.create,
  gherkin: gherkin.create,
  glsl: glsl.create,
  go: go.create,
  gradle: gradle.create,
  graphql: graphql.create,
  groovy: groovy.create,
  hack: hack.create,
  haml: haml.create,
  handlebars: handlebars.create,
  haskell: haskell.create,
  haxe: haxe.create,
  hcl: hcl.create,
  hlsl: hlsl.create,
  hocon: hocon.create,
  hql: hql.create,
  html: html.create,
  http: http.create,
  hylang: hylang.create,
  idris: idris.create,
  ini: ini.create,
  io: io.create,
  irb: irb.create,
  irb_output: irb.createOutput,
  janet: janet.create,
  java: java.create,
  javascript: javascript.create,
  jinja: jinja.create,
  jsl: jsl.create,
  json: json.create,
  'json-doc': json_doc.create,
  jsonnet: jsonnet.create,
  jsp: jsp.create,
  jsx: jsx.create,
  julia: julia.create,
  kotlin: kotlin.create,
  lasso: lasso.create,
  lean: lean.create,
  liquid: liquid.create,
  literate_coffeescript: literate_coffeescript.create,
  literate_haskell: literate_haskell.create,
  llvm: llvm.create,
  lua: lua.create,
  lustre: lustre.create,
  lutin: lutin.create,
  m68k: m68k.create,
  make: make.create,
  markdown: markdown.create,
  mason: mason.create,
  mathematica: mathematica.create,
  matlab: matlab.create,
  meson: meson.create,
  minizinc: minizinc.create,
  moonscript: moonscript.create,
  msgtrans: msgtrans.create,
  mxml: mxml.create,
  nasm: nasm.create,
  nesasm: nesasm.create,
  nginx: nginx.create,
  nial: nial.create,
  nim: nim.create,
  nix: nix.create,
  objective_c: objective_c.create,
  objective_cpp: objective_cpp.create,
  ocaml: ocaml.create,
  ocl: ocl.create,
  opentype_feature_file: opentype_feature_file.create,
  pascal: pascal.create,
  perl: perl.create,
  php: php.create,
  plaintext: plaintext.create,
  plist: plist.create,
  plsql: plsql.create,
  pony: pony.create,
  postscript: postscript.create,
  powershell: powershell.create,
  prolog: prolog.create,
  prometheus: prometheus.create,
  properties: properties.create,
  protobuf: protobuf.create,
  puppet: puppet.create,
  python: python.create,
  q: q.create,
  qml: qml.create,
  r: r.create,
  racket: racket.create,
  reasonml: reasonml.create,
  rego: rego.create,
  rescript: rescript.create,
  robot_framework: robot_framework.create,
  ruby: ruby.create,
  rust: rust.create,
  sass: sass.create,
  scala: scala.create,
  scheme: scheme.create,
  scss: scss.create,
  sed: sed.create,
  shell: shell.create,
  sieve: sieve.create,
  slice: slice.create,
  slim: slim.create,
  smalltalk: smalltalk.create,
  smarty: smarty.create,
  sml: sml.create,
  solidity: solidity.create,
  sparql: sparql.create,
  sqf: sqf.create,
  sql: sql.create,
  ssh: ssh.create,
  stan: stan.create,
  stata: stata.create,
  supercollider: supercollider.create,
  swift: swift.create,
  systemd: systemd.create,
  syzprog: syzprog.create,
  tap: tap.create,
  tcl: tcl.create,
  terraform: terraform.create,
  tex: tex.create,
  toml: toml.create,
  tsx: tsx.create,
  ttcn3: ttcn3.create,
  tulip: tulip.create,
  turtle: turtle.create,
  twig: twig.create,
  typescript: typescript.create,
  vala: vala.create,
  vb: vb.create,
  vcl: vcl.create,
  velocity: velocity.create,
  verilog: verilog.create,
  vhdl: vhdl.create,
  viml: viml.create,
  vue: vue.create,
  xml: xml.create,
  xojo: xojo.create,
  xpath: xpath.create,
  xquery: xquery.create,
  yaml: yaml.create,
  yang: yang.create,
  zig: zig.create,
};
