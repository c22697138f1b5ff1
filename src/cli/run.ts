/** `runCli(argv, io)`: the whole command line as a function, dispatching to the subcommands. */

import { version } from "../../package.json";
import { isSlaInputError } from "../index.js";
import { closest } from "../text/closest.js";
import { inputErrorLines } from "./args.js";
import type { Command } from "./command.js";
import { downgradeCommand } from "./commands/downgrade.js";
import { dueCommand } from "./commands/due.js";
import { explainCommand } from "./commands/explain.js";
import { plansCommand } from "./commands/plans.js";
import { reportCommand } from "./commands/report.js";
import { statusCommand } from "./commands/status.js";
import { type CliIo, exitCodes, printProblems, UsageError } from "./io.js";

const commands: readonly Command[] = [
  dueCommand,
  statusCommand,
  explainCommand,
  downgradeCommand,
  plansCommand,
  reportCommand,
];

const toolHelp = `adobe-sla ${version}: Adobe support response deadlines and SLA status from the command line

Usage: adobe-sla <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Options:
  -h, --help      help for the tool, or for a command (adobe-sla due --help)
  -v, --version   the version

Every command takes --json for machine-readable output. Colours follow NO_COLOR.

Examples:
  adobe-sla due --plan ultimate --priority P2 --country FR --opened 2026-11-20T16:50:00+01:00
  adobe-sla status --plan expert --priority P1 --opened 2026-11-21T03:00:00Z --now 2026-11-21T04:30:00Z
  adobe-sla report examples/tickets.csv --format csv > report.csv

Exit codes: 0 ok; 1 breached (status) or rows rejected (report); 2 usage or input error.
An independent, unofficial encoding of Adobe's published support policy.
`;

/**
 * Runs the command line: `argv` without the node and script paths. Resolves to the exit code;
 * never calls `process.exit`, so tests run it in-process with fake streams.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(toolHelp);
    return exitCodes.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic ? topic.help : toolHelp);
    return exitCodes.ok;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${version}\n`);
    return exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    const guess = closest(
      name,
      commands.map((c) => c.name),
    );
    io.stderr.write(
      `adobe-sla: unknown command ${JSON.stringify(name)}${guess ? `; did you mean "${guess}"?` : ""}\nRun \`adobe-sla --help\` for the commands.\n`,
    );
    return exitCodes.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(command.help);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const lines = inputErrorLines(error);
    if (lines !== undefined || error instanceof UsageError) {
      return printProblems(io, command.name, lines ?? [(error as Error).message]);
    }
    if (isSlaInputError(error)) return exitCodes.usage;
    throw error;
  }
}
