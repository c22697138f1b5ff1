/** `report`'s input: the format detected (CSV, NDJSON, a JSON array), and CSV or NDJSON streamed as rows of cells with physical line numbers, one row per record. */

import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { UsageError } from "../io.js";
import { CsvRecords } from "./csv.js";
import { detectDelimiter } from "./csv-line.js";
import { type ColumnSink, JsonObjects } from "./objects.js";

/** Where rows go. `row` returns a promise when the output is full: reading waits for it. */
export interface RowSink extends ColumnSink {
  /** CSV: the header row's names (called once, before any row). */
  header(names: readonly string[]): void;
  /** One input row, from physical line `line`; `problem` says why it cannot be read. */
  row(
    cells: readonly unknown[],
    line: number,
    problem: string | undefined,
    raw?: string,
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

/** The formats `report` reads. */
export const inputFormats = ["csv", "ndjson", "json"] as const;
export type InputFormat = (typeof inputFormats)[number];

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
  /** A JSON array's lines are not split into records and the rest (elements share lines). */
  readonly jsonArray?: boolean;
}

/**
 * The text of `stream`, chunk by chunk (UTF-8, split characters kept whole), read errors reported
 * as usage errors naming `source`; `onBytes` hears the size of each chunk read (progress). Ending
 * the generator early destroys the stream.
 */
export async function* textChunks(
  stream: Readable,
  source: string,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder("utf8");
  try {
    for await (const chunk of stream) {
      if (typeof chunk === "string") {
        onBytes?.(chunk.length);
        yield chunk;
        continue;
      }
      onBytes?.((chunk as Buffer).length);
      const text = decoder.write(chunk as Buffer);
      if (text !== "") yield text;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `cannot read ${source}: ${message}; check the path, or pass - to read standard input`,
    );
  } finally {
    if (!stream.readableEnded) stream.destroy();
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}

async function* prepend(
  head: string,
  rest: AsyncGenerator<string, void, undefined>,
): AsyncGenerator<string, void, undefined> {
  try {
    if (head !== "") yield head;
    yield* rest;
  } finally {
    await rest.return(undefined);
  }
}

const formatNames: Readonly<Record<InputFormat, string>> = {
  csv: "CSV",
  ndjson: "NDJSON",
  json: "a JSON array",
};

/** The input's format and the text (unchanged), and how the format was chosen, for messages. */
export interface DetectedInput {
  readonly format: InputFormat;
  /** "read as CSV (detected ...; --input-format ... reads it as another)". */
  readonly readAs: string;
  readonly chunks: AsyncGenerator<string, void, undefined>;
}

/**
 * The format of an input: `given` (`--input-format`), else its first character after a byte order
 * mark and white space: `[` a JSON array, `{` NDJSON, anything else CSV.
 */
export async function detectInput(
  chunks: AsyncGenerator<string, void, undefined>,
  given: InputFormat | undefined,
): Promise<DetectedInput> {
  if (given !== undefined) {
    const others = inputFormats.filter((f) => f !== given).join(" or ");
    const readAs = `read as ${formatNames[given]} (--input-format ${given}; --input-format ${others} reads another format)`;
    return { format: given, readAs, chunks };
  }
  let head = "";
  let first: string | undefined;
  while (first === undefined) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value;
    first = /[^\s\uFEFF]/.exec(head)?.[0];
  }
  const format: InputFormat = first === "[" ? "json" : first === "{" ? "ndjson" : "csv";
  const why = format === "csv" ? "it starts with neither [ nor {" : `it starts with ${first}`;
  const others = inputFormats.filter((f) => f !== format).join(" or ");
  const readAs = `read as ${formatNames[format]}, since ${why}; pass --input-format ${others} to read it as another format`;
  return { format, readAs, chunks: prepend(head, chunks) };
}

/** The first line of `text` (or all of it), to detect the delimiter from. */
function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Streams a CSV file with a header row through {@link CsvRecords}, one record at a time, waiting
 * while the output drains. The delimiter (`,` `;` or tab) is detected from the header line. Every
 * record becomes one row (a malformed one an error row, see {@link CsvRecords}); line numbers are
 * physical (the header is line 1). `readAs` (how the format was chosen) ends a header error.
 */
export async function readCsv(
  chunks: AsyncGenerator<string, void, undefined>,
  source: string,
  sink: RowSink,
  readAs = "",
): Promise<InputLines> {
  let records: CsvRecords | undefined;
  let head = "";
  let headerLines = -1;
  const open = (text: string) => {
    records = new CsvRecords({
      delimiter: detectDelimiter(firstLine(text)),
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
            `line ${record.line} of ${source}, the header row: ${record.problem}${readAs === "" ? "" : `; ${readAs}`}`,
          );
        }
        headerLines = csv.lines - record.line + 1;
        csv.width = record.cells.length;
        csv.names = record.cells;
        sink.header(record.cells);
        continue;
      }
      const wait = sink.row(record.cells, record.line, record.problem, record.raw);
      if (wait !== undefined) await wait;
      if (sink.stopped) return false;
    }
    return true;
  };
  for await (const text of chunks) {
    let csv = records;
    if (csv === undefined) {
      head += text;
      if (!/[\r\n]/.test(head) && head.length < 65_536) continue;
      csv = open(head);
      head = "";
    } else csv.push(text);
    if (!(await drain(csv))) {
      await chunks.return(undefined);
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

const LONG_LINE =
  "the line is longer than 8 MB; it is skipped (is the input NDJSON, one object per line?)";

/**
 * Reads NDJSON (one JSON object per line; blank lines skipped) with back-pressure. Keys become
 * columns in the order first seen; a line that is not a JSON object, or is over 8 MB, is an error
 * row. Lines are cut from each chunk in place (only a line spanning two chunks is joined), so no
 * chunk-sized string is copied.
 */
export async function readNdjson(
  chunks: AsyncGenerator<string, void, undefined>,
  sink: RowSink,
): Promise<InputLines & { readonly objects: JsonObjects }> {
  const objects = new JsonObjects(sink);
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
    if (body.length > MAX_ROW_CHARS) return sink.row([], line, LONG_LINE);
    const cells = objects.cells(body);
    return typeof cells === "string" ? sink.row([], line, cells) : sink.row(cells, line, undefined);
  };
  const done = () => ({
    lines: line,
    headerLines: 0,
    blankLines,
    continuationLines: 0,
    longest: { line: 0, lines: 1 },
    objects,
  });
  /** The start of a line that runs on past the chunks read so far. */
  let partial = "";
  let skipping = false;
  for await (const text of chunks) {
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
      return done();
    }
    if (!skipping && start < text.length) partial += text.slice(start);
    if (partial.length > MAX_ROW_CHARS) {
      partial = "";
      skipping = true;
      line += 1;
      const wait = sink.row([], line, LONG_LINE);
      if (wait !== undefined) await wait;
    }
  }
  if (partial !== "") {
    const wait = one(partial);
    if (wait !== undefined) await wait;
  }
  return done();
}
