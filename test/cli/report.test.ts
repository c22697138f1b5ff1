import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportCommand } from "../../src/cli/commands/report.js";
import type { CliIo } from "../../src/cli/io.js";
import { csvCell } from "../../src/cli/report/output.js";
import { formatRemaining } from "../../src/cli/report/row-texts.js";
import { runCli } from "../../src/cli/run.js";
import { type ResponseDeadlineInput, responseDeadline } from "../../src/index.js";
import { csvObjects, oracleRecords } from "./csv-oracle.js";

// ------------------------------------------------------------------ a local fake CliIo

interface FakeOptions {
  /** Files openRead/readText serve; other paths are read from disk (relative to the repo). */
  readonly files?: Record<string, string>;
  readonly stdin?: string;
  readonly env?: Record<string, string>;
  readonly now?: string;
  /** Bytes per input chunk (exercises chunk boundaries). */
  readonly chunk?: number;
  readonly stderrTTY?: boolean;
  /** stdout.write returns false and "drain" comes later: back-pressure. */
  readonly slowStdout?: boolean;
}

function streamOf(text: string, chunk = 65_536): Readable {
  const bytes = Buffer.from(text, "utf8");
  const stream = new Readable({ read() {} });
  for (let at = 0; at < bytes.length; at += chunk) stream.push(bytes.subarray(at, at + chunk));
  stream.push(null);
  return stream;
}

function fakeIo(options: FakeOptions = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  let writes = 0;
  const drains: (() => void)[] = [];
  const io: CliIo = {
    stdin: streamOf(options.stdin ?? "", options.chunk),
    stdout: options.slowStdout
      ? {
          write(chunk: string) {
            out.push(chunk);
            writes += 1;
            return false;
          },
          once(event: "drain", listener: () => void) {
            if (event !== "drain") return;
            drains.push(listener);
            setTimeout(() => drains.shift()?.(), 1);
          },
        }
      : {
          write(chunk: string) {
            out.push(chunk);
            writes += 1;
            return true;
          },
        },
    stderr: {
      write(chunk: string) {
        err.push(chunk);
        return true;
      },
      isTTY: options.stderrTTY ?? false,
    },
    env: options.env ?? {},
    now: () => Date.parse(options.now ?? "2026-11-20T14:30:00Z"),
    async readText(path) {
      const text = options.files?.[path];
      if (text !== undefined) return text;
      return readFileSync(path, "utf8");
    },
    openRead(path) {
      const text = options.files?.[path];
      return text === undefined ? createReadStream(path) : streamOf(text, options.chunk);
    },
    async writeText(path, text) {
      written.set(path, text);
    },
  };
  return {
    io,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    writes: () => writes,
    written,
  };
}

async function report(args: readonly string[], options: FakeOptions = {}) {
  const fake = fakeIo(options);
  const code = await runCli(["report", ...args], fake.io);
  return {
    code,
    stdout: fake.stdout(),
    stderr: fake.stderr(),
    writes: fake.writes(),
    written: fake.written,
  };
}

/** The report's CSV output as objects (read by the test's own CSV oracle, not the report's reader). */
function parseCsv(text: string): Record<string, string>[] {
  return csvObjects(text);
}

const NOW = "2026-11-20T14:30:00Z";

const HEADER = "ticket,plan,priority,opened_at,responded_at,region,country";
const SMALL = [
  HEADER,
  "T1,ultimate,P2,2026-11-20T13:50:00+01:00,,,FR", // due 14:20 Paris = 13:20Z: breached at 14:30Z
  "T2,expert,P1,2026-11-20T14:00:00Z,2026-11-20T14:10:00Z,,", // met
  "T3,expert,P3,2026-11-20 09:30,,,US", // no offset: rejected
  "T4,ultimate,P3,2026-11-20T14:20:00Z,,emea,GB", // 10 of 60 min used: pending
].join("\n");

// ------------------------------------------------------------------ CSV in, CSV out

describe("report: CSV in, CSV out", () => {
  it("writes one row per input row, in order, with the input columns and the added ones", async () => {
    const { code, stdout } = await report(["t.csv", "--now", NOW], { files: { "t.csv": SMALL } });
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const [header] = stdout.split("\n");
    expect(header).toBe(
      `${HEADER},line,due_at,due_at_local,state,remaining,remaining_ms,reason,error`,
    );
    const rows = parseCsv(stdout);
    expect(rows.map((r) => r.ticket)).toEqual(["T1", "T2", "T3", "T4"]);
    expect(rows.map((r) => r.line)).toEqual(["2", "3", "4", "5"]);
    expect(rows.map((r) => r.state)).toEqual(["breached", "met", "error", "pending"]);
    const [t1, t2, t3, t4] = rows;
    expect(t1).toMatchObject({
      due_at: "2026-11-20T13:20:00.000Z",
      due_at_local: "2026-11-20T14:20:00.000+01:00",
      remaining: "-1h 10m",
      remaining_ms: "-4200000",
      reason: "breached: 1 h 10 min overdue",
      error: "",
      opened_at: "2026-11-20T13:50:00+01:00",
    });
    expect(t2).toMatchObject({
      remaining: "+0h 50m",
      reason: "met: responded 50 min before the deadline",
    });
    expect(t3?.due_at).toBe("");
    expect(t3?.remaining_ms).toBe("");
    expect(t3?.reason).toMatch(/^line 4: `opened_at` has no UTC offset: "2026-11-20 09:30"/);
    expect(t3?.error).toMatch(/^`opened_at` has no UTC offset/);
    expect(t4).toMatchObject({
      state: "pending",
      remaining: "+0h 50m",
      reason: "pending: 50 min left (16.67% used)",
    });
  });

  it("measures lateness from due_at in wall-clock time, remaining on the target clock", async () => {
    // P4 due Friday 17:00 Berlin, answered Saturday: late, though no business time has run since.
    const csv = `${HEADER}\nL1,expert,P4,2026-11-19T17:00:00+01:00,2026-11-21T04:19:00+01:00,emea,DE\nL2,expert,P4,2026-11-19T17:00:00+01:00,,emea,DE\nL3,expert,P1,2026-11-01T10:00:00Z,,,FR\n`;
    const { stdout } = await report(["t.csv", "--now", "2026-11-21T10:00:00Z"], {
      files: { "t.csv": csv },
    });
    const [met, open, old] = parseCsv(stdout);
    expect(met).toMatchObject({
      due_at: "2026-11-20T16:00:00.000Z",
      state: "met-late",
      remaining: "-0h 00m",
      remaining_ms: "0",
      reason: "met-late: responded 11 h 19 min after the deadline",
    });
    expect(open).toMatchObject({
      state: "breached",
      remaining: "-0h 00m",
      reason: "breached: 18 h overdue",
    });
    expect(old?.reason).toBe("breached: 19 days 23 h overdue");
  });

  it("exits 0 unless a row is in a state --fail-on names (rows: breached, met, error, pending)", async () => {
    const files = { "t.csv": SMALL };
    const code = async (...failOn: string[]) =>
      (await report(["t.csv", "--now", NOW, ...failOn], { files })).code;
    expect(await code()).toBe(0);
    expect(await code("--fail-on", "none")).toBe(0);
    expect(await code("--fail-on", "rejected")).toBe(1);
    expect(await code("--fail-on", "breached")).toBe(1);
    expect(await code("--fail-on", "at-risk,met-late")).toBe(0);
    expect(await code("--fail-on", "at-risk", "--fail-on", "breached")).toBe(1);
    const good = SMALL.split("\n")
      .filter((l) => !l.startsWith("T3"))
      .join("\n");
    const noneRejected = await report(["t.csv", "--now", NOW, "--fail-on", "rejected"], {
      files: { "t.csv": good },
    });
    expect(noneRejected.code).toBe(0);
    const wrong = await report(["t.csv", "--now", NOW, "--fail-on", "breachd"], { files });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--fail-on "breachd" is not an outcome; did you mean breached?');
    const mixed = await report(["t.csv", "--now", NOW, "--fail-on", "none,breached"], { files });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("--fail-on none means fail on nothing");
  });

  it("rejects rows with line numbers and reasons, and still computes the others", async () => {
    const csv = [
      "ticket,plan,priority,opened_at,region,country,product,term_start",
      "A,expert,P5,2026-11-20T10:00:00Z,,FR,,",
      "B,expert,P3,2026-11-20T10:00:00Z,,,,",
      "C,expert,P4,2026-11-20T10:00:00Z,,US,commerce-managed-services,",
      "D,premium,P1,2026-11-20T10:00:00Z,,,,",
      "E,expert,P1,2026-11-31T10:00:00Z,,,,",
      "F,expert,P2,2026-11-20T10:00:00Z,emea,FR,,",
    ].join("\n");
    const { code, stdout, stderr } = await report(["t.csv", "--now", NOW], {
      files: { "t.csv": csv },
    });
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const reasons = parseCsv(stdout).map((r) => r.reason);
    expect(reasons[0]).toMatch(/^line 2: `priority`: expected one of "P1", "P2", "P3", "P4"/);
    expect(reasons[1]).toMatch(/^line 3: `region` is required for P3 .*pass `region` or `country`/);
    expect(reasons[2]).toMatch(
      /^line 4: `term_start` is required when `product` is Adobe Commerce on Managed Services \("commerce-managed-services"\)/,
    );
    expect(reasons[3]).toMatch(/^line 5: `plan`: expected one of "expert", "ultimate"/);
    expect(reasons[4]).toMatch(/^line 6: `opened_at` is not a real date-time/);
    expect(reasons[5]).toMatch(/^breached: /);
    expect(stderr).toMatch(/6 records read: 1 computed \(.*\), 5 rejected/);
  });

  it("handles quoted fields with commas, quotes and line breaks, and counts physical lines", async () => {
    const csv = [
      "ticket,subject,plan,priority,opened_at,country",
      'T1,"Checkout fails, HTTP 500",expert,P1,2026-11-20T14:00:00Z,FR',
      'T2,"two\nlines, and ""quotes""",expert,P1,2026-11-20T14:00:00Z,FR',
      'T3," padded ",expert,P1,2026-11-20T14:00:00Z,FR',
      "T4,plain,expert,P9,2026-11-20T14:00:00Z,FR",
    ].join("\r\n");
    const { stdout } = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    const rows = parseCsv(stdout);
    expect(rows.map((r) => r.subject)).toEqual([
      "Checkout fails, HTTP 500",
      'two\nlines, and "quotes"',
      " padded ",
      "plain",
    ]);
    expect(rows.map((r) => r.line)).toEqual(["2", "3", "5", "6"]);
    expect(rows[3]?.reason).toMatch(/^line 6: /);
  });

  it("passes extra columns through, and rejects a row whose field count differs from the header's", async () => {
    const csv = [
      "team,plan,priority,opened_at,country,notes",
      "blue,expert,P1,2026-11-20T14:00:00Z,FR,first",
      "red,expert,P1,2026-11-20T14:00:00Z,FR,second,EXTRA",
      "green,expert,P1,2026-11-20T14:00:00Z,FR",
    ].join("\n");
    const { code, stdout } = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const rows = parseCsv(stdout);
    expect(rows[0]).toMatchObject({ team: "blue", notes: "first", state: "pending" });
    expect(rows[1]).toMatchObject({ team: "red", notes: "second", state: "error" });
    expect(rows[1]?.reason).toBe(
      "line 3: has 7 fields, the header has 6; check the row's commas and quotes",
    );
    expect(rows[2]).toMatchObject({ team: "green", notes: "", state: "error" });
  });

  it("reads input split at any byte (multi-byte characters included), with CRLF or LF", async () => {
    const csv = `${SMALL.replace("T1", "Tété")}\n`;
    const whole = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    const crlf = await report(["t.csv", "--now", NOW], {
      files: { "t.csv": csv.replaceAll("\n", "\r\n") },
    });
    for (const chunk of [1, 3, 7]) {
      const split = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv }, chunk });
      expect(split.stdout).toBe(whole.stdout);
    }
    expect(crlf.stdout).toBe(whole.stdout);
    expect(whole.stdout).toContain("Tété");
  });

  it("turns a quote left open for megabytes into an error row for its line, and reads on", async () => {
    const filler = "T9,expert,P1,2026-11-20T14:00:00Z,,,FR\n".repeat(250_000); // ~9.5 MB
    const csv = `${HEADER}\nT1,expert,P1,"2026-11-20T14:00:00Z,,,FR\n${filler}`;
    const { code, stdout, stderr } = await report(["t.csv", "--now", NOW], {
      files: { "t.csv": csv },
    });
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const lines = stdout.split("\n");
    expect(lines).toHaveLength(250_003);
    expect(lines[1]).toMatch(
      /^T1,expert,P1,"""2026-11-20T14:00:00Z,,,FR",,,,2,,,error,,,line 2: field 4 \(`opened_at`\): the quote at column 14 opens a field that runs on for over 8 MB: check the quotes on this line,field 4/,
    );
    expect(lines[2]).toMatch(/^T9,.*,3,2026-/);
    expect(lines[250_001]).toMatch(/^T9,.*,250002,2026-/);
    expect(stderr).toMatch(/250,001 records read: 250,000 computed \(.*\), 1 rejected/);
  });

  it("skips blank lines but counts them, and strips a byte order mark", async () => {
    const csv = `\uFEFF${HEADER}\n\nT1,expert,P1,2026-11-20T14:00:00Z,,,FR\n\n`;
    const { stdout } = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    const rows = parseCsv(stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ticket: "T1", line: "3" });
  });
});

// ------------------------------------------------------------------ formats

describe("report: output formats", () => {
  it("--format json writes an array of objects; --json is the same", async () => {
    const a = await report(["t.csv", "--now", NOW, "--format", "json"], {
      files: { "t.csv": SMALL },
    });
    const b = await report(["t.csv", "--now", NOW, "--json"], { files: { "t.csv": SMALL } });
    expect(b.stdout).toBe(a.stdout);
    const rows = JSON.parse(a.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      ticket: "T1",
      line: 2,
      state: "breached",
      remaining_ms: -4_200_000,
    });
    expect(rows[2]).toMatchObject({ ticket: "T3", state: "error", remaining_ms: null, due_at: "" });
    expect(a.stderr).toMatch(/4 records read: 3 computed \(.*\), 1 rejected/);
  });

  it("--format json of an empty input is []", async () => {
    const { code, stdout } = await report(["t.csv", "--json"], {
      files: { "t.csv": `${HEADER}\n` },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it("--format ndjson writes one object a line", async () => {
    const { stdout } = await report(["t.csv", "--now", NOW, "--format", "ndjson"], {
      files: { "t.csv": SMALL },
    });
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => (JSON.parse(l) as { ticket: string }).ticket)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
    ]);
  });

  it("--json with another --format is a usage error", async () => {
    const { code, stderr } = await report(["t.csv", "--json", "--format", "csv"], {
      files: { "t.csv": SMALL },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--json means --format json/);
  });
});

// ------------------------------------------------------------------ NDJSON input, stdin, --map

describe("report: NDJSON input, stdin and --map", () => {
  const ndjson = [
    JSON.stringify({
      ticket: "N1",
      plan: "expert",
      priority: "P1",
      opened_at: "2026-11-20T14:00:00Z",
      country: "FR",
    }),
    "",
    "{not json",
    JSON.stringify({
      ticket: "N2",
      plan: "expert",
      priority: "P3",
      opened_at: "2026-11-20T14:00:00Z",
      region: "emea",
      tags: ["a", "b"],
    }),
    "[1,2]",
    JSON.stringify({
      ticket: "N3",
      plan: "ultimate",
      priority: "P2",
      opened_at: Date.parse("2026-11-20T14:00:00Z"),
      country: "GB",
      holidays: ["2026-11-20"],
    }),
  ].join("\n");

  it("reads NDJSON by extension; keys pass through with their JSON types; bad lines are error rows", async () => {
    const { code, stdout } = await report(["t.ndjson", "--now", NOW, "--format", "ndjson"], {
      files: { "t.ndjson": ndjson },
    });
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const rows = stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4, 5, 6]);
    expect(rows.map((r) => r.state)).toEqual(["pending", "error", "pending", "error", "pending"]);
    expect(rows[1]?.reason).toMatch(/^line 3: not valid JSON/);
    expect(rows[2]?.tags).toEqual(["a", "b"]);
    expect(rows[3]?.reason).toBe("line 5: expected a JSON object, got an array");
    // N3: Friday 2026-11-20 is closed (row holiday), so the clock starts Monday 09:00 London.
    expect(rows[4]).toMatchObject({
      opened_at: Date.parse("2026-11-20T14:00:00Z"),
      due_at: "2026-11-23T09:30:00.000Z",
    });
  });

  it("writes NDJSON to CSV with the keys known at the first row, and says which later keys it left out", async () => {
    const { stdout, stderr } = await report(["t.jsonl", "--now", NOW], {
      files: { "t.jsonl": ndjson },
    });
    expect(stdout.split("\n")[0]).toBe(
      "ticket,plan,priority,opened_at,country,line,due_at,due_at_local,state,remaining,remaining_ms,reason,error",
    );
    expect(stderr).toMatch(
      /key\(s\) "region", "tags", "holidays" first appear after the CSV header/,
    );
  });

  it("reads standard input with -, CSV by default or --input-format ndjson", async () => {
    const csv = await report(["-", "--now", NOW], { stdin: SMALL });
    expect(parseCsv(csv.stdout).map((r) => r.ticket)).toEqual(["T1", "T2", "T3", "T4"]);
    const nd = await report(["-", "--now", NOW, "--input-format", "ndjson", "--json"], {
      stdin: ndjson,
    });
    expect((JSON.parse(nd.stdout) as unknown[]).length).toBe(5);
    expect(nd.stderr).toMatch(/report of standard input: 5 records read/);
  });

  it("--map reads fields from other columns, and messages name those columns", async () => {
    const csv = [
      "id,tier,sev,created_at,cc",
      "M1,expert,P1,2026-11-20T14:00:00Z,FR",
      "M2,expert,P2,2026-11-20T14:00,FR",
    ].join("\n");
    const { code, stdout } = await report(
      [
        "t.csv",
        "--now",
        NOW,
        "--map",
        "plan=tier,priority=sev",
        "--map",
        "opened=created_at,country=cc",
      ],
      { files: { "t.csv": csv } },
    );
    expect(code).toBe(0); // rejected rows fail only with --fail-on rejected
    const rows = parseCsv(stdout);
    expect(rows[0]).toMatchObject({
      id: "M1",
      state: "pending",
      due_at: "2026-11-20T15:00:00.000Z",
    });
    expect(rows[1]?.reason).toMatch(/^line 3: `created_at` has no UTC offset/);
  });

  it("an input column named like an added column is replaced, with a note", async () => {
    const csv = `${HEADER},state\nT1,expert,P1,2026-11-20T14:00:00Z,,,FR,old\n`;
    const { stdout, stderr } = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    expect(parseCsv(stdout)[0]?.state).toBe("pending");
    expect(
      stdout
        .split("\n")[0]
        ?.split(",")
        .filter((c) => c === "state"),
    ).toHaveLength(1);
    expect(stderr).toMatch(/input column\(s\) "state" replaced/);
  });

  it("re-reads its own NDJSON output (the help example)", async () => {
    const first = await report(["examples/tickets.csv", "--now", NOW, "--format", "ndjson"]);
    // Detected from its first character, {: no --input-format needed.
    const again = await report(["-", "--now", NOW], { stdin: first.stdout });
    expect(again.code).toBe(0);
    expect(parseCsv(again.stdout)).toHaveLength(300);
    expect(again.stdout).toBe(
      (await report(["-", "--input-format", "ndjson", "--now", NOW], { stdin: first.stdout }))
        .stdout,
    );
  });
});

// ------------------------------------------------------------------ options and usage errors

describe("report: options and usage errors", () => {
  it("--holiday applies to every row and a row's holidays add to it", async () => {
    const csv = [
      "ticket,plan,priority,opened_at,country,holidays",
      "H1,ultimate,P3,2026-11-19T16:30:00+01:00,FR,",
      "H2,ultimate,P3,2026-11-19T16:30:00+01:00,FR,2026-11-23",
      "H3,ultimate,P3,2026-11-19T16:30:00+01:00,FR,2026-13-01",
    ].join("\n");
    const base = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
    expect(parseCsv(base.stdout)[0]?.due_at).toBe("2026-11-20T08:30:00.000Z");
    const { stdout } = await report(
      ["t.csv", "--now", "2026-11-24T12:00:00Z", "--holiday", "2026-11-20"],
      {
        files: { "t.csv": csv },
      },
    );
    const rows = parseCsv(stdout);
    expect(rows[0]?.due_at).toBe("2026-11-23T08:30:00.000Z"); // Friday closed
    expect(rows[1]?.due_at).toBe("2026-11-24T08:30:00.000Z"); // Friday and Monday closed
    expect(rows[2]?.reason).toMatch(
      /^line 4: `holidays`\[0\]: expected a real date as YYYY-MM-DD, got "2026-13-01"/,
    );
  });

  it("--holidays-file adds dates; a bad --holiday is a usage error naming the flag", async () => {
    const csv = "plan,priority,opened_at,country\nultimate,P3,2026-11-19T16:30:00+01:00,FR\n";
    const ok = await report(
      ["t.csv", "--now", "2026-11-24T12:00:00Z", "--holidays-file", "h.txt"],
      {
        files: { "t.csv": csv, "h.txt": "# closed\n2026-11-20\n" },
      },
    );
    expect(parseCsv(ok.stdout)[0]?.due_at).toBe("2026-11-23T08:30:00.000Z");
    const bad = await report(["t.csv", "--holiday", "2026-02-30"], { files: { "t.csv": csv } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /`--holiday` #1: expected a real date as YYYY-MM-DD, got "2026-02-30"/,
    );
    const badFile = await report(["t.csv", "--holidays", "h.txt"], {
      files: { "t.csv": csv, "h.txt": "2026-11-20\n\n2026-11-31 Not a day\n" },
    });
    expect(badFile.code).toBe(2);
    expect(badFile.stderr).toMatch(
      /--holidays h\.txt, line 3: expected a real date as YYYY-MM-DD.*, got "2026-11-31"/,
    );
  });

  it("--at-risk sets the at-risk share", async () => {
    const csv = "plan,priority,opened_at,country\nultimate,P3,2026-11-20T14:00:00Z,GB\n"; // 30 of 60 min used
    expect(
      parseCsv((await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } })).stdout)[0]
        ?.state,
    ).toBe("pending");
    const half = await report(["t.csv", "--now", NOW, "--at-risk", "0.5"], {
      files: { "t.csv": csv },
    });
    expect(parseCsv(half.stdout)[0]?.state).toBe("at-risk");
    const bad = await report(["t.csv", "--at-risk", "75"], { files: { "t.csv": csv } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /--at-risk "75": expected a share of the target in \(0, 1\].*did you mean --at-risk 0\.75\?/,
    );
  });

  it("--now defaults to io.now(); a row opened after --now is not open yet", async () => {
    const csv =
      "plan,priority,opened_at,country\nexpert,P1,2026-11-20T14:00:00Z,FR\nexpert,P1,2026-11-20T15:00:00Z,FR\n";
    const { stdout } = await report(["t.csv"], {
      files: { "t.csv": csv },
      now: "2026-11-20T14:30:00Z",
    });
    const rows = parseCsv(stdout);
    expect(rows[0]?.remaining).toBe("+0h 30m");
    expect(rows[1]).toMatchObject({
      state: "not-open-yet",
      due_at: "2026-11-20T16:00:00.000Z",
      remaining: "",
      remaining_ms: "",
      reason: "not-open-yet: opened 30 min after --now",
      error: "",
    });
    const bad = await report(["t.csv", "--now", "2026-11-20T14:30"], { files: { "t.csv": csv } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/`--now` has no UTC offset/);
  });

  it("a missing file is exit 2 with the fix", async () => {
    const { code, stdout, stderr } = await report(["no/such/tickets.csv"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /cannot read no\/such\/tickets\.csv: ENOENT.*check the path, or pass - to read standard input/,
    );
    expect(stderr).toMatch(/Run `adobe-sla report --help`/);
  });

  it("an unknown --format or --input-format is exit 2 with did-you-mean", async () => {
    const a = await report(["t.csv", "--format", "jsn"], { files: { "t.csv": SMALL } });
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(
      /--format "jsn" is not a format; did you mean --format json\? expected csv, json, ndjson/,
    );
    const b = await report(["t.csv", "--input-format", "ndjsn"], { files: { "t.csv": SMALL } });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/did you mean --input-format ndjson\?/);
    const c = await report(["t.csv", "--input-format", "json"], { files: { "t.csv": SMALL } });
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/t\.csv: line 1: expected \[ to open a JSON array, found "t"/);
  });

  it("a bad --map is exit 2: syntax, unknown field, missing column", async () => {
    const files = { "t.csv": SMALL };
    const syntax = await report(["t.csv", "--map", "opened_at:created"], { files });
    expect(syntax.stderr).toMatch(
      /expected FIELD=COLUMN pairs separated by commas, e.g. --map opened_at=created_at/,
    );
    const field = await report(["t.csv", "--map", "prority=sev"], { files });
    expect(field.stderr).toMatch(/"prority" is not a field; did you mean "priority"\?/);
    const column = await report(["t.csv", "--map", "country=Countri"], { files });
    expect(column.stderr).toMatch(
      /--map country=Countri: the input has no column "Countri"; did you mean "country"\?/,
    );
    for (const r of [syntax, field, column]) expect(r.code).toBe(2);
  });

  it("a missing required column, an empty file and no argument are exit 2", async () => {
    const noOpened = await report(["t.csv"], {
      files: { "t.csv": "plan,priority,created_at\nexpert,P1,x\n" },
    });
    expect(noOpened.code).toBe(2);
    expect(noOpened.stderr).toMatch(
      /no "opened_at" column, which is required; name the column .* --map opened_at=COLUMN/,
    );
    const empty = await report(["t.csv"], { files: { "t.csv": "" } });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/t\.csv is empty: expected a header row/);
    const none = await report([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/standard input is empty: expected a header row/);
  });

  it("reads standard input without a file argument, unless it is a terminal", async () => {
    const piped = await report(["--now", NOW], { stdin: SMALL });
    expect(parseCsv(piped.stdout)).toHaveLength(4);
    expect(piped.stderr).toMatch(/^report of standard input: 4 records read/m);
    const fake = fakeIo();
    Object.assign(fake.io.stdin, { isTTY: true });
    expect(await runCli(["report"], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/missing the input: adobe-sla report FILE \(or - to read/);
  });
});

// ------------------------------------------------------------------ summary, colour, back-pressure

describe("report: summary, colour and streaming", () => {
  it("prints counts per state, rows rejected and breach rate per priority on stderr", async () => {
    const { stdout, stderr } = await report(["t.csv", "--now", NOW], { files: { "t.csv": SMALL } });
    expect(stdout).not.toMatch(/breach rate/);
    expect(stderr).toMatch(
      /^report of t\.csv: 4 records read: 3 computed \(1 pending, 0 at-risk, 1 breached, 1 met, 0 met-late\), 1 rejected\n5 lines read: 1 header line \+ 4 records \+ 0 blank lines$/m,
    );
    expect(stderr).toMatch(/^pending +1 +33\.3%$/m);
    expect(stderr).toMatch(/^breached +1 +33\.3%$/m);
    expect(stderr).toMatch(/^met +1 +33\.3%$/m);
    expect(stderr).toMatch(/^rejected +1 +25\.0%$/m);
    expect(stderr).toMatch(/^P1 +1 +0 +0 +0\.0%$/m);
    expect(stderr).toMatch(/^P2 +1 +1 +0 +100\.0%$/m);
    expect(stderr).toMatch(/^P4 +0 +0 +0 +-$/m);
  });

  it("colours the summary on a terminal, never with NO_COLOR", async () => {
    const files = { "t.csv": SMALL };
    const tty = await report(["t.csv", "--now", NOW], { files, stderrTTY: true });
    expect(tty.stderr).toContain("\u001b[");
    const noColor = await report(["t.csv", "--now", NOW], {
      files,
      stderrTTY: true,
      env: { NO_COLOR: "1" },
    });
    expect(noColor.stderr).not.toContain("\u001b[");
    expect(noColor.stdout).toBe(tty.stdout);
  });

  it("waits for the output to drain and still writes every row in order", async () => {
    const fast = await report(["examples/tickets.csv", "--now", NOW]);
    const slow = await report(["examples/tickets.csv", "--now", NOW], {
      slowStdout: true,
      chunk: 4096,
    });
    expect(slow.writes).toBeGreaterThan(1);
    expect(slow.stdout).toBe(fast.stdout);
  });

  it("writes CSV cells that read back unchanged, quoted only when needed", () => {
    // Fixed cases: the bytes papaparse wrote before the report wrote CSV itself.
    expect(csvCell(" lead")).toBe('" lead"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("x\r\ny")).toBe('"x\r\ny"');
    expect(csvCell("\uFEFFbom")).toBe('"\uFEFFbom"');
    expect(csvCell("=1+2")).toBe("=1+2");
    expect(csvCell("")).toBe("");
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "",
        " ",
        "a,b",
        'say "hi"',
        "x\ny",
        "x\r\ny",
        " lead",
        "trail ",
        "\uFEFFbom",
        "=1+2",
        "-3",
      ),
    );
    fc.assert(
      fc.property(cell, (text) => {
        const cell = csvCell(text);
        const needs = /[",\r\n\uFEFF]/.test(text) || text.startsWith(" ") || text.endsWith(" ");
        expect(cell.startsWith('"')).toBe(needs);
        expect(oracleRecords(`${cell},end\n`)).toEqual([
          { cells: [text, "end"], line: 1, bad: false },
        ]);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("formats remaining time as signed hours and minutes", () => {
    expect(formatRemaining(80 * 60_000)).toBe("+1h 20m");
    expect(formatRemaining(-125 * 60_000)).toBe("-2h 05m");
    expect(formatRemaining(0)).toBe("+0h 00m");
    expect(formatRemaining(59_999)).toBe("+0h 00m");
    expect(formatRemaining(-1)).toBe("-0h 01m");
    expect(formatRemaining(-26 * 3_600_000)).toBe("-26h 00m");
    expect(formatRemaining(0, true)).toBe("-0h 00m");
  });
});

// ------------------------------------------------------------------ the sample, help examples, properties

describe("report: the sample file, help examples and the deadline property", () => {
  const sample = readFileSync("examples/tickets.csv", "utf8");
  const sampleRows = csvObjects(sample);

  /** The `responseDeadline` input of a report row (the same columns the report reads). */
  function deadlineInput(row: Record<string, string>): ResponseDeadlineInput {
    const input: Record<string, unknown> = {
      plan: row.plan,
      priority: row.priority,
      openedAt: row.opened_at,
    };
    const set = (key: string, value: string | undefined) => {
      if (value !== undefined && value.trim() !== "") input[key] = value.trim();
    };
    set("region", row.region);
    set("billingCountry", row.country);
    set("timeZone", row.time_zone);
    set("product", row.product);
    set("termStart", row.term_start);
    set("businessDay", row.business_day);
    if (row.holidays) input.holidays = row.holidays.split(";");
    return input as unknown as ResponseDeadlineInput;
  }

  it("the sample has 300 valid rows across plans, priorities, regions, the Commerce rule and every state", async () => {
    expect(sampleRows).toHaveLength(300);
    const { code, stdout, stderr } = await report(["examples/tickets.csv", "--now", NOW]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(rows).toHaveLength(300);
    const states = new Set(rows.map((r) => r.state));
    expect(states).toEqual(new Set(["pending", "at-risk", "breached", "met", "met-late"]));
    expect(new Set(rows.map((r) => r.priority))).toEqual(new Set(["P1", "P2", "P3", "P4"]));
    expect(new Set(rows.map((r) => r.plan))).toEqual(new Set(["expert", "ultimate"]));
    expect(new Set(rows.map((r) => r.responded_at === ""))).toEqual(new Set([true, false]));
    expect(new Set(rows.map((r) => r.region)).size).toBeGreaterThan(4);
    expect(new Set(rows.map((r) => r.country)).size).toBeGreaterThan(10);
    expect(rows.some((r) => r.time_zone !== "")).toBe(true);
    expect(rows.some((r) => r.holidays !== "")).toBe(true);
    expect(rows.some((r) => r.business_day === "end-of-next-business-day")).toBe(true);
    expect(
      rows.some(
        (r) => r.product === "commerce-managed-services" && (r.term_start ?? "") >= "2021-09-20",
      ),
    ).toBe(true);
    expect(stderr).toMatch(/300 records read: 300 computed \(.*\), 0 rejected/);
  });

  it("the malformed sample's rows are each rejected for their own reason, the others computed", async () => {
    const { code, stdout, stderr } = await report(["examples/tickets-malformed.csv", "--now", NOW]);
    expect(code).toBe(0);
    const rows = parseCsv(stdout);
    expect(rows.filter((r) => r.state !== "error").map((r) => r.ticket)).toEqual([
      "ADB-100001",
      "ADB-100004",
    ]);
    const errors = rows.filter((r) => r.state === "error").map((r) => r.reason ?? "");
    for (const pattern of [
      /^line 3: `opened_at` has no UTC offset/,
      /^line 4: `priority`: expected one of/,
      /^line 5: `region` is required/,
      /^line 6: `term_start` is required/,
      /^line 7: field 13 \(`subject`\): text after the closing quote/,
      /^line 8: `opened_at` is not a real date-time/,
      /^line 9: `plan`: expected one of/,
      /^line 10: `responded_at` is before `opened_at`/,
      /^line 11: has 14 fields, the header has 13/,
      /^line 12: `time_zone` is not an IANA time zone .*did you mean "Europe\/Paris"\?/,
    ]) {
      expect(
        errors.filter((e) => pattern.test(e)),
        String(pattern),
      ).toHaveLength(1);
    }
    expect(errors).toHaveLength(10);
    expect(stderr).toMatch(/12 records read: 2 computed \(.*\), 10 rejected/);
    const gated = await report([
      "examples/tickets-malformed.csv",
      "--now",
      NOW,
      "--fail-on",
      "rejected",
    ]);
    expect(gated.code).toBe(1);
    expect(gated.stdout).toBe(stdout);
  });

  it("due_at of every computed sample row equals responseDeadline for that row", async () => {
    const { stdout } = await report(["examples/tickets.csv", "--now", NOW]);
    const rows = parseCsv(stdout);
    let checked = 0;
    rows.forEach((row, i) => {
      if (row.state === "error") return;
      const due = responseDeadline(deadlineInput(sampleRows[i] as Record<string, string>));
      expect(row.due_at, `line ${row.line}`).toBe(due.dueAt);
      expect(row.due_at_local).toBe(due.dueAtLocal);
      checked += 1;
    });
    expect(checked).toBe(300);
  });

  it("due_at equals responseDeadline for random rows (property)", async () => {
    const row = fc.record({
      plan: fc.constantFrom("expert", "ultimate"),
      priority: fc.constantFrom("P1", "P2", "P3", "P4"),
      opened: fc.integer({
        min: Date.parse("2026-01-01T00:00:00Z"),
        max: Date.parse("2026-11-20T14:00:00Z"),
      }),
      offset: fc.constantFrom("Z", "+01:00", "-08:00", "+09:00", "+05:30"),
      where: fc.constantFrom(
        ",FR,",
        ",US,",
        ",JP,",
        ",AU,",
        "emea,,Europe/Berlin",
        "americas,,",
        "apac,SG,",
        "japan,,",
      ),
      product: fc.constantFrom(
        ",",
        "commerce-managed-services,2022-01-01",
        "commerce-managed-services,2020-01-01",
        "analytics,",
      ),
      businessDay: fc.constantFrom("", "end-of-next-business-day"),
      holidays: fc.constantFrom("", "2026-11-20", "2026-12-25;2026-12-24"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), async (rows) => {
        const lines = rows.map((r, i) => {
          const t = r.opened - (r.opened % 1000);
          const opened =
            r.offset === "Z"
              ? new Date(t).toISOString().replace(".000Z", "Z")
              : `${new Date(t + offsetMs(r.offset)).toISOString().slice(0, 19)}${r.offset}`;
          return `T${i},${r.plan},${r.priority},${opened},${r.where},${r.product},${r.businessDay},${r.holidays}`;
        });
        const header =
          "ticket,plan,priority,opened_at,region,country,time_zone,product,term_start,business_day,holidays";
        const csv = [header, ...lines].join("\n");
        const { stdout } = await report(["t.csv", "--now", NOW], { files: { "t.csv": csv } });
        const input = csvObjects(csv);
        const out = parseCsv(stdout);
        expect(out).toHaveLength(rows.length);
        out.forEach((o, i) => {
          const due = responseDeadline(deadlineInput(input[i] as Record<string, string>));
          expect(o.state).not.toBe("error");
          expect(o.due_at).toBe(due.dueAt);
        });
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it("the examples in --help run", async () => {
    const examples = reportCommand.help
      .split("\n")
      .filter((l) => l.startsWith("  adobe-sla report ") && !l.includes("|"))
      .map((l) =>
        l
          .replace(/ > \S+$/, "")
          .trim()
          .split(/\s+/)
          .slice(2),
      );
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const args of examples) {
      const { code, stdout, written } = await report(args, { files: { "tickets.csv": sample } });
      expect([0, 1], args.join(" ")).toContain(code);
      expect(stdout.length).toBeGreaterThan(1000);
      if (args.includes("--html")) expect(written.get("report.html")).toMatch(/<html|<!doctype/i);
    }
    const piped = await report(["--map", "opened_at=created_at", "--now", NOW], {
      stdin: sample.replace(/^([^\n]*)opened_at/, "$1created_at"),
    });
    expect(piped.code).toBe(0);
    expect(parseCsv(piped.stdout)).toHaveLength(300);
  });

  it("--help documents the columns, formats and exit codes", async () => {
    const fake = fakeIo();
    expect(await runCli(["report", "--help"], fake.io)).toBe(0);
    for (const word of [
      "opened_at",
      "responded_at",
      "term_start",
      "holidays",
      "remaining_ms",
      "--map",
      "--input-format",
      "Exit codes",
    ]) {
      expect(fake.stdout()).toContain(word);
    }
  });
});

function offsetMs(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [h, m] = offset.slice(1).split(":").map(Number);
  return sign * ((h ?? 0) * 3_600_000 + (m ?? 0) * 60_000);
}
