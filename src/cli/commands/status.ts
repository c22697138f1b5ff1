/** `adobe-sla status`: where one request stands against its response target, as an exit code CI can gate on. */

import {
  commonOptions,
  flagOfField,
  inputErrorLines,
  parseFlags,
  requestFromFlags,
  requestOptions,
  requestOptionsHelp,
} from "../args.js";
import type { Command } from "../command.js";
import { type FailOnOutcome, failOnOption, parseFailOn } from "../fail-on.js";
import { nameHolidaySources } from "../holidays.js";
import { type CliIo, exitCodes, printProblems, UsageError } from "../io.js";
import {
  isSlaInputError,
  type Pause,
  type PriorityChange,
  SlaInputError,
  type SlaState,
  type SlaStatus,
  type SlaStatusInput,
  slaStatus,
} from "../library.js";
import { keyValues, type Style, stateColour, styleFor } from "../style.js";

const options = {
  ...requestOptions,
  now: { type: "string" },
  responded: { type: "string" },
  "priority-change": { type: "string", multiple: true },
  "measure-from": { type: "string" },
  "at-risk": { type: "string" },
  pause: { type: "string", multiple: true },
  ...failOnOption,
  ...commonOptions,
} as const;

/**
 * What `status` fails on without `--fail-on`. **Decision:** `breached` only, what a CI check
 * gates on: a case that is still unanswered past its deadline. `met-late` (answered, but late)
 * and `at-risk` exit 0 unless named in `--fail-on`.
 */
export const statusFailsOn: readonly FailOnOutcome[] = ["breached"];

/** The exit code of a state: 1 when `--fail-on` names it, else 0. */
export function statusExitCode(
  state: SlaState,
  failOn: ReadonlySet<FailOnOutcome> = new Set(statusFailsOn),
): number {
  return (failOn as ReadonlySet<string>).has(state) ? exitCodes.gate : exitCodes.ok;
}

/** Field names of `slaStatus`'s input, as the flags that set them. */
const statusFlagOfField: Readonly<Record<string, string>> = Object.freeze({
  ...flagOfField,
  measureFrom: "--measure-from",
  atRiskThreshold: "--at-risk",
});

const listFlags: Readonly<Record<string, string>> = {
  priorityHistory: "--priority-change",
  pauses: "--pause",
};
const partNames: Readonly<Record<string, string>> = {
  priority: "P",
  at: "ISO",
  from: "FROM",
  to: "TO",
};

/** Input-error messages with field names replaced by flags: `pauses[1].to` becomes `--pause` #2 (TO). */
export function statusErrorLines(error: SlaInputError): string[] {
  const renamed = new SlaInputError(
    error.issues.map((issue) => ({
      ...issue,
      message: issue.message.replace(
        /`(priorityHistory|pauses)(?:\[(\d+)\](?:\.([A-Za-z]+))?)?`/g,
        (_whole, list: string, index: string | undefined, part: string | undefined) =>
          `\`${listFlags[list]}\`${index === undefined ? "" : ` #${Number(index) + 1}`}${part === undefined ? "" : ` (${partNames[part] ?? part})`}`,
      ),
    })),
  );
  return inputErrorLines(renamed, statusFlagOfField) ?? [error.message];
}

/** `--priority-change P3@2026-11-23T09:00:00+01:00`. */
function parseChange(text: string): PriorityChange {
  const at = text.indexOf("@");
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(
      `--priority-change expects PRIORITY@ISO, e.g. P3@2026-11-23T09:00:00+01:00; got ${JSON.stringify(text)}`,
    );
  }
  return { priority: text.slice(0, at) as PriorityChange["priority"], at: text.slice(at + 1) };
}

/** `--pause FROM/TO`, or `--pause FROM` (or `FROM/`) for a pause still going on. */
function parsePause(text: string): Pause {
  const [from = "", to = "", ...rest] = text.split("/");
  if (from === "" || rest.length > 0) {
    throw new UsageError(
      `--pause expects FROM/TO (or FROM alone while the pause goes on), e.g. 2026-11-23T09:00:00+01:00/2026-11-23T11:00:00+01:00; got ${JSON.stringify(text)}`,
    );
  }
  return to === "" ? { from } : { from, to };
}

/** `--at-risk 0.75`. */
function parseThreshold(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) {
    throw new UsageError(
      `--at-risk expects a share of the target in (0, 1], e.g. 0.75; got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

/** A duration for people in whole seconds (milliseconds are noise here): `1 h 30 min`, `45 s`, `0 min`. */
function readable(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  if (seconds === 0) return "0 min";
  const parts: string[] = [];
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds % 60 > 0) parts.push(`${seconds % 60} s`);
  return parts.join(" ");
}

/** The status as aligned lines: state, priority in force, due, remaining or overdue, share used. */
export function statusLines(status: SlaStatus, style: Style): string {
  const due = status.deadline;
  const onClock = status.clock === "business" ? " of business time" : "";
  const rows: [string, string][] = [
    ["state", stateColour(status.state, style)],
    [
      "priority",
      status.priority === status.openedPriority
        ? status.priority
        : `${status.priority} (opened as ${status.openedPriority})`,
    ],
    ["due", `${status.dueAt}  (${status.dueAtLocal} ${due.timeZone.id})`],
  ];
  if (status.respondedAt !== null) {
    const margin =
      status.remainingMs === 0
        ? "at the deadline"
        : status.remainingMs > 0
          ? `${readable(status.remainingMs)}${onClock} before the deadline`
          : `${readable(status.remainingMs)}${onClock} after the deadline`;
    rows.push(["responded", `${status.respondedAt}  (${margin})`]);
  } else if (status.remainingMs < 0) {
    rows.push(["overdue", `${readable(status.remainingMs)}${onClock}`]);
  } else {
    rows.push(["remaining", `${readable(status.remainingMs)}${onClock}`]);
  }
  rows.push(
    [
      "used",
      `${status.percentUsed}% of ${readable(status.targetMs)}${onClock} (at risk from ${Math.round(status.atRiskThreshold * 100)}%, at ${status.atRiskAt})`,
    ],
    ["now", status.now],
    ["measured from", `${status.measuredFrom.at}, ${status.measuredFrom.reason}`],
  );
  if (status.pauses.length > 0) {
    const count = `${status.pauses.length} pause${status.pauses.length === 1 ? "" : "s"}`;
    rows.push([
      "paused",
      `${readable(status.pausedMs)}${onClock} taken off the clock so far (${count})`,
    ]);
  }
  rows.push(
    ["target", `${due.priority} ${due.target.description}`],
    ["table", `${due.table.name}: ${due.table.reason}`],
    ["region", due.region ? `${due.region.name}: ${due.region.reason}` : "none (24x7 target)"],
    ["time zone", `${due.timeZone.id}: ${due.timeZone.reason}`],
  );
  return keyValues(rows, style);
}

export const statusCommand: Command = {
  name: "status",
  summary: "where one request stands: pending, at-risk, breached, met or met-late",
  help: `Usage: adobe-sla status --plan PLAN --priority P --opened ISO [--region R | --country CC] [--now ISO] [--responded ISO] [options]

Where a request stands against its initial-response target: its state, the deadline in force,
the time remaining or overdue, and the share of the target used. The exit code says whether the
state is one --fail-on names (by default: breached), so a CI step or a cron job can gate on it.

States: pending (no response, under the at-risk share), at-risk (no response, at least the at-risk
share used, deadline not passed), breached (no response after the deadline), met (responded by the
deadline), met-late (responded after it).

${requestOptionsHelp}

Status:
  --now ISO                       the instant to evaluate (default: the current time)
  --responded ISO                 Adobe's first response, between --opened and --now
  --priority-change P@ISO         the priority changed to P at ISO (repeatable), e.g. P3@2026-11-23T09:00:00+01:00
  --measure-from opening|change   where a changed priority's target counts from (default: opening)
  --at-risk SHARE                 share of the target after which the case is at-risk, in (0, 1] (default: 0.75)
  --pause FROM/TO                 the clock stops from FROM to TO (repeatable); FROM alone: still paused at --now

Exit status:
  --fail-on LIST                  the states that exit 1, comma-separated or repeated: breached,
                                  met-late, at-risk, or none (default: breached)

Output:
  --json                          the full status as JSON (the library's SlaStatus), whatever the exit code

Examples:
  adobe-sla status --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00 --now 2026-11-23T09:15:00+01:00
  adobe-sla status --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00 \\
    --responded 2026-11-23T09:10:00+01:00 --now 2026-11-24T10:00:00+01:00
  adobe-sla status --plan expert --priority P1 --opened 2026-11-21T03:00:00Z --now 2026-11-21T04:30:00Z --json
  adobe-sla status --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00 \\
    --priority-change P3@2026-11-23T09:00:00+01:00 --pause 2026-11-23T09:30:00+01:00/2026-11-23T11:00:00+01:00 \\
    --now 2026-11-23T11:10:00+01:00
  adobe-sla status --plan expert --priority P1 --opened 2026-11-21T03:00:00Z --now 2026-11-21T04:30:00Z --fail-on breached,met-late

In a script under set -eo pipefail, read the state and decide yourself:
  state=$(adobe-sla status --plan expert --priority P1 --opened 2026-11-21T03:00:00Z --json --fail-on none | jq -r .state)

Exit codes (also with --json):
  0    the state is not one --fail-on names (by default: pending, at-risk, met or met-late)
  1    the state is one --fail-on names (by default: breached)
  2    usage or input error: bad, missing or repeated flag, unreadable holiday file, invalid request
  3    internal error (a bug: please report it)
  141  standard output closed early (| head)
`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, options);
    const failOn = parseFailOn(values["fail-on"], statusFailsOn, false);
    const { input, holidays } = await requestFromFlags(values, io);
    input.now = values.now ?? io.now();
    if (values.responded !== undefined) input.respondedAt = values.responded;
    if (values["priority-change"] !== undefined)
      input.priorityHistory = values["priority-change"].map(parseChange);
    if (values["measure-from"] !== undefined) input.measureFrom = values["measure-from"];
    if (values["at-risk"] !== undefined) input.atRiskThreshold = parseThreshold(values["at-risk"]);
    if (values.pause !== undefined) input.pauses = values.pause.map(parsePause);

    let status: SlaStatus;
    try {
      status = slaStatus(input as unknown as SlaStatusInput);
    } catch (thrown) {
      const error = nameHolidaySources(thrown, holidays);
      if (!isSlaInputError(error)) throw error;
      const lines = statusErrorLines(error);
      if (values.now === undefined && error.issues.some((issue) => /`now`/.test(issue.message))) {
        lines.push(
          `--now was not given: it defaults to the current time, ${new Date(io.now()).toISOString()}`,
        );
      }
      return printProblems(io, "status", lines);
    }
    if (values.json) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else io.stdout.write(`${statusLines(status, styleFor(io, io.stdout))}\n`);
    return statusExitCode(status.state, failOn);
  },
};
