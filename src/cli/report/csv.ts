/** A streaming CSV tokenizer that ends every record at its own line, so a malformed record never swallows the lines after it. */

import { fieldName, lineCells, openQuote, QUOTE, unquote } from "./csv-line.js";

/** One record: its cells, the physical line it starts on, and why it is malformed, if it is. */
export interface CsvRecord {
  readonly cells: string[];
  /** Physical line of the record's first character, from 1 (each `\n`, `\r\n` or lone `\r` ends a line). */
  readonly line: number;
  /** Why the record is malformed (it is then an error row), or `undefined`. */
  readonly problem: string | undefined;
  /**
   * The record's line as read, when it held no quote and the delimiter is `,`: the writer may
   * copy it instead of writing each cell again.
   */
  readonly raw?: string | undefined;
}

/** Options of {@link CsvRecords}. */
export interface CsvRecordsOptions {
  /**
   * The field delimiter, one character.
   * @default ","
   */
  readonly delimiter?: string;
  /**
   * A record whose text runs on over this many characters is malformed: its first line becomes an
   * error row (a line alone over the bound: an error row without cells, the line skipped).
   * @default 8388608
   */
  readonly maxRecordChars?: number;
}

const LF = 10;
const CR = 13;
/** `scan`'s answer when the buffer ends before the record can be decided. */
const MORE = null;

/**
 * CSV records from text pushed in chunks, one at a time (so the reader can wait for its output).
 * Records end at `\n`, `\r\n` or a lone `\r`; a field opening with `"` ends at its closing quote
 * and may span lines; text after a closing quote makes the record an error (the field then ends
 * at the next delimiter or line end). A record over several lines that turns out malformed (text
 * after a closing quote, a quote never closed, over the size bound, a wrong field count) is cut
 * back to its first line, an error row, and reading resumes on the next line. Blank lines are
 * skipped (and counted); a byte order mark at the start is dropped. Memory: the current record
 * and one chunk, at most about `maxRecordChars` plus a chunk.
 */
export class CsvRecords {
  /** Fields per record (the header's); -1 until known: no field count is checked. */
  width = -1;
  /** Column names, for messages. */
  names: readonly string[] = [];
  /** Blank lines skipped. */
  blankLines = 0;
  /** Lines after the first of records read over several lines. */
  continuationLines = 0;
  /** The record over the most lines: its first line and its number of lines. */
  longest = { line: 0, lines: 1 };

  private readonly delimiter: string;
  private readonly maxChars: number;
  private buf = "";
  private pos = 0;
  private line = 1;
  private ended = false;
  private started = false;
  /** Chunks held back while the record waits inside a quote none of them closes. */
  private held: string[] = [];
  private heldChars = 0;
  private inQuote = false;
  /** Discarding the rest of a line over the bound; `skipCR`: it ended with a `\r` at a chunk's end. */
  private skipping = false;
  private skipCR = false;
  // Next `"`, `\n`, `\r`, delimiter at or after the last search (-1: none in `buf`).
  private nq = -2;
  private nlf = -2;
  private ncr = -2;
  private nd = -2;

  constructor(options: CsvRecordsOptions = {}) {
    this.delimiter = options.delimiter ?? ",";
    this.maxChars = options.maxRecordChars ?? 8 * 1024 * 1024;
    if (this.delimiter.length !== 1 || /["\r\n]/.test(this.delimiter)) {
      throw new RangeError(
        `delimiter ${JSON.stringify(this.delimiter)}: expected one character other than a quote or line break`,
      );
    }
  }

  /** Physical lines read so far (after {@link end} and the last record: all of them). */
  get lines(): number {
    return this.line - 1;
  }

  /** Adds text; then call {@link next} until it returns `undefined`. */
  push(text: string): void {
    if (!this.started && text !== "") {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.skipping || this.skipCR) text = this.skip(text);
    const size = this.buf.length - this.pos + this.heldChars + text.length;
    if (this.inQuote && !this.ended && !text.includes('"') && size <= this.maxChars) {
      this.held.push(text);
      this.heldChars += text.length;
      return;
    }
    this.buf = this.buf.slice(this.pos) + this.held.join("") + text;
    this.pos = 0;
    this.held = [];
    this.heldChars = 0;
    this.inQuote = false;
    this.forgetSearches();
  }

  /** Marks the end of the input: {@link next} then returns the last records. */
  end(): void {
    this.ended = true;
    this.push("");
  }

  /** The next-character positions are searched again (needed before reading backwards). */
  private forgetSearches(): void {
    this.nq = this.nlf = this.ncr = this.nd = -2;
  }

  /** The next record, or `undefined` when more text is needed (or, after {@link end}, none is left). */
  next(): CsvRecord | undefined {
    if (this.held.length > 0 || this.skipping) return undefined;
    if (!this.skipBlankLines()) return undefined;
    if (this.pos >= this.buf.length) return undefined;
    const record = this.scan();
    if (record !== MORE) return record;
    if (this.buf.length - this.pos + this.heldChars <= this.maxChars) return undefined;
    this.forgetSearches();
    const first = this.lineEnd(this.pos);
    const bound = `${Math.round(this.maxChars / 1024 / 1024)} MB`;
    if (first >= 0) {
      return this.firstLineAlone(
        first,
        (open) =>
          `${open} opens a field that runs on for over ${bound}: check the quotes on this line`,
      );
    }
    const at = this.line;
    this.line += 1;
    this.buf = "";
    this.pos = 0;
    this.inQuote = false;
    this.skipping = true;
    return { cells: [], line: at, problem: `the line is longer than ${bound}; it is skipped` };
  }

  /** Drops text up to the end of the line being skipped; returns what follows it. */
  private skip(text: string): string {
    if (this.skipCR) {
      this.skipCR = false;
      return text.charCodeAt(0) === LF ? text.slice(1) : text;
    }
    const lf = text.indexOf("\n");
    const cr = text.indexOf("\r");
    const at = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (at < 0) return "";
    this.skipping = false;
    if (at === cr && at + 1 === text.length) {
      this.skipCR = true;
      return "";
    }
    return text.slice(at === cr && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1);
  }

  /** Skips empty lines; false when a `\r` ends the buffer (a `\n` may follow). */
  private skipBlankLines(): boolean {
    const buf = this.buf;
    for (;;) {
      const c = buf.charCodeAt(this.pos);
      if (c !== LF && c !== CR) return true;
      const after = this.afterLineEnd(this.pos);
      if (after < 0) return false;
      this.pos = after;
      this.line += 1;
      this.blankLines += 1;
    }
  }

  /** Position after the line end at `at`; -1 when it is a `\r` ending the buffer before the end. */
  private afterLineEnd(at: number): number {
    if (this.buf.charCodeAt(at) === LF) return at + 1;
    if (at + 1 < this.buf.length) return this.buf.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
    return this.ended ? at + 1 : -1;
  }

  private lineEnd(from: number): number {
    if (this.nlf !== -1 && this.nlf < from) this.nlf = this.buf.indexOf("\n", from);
    if (this.ncr !== -1 && this.ncr < from) this.ncr = this.buf.indexOf("\r", from);
    const lf = this.nlf;
    const cr = this.ncr;
    return cr < 0 ? lf : lf < 0 || cr < lf ? cr : lf;
  }

  private nextDelimiter(from: number): number {
    if (this.nd !== -1 && this.nd < from) this.nd = this.buf.indexOf(this.delimiter, from);
    return this.nd;
  }

  private nextQuote(from: number): number {
    if (this.nq !== -1 && this.nq < from) this.nq = this.buf.indexOf('"', from);
    return this.nq;
  }

  /** Reads one record at `pos`, or says more text is needed. */
  private scan(): CsvRecord | typeof MORE {
    const start = this.pos;
    let lineEnd = this.lineEnd(start);
    if (lineEnd < 0) {
      if (!this.ended) return MORE;
      lineEnd = this.buf.length;
    }
    const quote = this.nextQuote(start);
    if (quote >= 0 && quote <= lineEnd) return this.scanQuoted(start, lineEnd);
    // No quote on the line (most lines): its fields are the text between delimiters.
    const text = this.buf.slice(start, lineEnd);
    const record = this.finishRecord(text.split(this.delimiter), lineEnd, 1, lineEnd, undefined);
    if (record !== MORE && record.problem === undefined && this.delimiter === ",") {
      (record as { raw?: string }).raw = text;
    }
    return record;
  }

  /**
   * Reads one record at `start` whose first line (ending at `firstEnd`) has a quote, field by
   * field: a quoted field may run on over the next lines; the malformed cases are left to
   * {@link unclosedQuote} and {@link textAfterClosingQuote}.
   */
  private scanQuoted(start: number, firstEnd: number): CsvRecord | typeof MORE {
    const buf = this.buf;
    const size = buf.length;
    const ended = this.ended;
    const cells: string[] = [];
    let lineEnd = firstEnd;
    let lines = 1;
    let lineStart = start;
    let problem: string | undefined;
    let p = start;
    let at: number;
    for (;;) {
      if (buf.charCodeAt(p) !== QUOTE) {
        const d = this.nextDelimiter(p);
        if (d >= 0 && d < lineEnd) {
          cells.push(buf.slice(p, d));
          p = d + 1;
          continue;
        }
        cells.push(buf.slice(p, lineEnd));
        at = lineEnd;
        break;
      }
      let close = this.nextQuote(p + 1);
      while (close >= 0 && buf.charCodeAt(close + 1) === QUOTE) close = this.nextQuote(close + 2);
      if (close < 0 || (close + 1 === size && !ended)) return this.unclosedQuote(close, firstEnd);
      for (let e = this.lineEnd(p + 1); e >= 0 && e < close; e = this.lineEnd(lineStart)) {
        lines += 1;
        lineStart = buf.charCodeAt(e) === CR && buf.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
      }
      if (lines > 1) {
        lineEnd = this.lineEnd(close + 1);
        if (lineEnd < 0) {
          if (!ended) return MORE;
          lineEnd = size;
        }
      }
      const after = close + 1;
      if (after === lineEnd || buf[after] === this.delimiter) {
        cells.push(unquote(buf, p + 1, close));
        if (after === lineEnd) {
          at = lineEnd;
          break;
        }
        p = after + 1;
        continue;
      }
      const column = after - lineStart + 1;
      if (lines > 1) return this.textAfterClosingQuote(firstEnd, lines, column);
      problem ??= `${fieldName(cells.length, this.names)}: text after the closing quote at column ${column}; a quoted field ends at its closing quote (write "" for a quote inside it)`;
      const d = this.nextDelimiter(after);
      const end = d >= 0 && d < lineEnd ? d : lineEnd;
      cells.push(buf.slice(p, end));
      if (end === lineEnd) {
        at = lineEnd;
        break;
      }
      p = end + 1;
    }
    return this.finishRecord(cells, at, lines, firstEnd, problem);
  }

  /**
   * A quoted field whose closing quote is not in the buffer (`close` -1), or is its last character
   * (a `"` may follow): more text is needed, or, at the end of the input, the first line alone.
   */
  private unclosedQuote(close: number, firstEnd: number): CsvRecord | typeof MORE {
    if (this.ended)
      return this.firstLineAlone(
        firstEnd,
        (open) => `${open} is never closed (the input ends first)`,
      );
    this.inQuote = close < 0;
    return MORE;
  }

  /** A field that opens on the first line and closes on line `lines` of the record, followed by text at `column`. */
  private textAfterClosingQuote(firstEnd: number, lines: number, column: number): CsvRecord {
    return this.firstLineAlone(
      firstEnd,
      (open) =>
        `${open} opens a field that closes on line ${this.line + lines - 1}, followed by text (column ${column}): check the quotes on this line`,
    );
  }

  /** Ends a record whose last field ends at `at`: field count, size bound, line numbers. */
  private finishRecord(
    read: string[],
    at: number,
    lines: number,
    firstEnd: number,
    found: string | undefined,
  ): CsvRecord | typeof MORE {
    let cells = read;
    let problem = found;
    const next = at === this.buf.length ? at : this.afterLineEnd(at);
    if (next < 0) return MORE;
    if (lines > 1 && found !== undefined) return this.firstLineAlone(firstEnd, () => found);
    const width = this.width;
    if (width >= 0 && cells.length !== width) {
      const count = `has ${cells.length} fields, the header has ${width}`;
      if (lines > 1)
        return this.firstLineAlone(
          firstEnd,
          (open) =>
            `${open} opens a field that closes on line ${this.line + lines - 1}, and the record so made ${count}: check the quotes on this line`,
        );
      problem ??= `${count}; check the row's commas and quotes`;
    }
    if (next - this.pos > this.maxChars) {
      const bound = `${Math.round(this.maxChars / 1024 / 1024)} MB`;
      if (lines > 1) {
        return this.firstLineAlone(
          firstEnd,
          (open) =>
            `${open} opens a field that runs on for over ${bound}: check the quotes on this line`,
        );
      }
      cells = [];
      problem = `the line is longer than ${bound}; it is skipped`;
    }
    const record: CsvRecord = { cells, line: this.line, problem, raw: undefined };
    this.pos = next;
    this.line += lines;
    if (lines > 1) {
      this.continuationLines += lines - 1;
      if (lines > this.longest.lines) this.longest = { line: record.line, lines };
    }
    return record;
  }

  /** The first line of a malformed record alone, as an error row; reading resumes on the next line. */
  private firstLineAlone(firstEnd: number, problem: (open: string) => string): CsvRecord {
    const text = this.buf.slice(this.pos, firstEnd);
    const cells = lineCells(text, this.delimiter);
    const record = {
      cells,
      line: this.line,
      problem: problem(openQuote(text, this.delimiter, this.names)),
    };
    const after = this.afterLineEnd(firstEnd);
    // A `\r` ending the buffer: a `\n` starting the next text belongs to it.
    this.skipCR = after < 0;
    this.pos = after < 0 ? this.buf.length : after;
    this.line += 1;
    this.forgetSearches();
    return record;
  }
}
