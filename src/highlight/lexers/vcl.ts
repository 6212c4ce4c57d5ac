// vcl (aliases varnish, varnishconf): Varnish Configuration Language — keywords, functions and variables
// (also req.http.* headers), sub names, durations (10s, 1.5h), numbers, {"long strings"}, C{ inline
// C }C lexed as C (a fresh C lexer each time, as Rouge delegates to the class).

import { LexerRun, groups, rule, type Lexer, type StateTable } from '../engine.js';
import { create as createC } from './c.js';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const KEYWORDS = set(`vcl set unset include import if else elseif elif elsif director probe backend acl declare local
  BOOL FLOAT INTEGER IP RTIME STRING TIME`);
const FUNCTIONS = set(`ban call hash_data new regsub regsuball return rollback std.cache_req_body std.collect
  std.duration std.fileread std.healthy std.integer std.ip std.log std.port std.querysort std.random std.real
  std.real2time std.rollback std.set_ip_tos std.strstr std.syslog std.time std.time2integer std.time2real
  std.timestamp std.tolower std.toupper synth synthetic`);
const VARIABLES = set(`bereq bereq.backend bereq.between_bytes_timeout bereq.connect_timeout bereq.first_byte_timeout
  bereq.method bereq.proto bereq.retries bereq.uncacheable bereq.url bereq.xid beresp beresp.age beresp.backend
  beresp.backend.ip beresp.backend.name beresp.do_esi beresp.do_gunzip beresp.do_gzip beresp.do_stream beresp.grace
  beresp.keep beresp.proto beresp.reason beresp.status beresp.storage_hint beresp.ttl beresp.uncacheable
  beresp.was_304 client.identity client.ip local.ip now obj.age obj.grace obj.hits obj.keep obj.proto obj.reason
  obj.status obj.ttl obj.uncacheable remote.ip req req.backend_hint req.can_gzip req.esi req.esi_level
  req.hash_always_miss req.hash_ignore_busy req.method req.proto req.restarts req.ttl req.url req.xid resp resp.proto
  resp.reason resp.status server.hostname server.identity server.ip`);

const SPACE = '[ \\f\\n\\r\\t\\v]+';
const DECIMAL = '(?:[0-9]+)';
const HEX = '(?:[0-9a-fA-F]+)';
// Rouge's numeric is an /xi group; only its x (and the hex digits) are case-insensitive
const NUMERIC = `(?:(?:0[xX]${HEX}(?:\\.${HEX})?(?:[pP][+-]?${HEX})?)|(?:${DECIMAL}(?:\\.${DECIMAL})?(?:[eE][+-]?${DECIMAL})?))`;

const states: StateTable = {
  root: [
    rule(/\{".*?"}/, 's1', undefined, { dotAll: true }),
    rule(/\{(\w+)".*?"(\1)\}/, 's1', undefined, { dotAll: true }),
    rule(/\/\*.*?\*\//, 'cm', undefined, { dotAll: true }),
    rule(/(?:\/\/|#).*/, 'c1'),
    rule(/true|false/, 'kc'),
    rule(/(?:beresp|bereq|resp|req|obj)\.http\.[\w.-]+/, 'nv'),
    rule(/(?:var)\.[\w.-]+/, 'nv'),
    groups(`(sub)(${SPACE})([\\w-]+)`, ['k', '', 'nf']),
    rule(/C\{/, 'cp', 'inline_c'),
    rule(/\.?[a-z_][\w.-]*/i, (lx, m) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? 'k' : FUNCTIONS.has(w) ? 'nf' : VARIABLES.has(w) ? 'nv' : '', w);
    }),
    rule(`${NUMERIC}(?:ms|s|m|h|d|w|y)`, 'mx'),
    rule(NUMERIC, (lx, m) => {
      const n = m[0];
      lx.token(/^[0-9]+$/.test(n) || /^0x[0-9a-fA-F]+$/.test(n) ? 'mi' : 'mf', n);
    }),
    rule(/"/, 's2', 'string'),
    rule(/[&|+-]{2}|[<=>!*\/+-]=|<<|>>|!~|[-+*\/%><=!&|~]/, 'o'),
    rule(/[{}();.,]/, 'p'),
    rule(/\r\n?|\n/, ''),
    rule(/./, ''),
  ],
  string: [
    rule(/"/, 's2', '#pop'),
    rule(/\\[\\"nt]/, 'se'),
    rule(/\r\n?|\n/, 's2'),
    rule(/./, 's2'),
  ],
  inline_c: [
    rule(/}C/, 'cp', '#pop'),
    rule(/.*?(?=}C)/, (lx, m) => lx.recurse(m[0], createC), undefined, { dotAll: true }),
  ],
};

export function create(): Lexer {
  return new LexerRun('vcl', states);
}
