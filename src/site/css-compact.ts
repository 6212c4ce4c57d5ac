// libsass's output styles (jekyll-sass-converter 2 runs sassc), rebuilt from dart-sass's
// `expanded` output. `compact`: one rule per line (`sel { a: b; c: d; }`), at-rule blocks on one
// line. `expanded`: as dart-sass's. Both separate top-level rules by a blank line (dart-sass does
// not after rules that came from one nesting) and put a comment right above what follows it.

interface Node {
  /** `selector` / `@media …` for blocks, the text for declarations and comments. */
  head: string;
  kind: 'block' | 'decl' | 'comment';
  children: Node[];
}

function parseExpanded(css: string): Node[] {
  const root: Node = { head: '', kind: 'block', children: [] };
  const stack: Node[] = [root];
  const lines = css.split('\n');
  let pendingSelector = '';
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === '') continue;
    const top = stack[stack.length - 1]!;
    if (line.startsWith('/*')) {
      let text = line;
      while (!text.includes('*/') && i + 1 < lines.length) text += '\n' + lines[++i]!;
      top.children.push({ head: text.trim(), kind: 'comment', children: [] });
      continue;
    }
    if (line.endsWith(',') && !line.endsWith('{')) {
      pendingSelector += line + ' ';
      continue;
    }
    if (line.endsWith('{')) {
      line = pendingSelector + line.slice(0, -1).trim();
      pendingSelector = '';
      const block: Node = { head: line, kind: 'block', children: [] };
      top.children.push(block);
      stack.push(block);
      continue;
    }
    if (line === '}') {
      if (stack.length > 1) stack.pop();
      continue;
    }
    top.children.push({ head: line, kind: 'decl', children: [] });
  }
  return root.children;
}

/**
 * libsass's compact comment (comment_to_compact_string): each line break with the blanks and `*`s
 * after it becomes one space (a closing star-slash on its own line joins the text); a comment whose last break has no indentation
 * after it is kept as written.
 */
function compactComment(text: string): string {
  let out = '';
  let indent = 0;
  let prev = '';
  let clean = false;
  for (const c of text) {
    if (clean) {
      if (c === '\n') indent = 0;
      else if (c === ' ' || c === '\t') indent++;
      else if (c !== '*') {
        clean = false;
        out += ' ' + (prev === '*' && c === '/' ? '*/' : c);
      }
    } else if (c === '\n' || c === '\r') {
      clean = true;
    } else {
      out += c;
    }
    prev = c;
  }
  return indent ? out : text;
}

function inline(node: Node): string {
  if (node.kind === 'comment') return compactComment(node.head);
  if (node.kind !== 'block') return node.head;
  const body = node.children.map(inline).join(' ');
  return `${node.head} { ${body} }`;
}

export function toCompact(expanded: string): string {
  const nodes = parseExpanded(expanded);
  let out = '';
  nodes.forEach((node, i) => {
    out += inline(node);
    if (i === nodes.length - 1) return;
    // A top-level statement (`@import url(…);`) is followed by a line break only, like a comment.
    out += node.kind === 'block' ? '\n\n' : '\n';
  });
  return out + '\n';
}

function expand(node: Node, indent: string): string {
  if (node.kind !== 'block') return indent + node.head + (node.kind === 'decl' ? '' : '');
  const inner = node.children.map((c) => expand(c, indent + '  ')).join('\n');
  return `${indent}${node.head} {\n${inner}\n${indent}}`;
}

export function toLibsassExpanded(expanded: string): string {
  const nodes = parseExpanded(expanded);
  let out = '';
  nodes.forEach((node, i) => {
    out += expand(node, '');
    if (i === nodes.length - 1) return;
    out += node.kind === 'comment' ? '\n' : '\n\n';
  });
  return out + '\n';
}
