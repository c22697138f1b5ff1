/** What the command line needs from the outside world, passed in so that tests run it in-process. */

import type { Readable } from "node:stream";

/** A writable text stream (process.stdout, or a buffer in tests). */
export interface TextOut {
  write(chunk: string): boolean;
  /** Set when output is a terminal: colours and progress lines are then allowed. */
  readonly isTTY?: boolean;
  once?(event: "drain", listener: () => void): unknown;
}

/** Everything `runCli` touches: streams, environment, clock and files. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: TextOut;
  readonly stderr: TextOut;
  /** Environment variables (NO_COLOR is honoured). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time in epoch ms (the default of `--now`). */
  now(): number;
  /** Reads a whole text file (holiday lists, case JSON). */
  readText(path: string): Promise<string>;
  /** Opens a file for streaming (report input). */
  openRead(path: string): Readable;
}

/** Exit codes, as documented in `--help`. */
export const exitCodes = Object.freeze({
  ok: 0,
  /** `status`: the case is breached; `report`: some rows were rejected. */
  breachedOrRejected: 1,
  /** Usage or input error. */
  usage: 2,
});

/** A usage error: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Prints usage or input problems the one way every command does: each line prefixed with the
 * command, then where to read more. Returns the usage exit code.
 */
export function printProblems(
  io: CliIo,
  command: string,
  lines: readonly string[],
  more = `Run \`adobe-sla ${command} --help\` for usage.`,
): number {
  for (const line of lines) io.stderr.write(`adobe-sla ${command}: ${line}\n`);
  io.stderr.write(`${more}\n`);
  return exitCodes.usage;
}

/** Writes respecting back-pressure: resolves once the stream can take more. */
export function writeAndWait(out: TextOut, chunk: string): Promise<void> | undefined {
  if (out.write(chunk) || out.once === undefined) return undefined;
  return new Promise((resolve) => out.once?.("drain", resolve));
}
