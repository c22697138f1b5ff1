import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

// `adobe-sla report` accounts for every record: one output row per input record, in order, on
// its physical line; a malformed record is an error row and never takes its neighbours; the
// summary's counts add up to the records (and lines) read.

const NOW = "2026-11-20T14:30:00Z";
const HEADER = "ticket,plan,priority,opened_at,country,subject";
const ok = (id: string, subject = "ok") => `${id},expert,P1,2026-11-20T14:00:00Z,FR,${subject}`;

interface Row {
  readonly ticket?: string;
  readonly line: number;
  readonly state: string;
  readonly error: string;
  readonly subject?: string;
}

interface Summary {
  readonly records: number;
  readonly computed: number;
  readonly rejected: number;
  readonly lines: number;
}

const num = (text: string) => Number(text.replaceAll(",", ""));

/**
 * The summary's head, checked to add up: states to computed; computed, not open yet and rejected
 * to records; parts to lines.
 */
function summaryOf(stderr: string): Summary {
  const head =
    /^report of .*: ([\d,]+) records? read: ([\d,]+) computed \((.*)\), (?:([\d,]+) not open yet, )?([\d,]+) rejected\n([\d,]+) lines? read: (.*)$/m.exec(
      stderr,
    );
  if (head === null) throw new Error(`no summary in:\n${stderr}`);
  const [, records, computed, states, notOpen, rejected, lines, parts] =
    head as unknown as string[];
  const sum = (list: string) =>
    list.split(/, | \+ /).reduce((total, part) => total + num(part.split(" ")[0] as string), 0);
  expect(sum(states as string)).toBe(num(computed as string));
  expect(num(computed as string) + num(notOpen ?? "0") + num(rejected as string)).toBe(
    num(records as string),
  );
  expect(sum(parts as string)).toBe(num(lines as string));
  return {
    records: num(records as string),
    computed: num(computed as string),
    rejected: num(rejected as string),
    lines: num(lines as string),
  };
}

/** Runs the report on `text` as t.csv (or t.ndjson), NDJSON out: the rows, the summary, the exit code. */
async function run(text: string, name = "t.csv") {
  const { code, stdout, stderr } = await cli(["report", name, "--now", NOW, "--format", "ndjson"], {
    files: { [name]: text },
  });
  const rows = stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Row);
  if (code === 2) return { code, rows, stderr, summary: undefined };
  const summary = summaryOf(stderr);
  expect(summary.records).toBe(rows.length);
  return { code, rows, stderr, summary };
}

const shape = (rows: readonly Row[]) => rows.map((r) => [r.ticket, r.line, r.state !== "error"]);

describe("report: every CSV record is one row", () => {
  it("a quote then text in a cell rejects that row alone, naming the field and column, wherever it is", async () => {
    const csv = [
      HEADER,
      ok("T1"),
      ok("T2", '"Re: ticket"def'), // last field
      '"T3"x,expert,P1,2026-11-20T14:00:00Z,FR,ok', // first field
      'T4,expert,P1,2026-11-20T14:00:00Z,"F"R,ok', // middle field
      ok("T5", '"Re: a, b" and more'), // text after the quote, then a comma
      ok("T6"),
    ].join("\n");
    const { code, rows, summary } = await run(csv);
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    expect(shape(rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, false],
      ['"T3"x', 4, false],
      ["T4", 5, false],
      ["T5", 6, false],
      ["T6", 7, true],
    ]);
    expect(rows[1]?.error).toMatch(
      /^field 6 \(`subject`\): text after the closing quote at column 50; a quoted field ends at its closing quote/,
    );
    expect(rows[2]?.error).toMatch(
      /^field 1 \(`ticket`\): text after the closing quote at column 5;/,
    );
    expect(rows[3]?.error).toMatch(/^field 5 \(`country`\): .* at column 38;/);
    // The field runs on to the next comma or line end, as written.
    expect(rows[4]?.subject).toBe('"Re: a, b" and more');
    expect(summary).toMatchObject({ records: 6, computed: 2, rejected: 4, lines: 7 });
  });

  it("an LF line in a CRLF file and a lone CR each end a record: 4 rows in, 4 out", async () => {
    const csv = `${HEADER}\r\n${ok("T1")}\r\n${ok("T2")}\n${ok("T3")}\r${ok("T4")}\r\n`;
    const { code, rows, summary } = await run(csv);
    expect(code).toBe(0);
    expect(shape(rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, true],
      ["T3", 4, true],
      ["T4", 5, true],
    ]);
    expect(summary).toMatchObject({ records: 4, lines: 5 });
  });

  it("a quote never closed before the end rejects its first line alone; the rows after it come back", async () => {
    const csv = [HEADER, ok("T1"), ok("T2", '"never closed'), ok("T3"), ok("T4")].join("\n");
    const { rows, summary } = await run(csv);
    expect(shape(rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, false],
      ["T3", 4, true],
      ["T4", 5, true],
    ]);
    expect(rows[1]?.error).toBe(
      "field 6 (`subject`): the quote at column 38 is never closed (the input ends first)",
    );
    expect(summary).toMatchObject({ records: 4, rejected: 1, lines: 5 });
    const last = await run([HEADER, ok("T1"), ok("T2", '"open at the end')].join("\n"));
    expect(shape(last.rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, false],
    ]);
  });

  it("an unclosed quote that a stray quote much later closes, followed by text: only the first line is rejected", async () => {
    const middle = Array.from({ length: 40 }, (_, i) => ok(`M${i}`));
    const csv = [HEADER, ok("T1", '"open'), ...middle, ok("T2", '"Re: x"y'), ok("T3")].join("\n");
    const { rows, summary } = await run(csv);
    expect(rows).toHaveLength(43);
    expect(rows.map((r) => r.line)).toEqual(Array.from({ length: 43 }, (_, i) => i + 2));
    expect(rows[0]?.error).toBe(
      "field 6 (`subject`): the quote at column 38 opens a field that closes on line 43, followed by text (column 39): check the quotes on this line",
    );
    expect(rows.slice(1, 41).every((r) => r.state !== "error")).toBe(true);
    expect(rows[41]).toMatchObject({ ticket: "T2", line: 43, state: "error" });
    expect(rows[42]).toMatchObject({ ticket: "T3", line: 44 });
    expect(summary).toMatchObject({ records: 43, rejected: 2, lines: 44 });
  });

  it("an unclosed quote that a stray quote closes into a well-formed record stays one record, and the summary says so", async () => {
    // Valid CSV by the letter: the lines between are one cell. Nothing is lost from the count.
    const middle = Array.from({ length: 30 }, (_, i) => `M${i} text`);
    const csv = [HEADER, ok("T1", '"open'), ...middle, 'end"', ok("T2")].join("\n");
    const { rows, summary, stderr } = await run(csv);
    expect(shape(rows)).toEqual([
      ["T1", 2, true],
      ["T2", 34, true],
    ]);
    expect(summary).toMatchObject({ records: 2, lines: 34 });
    expect(stderr).toMatch(
      /^34 lines read: 1 header line \+ 2 records \+ 31 more lines inside quoted cells \+ 0 blank lines$/m,
    );
    expect(stderr).toMatch(
      /^note: the record at line 2 runs over 32 lines \(a quoted cell\); if that is not intended, check the quotes on line 2$/m,
    );
  });

  it("a wrong field count rejects the row; over several lines, its first line alone", async () => {
    const csv = [
      HEADER,
      `${ok("T1")},extra`,
      "T2,expert,P1",
      ok("T3", '"two\nlines",extra'),
      ok("T4"),
    ].join("\n");
    const { rows, summary } = await run(csv);
    expect(shape(rows)).toEqual([
      ["T1", 2, false],
      ["T2", 3, false],
      ["T3", 4, false],
      ['lines"', 5, false],
      ["T4", 6, true],
    ]);
    expect(rows[0]?.error).toBe(
      "has 7 fields, the header has 6; check the row's commas and quotes",
    );
    expect(rows[2]?.error).toBe(
      "field 6 (`subject`): the quote at column 38 opens a field that closes on line 5, and the record so made has 7 fields, the header has 6: check the quotes on this line",
    );
    expect(summary).toMatchObject({ records: 5, rejected: 4, lines: 6 });
  });

  it("well-formed quoted cells over lines are one row on their first line", async () => {
    const csv = [HEADER, ok("T1", '"a\r\nb, ""c""\rd"'), ok("T2"), ok("T3", '"x\ny"')].join("\n");
    const { code, rows, summary, stderr } = await run(csv);
    expect(code).toBe(0);
    expect(shape(rows)).toEqual([
      ["T1", 2, true],
      ["T2", 5, true],
      ["T3", 6, true],
    ]);
    expect(rows[0]?.subject).toBe('a\r\nb, "c"\rd');
    expect(summary).toMatchObject({ records: 3, lines: 7 });
    expect(stderr).not.toMatch(/^note:/m);
  });

  it("drops a byte order mark, skips and counts blank lines", async () => {
    const csv = `\uFEFF${HEADER}\n\n${ok("T1")}\r\n\r\n\r${ok("T2")}\n\n`;
    const { rows, stderr } = await run(csv);
    expect(shape(rows)).toEqual([
      ["T1", 3, true],
      ["T2", 6, true],
    ]);
    expect(stderr).toMatch(/^7 lines read: 1 header line \+ 2 records \+ 4 blank lines$/m);
  });

  it("a trailing delimiter is one more (empty) field: rejected unless the header has it too", async () => {
    const rejected = await run([HEADER, `${ok("T1")},`, ok("T2")].join("\n"));
    expect(shape(rejected.rows)).toEqual([
      ["T1", 2, false],
      ["T2", 3, true],
    ]);
    const both = await run([`${HEADER},`, `${ok("T1")},`, `${ok("T2")},`].join("\n"));
    expect(both.code).toBe(0);
    expect(shape(both.rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, true],
    ]);
  });

  it("reads a quote inside an unquoted field as a character", async () => {
    const { code, rows } = await run(
      [HEADER, ok("T1", '27" monitor flickers'), ok("T2", 'a "b" c')].join("\n"),
    );
    expect(code).toBe(0);
    expect(rows.map((r) => r.subject)).toEqual(['27" monitor flickers', 'a "b" c']);
  });

  it("a header alone is 0 records (exit 0); an empty file is a usage error", async () => {
    const alone = await run(`${HEADER}\n`);
    expect(alone.code).toBe(0);
    expect(alone.rows).toEqual([]);
    expect(alone.stderr).toMatch(
      /^report of t\.csv: 0 records read: 0 computed \(0 pending, 0 at-risk, 0 breached, 0 met, 0 met-late\), 0 rejected$/m,
    );
    const empty = await run("");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/t\.csv is empty: expected a header row/);
    const blank = await run("\n\r\n");
    expect(blank.code).toBe(2);
  });

  it("detects a semicolon or tab delimiter from the header line", async () => {
    const semi = [HEADER, ok("T1", "a, b"), ok("T2", '"x;y"')].join("\n").replaceAll(",", ";");
    const a = await run(semi.replace("a; b", "a, b"));
    expect(shape(a.rows)).toEqual([
      ["T1", 2, true],
      ["T2", 3, true],
    ]);
    expect(a.rows.map((r) => r.subject)).toEqual(["a, b", "x;y"]);
    const b = await run([HEADER, ok("T1")].join("\n").replaceAll(",", "\t"));
    expect(shape(b.rows)).toEqual([["T1", 2, true]]);
  });
});

describe("report: every NDJSON line is one row", () => {
  it("bad lines are error rows; blank lines are counted; the summary adds up", async () => {
    const line = (id: string) =>
      JSON.stringify({
        ticket: id,
        plan: "expert",
        priority: "P1",
        opened_at: "2026-11-20T14:00:00Z",
      });
    const text = `${line("N1")}\r\n\n{"ticket": "N2",\n[1]\n${line("N3")}`;
    const { code, rows, stderr, summary } = await run(text, "t.ndjson");
    expect(code).toBe(0);
    expect(rows.map((r) => [r.line, r.state === "error"])).toEqual([
      [1, false],
      [3, true],
      [4, true],
      [5, false],
    ]);
    expect(summary).toMatchObject({ records: 4, rejected: 2, lines: 5 });
    expect(stderr).toMatch(/^5 lines read: 4 records \+ 1 blank line$/m);
  });

  it("a line over 8 MB is an error row, skipped; the lines after it are read", async () => {
    const line = JSON.stringify({
      ticket: "N1",
      plan: "expert",
      priority: "P1",
      opened_at: "2026-11-20T14:00:00Z",
    });
    const text = `${line}\n{"x":"${"y".repeat(9 * 1024 * 1024)}"}\n${line}\n`;
    const { rows, summary } = await run(text, "t.ndjson");
    expect(rows.map((r) => [r.line, r.state === "error"])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(rows[1]?.error).toMatch(/^the line is longer than 8 MB; it is skipped/);
    expect(summary).toMatchObject({ records: 3, lines: 3 });
  });
});
