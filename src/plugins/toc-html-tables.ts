// The HTML 4 knowledge of libxml2 2.9.14's HTML parser and serializer (HTMLparser.c, HTMLtree.c),
// which Nokogiri — and so jekyll-toc — parses and writes pages with: which elements it knows
// (empty, inline, end tag kept), which start tags close an open element, which end tags may close
// what, its entity table, and the attributes written in minimized form.

/** An element libxml2 knows (htmlElemDesc): unknown elements (HTML5's section, nav…) have none. */
export interface ElementInfo {
  /** No content, no end tag (`<br>`). */
  empty: boolean;
  /** Written as `<li>` when it has no children (saveEndTag). */
  saveEndTag: boolean;
  /** Inline: no formatting newlines around it. */
  inline: boolean;
}

const EMPTY = 'area base basefont br col frame hr img input isindex link meta param';
const INLINE =
  'a abbr acronym applet b basefont bdo big br button cite code del dfn em embed font i iframe img input ins kbd ' +
  'label map object q s samp script select small span strike strong sub sup textarea tt u var';
const BLOCK =
  'address area base blockquote body caption center col colgroup dd dir div dl dt fieldset form frame frameset ' +
  'h1 h2 h3 h4 h5 h6 head hr html isindex legend li link menu meta noframes noscript ol optgroup option p param ' +
  'pre style table tbody td tfoot th thead title tr ul';

const ELEMENTS = new Map<string, ElementInfo>();
{
  const empty = new Set(EMPTY.split(' '));
  for (const name of [...INLINE.split(' '), ...BLOCK.split(' ')]) {
    ELEMENTS.set(name, { empty: empty.has(name), saveEndTag: empty.has(name) || name === 'li', inline: INLINE.split(' ').includes(name) });
  }
}

export function elementInfo(name: string): ElementInfo | undefined {
  return ELEMENTS.get(name);
}

/** htmlStartClose: open element → the start tags that close it. */
const START_CLOSE: Record<string, string> = {
  a: 'a fieldset table td th',
  address: 'dd dl dt form li ul',
  b: 'center p td th',
  big: 'p',
  caption: 'col colgroup tbody tfoot thead tr',
  col: 'col colgroup tbody tfoot thead tr',
  colgroup: 'colgroup tbody tfoot thead tr',
  dd: 'dt',
  dir: 'dd dl dt form ul',
  dl: 'form li',
  dt: 'dd dl',
  font: 'center td th',
  form: 'form',
  h1: 'fieldset form li p table',
  h2: 'fieldset form li p table',
  h3: 'fieldset form li p table',
  h4: 'fieldset form li p table',
  h5: 'fieldset form li p table',
  h6: 'fieldset form li p table',
  head:
    'a abbr acronym address b bdo big blockquote body br center cite code dd dfn dir div dl dt em fieldset font form ' +
    'frameset h1 h2 h3 h4 h5 h6 hr i iframe img kbd li listing map menu ol p pre q s samp small span strike strong ' +
    'sub sup table tt u ul var xmp',
  hr: 'form',
  i: 'center p td th',
  legend: 'fieldset',
  li: 'li',
  link: 'body frameset',
  listing: 'dd dl dt fieldset form li table ul',
  menu: 'dd dl dt form ul',
  ol: 'form ul',
  option: 'optgroup option',
  p:
    'address blockquote body caption center col colgroup dd dir div dl dt fieldset form frameset h1 h2 h3 h4 h5 h6 ' +
    'head hr li listing menu ol p pre table tbody td tfoot th title tr ul xmp',
  pre: 'dd dl dt fieldset form li table ul',
  s: 'p',
  script: 'noscript',
  small: 'p',
  span: 'td th',
  strike: 'p',
  style: 'body frameset',
  tbody: 'tbody tfoot',
  td: 'tbody td tfoot th tr',
  tfoot: 'tbody',
  th: 'tbody td tfoot th tr',
  thead: 'tbody tfoot',
  title: 'body frameset',
  tr: 'tbody tfoot tr',
  tt: 'p',
  u: 'p td th',
  ul: 'address form menu ol pre',
  xmp: 'dd dl dt fieldset form li table ul',
};
const START_CLOSE_SETS = new Map(Object.entries(START_CLOSE).map(([k, v]) => [k, new Set(v.split(' '))]));

/** htmlCheckAutoClose: whether the start tag `newTag` closes the open element `oldTag`. */
export function startTagCloses(newTag: string, oldTag: string): boolean {
  return START_CLOSE_SETS.get(oldTag)?.has(newTag) ?? false;
}

const END_PRIORITY: Record<string, number> = { div: 150, td: 160, th: 160, tr: 170, thead: 180, tbody: 180, tfoot: 180, table: 190, head: 200, body: 200, html: 220 };

/** htmlGetEndPriority: a misplaced end tag only closes elements of lower or equal priority. */
export function endPriority(name: string): number {
  return END_PRIORITY[name] ?? 100;
}

/** html40EntitiesTable (case-sensitive names; only recognised with their `;`). */
const ENTITY_LIST =
  'quot 34 amp 38 apos 39 lt 60 gt 62 nbsp 160 iexcl 161 cent 162 pound 163 curren 164 yen 165 brvbar 166 sect 167 ' +
  'uml 168 copy 169 ordf 170 laquo 171 not 172 shy 173 reg 174 macr 175 deg 176 plusmn 177 sup2 178 sup3 179 ' +
  'acute 180 micro 181 para 182 middot 183 cedil 184 sup1 185 ordm 186 raquo 187 frac14 188 frac12 189 frac34 190 ' +
  'iquest 191 Agrave 192 Aacute 193 Acirc 194 Atilde 195 Auml 196 Aring 197 AElig 198 Ccedil 199 Egrave 200 ' +
  'Eacute 201 Ecirc 202 Euml 203 Igrave 204 Iacute 205 Icirc 206 Iuml 207 ETH 208 Ntilde 209 Ograve 210 Oacute 211 ' +
  'Ocirc 212 Otilde 213 Ouml 214 times 215 Oslash 216 Ugrave 217 Uacute 218 Ucirc 219 Uuml 220 Yacute 221 THORN 222 ' +
  'szlig 223 agrave 224 aacute 225 acirc 226 atilde 227 auml 228 aring 229 aelig 230 ccedil 231 egrave 232 ' +
  'eacute 233 ecirc 234 euml 235 igrave 236 iacute 237 icirc 238 iuml 239 eth 240 ntilde 241 ograve 242 oacute 243 ' +
  'ocirc 244 otilde 245 ouml 246 divide 247 oslash 248 ugrave 249 uacute 250 ucirc 251 uuml 252 yacute 253 ' +
  'thorn 254 yuml 255 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732 Alpha 913 ' +
  'Beta 914 Gamma 915 Delta 916 Epsilon 917 Zeta 918 Eta 919 Theta 920 Iota 921 Kappa 922 Lambda 923 Mu 924 Nu 925 ' +
  'Xi 926 Omicron 927 Pi 928 Rho 929 Sigma 931 Tau 932 Upsilon 933 Phi 934 Chi 935 Psi 936 Omega 937 alpha 945 ' +
  'beta 946 gamma 947 delta 948 epsilon 949 zeta 950 eta 951 theta 952 iota 953 kappa 954 lambda 955 mu 956 nu 957 ' +
  'xi 958 omicron 959 pi 960 rho 961 sigmaf 962 sigma 963 tau 964 upsilon 965 phi 966 chi 967 psi 968 omega 969 ' +
  'thetasym 977 upsih 978 piv 982 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 ' +
  'mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 bull 8226 ' +
  'hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 euro 8364 ' +
  'image 8465 weierp 8472 real 8476 trade 8482 alefsym 8501 larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 ' +
  'crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 hArr 8660 forall 8704 part 8706 exist 8707 empty 8709 ' +
  'nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 ' +
  'infin 8734 ang 8736 and 8743 or 8744 cap 8745 cup 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ' +
  'ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes 8855 ' +
  'perp 8869 sdot 8901 lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang 9001 rang 9002 loz 9674 spades 9824 ' +
  'clubs 9827 hearts 9829 diams 9830';

const ENTITIES = new Map<string, number>();
{
  const parts = ENTITY_LIST.split(' ');
  for (let i = 0; i < parts.length; i += 2) ENTITIES.set(parts[i]!, Number(parts[i + 1]));
}

export function entityValue(name: string): number | undefined {
  return ENTITIES.get(name);
}

const BOOLEAN_ATTRIBUTES = new Set(['checked', 'compact', 'declare', 'defer', 'disabled', 'ismap', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'selected']);

/** htmlIsBooleanAttr: written as the bare name (`<input checked>`). */
export function isBooleanAttribute(name: string): boolean {
  return BOOLEAN_ATTRIBUTES.has(name.toLowerCase());
}
