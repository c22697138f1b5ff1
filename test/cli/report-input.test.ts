import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { csvObjects } from "./csv-oracle.js";
import { cli, fakeIo } from "./helpers.js";

// `report` reads rows as they come: the format detected (CSV, NDJSON, a JSON array; from a file or
// standard input), column names matched loosely, tickets opened or answered after --now, the
// progress line on a terminal, --quiet, and the --html hook.

const NOW = "2026-11-20T14:30:00Z";
const sample = readFileSync("examples/tickets.csv", "utf8");

/** The computed columns of a report's CSV output, by ticket. */
function computed(stdout: string): string[] {
  return csvObjects(stdout).map((r) =>
    [r.ticket, r.line, r.due_at, r.state, r.remaining, r.reason, r.error].join("|"),
  );
}

/** The sample's tickets as objects, the way an NDJSON or JSON export has them. */
const objects = csvObjects(sample).map((row) =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== "")),
);

describe("report: the input format is detected from the first character", () => {
  const csvOut = async () =>
    (await cli(["report", "t.csv", "--now", NOW], { files: { "t.csv": sample } })).stdout;

  it("reads CSV, NDJSON and a JSON array to the same rows, from a file or standard input", async () => {
    const expected = computed(await csvOut()).map((row) =>
      row
        .split("|")
        .filter((_, i) => i !== 1)
        .join("|"),
    );
    const ndjson = objects.map((o) => JSON.stringify(o)).join("\n");
    const array = `[\n${objects.map((o) => JSON.stringify(o)).join(",\n")}\n]\n`;
    const pretty = JSON.stringify(objects, null, 2);
    const inputs: [string[], { files?: Record<string, string>; stdin?: string }][] = [
      [["t.ndjson"], { files: { "t.ndjson": ndjson } }],
      [["t.txt"], { files: { "t.txt": ndjson } }], // no extension needed
      [["-"], { stdin: ndjson }],
      [[], { stdin: array }],
      [["t.json"], { files: { "t.json": pretty } }],
      [[], { stdin: `\uFEFF${sample}` }],
      [[], { stdin: ` \n\t${ndjson}` }],
    ];
    for (const [args, options] of inputs) {
      const r = await cli(["report", ...args, "--now", NOW], options);
      expect(r.code, JSON.stringify(args)).toBe(0);
      const rows = computed(r.stdout).map((row) =>
        row
          .split("|")
          .filter((_, i) => i !== 1)
          .join("|"),
      );
      expect(rows, JSON.stringify(args)).toEqual(expected);
    }
  });

  it("numbers a JSON array's rows by the line each element starts on; a bad element costs its row", async () => {
    const text = [
      "[",
      '  {"ticket": "J1", "plan": "expert", "priority": "P1",',
      '   "opened_at": "2026-11-20T14:00:00Z", "country": "FR"},',
      '  {"ticket": "J2", "plan": "expert", "priority": "P1", "opened_at": true},',
      '  "not an object",',
      '  {"ticket": "J3", "plan": "expert",, "priority": "P1"},',
      '  {"ticket": "J4", "note": "a } and a ] in a string", "plan": "expert", "priority": "P1", "opened_at": "2026-11-20T14:10:00Z"}',
      "]",
    ].join("\n");
    const r = await cli(["report", "t.json", "--now", NOW, "--format", "ndjson"], {
      files: { "t.json": text },
    });
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((row) => [row.ticket, row.line, row.state])).toEqual([
      ["J1", 2, "pending"],
      ["J2", 4, "error"],
      [undefined, 5, "error"],
      [undefined, 6, "error"],
      ["J4", 7, "pending"],
    ]);
    expect(rows[1]?.error).toMatch(/`opened_at`/);
    expect(rows[2]?.error).toBe("expected a JSON object, got string");
    expect(rows[3]?.error).toMatch(/^not valid JSON: /);
    expect(r.stderr).toMatch(/^8 lines read \(a JSON array\)$/m);
  });

  it("a JSON array that never closes, or has text after its end, is an input error", async () => {
    const cut = await cli(["report", "t.json", "--now", NOW], {
      files: {
        "t.json":
          '[{"plan": "expert", "priority": "P1", "opened_at": "2026-11-20T14:00:00Z"},\n{"plan": "exp',
      },
    });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(
      /t\.json: ends before the \] that closes the JSON array \(line 2\); is the file complete\?/,
    );
    const after = await cli(["report", "t.json", "--now", NOW], { files: { "t.json": "[]\n[]" } });
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/t\.json: line 2: text after the \] that closes the JSON array/);
  });

  it("--input-format forces a format, and a format error says how the input was read", async () => {
    const ndjson = objects.map((o) => JSON.stringify(o)).join("\n");
    const asCsv = await cli(["report", "t.ndjson", "--input-format", "csv"], {
      files: { "t.ndjson": ndjson },
    });
    expect(asCsv.code).toBe(2);
    expect(asCsv.stderr).toMatch(
      /the header row: .*; read as CSV \(--input-format csv; --input-format ndjson or json reads another format\)/,
    );
    const guessed = await cli(["report", "t.txt"], {
      files: { "t.txt": "id|plan|opened\n1|expert|x\n" },
    });
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toMatch(
      /read as CSV, since it starts with neither \[ nor \{; pass --input-format ndjson or json to read it as another format/,
    );
    const asNdjson = await cli(["report", "t.csv", "--input-format", "ndjson", "--now", NOW], {
      files: { "t.csv": sample },
    });
    expect(asNdjson.code).toBe(0);
    expect(asNdjson.stderr).toMatch(
      /note: no record was a JSON object; the input was read as NDJSON \(--input-format ndjson; --input-format csv or json reads another format\)/,
    );
  });

  it("detects a semicolon or tab delimiter, and matches column names loosely", async () => {
    const csv = [
      "Ticket;Plan;PRIORITY;Opened At;respondedAt;Billing-Country",
      "T1;expert;P2;2026-11-20T10:00:00Z;;FR",
      "T2;ultimate;P3;2026-11-20 11:00;;DE",
    ].join("\r\n");
    const r = await cli(["report", "t.csv", "--now", NOW], { files: { "t.csv": csv } });
    expect(r.code).toBe(0);
    const rows = csvObjects(r.stdout);
    expect(rows[0]).toMatchObject({
      Ticket: "T1",
      state: "breached",
      due_at: "2026-11-20T12:00:00.000Z",
    });
    // Messages name the column as the input spells it.
    expect(rows[1]?.error).toMatch(/^`Opened At` has no UTC offset/);
    const tabs = csv.replaceAll(";", "\t");
    expect(
      computed((await cli(["report", "t.tsv", "--now", NOW], { files: { "t.tsv": tabs } })).stdout),
    ).toEqual(computed(r.stdout));
  });
});

describe("report: tickets opened or answered after --now", () => {
  const early = "2026-11-10T00:00:00Z";

  it("a ticket opened after --now is not open yet: its deadline, no clock, counted apart", async () => {
    const r = await cli(["report", "examples/tickets.csv", "--now", early], {
      files: { "examples/tickets.csv": sample },
    });
    expect(r.code).toBe(0);
    const rows = csvObjects(r.stdout);
    const later = rows.filter(
      (row) =>
        (row.opened_at ?? "") !== "" && Date.parse(row.opened_at as string) > Date.parse(early),
    );
    expect(later.length).toBeGreaterThan(100);
    for (const row of later) {
      expect(row).toMatchObject({
        state: "not-open-yet",
        remaining: "",
        remaining_ms: "",
        error: "",
      });
      expect(row.due_at).toMatch(/^2026-\d\d-\d\dT/);
      expect(row.reason).toMatch(/^not-open-yet: opened .+ after --now$/);
    }
    expect(r.stderr).toMatch(
      new RegExp(
        `300 records read: ${300 - later.length} computed \\(.*\\), ${later.length} not open yet, 0 rejected`,
      ),
    );
    expect(r.stderr).toMatch(new RegExp(`^not-open-yet +${later.length} `, "m"));
  });

  it("a ticket answered after --now is evaluated as unanswered at --now, and says so", async () => {
    const csv =
      "ticket,plan,priority,opened_at,responded_at,country\nA,expert,P1,2026-11-09T20:00:00Z,2026-11-10T02:00:00Z,FR\nB,expert,P1,2026-11-09T23:30:00Z,2026-11-10T00:10:00Z,FR\n";
    const r = await cli(["report", "t.csv", "--now", early], { files: { "t.csv": csv } });
    const [a, b] = csvObjects(r.stdout);
    expect(a).toMatchObject({
      state: "breached",
      reason: "breached: 3 h overdue (the response came after --now)",
    });
    expect(b).toMatchObject({
      state: "pending",
      reason: "pending: 30 min left (50% used) (the response came after --now)",
    });
  });

  it("a ticket opened after --now is still rejected for what else is wrong with it", async () => {
    const csv = "ticket,plan,priority,opened_at\nA,expert,P3,2026-11-20T10:00:00Z\n";
    const [a] = csvObjects(
      (await cli(["report", "t.csv", "--now", early], { files: { "t.csv": csv } })).stdout,
    );
    expect(a?.state).toBe("error");
    expect(a?.error).toMatch(/`region` is required for P3/);
  });
});

describe("report: progress on a terminal, --quiet", () => {
  const many = `${sample.split("\n")[0]}\n${Array.from({ length: 12 }, () => sample.split("\n").slice(1).join("\n").trimEnd()).join("\n")}\n`;
  /** A clock that moves 100 ms each time it is read. */
  const ticking = () => {
    let t = 0;
    return () => (t += 100);
  };

  it("rewrites one line on a terminal's stderr, at most every 250 ms, then clears it before the summary", async () => {
    const io = fakeIo({
      files: { "t.csv": many },
      stderrTTY: true,
      elapsed: ticking(),
      env: { NO_COLOR: "1" },
    });
    expect(await runCli(["report", "t.csv", "--now", NOW], io)).toBe(0);
    const err = io.stderr.text;
    const updates = err.match(/\rreport: [^\r]*/g) ?? [];
    expect(updates.length).toBeGreaterThan(3);
    expect(updates[0]).toMatch(/^\rreport: 768 rows, 2,560 rows\/s, \d+% of the file read *$/);
    const shares = updates.map((u) => Number(/(\d+)% of the file read/.exec(u)?.[1]));
    expect(shares).toEqual([...shares].sort((x, y) => x - y));
    // Cleared: the last \r ... \r blanks the line, then the summary starts on a clean line.
    expect(err).toMatch(/\r +\rreport of t\.csv: 3,600 records read/);
    expect(io.stdout.text).toBe(
      (await cli(["report", "t.csv", "--now", NOW], { files: { "t.csv": many } })).stdout,
    );
  });

  it("says MB read from a pipe, whose size is unknown", async () => {
    const io = fakeIo({ stdin: many, stderrTTY: true, elapsed: ticking(), env: { NO_COLOR: "1" } });
    await runCli(["report", "--now", NOW], io);
    expect(io.stderr.text).toMatch(/\rreport: 768 rows, 2,560 rows\/s, \d+\.\d MB read/);
  });

  it("shows nothing when stderr is not a terminal, or with --quiet (no summary either)", async () => {
    const plain = fakeIo({ files: { "t.csv": many }, elapsed: ticking() });
    await runCli(["report", "t.csv", "--now", NOW], plain);
    expect(plain.stderr.text).not.toContain("\r");
    expect(plain.stderr.text).toMatch(/^report of t\.csv/);
    const quiet = fakeIo({ files: { "t.csv": many }, stderrTTY: true, elapsed: ticking() });
    expect(await runCli(["report", "t.csv", "--now", NOW, "--quiet"], quiet)).toBe(0);
    expect(quiet.stderr.text).toBe("");
    expect(quiet.stdout.text).toBe(plain.stdout.text);
    const q = fakeIo({ files: { "t.csv": many } });
    await runCli(["report", "t.csv", "--now", NOW, "-q"], q);
    expect(q.stderr.text).toBe("");
  });
});

describe("report --html", () => {
  it("writes the page to the file and leaves stdout unchanged", async () => {
    const files = { "t.csv": sample };
    const plain = await cli(["report", "t.csv", "--now", NOW], { files });
    const html = await cli(["report", "t.csv", "--now", NOW, "--html", "out/report.html"], {
      files,
    });
    expect(html.code).toBe(0);
    expect(html.stdout).toBe(plain.stdout);
    expect(html.written.get("out/report.html")?.length ?? 0).toBeGreaterThan(100);
  });

  it("a page that cannot be written is exit 2, naming the file", async () => {
    const io = fakeIo({ files: { "t.csv": sample } });
    const failing = {
      ...io,
      writeText: async () => Promise.reject(new Error("EACCES: permission denied")),
    };
    expect(await runCli(["report", "t.csv", "--now", NOW, "--html", "/r.html"], failing)).toBe(2);
    expect(io.stderr.text).toMatch(
      /adobe-sla report: cannot write --html \/r\.html: EACCES: permission denied/,
    );
  });
});

describe("an internal error, in-process", () => {
  it("is one line with a request to report it, exit 3; the stack only with ADOBE_SLA_DEBUG=1", async () => {
    const args = [
      "status",
      "--plan",
      "expert",
      "--priority",
      "P1",
      "--opened",
      "2026-11-21T03:00:00Z",
    ];
    for (const debug of [false, true]) {
      const io = fakeIo(debug ? { env: { ADOBE_SLA_DEBUG: "1" } } : {});
      const broken = {
        ...io,
        now: () => {
          throw new TypeError("the clock broke");
        },
      };
      expect(await runCli(args, broken)).toBe(3);
      const lines = io.stderr.text.split("\n");
      expect(lines[0]).toBe("adobe-sla status: internal error: the clock broke");
      expect(lines[1]).toMatch(
        /^This is a bug in adobe-sla \S+: please report it, with the command that caused it/,
      );
      expect(/^\s+at /m.test(io.stderr.text)).toBe(debug);
    }
  });

  it("a stdin that fails to read is an input error, not an internal one", async () => {
    const io = fakeIo();
    const stdin = new Readable({ read() {} });
    queueMicrotask(() => stdin.destroy(new Error("EIO: i/o error, read")));
    expect(await runCli(["report", "-"], { ...io, stdin })).toBe(2);
    expect(io.stderr.text).toMatch(/cannot read standard input: EIO/);
  });
});
