/** The CSV writer's shortcut: copying an input line as read gives the same text as writing its cells. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvRecords } from "../../src/cli/report/csv.js";
import { writerFor } from "../../src/cli/report/output.js";
import { errorRow } from "../../src/cli/report/rows.js";

/** The report text of `csv` (header and records), with or without the raw lines the tokenizer gives. */
function written(csv: string, useRaw: boolean): string {
  const records = new CsvRecords();
  records.push(csv);
  records.end();
  const writer = writerFor("csv");
  let indexes: number[] = [];
  let header = true;
  for (let record = records.next(); record !== undefined; record = records.next()) {
    if (header) {
      header = false;
      records.width = record.cells.length;
      indexes = record.cells.map((_, i) => i);
      writer.start(record.cells);
      continue;
    }
    const result = errorRow(record.line, "x");
    writer.row(record.cells, indexes, record.line, result, useRaw ? record.raw : undefined);
  }
  return writer.finish();
}

describe("CSV output of passed-through columns", () => {
  it("is the same whether a line is copied as read or written cell by cell", () => {
    const cell = fc.oneof(
      fc.constantFrom("", " a", "b ", "plain", "2026-11-20T10:00:00Z", "\uFEFFx", "semi;colon"),
      fc.string({ maxLength: 6 }).filter((s) => !/[",\r\n]/.test(s)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows) => {
          const csv = `a,b,c\n${rows.map((r) => r.join(",")).join("\n")}\n`;
          expect(written(csv, true)).toBe(written(csv, false));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("copies plain lines (the shortcut is taken) and never quoted ones", () => {
    const records = new CsvRecords();
    records.push('a,b\n1,2\n"x, y",3\n');
    records.end();
    const [, plain, quoted] = [records.next(), records.next(), records.next()];
    expect(plain?.raw).toBe("1,2");
    expect(quoted?.raw).toBeUndefined();
  });
});
