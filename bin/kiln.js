#!/usr/bin/env node
// Entry point of the `kiln` command: runs the compiled CLI from dist/.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err); process.exitCode = 1; },
);
