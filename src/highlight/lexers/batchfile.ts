// batchfile (aliases bat, batch, dosbatch, winbatch): Windows .bat/.cmd scripts — rem and ::
// comments, labels, %variables%, switches, quoted strings. As in Rouge, a word found in no
// list is a Keyword.Declaration (its `"set".casecmp` test is always truthy).

import { LexerRun, mixin, rule, type Lexer, type StateTable } from '../engine.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set('if else for in do goto call exit');
const OPERATOR_WORDS = set('exist defined errorlevel cmdextversion not equ neq lss leq gtr geq');
const DEVICES = set(`con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6
  lpt7 lpt8 lpt9`);
const BUILTIN_COMMANDS = set(`assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp
  compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc find findstr format
  fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode more move openfiles path pause popd print
  prompt pushd rd recover ren rename replace rmdir robocopy setlocal sc schtasks shift shutdown sort start subst
  systeminfo takeown tasklist taskkill time timeout title tree type ver verify vol xcopy waitfor wmic`);
const OTHER_COMMANDS = set(`addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change
  cidiag cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug defrag delprof
  deltree devcon diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove
  dsrm dsmgmt dsregcmd edlin eventcreate expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname
  ifmember inuse ipconfig kill lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg
  mshta msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup ntbackup ntdsutil
  ntoskrnl ntrights nvspbind pathping perms ping portqry powercfg pngout pnputil printbrm prncnfg prnmngr procdump
  psexec psfile psgetsid psinfo pskill pslist psloggedon psloglist pspasswd psping psservice psshutdown pssuspend
  qbasic qgrep qprocess query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore
  rundll32 rmtshare route rpcping run runas scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr
  strings subinacl sysmon telnet tftp tlist touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil
  undelete unformat verifier vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm
  winrs wpeutil wpr wusa wuauclt wscript`);
const ATTRIBUTES = set('on off disable enableextensions enabledelayedexpansion');

const states: StateTable = {
  basic: [
    rule(/@?\brem\b.*$/i, 'c'),
    rule(/^::.*$/, 'c'),
    rule(/:[a-z]+/i, 'nl'),
    rule(/([a-z]\w*)(\.exe|com|bat|cmd|msi)?/i, (lx, m) => {
      const word = m[1]!;
      const pair = (tok: string): void => lx.groups(m, [tok, 'err']);
      if (DEVICES.has(word)) pair('kr');
      else if (KEYWORDS.has(word)) pair('k');
      else if (OPERATOR_WORDS.has(word)) pair('ow');
      else if (BUILTIN_COMMANDS.has(word) || OTHER_COMMANDS.has(word)) lx.token('nb', m[0]);
      else if (ATTRIBUTES.has(word)) pair('na');
      else pair('kd');
    }),
    rule(/((?:[\/+]|--?)[a-z]+)\s*/i, 'na'),
    mixin('expansions'),
    rule(/[<>&|(){}\[\]\-+=;,~?*]/, 'o'),
  ],
  escape: [rule(/\^./, 'se', undefined, { dotAll: true })],
  expansions: [
    rule(/[%!]+([a-z_$@#]+)[%!]+/i, 'nv'),
    rule(/(%+~?[a-z]+\d?)/i, 'vm'),
  ],
  double_quotes: [
    mixin('escape'),
    rule(/["]/, 's2', '#pop'),
    mixin('expansions'),
    rule(/[^\^"%!]+/, 's2'),
  ],
  single_quotes: [
    mixin('escape'),
    rule(/[']/, 's1', '#pop'),
    mixin('expansions'),
    rule(/[^\^'%!]+/, 's1'),
  ],
  backtick: [
    mixin('escape'),
    rule(/[`]/, 'sb', '#pop'),
    mixin('expansions'),
    rule(/[^\^`%!]+/, 'sb'),
  ],
  data: [
    rule(/\s+/, ''),
    rule(/0x[0-9a-f]+/i, 'mh'),
    rule(/[0-9]/, 'm'),
    rule(/["]/, 's2', 'double_quotes'),
    rule(/[']/, 's1', 'single_quotes'),
    rule(/[`]/, 'sb', 'backtick'),
    rule(/[^\s&|()\[\]{}\^=;!%+\-,"'`~?*]+/, ''),
    mixin('escape'),
  ],
  root: [mixin('basic'), mixin('data')],
};

export function create(): Lexer {
  return new LexerRun('batchfile', states);
}
