// perl (alias pl): Rouge's Perl lexer — sigils and special variables, regexes (m//, s///, tr,
// y with any delimiters), q/qq/qw strings with nesting brackets, heredocs, POD blocks, subs and
// packages, fat-comma keys, __END__ sections.

import { LexerRun, groups, mixin, rule, type Lexer, type Rule, type StateTable } from '../engine.js';

const alt = (s: string): string => s.trim().split(/\s+/).join('|');
const KEYWORDS = alt(`case continue do else elsif for foreach if last my next our redo reset then unless until while
  use print new BEGIN CHECK INIT END return`);
const BUILTINS = alt(`abs accept alarm atan2 bind binmode bless caller chdir chmod chomp chop chown chr chroot close
  closedir connect continue cos crypt dbmclose dbmopen defined delete die dump each endgrent endhostent endnetent
  endprotoent endpwent endservent eof eval exec exists exit exp fcntl fileno flock fork format formline getc getgrent
  getgrgid getgrnam gethostbyaddr gethostbyname gethostent getlogin getnetbyaddr getnetbyname getnetent getpeername
  getpgrp getppid getpriority getprotobyname getprotobynumber getprotoent getpwent getpwnam getpwuid getservbyname
  getservbyport getservent getsockname getsockopt glob gmtime goto grep hex import index int ioctl join keys kill last
  lc lcfirst length link listen local localtime log lstat map mkdir msgctl msgget msgrcv msgsnd my next no oct open
  opendir ord our pack package pipe pop pos printf prototype push quotemeta rand read readdir readline readlink
  readpipe recv redo ref rename require reverse rewinddir rindex rmdir scalar seek seekdir select semctl semget semop
  send setgrent sethostent setnetent setpgrp setpriority setprotoent setpwent setservent setsockopt shift shmctl
  shmget shmread shmwrite shutdown sin sleep socket socketpair sort splice split sprintf sqrt srand stat study substr
  symlink syscall sysopen sysread sysseek system syswrite tell telldir tie tied time times tr truncate uc ucfirst
  umask undef unlink unpack unshift untie utime values vec wait waitpid wantarray warn write`);

const RE = 'sr';
const m = { dotAll: true };

/** q{…} q(…) q[…] q<…>: the brackets nest. */
function bracketString(open: string, close: string): Rule[] {
  return [
    rule(`\\\\[${open}${close}\\\\]`, 'sx'),
    rule(/\\/, 'sx'),
    rule(open, 'sx', '#push'),
    rule(close, 'sx', '#pop'),
    rule(`[^${open}${close}\\\\]+`, 'sx'),
  ];
}

const states: StateTable = {
  balanced_regex: [
    rule(/\/(\\[\\\/]|[^\/])*\/[egimosx]*/, RE, '#pop', m),
    rule(/!(\\[\\!]|[^!])*![egimosx]*/, RE, '#pop', m),
    rule(/\\(\\\\|[^\\])*\\[egimosx]*/, RE, '#pop', m),
    rule(/{(\\[\\}]|[^}])*}[egimosx]*/, RE, '#pop'),
    rule(/<(\\[\\>]|[^>])*>[egimosx]*/, RE, '#pop'),
    rule(/\[(\\[\\\]]|[^\]])*\][egimosx]*/, RE, '#pop'),
    rule(/\((\\[\\)]|[^)])*\)[egimosx]*/, RE, '#pop'),
    rule(/@(\\[\\@]|[^@])*@[egimosx]*/, RE, '#pop'),
    rule(/%(\\[\\%]|[^%])*%[egimosx]*/, RE, '#pop'),
    rule(/\$(\\[\\$]|[^$])*\$[egimosx]*/, RE, '#pop'),
  ],
  root: [
    rule(/#.*/, 'c1'),
    rule(/^=[a-zA-Z0-9]+\s+.*?\n=cut/, 'cm', undefined, m),
    rule(`(?:${KEYWORDS})\\b`, 'k'),
    groups(/(format)(\s+)([a-zA-Z0-9_]+)(\s*)(=)(\s*\n)/, ['k', '', 'n', '', 'p', ''], 'format'),
    rule(/(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b/, 'ow'),
    rule(/(?:s|tr|y){(\\\\|\\}|[^}])*}\s*/, RE, 'balanced_regex'),
    rule(/(?:s|tr|y)<(\\\\|\\>|[^>])*>\s*/, RE, 'balanced_regex'),
    rule(/(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\]\s*/, RE, 'balanced_regex'),
    rule(/(?:s|tr|y)\((\\\\|\\\)|[^)])*\)\s*/, RE, 'balanced_regex'),
    rule(/(?:s|tr|y)\s*([^\w\s])((\\\\|\\\1)|[^\x01])*?\1((\\\\|\\\1)|[^\x01])*?\1[msixpodualngcr]*/, RE, undefined, m),
    rule(/(?:s|tr|y)\s+(\w)((\\\\|\\\1)|[^\x01])*?\1((\\\\|\\\1)|[^\x01])*?\1[msixpodualngcr]*/, RE, undefined, m),
    rule(/m?\/(\\\\|\\\/|[^\/\n])*\/[msixpodualngc]*/, RE),
    rule(/m(?=[\/!\\{<\[(@%$])/, RE, 'balanced_regex'),
    rule(/m\s*([^\w\s])((\\\\|\\\1)|[^\x01])*?\1[msixpodualngc]*/, RE, undefined, m),
    rule(/m\s+(\w)((\\\\|\\\1)|[^\x01])*?\1[msixpodualngc]*/, RE, undefined, m),
    rule(/((?<==~)|(?<=\())\s*\/(\\\\|\\\/|[^\/])*\/[msixpodualngc]*/, RE, 'balanced_regex'),
    rule(/\s+/, ''),
    rule(/(?=[a-z_]\w*(\s*#.*\n)*\s*=>)/i, (lx) => lx.push('fat_comma')),
    rule(`(?:${BUILTINS})\\b`, 'nb'),
    rule(/((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b/, 'bp'),
    rule(/<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n/, 's', undefined, m),
    rule(/(__(END|DATA)__)\b/, 'cp', 'end_part'),
    rule(/\$\^[ADEFHILMOPSTWX]/, 'vg'),
    rule(/\$[\\"'\[\]&`+*.,;=%~?@$!<>(^|\/_-](?!\w)/, 'vg'),
    rule(/[$@%&*][$@%&*#_]*(?=[a-z{\[;])/i, 'nv', 'varname'),
    rule(/[-+\/*%=<>&^|!\\~]=?/, 'o'),
    rule(/0_?[0-7]+(_[0-7]+)*/, 'mo'),
    rule(/0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*/, 'mh'),
    rule(/0b[01]+(_[01]+)*/, 'mb'),
    rule(/(\d*(_\d*)*\.\d+(_\d*)*|\d+(_\d*)*\.\d+(_\d*)*)(e[+-]?\d+)?/i, 'mf'),
    rule(/\d+(_\d*)*e[+-]?\d+(_\d*)*/i, 'mf'),
    rule(/\d+(_\d+)*/, 'mi'),
    rule(/'/, 'p', 'sq'),
    rule(/"/, 'p', 'dq'),
    rule(/`/, 'p', 'bq'),
    rule(/<([^\s>]+)>/, RE),
    rule(/(q|qq|qw|qr|qx)\{/, 'sx', 'cb_string'),
    rule(/(q|qq|qw|qr|qx)\(/, 'sx', 'rb_string'),
    rule(/(q|qq|qw|qr|qx)\[/, 'sx', 'sb_string'),
    rule(/(q|qq|qw|qr|qx)</, 'sx', 'lt_string'),
    rule(/(q|qq|qw|qr|qx)(\W)(.|\n)*?\2/, 'sx'),
    rule(/package\s+/, 'k', 'modulename'),
    rule(/sub\s+/, 'k', 'funcname'),
    rule(/\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}/, 'o'),
    rule(/[()\[\]:;,<>\/?{}]/, 'p'),
    rule(/(?=\w)/, (lx) => lx.push('name')),
  ],
  format: [
    rule(/\.\n/, 'si', '#pop'),
    rule(/.*?\n/, 'si'),
  ],
  fat_comma: [
    rule(/#.*/, 'c1'),
    rule(/\w+/, 's'),
    rule(/\s+/, ''),
    rule(/=>/, 'o', '#pop'),
  ],
  name_common: [
    rule(/\w+::/, 'nn'),
    rule(/[\w:]+/, 'nv', '#pop'),
  ],
  varname: [
    rule(/\s+/, ''),
    rule(/[{\[]/, 'p', '#pop'),
    rule(/[),]/, 'p', '#pop'),
    rule(/[;]/, 'p', '#pop'),
    mixin('name_common'),
  ],
  name: [
    mixin('name_common'),
    rule(/[A-Z_]+(?=[^a-zA-Z0-9_])/, 'no', '#pop'),
    rule(/(?=\W)/, (lx) => lx.pop()),
  ],
  modulename: [rule(/[a-z_]\w*/i, 'nn', '#pop')],
  funcname: [
    rule(/[a-zA-Z_]\w*[!?]?/, 'nf'),
    rule(/\s+/, ''),
    groups(/(\([$@%]*\))(\s*)/, ['p', '']),
    rule(/.*?{/, 'p', '#pop'),
    rule(/;/, 'p', '#pop'),
  ],
  sq: [
    rule(/\\[\\']/, 'se'),
    rule(/[^\\']+/, 's1'),
    rule(/'/, 'p', '#pop'),
    rule(/\\/, 's1'),
  ],
  dq: [
    mixin('string_intp'),
    rule(/\\[\\tnrabefluLUE"$@]/, 'se'),
    rule(/\\0\d{2}/, 'se'),
    rule(/\\o\{\d+\}/, 'se'),
    rule(/\\x\h{2}/, 'se'),
    rule(/\\x\{\h+\}/, 'se'),
    rule(/\\c./, 'se'),
    rule(/\\N\{[^}]+\}/, 'se'),
    rule(/[^\\"]+?/, 's2'),
    rule(/"/, 'p', '#pop'),
    rule(/\\/, 'se'),
  ],
  bq: [
    mixin('string_intp'),
    rule(/\\[\\tnr`]/, 'se'),
    rule(/[^\\`]+?/, 'sb'),
    rule(/`/, 'p', '#pop'),
  ],
  cb_string: bracketString('\\{', '\\}'),
  rb_string: bracketString('\\(', '\\)'),
  sb_string: bracketString('\\[', '\\]'),
  lt_string: bracketString('<', '>'),
  in_interp: [
    rule(/}/, 'si', '#pop'),
    rule(/\s+/, ''),
    rule(/[a-z_]\w*/i, 'si'),
  ],
  string_intp: [
    rule(/[$@][{]/, 'si', 'in_interp'),
    rule(/[$@][a-z_]\w*/i, 'si'),
  ],
  end_part: [rule(/.+/, 'cp', '#pop', m)],
};

export function create(): Lexer {
  return new LexerRun('perl', states);
}
