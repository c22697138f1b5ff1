/** `adobe-sla explain`: how a deadline was reached, step by step. */

import { commonOptions, parseFlags, requestOptions, requestOptionsHelp } from "../args.js";
import type { Command } from "../command.js";
import { type CliIo, exitCodes } from "../io.js";
import { styleFor } from "../style.js";
import { deadlineExitCodes, deadlineLines, deadlineOfFlags } from "./due.js";

const options = { ...requestOptions, ...commonOptions } as const;

export const explainCommand: Command = {
  name: "explain",
  summary: "the full explanation of a deadline, step by step",
  help: `Usage: adobe-sla explain --plan PLAN --priority P --opened ISO [--region R | --country CC] [options]

Every step behind a deadline: the target table and why, the region and zone and why, when the
clock started, the business time counted per day, and the deadline.

${requestOptionsHelp}

Output:
  --json                          { dueAt, dueAtLocal, steps, explanation } as JSON

Examples:
  adobe-sla explain --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00
  adobe-sla explain --plan expert --priority P4 --region emea --opened 2026-11-21T10:00:00Z --business-day end-of-next-business-day
  adobe-sla explain --plan expert --priority P3 --country DE --holidays holidays.ics --opened 2026-12-24T11:00:00+01:00

${deadlineExitCodes}`,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values } = parseFlags(args, options);
    const due = await deadlineOfFlags(values, io);
    if (values.json) {
      const { dueAt, dueAtLocal, steps, explanation } = due;
      io.stdout.write(`${JSON.stringify({ dueAt, dueAtLocal, steps, explanation }, null, 2)}\n`);
      return exitCodes.ok;
    }
    const style = styleFor(io, io.stdout);
    const numbered = due.steps.map((step, i) => `${String(i + 1).padStart(2)}. ${step}`).join("\n");
    io.stdout.write(`${deadlineLines(due, style)}\n\n${style.bold("How:")}\n${numbered}\n`);
    return exitCodes.ok;
  },
};
