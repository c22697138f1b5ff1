/** `runCli(argv, io)`: the whole command line as a function, dispatching to the subcommands. */

import { version } from "../../package.json";
import { closest } from "../text/closest.js";
import { inputErrorLines } from "./args.js";
import type { Command } from "./command.js";
import { downgradeCommand } from "./commands/downgrade.js";
import { dueCommand } from "./commands/due.js";
import { explainCommand } from "./commands/explain.js";
import { plansCommand } from "./commands/plans.js";
import { reportCommand } from "./commands/report.js";
import { statusCommand } from "./commands/status.js";
import { type CliIo, exitCodes, isUsageError, printProblems } from "./io.js";

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
  adobe-sla report tickets.csv --now 2026-11-20T14:30:00Z > report.csv

Exit codes:
  0    the command ran and found nothing you asked it to fail on
  1    what you gate on: status --fail-on (default: breached), report --fail-on (default: none)
  2    usage or input error: bad, missing or repeated flag, unreadable file, invalid request
  3    internal error (a bug: please report it; ADOBE_SLA_DEBUG=1 adds the stack trace)
  141  standard output closed early (| head): ends quietly
Each command's --help lists the codes it uses.
An independent, unofficial encoding of Adobe's published support policy.
`;

/**
 * An error that is not the user's: a bug. One line with the message, a request to report it, and
 * the stack only with `ADOBE_SLA_DEBUG=1`. Returns the internal-error exit code.
 */
function internalError(io: CliIo, command: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const debug = io.env.ADOBE_SLA_DEBUG === "1";
  io.stderr.write(
    `adobe-sla${command === "" ? "" : ` ${command}`}: internal error: ${message}\nThis is a bug in adobe-sla ${version}: please report it, with the command that caused it${debug ? "." : " (run it again with ADOBE_SLA_DEBUG=1 to add the stack trace)."}\n`,
  );
  if (debug && error instanceof Error && error.stack !== undefined) {
    io.stderr.write(`${error.stack}\n`);
  }
  return exitCodes.internal;
}

/** Runs one command: usage and input errors exit 2, anything else is an internal error (3). */
async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isUsageError(error)) return printProblems(io, command.name, error.lines);
    const lines = inputErrorLines(error);
    if (lines !== undefined) return printProblems(io, command.name, lines);
    return internalError(io, command.name, error);
  }
}

/**
 * Runs the command line: `argv` without the node and script paths. Resolves to the exit code
 * (never rejects); never calls `process.exit`, so tests run it in-process with fake streams.
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
  return runCommand(command, rest, io);
}
