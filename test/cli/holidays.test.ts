import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reportFields } from "../../src/cli/report/fields.js";
import { RowEvaluator } from "../../src/cli/report/rows.js";
import { type HolidayEntry, type SlaStatusInput, slaStatusFigures } from "../../src/index.js";
import { cli } from "./helpers.js";

// `--holidays FILE` on every command that computes time: an iCalendar file (a partial closure on
// Christmas Eve afternoon, timed in Europe/Berlin, and Christmas Day, named, all day) or a list of
// dates with names; the deadline moves and the explanation names the holidays.

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const ics = fixture("holidays.ics");
const list = "# Acme's closures\n2026-12-24 Christmas Eve\n\n2026-12-25 Christmas Day  # public\n";
const files = { "holidays.ics": ics, "closures.txt": list, "case.json": "" };

/** A P3 opened in Germany at 11:00 on Christmas Eve: 4 business hours. */
const eve = [
  ...["--plan", "expert", "--priority", "P3", "--country", "DE"],
  ...["--opened", "2026-12-24T11:00:00+01:00"],
];

describe("--holidays with an iCalendar file", () => {
  it("moves the deadline past the closures: 1 h on Christmas Eve morning, 3 h on Monday", async () => {
    const without = await cli(["due", ...eve, "--json"]);
    expect(JSON.parse(without.stdout).dueAtLocal).toBe("2026-12-24T15:00:00.000+01:00");
    const withIcs = await cli(["due", ...eve, "--holidays", "holidays.ics", "--json"], { files });
    expect(withIcs.code).toBe(0);
    expect(withIcs.stderr).toBe("");
    expect(JSON.parse(withIcs.stdout).dueAtLocal).toBe("2026-12-28T12:00:00.000+01:00");
  });

  it("explain names both holidays in a step that starts with 'closed on the way:'", async () => {
    const r = await cli(["explain", ...eve, "--holidays", "holidays.ics"], { files });
    expect(r.code).toBe(0);
    const steps = r.stdout
      .split("\n")
      .filter((line) => /^ *\d+\. /.test(line))
      .map((line) => line.replace(/^ *\d+\. /, ""));
    const closed = steps.filter((step) => step.startsWith("closed on the way:"));
    expect(closed).toEqual([
      "closed on the way: Thu 2026-12-24 12:00-17:00 Europe/Berlin (Christmas Eve afternoon), Fri 2026-12-25 (Christmas Day)",
    ]);
    expect(steps).toContain("1 h on Thu 2026-12-24, 3 h on Mon 2026-12-28");
    const json = await cli(["explain", ...eve, "--holidays", "holidays.ics", "--json"], { files });
    expect(JSON.parse(json.stdout).steps).toContain(closed[0]);
  });

  it("is recognised after a byte order mark and blank lines; --holidays-file is an alias", async () => {
    const padded = { "h.ics": `\uFEFF\r\n\n${ics}` };
    const a = await cli(["due", ...eve, "--holidays", "h.ics", "--json"], { files: padded });
    const b = await cli(["due", ...eve, "--holidays-file", "h.ics", "--json"], { files: padded });
    const c = await cli(["due", ...eve, "--holidays", "holidays.ics", "--json"], { files });
    expect(a.stdout).toBe(c.stdout);
    expect(b.stdout).toBe(c.stdout);
  });

  it("status counts the closures too", async () => {
    const now = ["--now", "2026-12-28T10:00:00+01:00"];
    const without = await cli(["status", ...eve, ...now, "--json"]);
    expect(JSON.parse(without.stdout).state).toBe("breached");
    expect(without.code).toBe(1);
    const r = await cli(["status", ...eve, ...now, "--holidays", "holidays.ics", "--json"], {
      files,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      state: "pending",
      dueAt: "2026-12-28T11:00:00.000Z",
      remainingMs: 2 * 3_600_000,
    });
  });
});

describe("--holidays with a list of dates and names", () => {
  it("reads `YYYY-MM-DD name` lines, skipping blank lines and comments; the name is in the steps", async () => {
    const r = await cli(["explain", ...eve, "--holidays", "closures.txt"], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^due +2026-12-28T12:00:00\.000Z /m);
    expect(r.stdout).toContain("closed: Thu 2026-12-24 (Christmas Eve)");
    const byFlag = await cli(["due", ...eve, "--holiday", "2026-12-24", "--holiday", "2026-12-25"]);
    const byFile = await cli(["due", ...eve, "--holidays", "closures.txt"], { files });
    expect(byFile.stdout.split("\n")[0]).toBe(byFlag.stdout.split("\n")[0]);
  });

  it("adds to the case's own holidays in downgrade", async () => {
    const base = JSON.parse(fixture("downgrade-p2-eligible.json")) as Record<string, unknown>;
    const own = {
      ...base,
      lowerTo: "P4",
      businessDay: "end-of-next-business-day",
      holidays: ["2026-11-24"],
    };
    const caseFiles = {
      "case.json": JSON.stringify(own),
      "closures.txt": "2026-11-25 Staff day\n",
    };
    const plain = await cli(["downgrade", "case.json", "--json"], { files: caseFiles });
    const more = await cli(["downgrade", "case.json", "--json", "--holidays", "closures.txt"], {
      files: caseFiles,
    });
    expect(plain.code).toBe(0);
    expect(more.code).toBe(0);
    // End of the next business day: Tuesday 24 is the case's own holiday, Wednesday 25 the file's.
    expect(JSON.parse(plain.stdout).newDeadline.dueAtLocal).toBe("2026-11-25T17:00:00.000+01:00");
    expect(JSON.parse(more.stdout).newDeadline.dueAtLocal).toBe("2026-11-26T17:00:00.000+01:00");
    const bad = await cli(["downgrade", "case.json", "--holidays", "h.txt"], {
      files: { "case.json": JSON.stringify(own), "h.txt": "2026-02-30 Nope\n" },
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("adobe-sla downgrade: case.json: --holidays h.txt, line 1:");
  });
});

describe("report: the run's holidays", () => {
  const csv = [
    "ticket,plan,priority,opened_at,country,holidays",
    "A,expert,P3,2026-12-24T11:00:00+01:00,DE,",
    "B,expert,P3,2026-12-23T16:00:00+01:00,DE,",
    "C,expert,P3,2026-12-23T16:00:00+01:00,DE,2026-12-24",
  ].join("\n");

  it("apply to every row, after a row's own dates", async () => {
    const r = await cli(
      ["report", "t.csv", "--now", "2026-12-28T10:00:00Z", "--holidays", "holidays.ics", "--json"],
      { files: { ...files, "t.csv": csv } },
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, string>[];
    expect(rows.map((row) => row.due_at_local)).toEqual([
      "2026-12-28T12:00:00.000+01:00", // 1 h on the 24th, then the 28th
      "2026-12-24T12:00:00.000+01:00", // 1 h on the 23rd, 3 h on the 24th's morning
      "2026-12-28T12:00:00.000+01:00", // its own 24th closes the whole day
    ]);
  });

  it("are one frozen list, the same array for every row without holidays of its own", () => {
    const run: readonly HolidayEntry[] = Object.freeze([
      Object.freeze({ date: "2026-12-25", name: "Christmas Day" }),
    ]);
    const evaluator = new RowEvaluator({
      now: Date.parse("2026-12-28T10:00:00Z"),
      atRisk: 0.75,
      holidays: run,
      columnNames: [],
    });
    const cells = ["expert", "P3", "2026-12-23T16:00:00+01:00", "DE", ""];
    ["plan", "priority", "opened_at", "country", "holidays"].forEach((name, index) => {
      evaluator.useColumn(
        reportFields.findIndex((field) => field.name === name),
        index,
        name,
      );
    });
    evaluator.evaluate(cells, 2);
    const first = evaluator.lastCase?.holidays;
    evaluator.evaluate(cells, 3);
    expect(first).toBe(run);
    expect(evaluator.lastCase?.holidays).toBe(run);
    const own = evaluator.evaluate([...cells.slice(0, 4), "2026-12-24"], 4);
    const list = evaluator.lastCase?.holidays as readonly unknown[];
    expect(list).toEqual(["2026-12-24", run[0]]);
    expect(list[1]).toBe(run[0]);
    expect(Object.isFrozen(list)).toBe(true);
    evaluator.evaluate([...cells.slice(0, 4), "2026-12-24"], 5);
    expect(evaluator.lastCase?.holidays).toBe(list);
    expect(own.figures).toEqual(slaStatusFigures(evaluator.lastCase as unknown as SlaStatusInput));
  });
});
