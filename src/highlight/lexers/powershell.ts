// powershell (aliases posh, microsoftshell, msshell): cmdlets and their parameters, automatic and
// scoped variables, -operators, here-strings, $(…) interpolation, <# #> help comments, types.

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const words = (s: string): string => s.trim().split(/\s+/).join('|');

const ATTRIBUTES = new Set(words(`ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging
  SupportsShouldProcess`).split('|'));
const AUTO_VARS = words(`\\$\\$ \\$\\? \\$\\^ \\$_ \\$args \\$ConsoleFileName \\$Error \\$Event \\$EventArgs
  \\$EventSubscriber \\$ExecutionContext \\$false \\$foreach \\$HOME \\$Host \\$input \\$IsCoreCLR \\$IsLinux
  \\$IsMacOS \\$IsWindows \\$LastExitCode \\$Matches \\$MyInvocation \\$NestedPromptLevel \\$null \\$PID \\$PROFILE
  \\$PSBoundParameters \\$PSCmdlet \\$PSCommandPath \\$PSCulture \\$PSDebugContext \\$PSHOME \\$PSItem
  \\$PSScriptRoot \\$PSSenderInfo \\$PSUICulture \\$PSVersionTable \\$PWD \\$REPORTERRORSHOWEXCEPTIONCLASS
  \\$REPORTERRORSHOWINNEREXCEPTION \\$REPORTERRORSHOWSOURCE \\$REPORTERRORSHOWSTACKTRACE \\$SENDER \\$ShellId
  \\$StackTrace \\$switch \\$this \\$true`);
const KEYWORDS = words(`assembly exit process base filter public begin finally return break for sequence catch
  foreach static class from switch command function throw configuration hidden trap continue if try data in type
  define inlinescript until do interface using dynamicparam module var else namespace while elseif parallel
  workflow end param enum private`);
const OPERATORS = words(`-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge
  -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch -cmatch
  -notmatch -inotmatch -cnotmatch -contains -icontains -ccontains -notcontains -inotcontains -cnotcontains -replace
  -ireplace -creplace -shl -shr -band -bor -bxor -and -or -xor -not \\+= -= \\*= \\/= %=`);
const MULTILINE_KEYWORDS = words(`synopsis description parameter example inputs outputs notes link component role
  functionality forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp`);

const states: StateTable = {
  variable: [
    rule(AUTO_VARS, 'bp'),
    rule(/(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})/, (lx, m) => lx.groups(m, ['nv', 'nn', 'p', 'nv'])),
    rule(/\$\w+/, 'nv'),
    rule(/\$\{(?:[^`]|`.)+?\}/, 'nv'),
  ],
  multiline: [
    rule(`\\.(?:${MULTILINE_KEYWORDS})`, 'cs', undefined, { ignoreCase: true }),
    rule(/#>/, 'cm', '#pop'),
    rule(/[^#.]+?/, 'cm', undefined, { dotAll: true }),
    rule(/[#.]+/, 'cm'),
  ],
  interpol: [rule(/\)/, 'si', '#pop'), mixin('root')],
  dq: [
    rule(/(?:\$#?)?"/, 's2', '#pop'),
    rule(/\$\(/, 'si', 'interpol'),
    rule(/`$/, 'se'),
    rule(/`./, 'se'),
    rule(/[^"`$]+/, 's2'),
    mixin('variable'),
  ],
  sq: [
    rule(/'/, 's1', '#pop'),
    rule(/[^']+/, 's1'),
  ],
  heredoc: [
    rule(/(?:\$#?)?"@/, 'sh', '#pop'),
    rule(/\$\(/, 'si', 'interpol'),
    rule(/`$/, 'se'),
    rule(/`./, 'se'),
    rule(/[^"`$]+?/, 'sh', undefined, { dotAll: true }),
    rule(/"+/, 'sh'),
    mixin('variable'),
  ],
  class: [
    rule(/\{/, 'p', '#pop'),
    rule(/\s+/, 'w'),
    rule(/\w+/, 'nc'),
    rule(/[:,]/, 'p'),
  ],
  expr: [
    mixin('comments'),
    rule(/"/, 's2', 'dq'),
    rule(/'/, 's1', 'sq'),
    rule(/@"/, 'sh', 'heredoc'),
    rule(/@'.*?'@/, 'sh', undefined, { dotAll: true }),
    rule(/\d*\.\d+/, 'mf'),
    rule(/\d+/, 'mi'),
    rule(/@\{/, 'p', 'hasht'),
    rule(/@\(/, 'p', 'array'),
    rule(/\{/, 'p', 'brace'),
    rule(/\[/, 'p', 'bracket'),
  ],
  hasht: [
    rule(/\}/, 'p', '#pop'),
    rule(/=/, 'o'),
    rule(/[,;]/, 'p'),
    mixin('expr'),
    rule(/\w+/, 'nx'),
    mixin('variable'),
  ],
  array: [
    rule(/\s+/, 'w'),
    rule(/\)/, 'p', '#pop'),
    rule(/[,;]/, 'p'),
    mixin('expr'),
    mixin('variable'),
  ],
  brace: [rule(/[}]/, 'p', '#pop'), mixin('root')],
  bracket: [
    rule(/\]/, 'p', '#pop'),
    rule(/[A-Za-z]\w+\./, 'n'),
    rule(/([A-Za-z]\w+)/, (lx, m) => lx.token(ATTRIBUTES.has(m[0]) ? 'bp' : 'n', m[0])),
    mixin('root'),
  ],
  parameters: [
    rule(/`./, 'se', undefined, { dotAll: true }),
    rule(/\s*?\n/, 'w', '#pop'),
    rule(/[;(){}\]]/, 'p', '#pop'),
    rule(/[|=]/, 'o', '#pop'),
    rule(/[\/\\~\w][-.:\/\\~\w]*/, 'nx'),
    rule(/\w[-\w]+/, 'nx'),
    mixin('root'),
  ],
  comments: [
    rule(/\s+/, 'w'),
    rule(/#.*/, 'c'),
    rule(/<#/, 'cm', 'multiline'),
  ],
  root: [
    mixin('comments'),
    rule(/#requires\s-version \d(?:\.\d+)?/, 'cp'),
    rule(/\.\.(?=\.?\d)/, 'o'),
    rule(`(?:${OPERATORS})\\b`, 'o', undefined, { ignoreCase: true }),
    rule(/(class)(\s+)(\w+)/i, (lx, m) => { lx.groups(m, ['kr', 'w', 'nc']); lx.push('class'); }),
    rule(/(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)/i, (lx, m) => lx.groups(m, ['kr', 'w', 'nn', 'p', 'nf'])),
    rule(`(?:${KEYWORDS})\\b(?![-.])`, 'kr', undefined, { ignoreCase: true }),
    rule(/-{1,2}\w+/, 'nt'),
    rule(/(\.)?([-\w]+)(\[)/, (lx, m) => { lx.groups(m, ['o', 'n', 'p']); lx.push('bracket'); }),
    // Rouge's [\/\\~[a-z]] is a nested class: the union of / \ ~ and a-z
    rule(/([\/\\~a-z][-.:\/\\~\w]*)(\n)?/i, (lx, m) => { lx.groups(m, ['n', 'w']); lx.push('parameters'); }),
    rule(/(\.)([-\w]+)(?:(\()|(\n))?/, (lx, m) => {
      lx.groups(m, ['o', 'nf', 'p', 'w']);
      if (m[3] !== undefined) lx.push('parameters');
    }),
    rule(/\?/, 'nf', 'parameters'),
    mixin('expr'),
    mixin('variable'),
    rule(/[-+*\/%=!.&|]/, 'o'),
    rule(/[{}(),:;]/, 'p'),
  ],
};

export function create(): Lexer {
  return new LexerRun('powershell', states);
}
