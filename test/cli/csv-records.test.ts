import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvRecords } from "../../src/cli/report/csv.js";
import { detectDelimiter, lineCells } from "../../src/cli/report/csv-line.js";
import { oracleRecords, tokenizerRecords } from "./csv-oracle.js";

// The report's CSV tokenizer on its own: every record comes out once, in order, with the
// physical line it starts on; a malformed record never takes the lines after its first.

const rows = (text: string, chunks?: number[], options?: { maxRecordChars?: number }) =>
  tokenizerRecords(text, chunks, options).records.map((r) => ({
    line: r.line,
    cells: r.cells,
    bad: r.problem !== undefined,
  }));

describe("CsvRecords", () => {
  it("ends records at \\n, \\r\\n and a lone \\r alike, counting each as a line", () => {
    const text = "a,b\n1,2\r\n3,4\r5,6\n7,8";
    expect(rows(text)).toEqual([
      { line: 1, cells: ["a", "b"], bad: false },
      { line: 2, cells: ["1", "2"], bad: false },
      { line: 3, cells: ["3", "4"], bad: false },
      { line: 4, cells: ["5", "6"], bad: false },
      { line: 5, cells: ["7", "8"], bad: false },
    ]);
    for (const size of [1, 2, 3]) expect(rows(text, [size])).toEqual(rows(text));
  });

  it("keeps a quoted field over lines as one cell, with its line breaks and escaped quotes", () => {
    const text = 'a,b\n1,"x\r\ny ""q"",\rz"\n2,w\n';
    expect(rows(text)).toEqual([
      { line: 1, cells: ["a", "b"], bad: false },
      { line: 2, cells: ["1", 'x\r\ny "q",\rz'], bad: false },
      { line: 5, cells: ["2", "w"], bad: false },
    ]);
  });

  it("rejects text after a closing quote, naming the field and column, and ends the field at the next comma", () => {
    const { records } = tokenizerRecords('id,subject,n\n1,"Re: ticket"def,7\n2,ok,8\n');
    expect(records[1]).toEqual({
      cells: ["1", '"Re: ticket"def', "7"],
      line: 2,
      problem:
        'field 2 (`subject`): text after the closing quote at column 15; a quoted field ends at its closing quote (write "" for a quote inside it)',
    });
    expect(records[2]).toMatchObject({ cells: ["2", "ok", "8"], line: 3, problem: undefined });
  });

  it("cuts a malformed multi-line record back to its first line and reads on from the next", () => {
    // The quote opened on line 2 closes on line 4, followed by text: lines 3 and 4 are their own rows.
    const text = 'id,s,n\n1,"open,7\n2,b,8\n3,"Re: x"y,9\n4,c,10\n';
    expect(rows(text)).toEqual([
      { line: 1, cells: ["id", "s", "n"], bad: false },
      { line: 2, cells: ["1", '"open,7'], bad: true },
      { line: 3, cells: ["2", "b", "8"], bad: false },
      { line: 4, cells: ["3", '"Re: x"y', "9"], bad: true },
      { line: 5, cells: ["4", "c", "10"], bad: false },
    ]);
  });

  it("reads a quote in the middle of an unquoted field as a character", () => {
    expect(rows('a,b\n5" disk,x"y\n')).toEqual([
      { line: 1, cells: ["a", "b"], bad: false },
      { line: 2, cells: ['5" disk', 'x"y'], bad: false },
    ]);
  });

  it("skips blank lines (counted), drops a byte order mark, keeps a trailing delimiter's empty field", () => {
    const { records, csv } = tokenizerRecords("\uFEFFa,b\n\n\r\n1,\r\r2,3\n\n");
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ["a", "b"]],
      [4, ["1", ""]],
      [6, ["2", "3"]],
    ]);
    expect(csv.blankLines).toBe(4);
    expect(csv.lines).toBe(7);
  });

  it("cuts a record over the size bound to its first line, and skips a line alone over it", () => {
    const open = `a,b\n1,"never closed\n${"2,x\n".repeat(40)}`;
    const cut = rows(open, [7], { maxRecordChars: 64 });
    expect(cut).toHaveLength(42);
    expect(cut[1]).toEqual({ line: 2, cells: ["1", '"never closed'], bad: true });
    expect(cut.slice(2).map((r) => r.line)).toEqual(Array.from({ length: 40 }, (_, i) => i + 3));
    const long = rows(`a,b\n1,${"x".repeat(200)}\r\n2,y\n`, [16], { maxRecordChars: 64 });
    expect(long).toEqual([
      { line: 1, cells: ["a", "b"], bad: false },
      { line: 2, cells: [], bad: true },
      { line: 3, cells: ["2", "y"], bad: false },
    ]);
  });

  it("detects the delimiter from the header line: comma, semicolon or tab", () => {
    expect(detectDelimiter("ticket;plan;priority")).toBe(";");
    expect(detectDelimiter("ticket\tplan\tpriority")).toBe("\t");
    expect(detectDelimiter('"a;b",c')).toBe(",");
    expect(detectDelimiter("ticket")).toBe(",");
    expect(lineCells('1;"x;y";z', ";")).toEqual(["1", "x;y", "z"]);
    expect(() => new CsvRecords({ delimiter: '"' })).toThrow(RangeError);
  });
});

// ------------------------------------------------------------------ properties

/** CSV-significant characters, often. */
const csvChar = fc.constantFrom("a", "b", " ", ",", '"', '""', "\n", "\r", "\r\n", "é");

describe("CsvRecords against the oracle", () => {
  it("gives the oracle's records for any text, split into chunks anywhere (property)", () => {
    fc.assert(
      fc.property(
        fc.array(csvChar, { maxLength: 80 }).map((parts) => parts.join("")),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        (text, chunks) => {
          const expected = oracleRecords(text);
          expect(rows(text, chunks)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  /** A field: plain, or text that needs quotes (commas, quotes, line breaks). */
  const field = fc.oneof(
    fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
    fc
      .array(fc.constantFrom("x", ",", '"', "\n", "\r\n", " "), { maxLength: 6 })
      .map((p) => p.join("")),
  );
  const quoteCell = (v: string) =>
    /[",\r\n]/.test(v) || v === "" ? `"${v.replaceAll('"', '""')}"` : v;
  const mutations = [
    "none",
    "none",
    "none",
    "text-after-quote",
    "extra-field",
    "missing-field",
  ] as const;
  const record = fc.record({
    cells: fc.array(field, { minLength: 3, maxLength: 3 }),
    mutation: fc.constantFrom(...mutations),
    end: fc.constantFrom("\n", "\r\n", "\r"),
    blankAfter: fc.boolean(),
  });

  it("gives one row per generated record, in order, on its line; malformed ones are error rows (property)", () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        (records, chunks) => {
          let text = "h1,h2,h3\n";
          let line = 2;
          const expected: { line: number; cells?: string[]; bad: boolean }[] = [];
          for (const r of records) {
            const multiLine = r.cells.some((c) => /[\r\n]/.test(c));
            const mutation = multiLine ? "none" : r.mutation;
            let cells = r.cells.map(quoteCell);
            if (mutation === "text-after-quote")
              cells[1] = `"${(r.cells[1] ?? "").replaceAll('"', '""')}"tail`;
            if (mutation === "extra-field") cells = [...cells, "extra"];
            if (mutation === "missing-field") cells = cells.slice(0, 2);
            const body = cells.join(",");
            expected.push(
              mutation === "none" ? { line, cells: r.cells, bad: false } : { line, bad: true },
            );
            line += 1 + (body.match(/\r\n|\r|\n/g)?.length ?? 0);
            text += body + r.end;
            if (r.blankAfter) {
              text += r.end;
              line += 1;
            }
          }
          const got = rows(text, chunks).slice(1);
          expect(got.map((g) => g.line)).toEqual(expected.map((e) => e.line));
          expect(got.map((g) => g.bad)).toEqual(expected.map((e) => e.bad));
          got.forEach((g, i) => {
            const cells = expected[i]?.cells;
            if (cells !== undefined) expect(g.cells).toEqual(cells);
          });
          expect(got).toEqual(oracleRecords(text).slice(1));
        },
      ),
      { numRuns: 500 },
    );
  });
});
