/** `adobe-sla due`: the response deadline of one request. */

import {
  commonOptions,
  parseFlags,
  requestFromFlags,
  requestOptions,
  requestOptionsHelp,
} from "../args.js";
import type { Command } from "../command.js";
import { nameHolidaySources } from "../holidays.js";
import { type CliIo, exitCodes } from "../io.js";
import { type ResponseDeadline, type ResponseDeadlineInput, responseDeadline } from "../library.js";
import { keyValues, type Style, styleFor } from "../style.js";

const options = { ...requestOptions, ...commonOptions } as const;

/** The exit codes of `due` and `explain`. */
export const deadlineExitCodes = `Exit codes:
  0    the deadline was printed
  2    usage or input error: bad, missing or repeated flag, unreadable holiday file, invalid request
  3    internal error (a bug: please report it)
  141  standard output closed early (| head)
`;

/**
 * The deadline of the request the flags describe (`due` and `explain`); an input error names the
 * holiday file and line an entry came from.
 */
export async function deadlineOfFlags(
  values: Parameters<typeof requestFromFlags>[0],
  io: CliIo,
): Promise<ResponseDeadline> {
  const { input, holidays } = await requestFromFlags(values, io);
  try {
    return responseDeadline(input as unknown as ResponseDeadlineInput);
  } catch (error) {
    throw nameHolidaySources(error, holidays);
  }
}

/** The request fields of a deadline, as aligned lines. */
export function deadlineLines(due: ResponseDeadline, style: Style): string {
  return keyValues(
    [
      ["due", `${due.dueAt}  (${due.dueAtLocal} ${due.timeZone.id})`],
      ["target", `${due.priority} ${due.target.description}`],
      ["table", `${due.table.name}: ${due.table.reason}`],
      ["region", due.region ? `${due.region.name}: ${due.region.reason}` : "none (24x7 target)"],
      ["time zone", `${due.timeZone.id}: ${due.timeZone.reason}`],
      ["clock started", `${due.clockStartedAt}  (${due.clockStartedAtLocal})`],
    ],
    style,
  );
}

export const dueCommand: Command = {
  name: "due",
  summary: "the response deadline of one request",
  help: `Usage: adobe-sla due --plan PLAN --priority P --opened ISO [--region R | --country CC] [options]

The targeted initial-response deadline, in UTC and in the calendar's zone, with the table,
region and zone used and why.

${requestOptionsHelp}

Output:
  --json                          the full result as JSON

Examples:
  adobe-sla due --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00
  adobe-sla due --plan expert --priority P3 --country JP --holiday 2026-11-03 --opened 2026-11-02T16:00:00+09:00
  adobe-sla due --plan expert --priority P3 --country DE --holidays holidays.ics --opened 2026-12-24T11:00:00+01:00
  adobe-sla due --plan ultimate --priority P3 --product commerce-managed-services --term-start 2021-09-20 \\
    --region americas --opened 2026-03-06T17:00:00-08:00 --json

${deadlineExitCodes}`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, options);
    const due = await deadlineOfFlags(values, io);
    if (values.json) io.stdout.write(`${JSON.stringify(due, null, 2)}\n`);
    else io.stdout.write(`${deadlineLines(due, styleFor(io, io.stdout))}\n`);
    return exitCodes.ok;
  },
};
