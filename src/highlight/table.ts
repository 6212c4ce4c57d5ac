// Rouge::Formatters::HTMLTable: the line-numbered table Jekyll's `{% highlight x linenos %}`
// writes — a gutter of line numbers beside the token stream.

export interface HtmlTableOptions {
  /** First line number (Rouge's start_line, default 1). */
  startLine?: number;
  /** Rouge's defaults: rouge-table, rouge-gutter, rouge-code. Jekyll passes gutter/code. */
  tableClass?: string;
  gutterClass?: string;
  codeClass?: string;
}

/**
 * Wraps an already formatted token stream (`highlight()`'s output for `code`) in Rouge's table.
 * The number of lines is counted on the code as Rouge counts it on the tokens: newlines, plus
 * one when the code does not end with a newline (then a newline is added to the stream).
 */
export function formatHtmlTable(code: string, formatted: string, options: HtmlTableOptions = {}): string {
  const start = options.startLine ?? 1;
  let lines = 0;
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lines++;
  if (!code.endsWith('\n')) {
    lines++;
    formatted += '\n';
  }
  let numbers = '';
  for (let n = start; n <= start + lines - 1; n++) numbers += `${n}\n`;
  return `<table class="${options.tableClass ?? 'rouge-table'}"><tbody><tr>` +
    `<td class="${options.gutterClass ?? 'rouge-gutter'} gl"><pre class="lineno">${numbers}</pre></td>` +
    `<td class="${options.codeClass ?? 'rouge-code'}"><pre>${formatted}</pre></td>` +
    '</tr></tbody></table>';
}
