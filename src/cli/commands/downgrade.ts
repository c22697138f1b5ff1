/** `adobe-sla downgrade`: may Adobe lower a request's priority? The case comes as JSON, from a file or stdin. */

import type { Readable } from "node:stream";
import { commonOptions, parseFlags } from "../args.js";
import type { Command } from "../command.js";
import {
  holidayOptions,
  holidayOptionsHelp,
  nameHolidaySources,
  readRunHolidays,
} from "../holidays.js";
import { type CliIo, exitCodes, printProblems, UsageError } from "../io.js";
import {
  type DowngradeEligibility,
  type DowngradeEligibilityInput,
  downgradeEligibility,
  isSlaInputError,
} from "../library.js";
import { keyValues, type Style, styleFor } from "../style.js";

const options = { ...holidayOptions, ...commonOptions } as const;

/** Attempts listed in the human output; `--json` has them all. */
const MAX_ATTEMPTS_SHOWN = 20;

async function readStream(stream: Readable): Promise<string> {
  const chunks: string[] = [];
  stream.setEncoding?.("utf8");
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? chunk : String(chunk));
  return chunks.join("");
}

/** "line 3, column 8" for a JSON.parse message that gives a position (Node 20 gives only that). */
function jsonErrorText(message: string, text: string): string {
  const detail = message.replace(/^JSON\.parse: /, "");
  if (/\bline \d+/.test(detail)) return detail;
  const position = /at position (\d+)/.exec(detail)?.[1];
  if (position === undefined) return detail;
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return `${detail} (line ${line}, column ${column})`;
}

/** Each line of a key/value block: the key on the first line only. */
function listRows(key: string, lines: readonly string[]): [string, string][] {
  return lines.map((line, i): [string, string] => [i === 0 ? key : "", line]);
}

/** The answer as aligned lines: eligible, clause, reasons, lower priorities, new deadline, attempts. */
export function downgradeLines(answer: DowngradeEligibility, style: Style): string {
  const rows: [string, string][] = [
    ["eligible", answer.eligible ? style.green("yes") : style.red("no")],
    ["priority", answer.priority],
    [
      "clause",
      answer.clause ? answer.clause.text : `none: ${answer.priority} has no downgrade clause`,
    ],
    ...listRows(
      "reasons",
      answer.reasons.map((r) => `${r.code}: ${r.text}`),
    ),
  ];
  if (answer.eligible) {
    rows.push([
      "lower to",
      `${answer.lowerPriorities.join(", ")} (suggested ${answer.suggested ?? "none"})`,
    ]);
  }
  if (answer.newDeadline !== null) {
    const due = answer.newDeadline;
    rows.push([
      "new deadline",
      `${due.dueAt}  (${due.dueAtLocal} ${due.timeZone.id}), ${due.priority} ${due.target.description}`,
    ]);
  }
  if (answer.measuredFrom !== null) {
    rows.push(["measured from", `${answer.measuredFrom.at}, ${answer.measuredFrom.reason}`]);
  }
  const shown = answer.attempts.slice(0, MAX_ATTEMPTS_SHOWN).map((a) => {
    const verdict = a.counted ? "counted" : `not counted: ${a.reason ?? "unknown"}`;
    return `${a.at}  ${a.contact}  ${a.outcome}  (${verdict})`;
  });
  if (answer.attempts.length > MAX_ATTEMPTS_SHOWN) {
    shown.push(`... ${answer.attempts.length - MAX_ATTEMPTS_SHOWN} more (--json lists them all)`);
  }
  rows.push(...listRows("attempts", shown.length > 0 ? shown : ["none"]));
  return keyValues(rows, style);
}

/** Writes input errors as they are: in a JSON case the field names are the JSON keys, not flags. */
function inputProblem(io: CliIo, source: string, lines: readonly string[]): number {
  return printProblems(
    io,
    "downgrade",
    lines.map((line) => `${source}: ${line}`),
    "Run `adobe-sla downgrade --help` for the case format.",
  );
}

export const downgradeCommand: Command = {
  name: "downgrade",
  summary: "whether a request's priority may be lowered, from a JSON case",
  help: `Usage: adobe-sla downgrade CASE.json [--holidays FILE] [--json]
       adobe-sla downgrade - [--json] < CASE.json

May Adobe lower this request's priority? Reads the case as one JSON object, from a file or, with
-, from stdin, and prints the answer (yes or no), the engagement clause it rests on, the reasons,
the priorities it may go to and the new response deadline.

The JSON object has the fields of the library's downgradeEligibility input:
  plan, priority, openedAt        required, as for "adobe-sla due" (openedAt: ISO 8601 with Z or an offset)
  region or billingCountry        required for P2-P4 and for an eligible P1; timeZone, product,
                                  termStart, holidays and businessDay as for "adobe-sla due"
  namedContacts                   ["ana@example.com", ...]: the Named Support Contacts
  contactAttempts                 [{ "at": ISO, "contact": "...", "outcome": "no-response" |
                                  "missing-critical-information" | "answered" }, ...]
  continuousEngagement            true or false: required for P1
  now                             attempts after it are ignored (optional)
  measureFrom                     "opening" (default) or "change": where the new deadline counts from
  lowerTo                         the priority to lower to (default: one level down)

Example case:
  { "plan": "expert", "priority": "P2", "region": "emea", "timeZone": "Europe/Paris",
    "openedAt": "2026-11-23T09:00:00+01:00", "namedContacts": ["ana@example.com"],
    "contactAttempts": [{ "at": "2026-11-23T10:00:00+01:00", "contact": "ana@example.com",
                          "outcome": "no-response" }] }

Holidays, after the case's own "holidays":
${holidayOptionsHelp}

Output:
  --json                          the full answer as JSON (the library's DowngradeEligibility)

Examples:
  adobe-sla downgrade case.json
  adobe-sla downgrade - --json < case.json
  adobe-sla downgrade case.json --holidays holidays.txt

Exit codes:
  0    answered (eligible or not)
  2    usage or input error: bad, missing or repeated flag, unreadable file, invalid JSON (with
       its line and column) or invalid case (the message names the JSON field)
  3    internal error (a bug: please report it)
  141  standard output closed early (| head)
`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, options, 1);
    const path = positionals[0];
    if (path === undefined) {
      throw new UsageError(
        "missing the case file: adobe-sla downgrade CASE.json (or - to read stdin)",
      );
    }
    const source = path === "-" ? "stdin" : path;
    let text: string;
    try {
      text = path === "-" ? await readStream(io.stdin) : await io.readText(path);
    } catch (error) {
      throw new UsageError(
        `cannot read ${source}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let input: unknown;
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return inputProblem(io, source, [`invalid JSON: ${jsonErrorText(message, text)}`]);
    }
    if (input === null || typeof input !== "object" || Array.isArray(input)) {
      const kind = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
      return inputProblem(io, source, [
        `expected one JSON object describing the case, got ${kind}`,
      ]);
    }

    const holidays = await readRunHolidays(io, values);
    const own = (input as { holidays?: unknown }).holidays;
    const ownCount = Array.isArray(own) ? own.length : 0;
    // The case's own holidays first (its issue paths stay as they are), then the run's. A value
    // that is not a list is left for the library to reject.
    if (holidays.entries.length > 0 && (Array.isArray(own) || own === undefined || own === null)) {
      const merged = [...(Array.isArray(own) ? own : []), ...holidays.entries];
      input = { ...input, holidays: Object.freeze(merged) };
    }

    let answer: DowngradeEligibility;
    try {
      answer = downgradeEligibility(input as DowngradeEligibilityInput);
    } catch (thrown) {
      const error = nameHolidaySources(thrown, holidays, ownCount);
      if (!isSlaInputError(error)) throw error;
      return inputProblem(
        io,
        source,
        error.issues.map((issue) => issue.message),
      );
    }
    if (values.json) io.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    else io.stdout.write(`${downgradeLines(answer, styleFor(io, io.stdout))}\n`);
    return exitCodes.ok;
  },
};
