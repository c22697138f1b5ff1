/** `report`'s input: CSV streamed by papaparse, or NDJSON, as rows of cells with physical line numbers. */

import type { Readable } from "node:stream";
import Papa from "papaparse";
import { UsageError } from "../io.js";

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
 * A row (CSV, quoted line breaks included) or NDJSON line longer than this is an input error:
 * memory stays bounded, and an unclosed quote does not make papaparse buffer (and re-scan) the
 * whole rest of the file.
 */
export const MAX_ROW_CHARS = 8 * 1024 * 1024;

function tooLong(line: number, source: string, csv: boolean): UsageError {
  return new UsageError(
    csv
      ? `line ${line} of ${source}: the row runs on for over 8 MB; a quoted field is probably not closed (check the quotes from that line on)`
      : `line ${line} of ${source} is longer than 8 MB: is the input NDJSON, one object per line?`,
  );
}

function readError(source: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  return new UsageError(
    `cannot read ${source}: ${message}; check the path, or pass - to read standard input`,
  );
}

/** Number of line breaks inside a row's cells (quoted fields may span lines). */
function breaksIn(cells: readonly string[], linebreak: string): number {
  const mark = linebreak === "\r" ? "\r" : "\n";
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    let at = cell.indexOf(mark);
    while (at >= 0) {
      count += 1;
      at = cell.indexOf(mark, at + 1);
    }
  }
  return count;
}

/**
 * Streams a comma-separated file with a header row through papaparse (`step`, one row at a time),
 * pausing the parser and the stream while the output drains. Blank lines are skipped; line
 * numbers are physical (the header is line 1; a quoted cell over two lines counts two).
 */
export function readCsv(stream: Readable, source: string, sink: RowSink): Promise<void> {
  return new Promise((resolve, reject) => {
    let line = 1;
    let width = -1;
    let settled = false;
    /** Characters received since the last row ended. */
    let pending = 0;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error === undefined) resolve();
      else {
        stream.destroy();
        reject(error);
      }
    };
    stream.setEncoding("utf8");
    stream.on("error", (error) => finish(readError(source, error)));
    Papa.parse<string[]>(stream, {
      header: false,
      delimiter: ",",
      skipEmptyLines: false,
      step(results, parser) {
        if (settled) return;
        pending = 0;
        const cells = results.data;
        const at = line;
        line += 1 + breaksIn(cells, results.meta.linebreak);
        if (cells.length === 1 && cells[0] === "" && results.errors.length === 0) return;
        try {
          if (width < 0) {
            if (cells[0]?.charCodeAt(0) === 0xfeff) cells[0] = cells[0].slice(1);
            width = cells.length;
            sink.header(cells);
            return;
          }
          let problem: string | undefined;
          if (results.errors.length > 0) {
            problem = `malformed CSV: ${results.errors.map((e) => e.message).join("; ")}`;
          } else if (cells.length !== width) {
            problem = `has ${cells.length} fields, the header has ${width}; check the row's commas and quotes`;
          }
          const wait = sink.row(cells, at, problem);
          if (sink.stopped) {
            parser.abort();
            return;
          }
          if (wait !== undefined) {
            parser.pause();
            stream.pause();
            wait.then(
              () => {
                if (settled) return;
                if (sink.stopped) parser.abort();
                else {
                  parser.resume();
                  stream.resume();
                }
              },
              (error: unknown) => {
                finish(error);
                parser.abort();
              },
            );
          }
        } catch (error) {
          finish(error);
          parser.abort();
        }
      },
      complete() {
        if (width < 0 && !sink.stopped) {
          finish(
            new UsageError(
              `${source} is empty: expected a header row, e.g. plan,priority,opened_at`,
            ),
          );
        }
        finish();
      },
      error(error) {
        finish(readError(source, error));
      },
    });
    // After papaparse's own listener: by now it has parsed the chunk (and reset `pending`).
    stream.on("data", (chunk: string) => {
      pending += chunk.length;
      if (pending > MAX_ROW_CHARS && !settled) finish(tooLong(line, source, true));
    });
  });
}

/**
 * Reads NDJSON (one JSON object per line; blank lines skipped) with back-pressure. Keys become
 * columns in the order first seen; a line that is not a JSON object is an error row.
 */
export async function readNdjson(stream: Readable, source: string, sink: RowSink): Promise<void> {
  stream.setEncoding("utf8");
  const index = new Map<string, number>();
  let line = 0;
  let partial = "";
  const one = (text: string): Promise<void> | undefined => {
    line += 1;
    let body = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (line === 1 && body.charCodeAt(0) === 0xfeff) body = body.slice(1);
    if (body.trim() === "") return undefined;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return sink.row(
        [],
        line,
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return sink.row(
        [],
        line,
        `expected a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
      );
    }
    const cells: unknown[] = [];
    for (const key of Object.keys(value)) {
      let i = index.get(key);
      if (i === undefined) {
        i = sink.addColumn(key);
        index.set(key, i);
      }
      cells[i] = (value as Record<string, unknown>)[key];
    }
    return sink.row(cells, line, undefined);
  };
  const chunks = stream[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<unknown>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw readError(source, error);
    }
    if (next.done) break;
    const text = partial + (next.value as string);
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      const wait = one(text.slice(start, end));
      if (wait !== undefined) await wait;
      if (sink.stopped) {
        await chunks.return?.();
        return;
      }
      start = end + 1;
    }
    partial = text.slice(start);
    if (partial.length > MAX_ROW_CHARS) {
      stream.destroy();
      throw tooLong(line + 1, source, false);
    }
  }
  if (partial !== "") {
    const wait = one(partial);
    if (wait !== undefined) await wait;
  }
}
