/** JSON objects (NDJSON lines, elements of a JSON array) as row cells: keys become columns in the order first seen. */

import { flatObjectEntries } from "./ndjson.js";

/** Where the columns of keys seen for the first time are registered. */
export interface ColumnSink {
  /** A key seen for the first time; returns its cell index. */
  addColumn(name: string): number;
}

/**
 * A JSON object's text longer than this is an error row (the line, or element, is skipped): memory
 * stays bounded whatever the input.
 */
export const MAX_OBJECT_CHARS = 8 * 1024 * 1024;

/** Fills `entries` from one text through `JSON.parse`; returns why it is not a JSON object, if it is not. */
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

/** The cells of JSON objects: keys become columns (of `sink`) in the order first seen. */
export class JsonObjects {
  private readonly index = new Map<string, number>();
  /** The current object's keys and values, alternating (reused); the previous object's keys. */
  private readonly entries: unknown[] = [];
  private readonly keys: string[] = [];
  /** Objects read, and texts that were not one. */
  objects = 0;
  problems = 0;

  constructor(private readonly sink: ColumnSink) {}

  /**
   * The cells of one object's text, or why it is not read. A flat object on one line is read by
   * {@link flatObjectEntries} (no interned strings), any other text by `JSON.parse`.
   */
  cells(body: string): unknown[] | string {
    const problem = this.read(body);
    if (problem !== undefined) {
      this.problems += 1;
      return problem;
    }
    this.objects += 1;
    const entries = this.entries;
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

  private read(body: string): string | undefined {
    if (body.length > MAX_OBJECT_CHARS) {
      return "the object is longer than 8 MB; it is skipped";
    }
    if (flatObjectEntries(body, this.entries, this.keys)) return undefined;
    return entriesOf(body, this.entries);
  }
}
