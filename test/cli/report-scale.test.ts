import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A million generated tickets, CRLF, with the broken shapes of scripts/generate-tickets.mjs
// sprinkled in, through the `adobe-sla` executable from a file and from a pipe: one row per
// record, in order, on the right lines, and a summary that adds up. `npm test` builds dist first
// (a missing build is a failure); ADOBE_SLA_CLI=source runs src/cli/main.ts through tsx instead.

const root = fileURLToPath(new URL("../..", import.meta.url));
const ROWS = 1_000_000;
const NOW = "2026-11-20T14:30:00Z";

function command(): string[] {
  if (process.env.ADOBE_SLA_CLI === "source") {
    return [process.execPath, "--import", "tsx", join(root, "src/cli/main.ts")];
  }
  const bin = join(root, "dist/cli.cjs");
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run \`npm run build\` (npm test does) before this test`);
  }
  return [process.execPath, bin];
}

interface Expected {
  readonly records: number;
  readonly lines: number;
  readonly broken: readonly {
    readonly ticket: string;
    readonly line: number;
    readonly shape: string;
    readonly error: boolean;
  }[];
}

let dir = "";
let file = "";
let expected: Expected;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "adobe-sla-scale-"));
  file = join(dir, "tickets.csv");
  execFileSync(process.execPath, [
    join(root, "scripts/generate-tickets.mjs"),
    ...["--rows", String(ROWS), "--bad-every", "1000", "--broken-every", "997", "--crlf"],
    ...["--out", file, "--expect", join(dir, "expect.json")],
  ]);
  expected = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8")) as Expected;
}, 60_000);

afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** The id, line and state of each output row (NDJSON: ticket first, then line ... state), checked as they stream. */
async function checkRun(child: ChildProcess): Promise<{ stderr: string; code: number | null }> {
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  const broken = new Map(expected.broken.map((b) => [b.ticket, b]));
  const row = /^\{"ticket":"([^"]*)".*?,"line":(\d+),"due_at":.*?,"state":"([a-z-]+)"/;
  let count = 0;
  let lastLine = 1;
  const problems: string[] = [];
  const complain = (text: string) => {
    if (problems.length < 10) problems.push(text);
  };
  for await (const text of createInterface({ input: child.stdout as NodeJS.ReadableStream })) {
    const match = row.exec(text);
    if (match === null) {
      complain(`row ${count + 1} unreadable: ${text.slice(0, 200)}`);
      continue;
    }
    const [, ticket, lineText, state] = match as unknown as [string, string, string, string];
    const line = Number(lineText);
    if (ticket !== `ADB-${100_001 + count}`) complain(`row ${count + 1} is ${ticket}`);
    if (line <= lastLine) complain(`${ticket} on line ${line}, after line ${lastLine}`);
    const shape = broken.get(ticket);
    if (shape !== undefined && shape.line !== line)
      complain(`${ticket} (${shape.shape}) on line ${line}, not ${shape.line}`);
    if (shape?.error === true && state !== "error")
      complain(`${ticket} (${shape.shape}) is ${state}`);
    lastLine = line;
    count += 1;
  }
  const code = await new Promise<number | null>((done) => {
    if (child.exitCode !== null) done(child.exitCode);
    else child.once("close", (c) => done(c));
  });
  expect(problems).toEqual([]);
  expect(count).toBe(expected.records);
  expect(lastLine).toBeLessThanOrEqual(expected.lines);
  return { stderr, code };
}

function checkSummary(stderr: string): void {
  const head =
    /: ([\d,]+) records read: ([\d,]+) computed \((.*)\), ([\d,]+) rejected\n([\d,]+) lines read: (.*)$/m.exec(
      stderr,
    );
  expect(head, stderr).not.toBeNull();
  const [, records, computed, states, rejected, lines, parts] = head as unknown as string[];
  const n = (text: string) => Number(text.replaceAll(",", ""));
  const sum = (list: string) =>
    list.split(/, | \+ /).reduce((total, part) => total + n(part.split(" ")[0] as string), 0);
  expect(n(records as string)).toBe(expected.records);
  expect(n(lines as string)).toBe(expected.lines);
  expect(sum(states as string)).toBe(n(computed as string));
  expect(n(computed as string) + n(rejected as string)).toBe(expected.records);
  expect(sum(parts as string)).toBe(expected.lines);
}

describe("report on a million tickets with broken rows", () => {
  // --fail-on rejected: the broken rows make the run exit 1 (a report succeeds unless asked).
  const args = () => ["report", "--now", NOW, "--format", "ndjson", "--fail-on", "rejected"];

  it("from a file: one row per record, in order, on its line; the summary adds up", async () => {
    const [node, ...pre] = command();
    const child = spawn(node as string, [...pre, ...args(), file], { cwd: root });
    const { stderr, code } = await checkRun(child);
    expect(code).toBe(1);
    checkSummary(stderr);
  }, 120_000);

  it("from standard input: the same", async () => {
    const [node, ...pre] = command();
    const child = spawn(node as string, [...pre, ...args(), "-"], { cwd: root });
    createReadStream(file).pipe(child.stdin);
    const { stderr, code } = await checkRun(child);
    expect(code).toBe(1);
    checkSummary(stderr);
  }, 120_000);
});
