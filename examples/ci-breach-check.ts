/** CI gate: reads a JSON file of support cases and exits 1, with a readable list, when any case has missed its response target. */
// Run: npx tsx examples/ci-breach-check.ts examples/cases.json --now 2026-11-23T09:30:00+01:00
//
// The file holds an array of cases: the input of `slaStatus` without `now`, plus an `id` and an
// optional `summary`. Exit codes, as for `adobe-sla status`: 0 when no case missed its target
// (at-risk cases are listed as warnings), 1 when one is breached or was answered late (met-late),
// 2 for a usage error, an unreadable file or an invalid case.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isSlaInputError, type SlaStatus, type SlaStatusInput, slaStatus } from "adobe-support-sla";

/** What `main` reads and writes, so that a test can run it in-process. */
export interface CheckIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly readFile: (path: string) => string;
  /** The current time, used when `--now` is not given. */
  readonly now: () => Date;
}

const defaultIo: CheckIo = {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  readFile: (path) => readFileSync(path, "utf8"),
  now: () => new Date(),
};

const usage = `Usage: ci-breach-check CASES.json [--now ISO]

Exits 1 when a case is breached or was answered after its deadline (met-late), else 0.
  --now ISO   the instant to check, with Z or a UTC offset (default: the current time)`;

/** `1 h 05 min`, `10 min`, `45 s` for a positive duration in milliseconds. */
function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 0) return `${Math.round(ms / 1000)} s`;
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes} min` : `${hours} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** Issue codes that mean `--now` itself is unreadable (not that a case is inconsistent with it). */
const badInstantCodes = new Set([
  "missing_offset",
  "missing_time",
  "invalid_date",
  "invalid_type",
  "out_of_range",
]);

const missed = (status: SlaStatus) => status.state === "breached" || status.state === "met-late";

/** One readable line about a case. */
function describe(id: string, summary: string | undefined, status: SlaStatus): string {
  const clock = status.clock === "business" ? " of business time" : "";
  const where =
    status.state === "breached"
      ? `overdue by ${duration(-status.remainingMs)}${clock}`
      : status.state === "met-late"
        ? `answered ${duration(Date.parse(status.respondedAt ?? status.now) - status.dueAtMs)} late`
        : status.state === "met"
          ? `answered at ${status.respondedAt}`
          : `${duration(status.remainingMs)}${clock} left (${status.percentUsed}% used)`;
  const title = summary ? ` "${summary}"` : "";
  return `${id}${title}: ${status.state}, ${status.priority}, due ${status.dueAtLocal}, ${where}`;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { now: { type: "string" }, help: { type: "boolean" } },
    allowPositionals: true,
  });
}

/** Runs the check; returns the exit code. */
export function main(argv: readonly string[], io: CheckIo = defaultIo): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`ci-breach-check: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr(`ci-breach-check: expected one file of cases\n${usage}`);
    return 2;
  }
  const now = parsed.values.now ?? io.now().toISOString();

  let cases: unknown;
  try {
    cases = JSON.parse(io.readFile(file));
  } catch (error) {
    io.stderr(`ci-breach-check: ${file}: ${(error as Error).message}`);
    return 2;
  }
  if (!Array.isArray(cases)) {
    io.stderr(`ci-breach-check: ${file}: expected an array of cases`);
    return 2;
  }

  const misses: string[] = [];
  const warnings: string[] = [];
  const invalid: string[] = [];
  let invalidCases = 0;
  let checkedAt: string | null = null;
  for (const [index, item] of cases.entries()) {
    const { id = `#${index + 1}`, summary, ...input } = (item ?? {}) as Record<string, unknown>;
    let status: SlaStatus;
    try {
      status = slaStatus({ ...(input as unknown as SlaStatusInput), now });
    } catch (error) {
      if (!isSlaInputError(error)) throw error;
      // A bad --now is the same problem for every case: report it once, as a usage error.
      const nowIssue = error.issues.find(
        (issue) => issue.path[0] === "now" && badInstantCodes.has(issue.code),
      );
      if (nowIssue) {
        io.stderr(`ci-breach-check: --now ${nowIssue.message.replace(/^`now`:? /, "")}`);
        return 2;
      }
      invalidCases++;
      for (const issue of error.issues)
        invalid.push(`${file}: case ${String(id)}: ${issue.message}`);
      continue;
    }
    checkedAt = status.now;
    const line = describe(String(id), typeof summary === "string" ? summary : undefined, status);
    if (missed(status)) misses.push(line);
    else if (status.state === "at-risk") warnings.push(line);
  }

  for (const line of invalid) io.stderr(`ci-breach-check: ${line}`);
  for (const line of warnings) io.stdout(`at risk  ${line}`);
  for (const line of misses) io.stdout(`MISSED   ${line}`);
  const checked = cases.length - invalidCases;
  io.stdout(
    `${checked} of ${cases.length} case(s) checked at ${checkedAt ?? now}: ${misses.length} missed the response target, ${warnings.length} at risk`,
  );
  if (invalid.length > 0) return 2;
  return misses.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = main(process.argv.slice(2));
}
