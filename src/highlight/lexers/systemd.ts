// systemd (alias unit-file): unit files — [Section] headers, Key=value lines (with backslash
// continuation lines), ; and # comments.

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';

const states: StateTable = {
  root: [
    rule(/\s+/, ''),
    rule(/[;#].*/, 'c'),
    rule(/\[.*?\]$/, 'k'),
    groups(/(.*?)(=)(.*)(\\\n)/, ['nt', 'p', '', 'se'], 'continuation'),
    groups(/(.*?)(=)(.*)/, ['nt', 'p', '']),
  ],
  continuation: [
    groups(/(.*?)(\\\n)/, ['', 'se']),
    rule(/(.*)'/, '', '#pop'),
  ],
};

export function create(): Lexer {
  return new LexerRun('systemd', states);
}
