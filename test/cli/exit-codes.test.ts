import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The exit-code table of docs/cli.md, one test per row, through the built executable as users
// run it (`npm test` builds dist first; a missing build is a failure, never a skip), and the
// documented CI-gate recipe, run with bash under `set -eo pipefail`.

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "dist", "cli.cjs");
const NOW = "2026-11-20T14:30:00Z";
const p1 = ["--plan", "expert", "--priority", "P1", "--opened", "2026-11-21T03:00:00Z"];

function adobeSla(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; node?: string[] } = {},
) {
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run \`npm run build\` (npm test does) before this test`);
  }
  return spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ADOBE_SLA_DEBUG: "", ...options.env },
  });
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "adobe-sla-exit-"));
});
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

describe("exit codes (docs/cli.md), through dist/cli.cjs", () => {
  it("0: the command ran and found nothing the user asked to fail on", () => {
    const runs = [
      adobeSla(["due", ...p1]),
      adobeSla(["explain", ...p1, "--json"]),
      adobeSla(["plans"]),
      adobeSla(["downgrade", "test/cli/fixtures/downgrade-p2-eligible.json"]),
      adobeSla(["status", ...p1, "--now", "2026-11-21T03:30:00Z"]), // pending
      adobeSla(["status", ...p1, "--now", "2026-11-21T04:30:00Z", "--fail-on", "none"]),
      adobeSla(["report", "examples/tickets.csv", "--now", NOW]),
      // A report succeeds unless asked: rejected rows are in the output, exit 0.
      adobeSla(["report", "examples/tickets-malformed.csv", "--now", NOW]),
    ];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  });

  it("1: the condition the user gates on, with the --json output complete", () => {
    const breached = adobeSla(["status", ...p1, "--now", "2026-11-21T04:30:00Z", "--json"]);
    expect(breached.status).toBe(1);
    expect(breached.stderr).toBe("");
    expect(JSON.parse(breached.stdout).state).toBe("breached");

    const late = ["--responded", "2026-11-21T04:10:00Z", "--now", "2026-11-21T05:00:00Z"];
    expect(adobeSla(["status", ...p1, ...late]).status).toBe(0);
    expect(adobeSla(["status", ...p1, ...late, "--fail-on", "breached,met-late"]).status).toBe(1);

    const rejected = adobeSla([
      ...["report", "examples/tickets-malformed.csv", "--now", NOW],
      ...["--fail-on", "rejected", "--format", "json"],
    ]);
    expect(rejected.status).toBe(1);
    expect(JSON.parse(rejected.stdout)).toHaveLength(12);

    const sample = adobeSla(["report", "examples/tickets.csv", "--now", NOW, "--json"]);
    const gated = adobeSla([
      ...["report", "examples/tickets.csv", "--now", NOW, "--json"],
      ...["--fail-on", "breached"],
    ]);
    expect(gated.status).toBe(1);
    expect(gated.stdout).toBe(sample.stdout);
    expect(JSON.parse(gated.stdout)).toHaveLength(300);
  });

  it("2: usage or input error, in the tool's own words, nothing on stdout", () => {
    const runs: [string[], RegExp][] = [
      [["due", ...p1, "--pland", "x"], /unknown option --pland; did you mean --plan\?/],
      [["due", "--priority", "P1", "--plan"], /--plan needs a value/],
      [["due", ...p1, "--plan", "ultimate"], /--plan was given twice/],
      [["due", "--plan", "expert", "--priority", "P1"], /`--opened` is required/],
      [
        ["explain", ...p1.slice(0, 4), "--opened", "2026-11-21T03:00"],
        /`--opened` has no UTC offset/,
      ],
      [["status", ...p1, "--now", "2026-11-20T00:00:00Z"], /`--now` is before `--opened`/],
      [["downgrade", "no/such/case.json"], /cannot read no\/such\/case\.json/],
      [["downgrade", "test/cli/fixtures/downgrade-invalid.json"], /downgrade-invalid\.json: /],
      [["report", "no/such/tickets.csv"], /cannot read no\/such\/tickets\.csv/],
      [
        ["report", "examples/tickets.csv", "--fail-on", "everything"],
        /--fail-on "everything" is not an outcome/,
      ],
      [
        ["due", ...p1, "--holidays", "no/such/holidays.ics"],
        /cannot read --holidays no\/such\/holidays\.ics/,
      ],
      [["nope"], /unknown command "nope"/],
    ];
    for (const [args, message] of runs) {
      const run = adobeSla(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stdout, args.join(" ")).toBe("");
      expect(run.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("3: an internal error says so in one line and asks for a report; the stack only with ADOBE_SLA_DEBUG=1", () => {
    // A bug stand-in: the clock `status` reads for its default --now throws.
    const broken = [
      "--import",
      'data:text/javascript,Date.now=()=>{throw new Error("clock broke")}',
    ];
    const run = adobeSla(["status", ...p1], { node: broken });
    expect(run.status).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^adobe-sla status: internal error: clock broke\nThis is a bug in adobe-sla /,
    );
    expect(run.stderr).toMatch(/please report it/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const debug = adobeSla(["status", ...p1], { node: broken, env: { ADOBE_SLA_DEBUG: "1" } });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/^Error: clock broke\n\s+at /m);
  });

  it("141: a closed stdout (| head -1) ends quietly, with no trace", () => {
    // Enough rows that the output outgrows the pipe's buffer before head exits.
    const sample = readFileSync(join(root, "examples/tickets.csv"), "utf8");
    const [header, ...rest] = sample.split("\n");
    const body = rest.filter((line) => line !== "").join("\n");
    const big = join(dir, "big.csv");
    writeFileSync(big, `${header}\n${Array.from({ length: 100 }, () => body).join("\n")}\n`);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash variable, not a template
    const script = 'node "$1" report "$2" --now "$3" | head -1; echo "status ${PIPESTATUS[0]}"';
    const run = spawnSync("bash", ["-c", script, "bash", bin, big, NOW], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stdout).toMatch(/^ticket,plan,priority,/);
    expect(run.stdout.trim().split("\n")).toHaveLength(2);
    expect(run.stdout).toMatch(/\nstatus 141\n$/);
    expect(run.stderr).toBe("");
  });
});

describe("the CI-gate recipe of docs/cli.md under set -eo pipefail", () => {
  const docs = readFileSync(join(root, "docs/cli.md"), "utf8");
  const section = docs.split("### A CI gate under `set -eo pipefail`")[1] ?? "";
  const recipe = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";

  /** Runs the recipe with `adobe-sla` as the built binary, and `jq` (or a stand-in for `jq -r .state`). */
  function runRecipe(text: string) {
    const hasJq = spawnSync("bash", ["-c", "command -v jq"]).status === 0;
    const prelude = [
      `adobe-sla() { node ${JSON.stringify(bin)} "$@"; }`,
      hasJq
        ? ""
        : `jq() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[process.argv[1].slice(1)]))' "$2"; }`,
    ].join("\n");
    const script = text.replace(/^(#!.*\n)?/, (shebang) => `${shebang}${prelude}\n`);
    return spawnSync("bash", ["-c", script], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
  }

  it("is in the docs, with set -eo pipefail, --json, --fail-on none and jq", () => {
    expect(recipe).toMatch(/^set -eo pipefail$/m);
    expect(recipe).toMatch(/--json --fail-on none \| jq -r \.state\)/);
  });

  it("reads a breached state, then fails the job with exit 1", () => {
    const run = runRecipe(recipe);
    expect(run.stdout).toBe("P1 is breached\n");
    expect(run.stderr).toBe("P1 breached its response target\n");
    expect(run.status).toBe(1);
  });

  it("passes when the case is within its target", () => {
    const run = runRecipe(recipe.replaceAll("2026-11-21T04:30:00Z", "2026-11-21T03:30:00Z"));
    expect(run.stdout).toBe("P1 is pending\nP1 within its target\n");
    expect(run.status).toBe(0);
  });

  it("stops on a usage error with its exit code, not as a breach", () => {
    const run = runRecipe(
      recipe.replace(
        "--plan expert --priority P1 --opened 2026-11-21T03:00:00Z \\\n  --now 2026-11-21T04:30:00Z > /dev/null",
        "--plan expert --priority P9 --opened 2026-11-21T03:00:00Z > /dev/null",
      ),
    );
    expect(run.stdout).toBe("P1 is breached\n");
    expect(run.stderr).toMatch(/the SLA check could not run \(exit 2\)/);
    expect(run.status).toBe(2);
  });
});
