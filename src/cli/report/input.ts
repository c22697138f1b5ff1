/** `report`'s input: CSV or NDJSON streamed as rows of cells with physical line numbers, one row per record. */

import type { Readable } from "node:stream";
import { UsageError } from "../io.js";
import { CsvRecords } from "./csv.js";
import { detectDelimiter } from "./csv-line.js";
import { flatObjectEntries } from "./ndjson.js";

/** Where rows go. `row` returns a promise when the output is full: reading waits for it. */
export interface RowSink {
  /** CSV: the header row's names (called once, before any row). */
  header(names: readonly string[]): void;
  /** NDJSON: a key seen for the first time; returns its cell index. */
  addColumn(name: string): number;
  /** One input row, from physical line `line`; `problem` says why it cannot be read. */
  row(
    cells: readonly unknown[],
    line: number,
    problem: string | undefined,
  ): Promise<void> | undefined;
  /** True once the output is closed (nothing more to do). */
  readonly stopped: boolean;
}

/**
 * A CSV record (quoted line breaks included) or NDJSON line longer than this is an error row
 * (for CSV, its first line; a line alone over it is skipped): memory stays bounded, and an
 * unclosed quote cannot make the reader buffer the rest of the file.
 */
export const MAX_ROW_CHARS = 8 * 1024 * 1024;

function readError(source: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  return new UsageError(
    `cannot read ${source}: ${message}; check the path, or pass - to read standard input`,
  );
}

/** How the physical lines of an input were read: every line is a header, record, blank or continuation line. */
export interface InputLines {
  /** Physical lines read. */
  readonly lines: number;
  /** Lines of the CSV header (0 for NDJSON). */
  readonly headerLines: number;
  readonly blankLines: number;
  /** Lines after the first of CSV records whose quoted cells span lines. */
  readonly continuationLines: number;
  /** The CSV record over the most lines: its first line and its number of lines. */
  readonly longest: { readonly line: number; readonly lines: number };
}

/** The first line of `text` (or all of it), to detect the delimiter from. */
function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text : text.slice(0, end);
}

/** Chunks of `stream` as text or bytes, read errors reported as usage errors naming `source`. */
async function* chunksOf(stream: Readable, source: string): AsyncGenerator<string | Buffer> {
  try {
    for await (const chunk of stream) yield chunk as string | Buffer;
  } catch (error) {
    throw readError(source, error);
  }
}

/**
 * Streams a CSV file with a header row through {@link CsvRecords}, one record at a time, waiting
 * while the output drains. The delimiter (`,` `;` or tab) is detected from the header line unless
 * given. Every record becomes one row (a malformed one an error row, see {@link CsvRecords});
 * line numbers are physical (the header is line 1).
 */
export async function readCsv(
  stream: Readable,
  source: string,
  sink: RowSink,
  delimiter?: string,
): Promise<InputLines> {
  stream.setEncoding("utf8");
  let records: CsvRecords | undefined;
  let head = "";
  let headerLines = -1;
  const open = (text: string) => {
    records = new CsvRecords({
      delimiter: delimiter ?? detectDelimiter(firstLine(text)),
      maxRecordChars: MAX_ROW_CHARS,
    });
    records.push(text);
    return records;
  };
  const drain = async (csv: CsvRecords): Promise<boolean> => {
    for (let record = csv.next(); record !== undefined; record = csv.next()) {
      if (headerLines < 0) {
        if (record.problem !== undefined) {
          throw new UsageError(
            `line ${record.line} of ${source}, the header row: ${record.problem}`,
          );
        }
        headerLines = csv.lines - record.line + 1;
        csv.width = record.cells.length;
        csv.names = record.cells;
        sink.header(record.cells);
        continue;
      }
      const wait = sink.row(record.cells, record.line, record.problem);
      if (wait !== undefined) await wait;
      if (sink.stopped) return false;
    }
    return true;
  };
  const chunks = chunksOf(stream, source);
  for await (const chunk of chunks) {
    const text = chunk as string;
    let csv = records;
    if (csv === undefined) {
      head += text;
      if (!/[\r\n]/.test(head) && head.length < 65_536) continue;
      csv = open(head);
      head = "";
    } else csv.push(text);
    if (!(await drain(csv))) {
      await chunks.return(undefined);
      stream.destroy();
      return linesOf(csv, headerLines);
    }
  }
  const csv = records ?? open(head);
  csv.end();
  await drain(csv);
  if (headerLines < 0 && !sink.stopped) {
    throw new UsageError(`${source} is empty: expected a header row, e.g. plan,priority,opened_at`);
  }
  return linesOf(csv, headerLines);
}

function linesOf(csv: CsvRecords, headerLines: number): InputLines {
  return {
    lines: csv.lines,
    headerLines: Math.max(headerLines, 0),
    blankLines: csv.blankLines,
    continuationLines: csv.continuationLines - Math.max(headerLines - 1, 0),
    longest: csv.longest,
  };
}

/** Fills `entries` from one line through `JSON.parse`; returns why the line is not a JSON object, if it is not. */
function entriesOf(body: string, entries: unknown[]): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return `expected a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`;
  }
  entries.length = 0;
  for (const key of Object.keys(value)) entries.push(key, (value as Record<string, unknown>)[key]);
  return undefined;
}

/** The cells of NDJSON lines: keys become columns (of `sink`) in the order first seen. */
class NdjsonObjects {
  private readonly index = new Map<string, number>();
  /** The current line's keys and values, alternating (reused); the previous line's keys. */
  private readonly entries: unknown[] = [];
  private readonly keys: string[] = [];

  constructor(private readonly sink: RowSink) {}

  /** The cells of one non-blank line, or why it is not read. */
  cells(body: string): unknown[] | string {
    if (body.length > MAX_ROW_CHARS) {
      return "the line is longer than 8 MB; it is skipped (is the input NDJSON, one object per line?)";
    }
    const entries = this.entries;
    if (!flatObjectEntries(body, entries, this.keys)) {
      const problem = entriesOf(body, entries);
      if (problem !== undefined) return problem;
    }
    const cells: unknown[] = [];
    for (let e = 0; e < entries.length; e += 2) {
      const key = entries[e] as string;
      let i = this.index.get(key);
      if (i === undefined) {
        i = this.sink.addColumn(key);
        this.index.set(key, i);
      }
      cells[i] = entries[e + 1];
    }
    return cells;
  }
}

/**
 * Reads NDJSON (one JSON object per line; blank lines skipped) with back-pressure. Keys become
 * columns in the order first seen; a line that is not a JSON object, or is over 8 MB, is an error
 * row. A flat object is read by {@link flatObjectEntries} (no interned strings), any other line by
 * `JSON.parse`. Lines are cut from each chunk in place (only a line spanning two chunks is joined), so no
 * chunk-sized string is copied.
 */
export async function readNdjson(
  stream: Readable,
  source: string,
  sink: RowSink,
): Promise<InputLines> {
  const objects = new NdjsonObjects(sink);
  let line = 0;
  let blankLines = 0;
  const one = (text: string): Promise<void> | undefined => {
    line += 1;
    let body = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (line === 1 && body.charCodeAt(0) === 0xfeff) body = body.slice(1);
    if (body.trim() === "") {
      blankLines += 1;
      return undefined;
    }
    const cells = objects.cells(body);
    return typeof cells === "string" ? sink.row([], line, cells) : sink.row(cells, line, undefined);
  };
  const done = () => ({
    lines: line,
    headerLines: 0,
    blankLines,
    continuationLines: 0,
    longest: { line: 0, lines: 1 },
  });
  stream.setEncoding("utf8");
  const chunks = chunksOf(stream, source);
  /** The start of a line that runs on past the chunks read so far. */
  let partial = "";
  let skipping = false;
  for await (const chunk of chunks) {
    const text = chunk as string;
    let start = 0;
    let end = text.indexOf("\n");
    if (end >= 0 && (partial !== "" || skipping)) {
      // Only the line that spans chunks is joined: the chunk itself is read in place.
      const wait = skipping ? undefined : one(partial + text.slice(0, end));
      skipping = false;
      partial = "";
      if (wait !== undefined) await wait;
      start = end + 1;
      end = text.indexOf("\n", start);
    }
    for (; end >= 0 && !sink.stopped; end = text.indexOf("\n", start)) {
      const wait = one(text.slice(start, end));
      if (wait !== undefined) await wait;
      start = end + 1;
    }
    if (sink.stopped) {
      await chunks.return(undefined);
      stream.destroy();
      return done();
    }
    if (!skipping && start < text.length) partial += text.slice(start);
    if (partial.length > MAX_ROW_CHARS) {
      partial = "";
      skipping = true;
      const wait = sink.row(
        [],
        line + 1,
        "the line is longer than 8 MB; it is skipped (is the input NDJSON, one object per line?)",
      );
      line += 1;
      if (wait !== undefined) await wait;
    }
  }
  if (partial !== "") {
    const wait = one(partial);
    if (wait !== undefined) await wait;
  }
  return done();
}
