// Liquid 5's "blank block" rule, applied once after parsing: a block whose bodies hold only
// whitespace and output-free tags (assign, capture, comment, blank blocks) is blank, and `if`,
// `unless`, `for` and `case` drop the whitespace of blank bodies — so
//   {% if x %}\n  {% assign y = 1 %}\n{% endif %}
// prints nothing at all in Jekyll, not "\n  \n". liquidjs keeps the whitespace; this pass removes it.

import {
  AssignTag, CaptureTag, CaseTag, CommentTag, IfTag, InlineCommentTag, LiquidTag, RawTag, UnlessTag, type Template,
} from 'liquidjs';

const KIND_OUTPUT = 8;
const KIND_HTML = 16;

type Any = Record<string, unknown>;

/** The bodies (template lists) of a block tag, or [] for a plain tag. */
function bodies(t: Template): Template[][] {
  const a = t as unknown as Any;
  const name = t.constructor.name;
  if (t instanceof IfTag || t instanceof UnlessTag || t instanceof CaseTag) {
    const list = (a.branches as { templates: Template[] }[]).map((b) => b.templates);
    if (a.elseTemplates) list.push(a.elseTemplates as Template[]);
    return list;
  }
  if (name === 'ForTag' || name === 'TablerowTag') return [a.templates as Template[], (a.elseTemplates as Template[]) ?? []];
  if (t instanceof CaptureTag || t instanceof LiquidTag || name === 'IfchangedTag' || name === 'HighlightTag') return [a.templates as Template[]];
  return [];
}

/** Liquid's Tag#blank?. */
function blankTag(t: Template): boolean {
  const name = t.constructor.name;
  if (t instanceof AssignTag || name === 'LaxAssign' || t instanceof CaptureTag || t instanceof CommentTag || t instanceof InlineCommentTag) return true;
  if (t instanceof RawTag) return ((t as unknown as Any).tokens as unknown[]).length === 0;
  if (t instanceof LiquidTag) return blankBody((t as unknown as Any).templates as Template[]);
  if (t instanceof IfTag || t instanceof UnlessTag || t instanceof CaseTag || ['ForTag', 'TablerowTag', 'IfchangedTag', 'HighlightTag'].includes(name)) {
    return bodies(t).every(blankBody);
  }
  return false;
}

/** Liquid's BlockBody#blank?: whitespace text and blank tags only. */
function blankBody(templates: Template[]): boolean {
  for (const t of templates) {
    const kind = (t.token as { kind: number }).kind;
    if (kind === KIND_HTML) {
      if (!/^\s*$/.test((t as unknown as { str: string }).str)) return false;
    } else if (kind === KIND_OUTPUT || !blankTag(t)) return false;
  }
  return true;
}

function dropWhitespace(list: Template[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    if ((list[i].token as { kind: number }).kind === KIND_HTML) list.splice(i, 1);
  }
}

/** Applies the rule to a parsed file, in place (every nested block too). */
export function removeBlankStrings(templates: Template[]): void {
  for (const t of templates) {
    const inner = bodies(t);
    for (const body of inner) removeBlankStrings(body);
    const name = t.constructor.name;
    const strips = t instanceof IfTag || t instanceof UnlessTag || t instanceof CaseTag || name === 'ForTag';
    if (strips && inner.length && blankTag(t)) for (const body of inner) dropWhitespace(body);
  }
}
