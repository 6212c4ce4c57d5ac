// The `yaml` package's document parse with one leniency of libyaml (Psych, so Jekyll): a quoted
// scalar may continue on lines indented less than its key. YAML 1.2 requires those lines to be
// indented, and `yaml`'s lexer cuts the scalar at the first one ("Missing closing quote"), but
// libyaml reads on to the closing quote, so front matter such as
//   excerpt: "We are proud to announce
//   that …"
// is a string in Jekyll. The value does not change: folding drops a continuation line's leading
// blanks either way. libyaml still stops at a document marker (`---`/`...`) at the start of a line.
import type * as YamlModule from 'yaml';
import type { Document, ParseOptions, DocumentOptions, SchemaOptions } from 'yaml';

/** The members of `yaml`'s Lexer this subclass uses (private in its typings). */
interface LexerState {
  buffer: string;
  pos: number;
  atEnd: boolean;
  flowLevel: number;
  setNext(state: string): string;
  pushToIndex(i: number, allowEmpty: boolean): Generator<string, number>;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

const lexerClasses = new WeakMap<typeof YamlModule, new () => YamlModule.Lexer>();

/** Lexer whose quoted scalars end at their closing quote (or a document marker), as in libyaml. */
function psychLexerClass(yaml: typeof YamlModule): new () => YamlModule.Lexer {
  let cls = lexerClasses.get(yaml);
  if (cls) return cls;
  const Base = yaml.Lexer as unknown as new () => LexerState;
  class PsychLexer extends Base {
    *parseQuotedScalar(): Generator<string, string> {
      const quote = this.buffer[this.pos]!;
      let end = closingQuote(this.buffer, this.pos, quote);
      const body = this.buffer.slice(this.pos, end === -1 ? undefined : end);
      const marker = /\r?\n(?:---|\.\.\.)(?=[ \t\r\n]|$)/.exec(body);
      if (marker) end = this.pos + marker.index - 1;
      if (end === -1) {
        if (!this.atEnd) return this.setNext('quoted-scalar');
        end = this.buffer.length;
      }
      yield* this.pushToIndex(end + 1, false);
      return this.flowLevel ? 'flow' : 'doc';
    }
  }
  cls = PsychLexer as unknown as new () => YamlModule.Lexer;
  lexerClasses.set(yaml, cls);
  return cls;
}

/** Index of the quote closing the scalar opened at `start` ('' doubles in single quotes, \" escapes in double), or -1. */
function closingQuote(text: string, start: number, quote: string): number {
  let i = start;
  for (;;) {
    i = text.indexOf(quote, i + 1);
    if (i === -1) return -1;
    if (quote === "'") {
      if (text[i + 1] !== "'") return i;
      i += 1;
      continue;
    }
    let backslashes = 0;
    while (text[i - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return i;
  }
}

/**
 * `yaml.parseDocument` with the lenient lexer. Errors carry `linePos` (1-based line and column of
 * their start) as with `prettyErrors`; only the first document is returned.
 */
export function parseDocumentLikePsych(yaml: typeof YamlModule, text: string, options: Options): Document {
  const lineCounter = new yaml.LineCounter();
  const parser = new yaml.Parser(lineCounter.addNewLine);
  (parser as unknown as { lexer: YamlModule.Lexer }).lexer = new (psychLexerClass(yaml))();
  const composer = new yaml.Composer(options);
  let doc: Document | undefined;
  for (const d of composer.compose(parser.parse(text), true, text.length)) {
    if (!doc) doc = d as Document;
    else {
      doc.errors.push(new yaml.YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  for (const err of doc!.errors) {
    const start = lineCounter.linePos(err.pos[0]);
    err.linePos = [start, lineCounter.linePos(err.pos[1])];
  }
  return doc!;
}
