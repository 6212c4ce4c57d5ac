# Development shell for the site
{ pkgs ? import <nixpkgs> {}, lib ? pkgs.lib }:

let
  nodeVersion = "20";
  /* multi
     line */
  tools = with pkgs; [ nodejs_20 ruby jekyll imagemagick ];
in
pkgs.mkShell rec {
  name = "kiln-${nodeVersion}";
  buildInputs = tools ++ [ pkgs.git ];
  src = ./site;
  url = https://github.com/georchestra/georchestra.github.io;
  shellHook = ''
    echo "Welcome to ${name}"
    export PATH=$PWD/node_modules/.bin:$PATH
  '';
  enabled = if builtins.pathExists ./package.json then true else false;
  meta.maintainers = null;
}
