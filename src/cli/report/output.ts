/** `report`'s output: CSV, a JSON array or NDJSON, buffered in batches. */

import { flatCopy } from "../../text/flat-copy.js";
import { addedColumns } from "./fields.js";
import type { RowResult } from "./rows.js";

export const outputFormats = ["csv", "json", "ndjson"] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Text is handed out once a batch holds about this many characters. */
const BATCH_CHARS = 64 * 1024;

/** An input cell as output text: strings as they are, other JSON values as JSON. */
function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell;
  if (cell === undefined || cell === null) return "";
  if (typeof cell === "object") return JSON.stringify(cell);
  return String(cell);
}

/** Collects output rows and hands out text in batches. */
export interface ReportWriter {
  /** Starts the output with the names of the input columns passed through. */
  start(columns: readonly string[]): void;
  /** Adds one row: the passed-through cells (by `indexes` into `cells`), then the added columns. */
  row(
    cells: readonly unknown[],
    indexes: readonly number[],
    line: number,
    result: RowResult,
    /** The input line as read, when the cells are its comma-separated text (see CsvRecord.raw). */
    raw?: string,
  ): void;
  /** Text ready to write, when a batch is full. */
  take(): string | undefined;
  /** Everything left, including the end of a JSON array. */
  finish(): string;
}

/** A cell of a comma-separated line that starts or ends with a space (which `csvCell` quotes). */
const EDGE_SPACE = /(?:^|,) | (?:,|$)/;

/** A character that makes a cell quoted: the delimiter, a quote, a line break or a byte order mark. */
const NEEDS_QUOTES = /[",\r\n\uFEFF]/;

/**
 * A cell as CSV text: quoted (`"` inside doubled) when it holds a comma, a quote, a line break or
 * a byte order mark, or starts or ends with a space (so that a reader that trims keeps it); any
 * other cell as is. The report's own reader reads every such cell back unchanged.
 *
 * @example
 * ```ts
 * csvCell('Re: "ticket", again') //=> '"Re: ""ticket"", again"'
 * csvCell("plain") //=> "plain"
 * ```
 */
export function csvCell(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !NEEDS_QUOTES.test(text)) {
    return text;
  }
  return quoted(text);
}

function quoted(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** At most this many quoted cells are remembered (a memo: clearing it costs only time). */
const QUOTED_CACHE_LIMIT = 4096;
/** Longer cells are quoted each time (the memo's memory stays small). */
const QUOTED_CACHE_MAX_CHARS = 256;

/**
 * `csvCell`, remembering the quoted cells: the ones that need quotes (free text such as a subject
 * or a reason) often repeat from row to row.
 */
class QuotedCells {
  private readonly cache = new Map<string, string>();

  cell(text: string): string {
    const n = text.length;
    if (n === 0) return text;
    if (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !NEEDS_QUOTES.test(text)) {
      return text;
    }
    if (n > QUOTED_CACHE_MAX_CHARS) return quoted(text);
    let cell = this.cache.get(text);
    if (cell === undefined) {
      cell = quoted(text);
      if (this.cache.size >= QUOTED_CACHE_LIMIT) this.cache.clear();
      // A copy of the key: a cell is a slice of the input chunk and would keep it alive.
      this.cache.set(flatCopy(text), cell);
    }
    return cell;
  }
}

class CsvWriter implements ReportWriter {
  /** Rows of the batch (joined once: cheaper than one long chain of concatenations). */
  private lines: string[] = [];
  private chars = 0;
  private width = 0;
  private readonly quoted = new QuotedCells();
  /** One row's cells, reused. */
  private parts: (string | number)[] = [];

  start(columns: readonly string[]): void {
    this.width = columns.length;
    this.parts = new Array(columns.length + addedColumns.length).fill("");
    this.lines.push(`${[...columns, ...addedColumns].map(csvCell).join(",")}\n`);
  }

  row(
    cells: readonly unknown[],
    indexes: readonly number[],
    line: number,
    r: RowResult,
    raw?: string,
  ): void {
    const parts = this.parts;
    const width = this.width;
    // The input line itself when it says the same as writing its cells would: every column
    // passed through in order, and no cell that needs quotes (none has a quote, a line break or
    // a byte order mark: the tokenizer's fast path; none starts or ends with a space).
    const copy =
      raw !== undefined &&
      cells.length === width &&
      this.inOrder(indexes) &&
      !EDGE_SPACE.test(raw) &&
      !raw.includes("\uFEFF");
    if (copy) {
      parts[0] = raw;
      for (let i = 1; i < width; i++) parts[i] = "";
    } else {
      for (let i = 0; i < width; i++) {
        const index = indexes[i];
        parts[i] = this.quoted.cell(index === undefined ? "" : cellText(cells[index]));
      }
    }
    // due_at ... remaining are ISO instants, state words and "+1h 20m": never quoted.
    parts[width] = line;
    parts[width + 1] = r.dueAt;
    parts[width + 2] = r.dueAtLocal;
    parts[width + 3] = r.state;
    parts[width + 4] = r.remaining;
    parts[width + 5] = r.remainingMs ?? "";
    parts[width + 6] = this.quoted.cell(r.reason);
    parts[width + 7] = `${this.quoted.cell(r.error)}\n`;
    const s = copy ? `${raw},${parts.slice(width).join(",")}` : parts.join(",");
    this.lines.push(s);
    this.chars += s.length;
  }

  /** The indexes last found to be `0, 1, ..., width - 1`, and whether they were. */
  private checkedIndexes: readonly number[] | undefined;
  private checkedLength = -1;
  private identity = false;

  /** True when `indexes` passes every input column through, in order (remembered per array). */
  private inOrder(indexes: readonly number[]): boolean {
    if (indexes !== this.checkedIndexes || indexes.length !== this.checkedLength) {
      this.checkedIndexes = indexes;
      this.checkedLength = indexes.length;
      this.identity = indexes.length === this.width && indexes.every((index, i) => index === i);
    }
    return this.identity;
  }

  take(): string | undefined {
    return this.chars < BATCH_CHARS ? undefined : this.finish();
  }

  finish(): string {
    const text = this.lines.join("");
    this.lines = [];
    this.chars = 0;
    return text;
  }
}

/** JSON objects built as text: keys are JSON-quoted once, values with JSON.stringify. */
class JsonLinesWriter implements ReportWriter {
  private text = "";
  private keys: string[] = [];
  private rows = 0;
  private readonly addedKeys = addedColumns.map((c) => `${JSON.stringify(c)}:`);

  /** `array`: a JSON array, one object a line; else NDJSON. */
  constructor(private readonly array: boolean) {}

  start(columns: readonly string[]): void {
    this.keys = columns.map((c) => `${JSON.stringify(c)}:`);
    if (this.array) this.text += "[";
  }

  /** A column added after the start (NDJSON input with a new key). */
  addColumn(name: string): void {
    this.keys.push(`${JSON.stringify(name)}:`);
  }

  row(cells: readonly unknown[], indexes: readonly number[], line: number, r: RowResult): void {
    let s = "{";
    for (let i = 0; i < this.keys.length; i++) {
      const index = indexes[i];
      const cell = index === undefined ? undefined : cells[index];
      if (cell === undefined) continue;
      s += `${this.keys[i]}${JSON.stringify(cell)},`;
    }
    const k = this.addedKeys;
    s += `${k[0]}${line},${k[1]}${JSON.stringify(r.dueAt)},${k[2]}${JSON.stringify(r.dueAtLocal)},${k[3]}"${r.state}",${k[4]}${JSON.stringify(r.remaining)},${k[5]}${r.remainingMs},${k[6]}${JSON.stringify(r.reason)},${k[7]}${JSON.stringify(r.error)}}`;
    if (this.array) this.text += `${this.rows === 0 ? "\n" : ",\n"}${s}`;
    else this.text += `${s}\n`;
    this.rows += 1;
  }

  take(): string | undefined {
    if (this.text.length < BATCH_CHARS) return undefined;
    const text = this.text;
    this.text = "";
    return text;
  }

  finish(): string {
    const text = this.array ? `${this.text}${this.rows === 0 ? "]\n" : "\n]\n"}` : this.text;
    this.text = "";
    return text;
  }
}

/** A writer for the format; JSON writers also take columns added later. */
export function writerFor(format: OutputFormat): ReportWriter & { addColumn?(name: string): void } {
  return format === "csv" ? new CsvWriter() : new JsonLinesWriter(format === "json");
}
