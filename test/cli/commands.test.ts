import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";
import { targetTables } from "../../src/data/plans.js";
import { regions } from "../../src/data/regions.js";
import { downgradeEligibility } from "../../src/rules/downgrade-eligibility.js";
import { responseDeadline } from "../../src/rules/response-deadline.js";
import { slaStatus } from "../../src/rules/sla-status.js";
import type { SlaStatusInput } from "../../src/rules/sla-status-types.js";
import { cli, fakeIo, hasAnsi, helpExamples } from "./helpers.js";

// The command line in-process: runCli with a fake CliIo (buffers, fixed clock, in-memory files).
// `report` is covered by its own tests.

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const jsonOf = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** Files the examples in `--help` refer to, and the fixtures by name. */
const files = {
  "case.json": fixture("downgrade-p2-eligible.json"),
  "p1-engaged.json": fixture("downgrade-p1-engaged.json"),
  "invalid.json": fixture("downgrade-invalid.json"),
  "bad.json": fixture("downgrade-bad-json.txt"),
  "holidays.txt": fixture("holidays-jp.txt"),
  "holidays.ics": fixture("holidays.ics"),
};

const paris = ["--plan", "ultimate", "--priority", "P2", "--country", "FR"];
const parisOpened = [...paris, "--opened", "2026-11-20T16:50:00+01:00"];
const parisInput = {
  plan: "ultimate",
  priority: "P2",
  billingCountry: "FR",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;

describe("adobe-sla dispatch", () => {
  it("without a command prints the tool help on stderr and exits 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: adobe-sla <command> [options]");
    for (const name of ["due", "status", "explain", "downgrade", "plans", "report"]) {
      expect(r.stderr).toContain(`  ${name} `);
    }
  });

  it("rejects an unknown command with a did-you-mean, exit 2", async () => {
    const r = await cli(["stauts", "--plan", "expert"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('unknown command "stauts"; did you mean "status"?');
    expect(r.stderr).toContain("adobe-sla --help");
  });

  it.each([["--version"], ["-v"]])("%s prints the package version", async (flag) => {
    const { code, stdout, stderr } = await cli([flag]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each([["--help"], ["-h"], ["help"]])(
    "%s prints the tool help on stdout, exit 0",
    async (flag) => {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Usage: adobe-sla <command> [options]");
      expect(r.stdout).toContain("Exit codes:");
    },
  );

  it.each(["due", "status", "explain", "downgrade", "plans"])(
    "%s --help prints usage, options, examples and exit codes on stdout, exit 0",
    async (name) => {
      for (const argv of [
        [name, "--help"],
        [name, "-h"],
        ["help", name],
        [name, "--json", "--help"],
      ]) {
        const r = await cli(argv);
        expect(r.code).toBe(0);
        expect(r.stderr).toBe("");
        expect(r.stdout).toContain(`Usage: adobe-sla ${name}`);
        expect(r.stdout).toContain("--json");
        expect(r.stdout).toContain("Examples:");
        expect(r.stdout).toMatch(/Exit codes/);
        expect(helpExamples(r.stdout).length).toBeGreaterThan(0);
      }
    },
  );
});

describe("the examples in --help work", () => {
  const helps = async () => {
    const tool = (await cli(["--help"])).stdout;
    const names = ["due", "status", "explain", "downgrade", "plans"];
    const commandHelps = await Promise.all(
      names.map(async (n) => (await cli([n, "--help"])).stdout),
    );
    return [tool, ...commandHelps];
  };

  it("runs every example (report's are tested with report) without an error", async () => {
    const examples = (await helps()).flatMap(helpExamples).filter((e) => e.argv[0] !== "report");
    expect(examples.length).toBeGreaterThanOrEqual(14);
    for (const example of examples) {
      const stdin =
        example.stdinFile === undefined
          ? undefined
          : files[example.stdinFile as keyof typeof files];
      const r = await cli(example.argv, { files, ...(stdin === undefined ? {} : { stdin }) });
      const label = `adobe-sla ${example.argv.join(" ")}`;
      expect(r.stderr, label).toBe("");
      // status exits 1 for a missed target: that is its answer, not an error.
      expect(example.argv[0] === "status" ? [0, 1] : [0], label).toContain(r.code);
      expect(r.stdout.length, label).toBeGreaterThan(0);
      if (example.argv.includes("--json")) expect(() => JSON.parse(r.stdout), label).not.toThrow();
    }
  });

  it("gives the outcomes the examples are there to show", async () => {
    const [, , status] = await helps();
    const results = await Promise.all(
      helpExamples(status ?? "").map(async (e) => (await cli(e.argv)).code),
    );
    expect(results).toEqual([0, 0, 1, 0, 1]);
  });
});

describe("flag errors", () => {
  it("rejects an unknown flag with a did-you-mean, exit 2", async () => {
    const r = await cli(["due", "--pland", "ultimate", "--priority", "P2"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("adobe-sla due: unknown option --pland; did you mean --plan?");
    expect(r.stderr).toContain("Run `adobe-sla due --help` for usage.");
  });

  it("names a missing required flag as the flag", async () => {
    const r = await cli([
      "due",
      "--priority",
      "P2",
      "--country",
      "FR",
      "--opened",
      "2026-11-20T16:50:00+01:00",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("`--plan` is required");
    expect(r.stderr).toContain('"expert", "ultimate"');
    expect(r.stderr).not.toContain("`plan`");
  });

  it("says --opened needs an offset and how to add one", async () => {
    const r = await cli(["due", ...paris, "--opened", "2026-11-20T16:50:00"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("`--opened` has no UTC offset");
    expect(r.stderr).toContain("add Z");
  });

  it("rejects a stray argument", async () => {
    const r = await cli(["due", ...parisOpened, "extra"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unexpected argument .extra./i);
  });

  it("reads --holidays-file like repeated --holiday, and names the file it cannot read", async () => {
    const base = [
      "due",
      "--plan",
      "expert",
      "--priority",
      "P3",
      "--country",
      "JP",
      "--opened",
      "2026-11-02T16:00:00+09:00",
      "--json",
    ];
    const fromFile = await cli([...base, "--holidays-file", "holidays.txt"], { files });
    const fromFlag = await cli([...base, "--holiday", "2026-11-03"]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(fromFlag.stdout);
    const without = await cli(base);
    expect(JSON.parse(fromFile.stdout).dueAt).not.toBe(JSON.parse(without.stdout).dueAt);

    const missing = await cli([...base, "--holidays-file", "nope/holidays.txt"], { files });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain("cannot read --holidays-file nope/holidays.txt");
    expect(missing.stderr).toContain("ENOENT");
  });

  it("names the file and line of a bad holiday, and the occurrence of a bad --holiday", async () => {
    const r = await cli(["due", ...parisOpened, "--holidays-file", "h.txt"], {
      files: { "h.txt": "# closures\n2026-12-25 Christmas Day\n2026-13-01\n" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'adobe-sla due: --holidays-file h.txt, line 3: expected a real date as YYYY-MM-DD, got "2026-13-01"\nRun `adobe-sla due --help` for usage.\n',
    );
    const notADate = await cli(["due", ...parisOpened, "--holidays", "h.txt"], {
      files: { "h.txt": "2026-12-25\nChristmas 2026-12-26\n" },
    });
    expect(notADate.code).toBe(2);
    expect(notADate.stderr).toContain(
      'adobe-sla due: --holidays h.txt, line 2: expected YYYY-MM-DD, optionally followed by a name ("2026-12-25 Christmas Day"); got "Christmas 2026-12-26"',
    );
    const flag = await cli(["due", ...parisOpened, "--holiday", "2026-12-25", "--holiday", "x"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('`--holiday` #2: expected a real date as YYYY-MM-DD, got "x"');
  });

  it("names the file and line of a bad iCalendar file", async () => {
    const ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Party\nEND:VEVENT\nEND:VCALENDAR\n";
    const r = await cli(["due", ...parisOpened, "--holidays", "bad.ics"], {
      files: { "bad.ics": ics },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^adobe-sla due: --holidays bad\.ics: line 2: event "Party": has no `DTSTART`/,
    );
  });

  it("says a flag was given twice, or needs a value, in its own words", async () => {
    const twice = await cli(["due", ...parisOpened, "--plan", "expert"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe(
      "adobe-sla due: --plan was given twice; give it once\nRun `adobe-sla due --help` for usage.\n",
    );
    const three = await cli(["status", ...parisOpened, "--now", "a", "--now", "b", "--now", "c"]);
    expect(three.stderr).toContain("--now was given 3 times; give it once");
    const missing = await cli(["due", "--priority", "P2", "--plan"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("adobe-sla due: --plan needs a value\n");
    const flagAfter = await cli(["due", "--plan", "--priority", "P2"]);
    expect(flagAfter.code).toBe(2);
    expect(flagAfter.stderr).toContain(
      'adobe-sla due: --plan needs a value (the next argument, "--priority", is a flag',
    );
    const boolean = await cli(["plans", "--json=yes"]);
    expect(boolean.code).toBe(2);
    expect(boolean.stderr).toContain("adobe-sla plans: --json takes no value");
    for (const r of [twice, three, missing, flagAfter, boolean]) expect(r.stdout).toBe("");
    // Repeatable flags stay repeatable.
    const repeated = await cli([
      "due",
      ...parisOpened,
      "--holiday",
      "2026-11-24",
      "--holiday",
      "2026-11-25",
    ]);
    expect(repeated.code).toBe(0);
  });
});

describe("due", () => {
  it("prints the deadline as aligned key/values", async () => {
    const r = await cli(["due", ...parisOpened]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "due            2026-11-23T08:20:00.000Z  (2026-11-23T09:20:00.000+01:00 Europe/Paris)",
    );
    // Every value starts in the same column.
    expect(new Set(lines.map((l) => /^\S+(?: \S+)*\s{2,}/.exec(l)?.[0].length)).size).toBe(1);
  });

  it("--json equals the library's result", async () => {
    const r = await cli(["due", ...parisOpened, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(jsonOf(responseDeadline(parisInput)));
  });
});

describe("explain", () => {
  it("prints the deadline and numbered steps", async () => {
    const r = await cli(["explain", ...parisOpened]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2026-11-23T08:20:00.000Z");
    expect(r.stdout).toContain("How:");
    expect(r.stdout).toMatch(/^ 1\. /m);
  });

  it("--json equals the library's explanation", async () => {
    const r = await cli(["explain", ...parisOpened, "--json"]);
    const { dueAt, dueAtLocal, steps, explanation } = responseDeadline(parisInput);
    expect(JSON.parse(r.stdout)).toEqual(jsonOf({ dueAt, dueAtLocal, steps, explanation }));
  });
});

describe("plans", () => {
  it("prints the targets and the regional hours", async () => {
    const r = await cli(["plans"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^priority\s+Expert Support\s+Ultimate Support\s+Commerce Managed Services$/m,
    );
    expect(r.stdout).toMatch(/^P1\s+1 hour, 24x7/m);
    expect(r.stdout).toContain("Europe, Middle East and Africa");
  });

  it("--json equals the catalog", async () => {
    const r = await cli(["plans", "--json"]);
    expect(JSON.parse(r.stdout)).toEqual(jsonOf({ targetTables, regions }));
  });

  it("takes no arguments", async () => {
    expect((await cli(["plans", "expert"])).code).toBe(2);
  });
});

describe("status", () => {
  // The fake clock reads 2026-11-23T09:15:00+01:00 unless told otherwise: 25 of 30 minutes used.
  const cases: [string, string[], string, number][] = [
    ["pending", ["--now", "2026-11-23T09:05:00+01:00"], "pending", 0],
    ["at-risk (default --now: the clock)", [], "at-risk", 0],
    ["at-risk exactly at the deadline", ["--now", "2026-11-23T09:20:00+01:00"], "at-risk", 0],
    ["breached", ["--now", "2026-11-23T10:00:00+01:00"], "breached", 1],
    [
      "met",
      ["--responded", "2026-11-23T09:10:00+01:00", "--now", "2026-11-24T10:00:00+01:00"],
      "met",
      0,
    ],
    [
      "met-late (exit 0 unless --fail-on names it)",
      ["--responded", "2026-11-23T09:21:00+01:00", "--now", "2026-11-24T10:00:00+01:00"],
      "met-late",
      0,
    ],
    [
      "met-late with --fail-on breached,met-late",
      [
        ...["--responded", "2026-11-23T09:21:00+01:00", "--now", "2026-11-24T10:00:00+01:00"],
        ...["--fail-on", "breached,met-late"],
      ],
      "met-late",
      1,
    ],
    ["at-risk with --fail-on at-risk", ["--fail-on", "at-risk"], "at-risk", 1],
    [
      "breached with --fail-on none",
      ["--now", "2026-11-23T10:00:00+01:00", "--fail-on", "none"],
      "breached",
      0,
    ],
    [
      "breached with --fail-on met-late --fail-on at-risk",
      ["--now", "2026-11-23T10:00:00+01:00", "--fail-on", "met-late", "--fail-on", "at-risk"],
      "breached",
      0,
    ],
  ];

  it.each(cases)("%s: state and exit code, human and --json", async (_name, flags, state, code) => {
    const human = await cli(["status", ...parisOpened, ...flags]);
    expect(human.code).toBe(code);
    expect(human.stderr).toBe("");
    expect(human.stdout).toMatch(new RegExp(`^state\\s+${state}$`, "m"));
    const json = await cli(["status", ...parisOpened, ...flags, "--json"]);
    expect(json.code).toBe(code);
    expect(JSON.parse(json.stdout).state).toBe(state);
  });

  it("--json equals the library's SlaStatus for the same input, --now defaulting to io.now()", async () => {
    const r = await cli(["status", ...parisOpened, "--json"]);
    const expected = slaStatus({ ...parisInput, now: "2026-11-23T09:15:00+01:00" });
    expect(JSON.parse(r.stdout)).toEqual(jsonOf(expected));
  });

  it("passes priority changes, measure-from, the at-risk share and pauses to the library", async () => {
    const flags = [
      "--priority-change",
      "P3@2026-11-23T09:00:00+01:00",
      "--priority-change",
      "P4@2026-11-25T09:00:00+01:00",
      "--measure-from",
      "change",
      "--at-risk",
      "0.5",
      "--pause",
      "2026-11-23T09:30:00+01:00/2026-11-23T10:00:00+01:00",
      "--pause",
      "2026-11-23T10:30:00+01:00",
      "--now",
      "2026-11-23T11:00:00+01:00",
      "--json",
    ];
    const r = await cli(["status", ...parisOpened, ...flags]);
    const input: SlaStatusInput = {
      ...parisInput,
      now: "2026-11-23T11:00:00+01:00",
      priorityHistory: [
        { priority: "P3", at: "2026-11-23T09:00:00+01:00" },
        { priority: "P4", at: "2026-11-25T09:00:00+01:00" },
      ],
      measureFrom: "change",
      atRiskThreshold: 0.5,
      pauses: [
        { from: "2026-11-23T09:30:00+01:00", to: "2026-11-23T10:00:00+01:00" },
        { from: "2026-11-23T10:30:00+01:00" },
      ],
    };
    const expected = slaStatus(input);
    expect(JSON.parse(r.stdout)).toEqual(jsonOf(expected));
    expect(r.code).toBe(expected.state === "breached" ? 1 : 0);
    expect(expected.priority).toBe("P3");
    expect(expected.pauses).toHaveLength(2);

    const human = await cli(["status", ...parisOpened, ...flags.slice(0, -1)]);
    expect(human.stdout).toMatch(/^priority\s+P3 \(opened as P2\)$/m);
    expect(human.stdout).toMatch(
      /^paused\s+1 h of business time taken off the clock so far \(2 pauses\)$/m,
    );
  });

  it("shows remaining, overdue or the response margin as readable durations", async () => {
    const atRisk = await cli(["status", ...parisOpened]);
    expect(atRisk.stdout).toMatch(/^remaining\s+5 min of business time$/m);
    expect(atRisk.stdout).toMatch(/^used\s+83\.33% of 30 min of business time \(at risk from 75%/m);
    const breached = await cli(["status", ...parisOpened, "--now", "2026-11-23T10:00:00+01:00"]);
    expect(breached.stdout).toMatch(/^overdue\s+40 min of business time$/m);
    const late = await cli([
      "status",
      ...parisOpened,
      "--responded",
      "2026-11-23T09:21:00+01:00",
      "--now",
      "2026-11-23T09:30:00+01:00",
    ]);
    expect(late.stdout).toMatch(
      /^responded\s+2026-11-23T08:21:00\.000Z {2}\(1 min of business time after the deadline\)$/m,
    );
    const p1 = await cli([
      "status",
      "--plan",
      "expert",
      "--priority",
      "P1",
      "--opened",
      "2026-11-21T03:00:00Z",
      "--now",
      "2026-11-21T04:30:00Z",
    ]);
    expect(p1.code).toBe(1);
    expect(p1.stdout).toMatch(/^overdue\s+30 min$/m);
  });

  it("names the flags in input errors", async () => {
    const r = await cli([
      "status",
      ...parisOpened,
      "--priority-change",
      "P5@2026-11-23",
      "--pause",
      "2026-11-23T10:00:00+01:00/2026-11-23T09:00:00+01:00",
      "--measure-from",
      "chang",
      "--at-risk",
      "1.5",
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      'adobe-sla status: `--priority-change` #1 (P): expected one of "P1", "P2", "P3", "P4"',
    );
    expect(r.stderr).toContain("`--priority-change` #1 (ISO) is a date without a time");
    expect(r.stderr).toContain(
      '`--measure-from`: expected "opening" or "change"; did you mean "change"?',
    );
    expect(r.stderr).toContain("`--at-risk`: expected a share of the target in (0, 1]");
    expect(r.stderr).toContain("Run `adobe-sla status --help` for usage.");
  });

  it("names --responded and --now when they are out of order", async () => {
    const r = await cli(["status", ...parisOpened, "--responded", "2026-11-23T09:30:00+01:00"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("`--responded` is after `--now`");
    expect(r.stderr).toContain(
      "--now was not given: it defaults to the current time, 2026-11-23T08:15:00.000Z",
    );
    const early = await cli(["status", ...parisOpened, "--now", "2026-11-20T16:00:00+01:00"]);
    expect(early.stderr).toContain("`--now` is before `--opened`");
  });

  it("says how to write --priority-change, --pause and --at-risk", async () => {
    const change = await cli(["status", ...parisOpened, "--priority-change", "P3"]);
    expect(change.code).toBe(2);
    expect(change.stderr).toContain("--priority-change expects PRIORITY@ISO, e.g. P3@");
    const pause = await cli(["status", ...parisOpened, "--pause", "/2026-11-23T09:00:00+01:00"]);
    expect(pause.code).toBe(2);
    expect(pause.stderr).toContain("--pause expects FROM/TO");
    const share = await cli(["status", ...parisOpened, "--at-risk", "most"]);
    expect(share.code).toBe(2);
    expect(share.stderr).toContain(
      '--at-risk expects a share of the target in (0, 1], e.g. 0.75; got "most"',
    );
  });

  it("documents the exit code of every state in --help", async () => {
    const help = (await cli(["status", "--help"])).stdout;
    expect(help).toMatch(
      /0 {4}the state is not one --fail-on names \(by default: pending, at-risk, met or met-late\)/,
    );
    expect(help).toMatch(/1 {4}the state is one --fail-on names \(by default: breached\)/);
    expect(help).toMatch(/--fail-on LIST/);
  });

  it("rejects a --fail-on it cannot gate on, in its own words", async () => {
    const rejected = await cli(["status", ...parisOpened, "--fail-on", "rejected"]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain(
      "adobe-sla status: --fail-on rejected is for report (rejected rows); an invalid request always exits 2",
    );
    const typo = await cli(["status", ...parisOpened, "--fail-on", "met_late"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--fail-on "met_late" is not an outcome; did you mean met-late?');
    expect(typo.stderr).not.toContain("rejected");
  });
});

describe("downgrade", () => {
  it("answers from a case file", async () => {
    const r = await cli(["downgrade", "case.json"], { files });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^eligible\s+yes$/m);
    expect(r.stdout).toMatch(/^reasons\s+critical_information_not_obtained: /m);
    expect(r.stdout).toMatch(/^lower to\s+P3, P4 \(suggested P3\)$/m);
    expect(r.stdout).toMatch(/^new deadline\s+2026-11-23T12:00:00\.000Z /m);
    expect(r.stdout).toMatch(
      /^\s+2026-11-23T19:00:00\.000Z {2}ana@example\.com {2}answered {2}\(not counted: outside_business_hours\)$/m,
    );
  });

  it("answers from stdin with -, and --json equals the library's result", async () => {
    const text = files["case.json"];
    const r = await cli(["downgrade", "-", "--json"], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(jsonOf(downgradeEligibility(JSON.parse(text))));
  });

  it("exits 0 for a no, and lists only what blocks it", async () => {
    const r = await cli(["downgrade", "p1-engaged.json"], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^eligible\s+no$/m);
    expect(r.stdout).toMatch(/^reasons\s+continuous_engagement_kept: /m);
    expect(r.stdout).not.toContain("new deadline");
    const json = await cli(["downgrade", "p1-engaged.json", "--json"], { files });
    expect(JSON.parse(json.stdout)).toEqual(
      jsonOf(downgradeEligibility(JSON.parse(files["p1-engaged.json"]))),
    );
  });

  it("reports invalid JSON with its line and column, exit 2", async () => {
    const r = await cli(["downgrade", "bad.json"], { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^adobe-sla downgrade: bad\.json: invalid JSON: .*\(line 4, column \d+\)$/m,
    );
    const empty = await cli(["downgrade", "-"], { stdin: "" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("adobe-sla downgrade: stdin: invalid JSON");
  });

  it("rejects JSON that is not an object", async () => {
    for (const text of ["[]", "null", '"case"']) {
      const r = await cli(["downgrade", "-"], { stdin: text });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("expected one JSON object describing the case");
    }
  });

  it("names invalid fields by their JSON keys, not flags", async () => {
    const r = await cli(["downgrade", "invalid.json"], { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("adobe-sla downgrade: invalid.json: `openedAt` has no UTC offset");
    expect(r.stderr).toContain("add Z");
    expect(r.stderr).toContain("`regon` is not a known option; did you mean `region`?");
    expect(r.stderr).not.toContain("--opened");
  });

  it("needs a readable case file", async () => {
    const none = await cli(["downgrade"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("missing the case file");
    const missing = await cli(["downgrade", "nope.json"], { files });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read nope.json: ENOENT");
    const two = await cli(["downgrade", "case.json", "p1-engaged.json"], { files });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('unexpected argument "p1-engaged.json"');
  });
});

describe("colour", () => {
  const runs: [string, string[]][] = [
    ["due", ["due", ...parisOpened]],
    ["status", ["status", ...parisOpened, "--now", "2026-11-23T10:00:00+01:00"]],
    ["downgrade", ["downgrade", "case.json"]],
    ["plans", ["plans"]],
  ];

  it.each(runs)("%s: colour on a terminal without NO_COLOR", async (_name, argv) => {
    const r = await cli(argv, { files, tty: true });
    expect(hasAnsi(r.stdout)).toBe(true);
  });

  it.each(runs)(
    "%s: no colour with NO_COLOR, off a terminal, or with TERM=dumb",
    async (_name, argv) => {
      for (const options of [
        { tty: true, env: { NO_COLOR: "1" } },
        { tty: false },
        { tty: true, env: { TERM: "dumb" } },
      ]) {
        const r = await cli(argv, { files, ...options });
        expect(r.code).not.toBe(2);
        expect(hasAnsi(r.stdout)).toBe(false);
      }
    },
  );

  it("colours the state by severity, and never colours --json", async () => {
    const breached = await cli(["status", ...parisOpened, "--now", "2026-11-23T10:00:00+01:00"], {
      tty: true,
    });
    expect(breached.stdout).toContain("\u001b[31mbreached\u001b[39m");
    const atRisk = await cli(["status", ...parisOpened], { tty: true });
    expect(atRisk.stdout).toContain("\u001b[33mat-risk\u001b[39m");
    const json = await cli(["status", ...parisOpened, "--json"], { tty: true });
    expect(hasAnsi(json.stdout)).toBe(false);
  });
});

describe("the fake io", () => {
  it("is what the commands see", async () => {
    const io = fakeIo({ now: "2026-01-01T00:00:00Z", files: { a: "x" } });
    expect(io.now()).toBe(Date.parse("2026-01-01T00:00:00Z"));
    await expect(io.readText("a")).resolves.toBe("x");
    await expect(io.readText("b")).rejects.toThrow(/ENOENT/);
  });
});
