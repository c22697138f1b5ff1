/** The shape of one subcommand. */

import type { CliIo } from "./io.js";

/** One subcommand of `adobe-sla`. */
export interface Command {
  readonly name: string;
  /** One line for the tool's help. */
  readonly summary: string;
  /** The command's full `--help` text: usage, options, examples, exit codes. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
