/** `adobe-sla report`: its name, summary and help; the work is loaded when it runs. */

import type { Command } from "../command.js";
import type { CliIo } from "../io.js";
import { reportHelp } from "../report/report-help.js";

export const reportCommand: Command = {
  name: "report",
  summary: "deadline and breach report of a CSV, NDJSON or JSON file",
  help: reportHelp,
  // Loaded on demand: `report` is the largest command (CSV, JSON and HTML readers and writers),
  // and the built command line keeps it in its own file (tsup.config.ts), which the other
  // commands never compile.
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { runReport } = await import("../report/command.js");
    return runReport(args, io);
  },
};
