// libxml2 2.9.14's HTML 4 tables (HTMLparser.c) that its parser and serialiser consult: which
// elements are empty, inline, or keep no end tag; which start tags close which open elements;
// end-tag priorities; boolean attributes.
/** libxml2's html40ElementTable, the fields the parser and serialiser use. */
export interface ElementInfo {
  /** Has no content (`<br>`): closed as soon as opened, written without an end tag. */
  empty: boolean;
  /** Written without its end tag when it has no children (`<li>`). */
  saveEndTag: boolean;
  inline: boolean;
}
const EMPTY = 'area base basefont br col frame hr img input isindex link meta param';
const INLINE =
  'a abbr acronym applet b basefont bdo big br button cite code del dfn em embed font i iframe img input ins kbd label map object q s samp script select small span strike strong sub sup textarea tt u var';
const BLOCK =
  'address blockquote body caption center colgroup dd dir div dl dt fieldset form frameset h1 h2 h3 h4 h5 h6 head html legend li menu noframes noscript ol optgroup option p pre style table tbody td textarea tfoot th thead title tr ul';
export const ELEMENTS = new Map<string, ElementInfo>();
for (const n of BLOCK.split(' ')) ELEMENTS.set(n, { empty: false, saveEndTag: n === 'li', inline: false });
for (const n of INLINE.split(' ')) ELEMENTS.set(n, { empty: false, saveEndTag: false, inline: true });
for (const n of EMPTY.split(' ')) ELEMENTS.set(n, { empty: true, saveEndTag: true, inline: ELEMENTS.get(n)?.inline ?? false });

const FONTSTYLE = 'tt i b u s strike big small';
/** htmlStartClose: a start tag (key) closes these open elements (when innermost). */
const START_CLOSE: Record<string, string> = {
  form: 'form p hr h1 h2 h3 h4 h5 h6 dl ul ol menu dir address pre listing xmp head',
  head: 'p',
  title: 'p',
  body: 'head style link title p',
  frameset: 'head style link title p',
  li: 'p h1 h2 h3 h4 h5 h6 dl address pre listing xmp head li',
  hr: 'p head',
  h1: 'p head', h2: 'p head', h3: 'p head', h4: 'p head', h5: 'p head', h6: 'p head',
  dir: 'p head',
  address: 'p head ul',
  pre: 'p head ul',
  listing: 'p head',
  xmp: 'p head',
  blockquote: 'p head',
  dl: 'p dt menu dir address pre listing xmp head',
  dt: 'p menu dir address pre listing xmp head dd',
  dd: 'p menu dir address pre listing xmp head dt',
  ul: 'p head ol menu dir address pre listing xmp',
  ol: 'p head ul',
  menu: 'p head ul',
  p: `p head h1 h2 h3 h4 h5 h6 ${FONTSTYLE}`,
  div: 'p head',
  noscript: 'p head',
  center: 'font b i p head',
  a: 'a',
  caption: 'p',
  colgroup: 'caption colgroup col p',
  col: 'caption col p',
  table: 'p head h1 h2 h3 h4 h5 h6 pre listing xmp a',
  th: 'th td p span font a b i u',
  td: 'th td p span font a b i u',
  tr: 'th td tr caption col colgroup p',
  thead: 'caption col colgroup',
  tfoot: 'th td tr caption col colgroup thead tbody p',
  tbody: 'th td tr caption col colgroup thead tfoot tbody p',
  optgroup: 'option',
  option: 'option',
  fieldset: 'legend p head h1 h2 h3 h4 h5 h6 pre listing xmp a',
};
export const CLOSES = new Map(Object.entries(START_CLOSE).map(([k, v]) => [k, new Set(v.split(' '))]));
/** htmlEndPriority: an end tag closes only open elements of lower or equal priority. */
const END_PRIORITY: Record<string, number> = { div: 150, td: 160, th: 160, tr: 170, thead: 180, tbody: 180, tfoot: 180, table: 190, head: 200, body: 200, html: 220 };
export const endPriority = (name: string) => END_PRIORITY[name] ?? 100;
export const BOOLEAN_ATTRS = new Set(['checked', 'compact', 'declare', 'defer', 'disabled', 'ismap', 'multiple', 'nohref', 'noresize', 'noshade', 'nowrap', 'readonly', 'selected']);
