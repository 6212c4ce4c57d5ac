// Offsets → 1-based line and column. Offsets mostly come in document order (start tags as the
// page is scanned), so a cursor counts the newlines between the previous offset and this one
// rather than indexing every line of every page; an offset behind the cursor restarts from 0.

export class LineCursor {
  private offset = 0;
  private line = 1;
  /** Offset where the cursor's line starts. */
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** 1-based line and column of `offset`. */
  locate(offset: number): { line: number; column: number } {
    if (offset < this.offset) { this.offset = 0; this.line = 1; this.lineStart = 0; }
    const text = this.text;
    for (let nl = text.indexOf('\n', this.offset); nl >= 0 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      this.line++;
      this.lineStart = nl + 1;
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
