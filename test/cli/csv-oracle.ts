/**
 * An obviously-correct reading of the report's CSV rules, character by character on the whole
 * text, to check the streaming tokenizer (`src/cli/report/csv.ts`) against.
 */

import { CsvRecords } from "../../src/cli/report/csv.js";

export interface OracleRecord {
  readonly cells: string[];
  readonly line: number;
  /** Whether the record is an error row. */
  readonly bad: boolean;
}

interface Line {
  readonly start: number;
  /** Position of its line end (or of the end of the text). */
  readonly end: number;
}

/** The physical lines of `text`: each `\r\n`, `\r` or `\n` ends one. */
function physicalLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== "\n" && c !== "\r") continue;
    lines.push({ start, end: i });
    if (c === "\r" && text[i + 1] === "\n") i += 1;
    start = i + 1;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

const isLineEnd = (c: string | undefined) => c === "\n" || c === "\r";

/** Reads one record from `from`: its cells, where it ends, and whether it is malformed. */
function parseRecord(text: string, from: number, d: string) {
  const cells: string[] = [];
  let p = from;
  let bad = false;
  for (;;) {
    const fieldStart = p;
    if (text[p] === '"') {
      let value = "";
      p += 1;
      for (;;) {
        if (p >= text.length) {
          cells.push(text.slice(fieldStart));
          return { cells, end: text.length, bad: true, unclosed: true };
        }
        if (text[p] === '"') {
          if (text[p + 1] === '"') {
            value += '"';
            p += 2;
            continue;
          }
          p += 1;
          break;
        }
        value += text[p];
        p += 1;
      }
      if (p >= text.length || isLineEnd(text[p])) {
        cells.push(value);
        return { cells, end: p, bad, unclosed: false };
      }
      if (text[p] === d) {
        cells.push(value);
        p += 1;
        continue;
      }
      bad = true;
    }
    let q = p;
    while (q < text.length && text[q] !== d && !isLineEnd(text[q])) q += 1;
    cells.push(text.slice(fieldStart, q));
    if (text[q] !== d) return { cells, end: q, bad, unclosed: false };
    p = q + 1;
  }
}

/** The records of `text` by the rules: one per record, a malformed multi-line record cut to its first line. */
export function oracleRecords(input: string, d = ","): OracleRecord[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const lines = physicalLines(text);
  const records: OracleRecord[] = [];
  let width = -1;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as Line;
    if (line.start === line.end) {
      i += 1;
      continue;
    }
    const r = parseRecord(text, line.start, d);
    let last = i;
    while (last + 1 < lines.length && (lines[last + 1] as Line).start <= r.end) last += 1;
    const wrongCount = width >= 0 && r.cells.length !== width;
    if ((last > i || r.unclosed) && (r.bad || wrongCount)) {
      const alone = parseRecord(text.slice(line.start, line.end), 0, d);
      records.push({ cells: alone.cells, line: i + 1, bad: true });
      if (width < 0) width = alone.cells.length;
      i += 1;
      continue;
    }
    records.push({ cells: r.cells, line: i + 1, bad: r.bad || wrongCount });
    if (width < 0) width = r.cells.length;
    i = last + 1;
  }
  return records;
}

/** All records of `text` through `CsvRecords`, pushed in chunks of the given sizes (cycled); the first sets the width. */
export function tokenizerRecords(
  text: string,
  chunkSizes: readonly number[] = [65_536],
  options: { delimiter?: string; maxRecordChars?: number } = {},
) {
  const csv = new CsvRecords(options);
  const out: { cells: string[]; line: number; problem: string | undefined }[] = [];
  const drain = () => {
    for (let r = csv.next(); r !== undefined; r = csv.next()) {
      if (csv.width < 0) {
        csv.width = r.cells.length;
        csv.names = r.cells;
      }
      out.push(r);
    }
  };
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = Math.max(1, chunkSizes[k % chunkSizes.length] as number);
    csv.push(text.slice(at, at + size));
    at += size;
    drain();
  }
  csv.end();
  drain();
  return { records: out, csv };
}

/** A CSV text with a header row as objects, read by the oracle; every record must be well formed. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...records] = oracleRecords(text);
  const bad = records.filter((r) => r.bad);
  if (bad.length > 0)
    throw new Error(`malformed CSV at line(s) ${bad.map((r) => r.line).join(", ")}`);
  return records.map((r) =>
    Object.fromEntries((header?.cells ?? []).map((name, i) => [name, r.cells[i] ?? ""])),
  );
}
