/** What the command line needs from the outside world, passed in so that tests run it in-process; its exit codes and usage errors. */

import type { Readable } from "node:stream";

/** A writable text stream (process.stdout, or a buffer in tests). */
export interface TextOut {
  write(chunk: string): boolean;
  /** Set when output is a terminal: colours and progress lines are then allowed. */
  readonly isTTY?: boolean;
  once?(event: "drain", listener: () => void): unknown;
}

/** Everything `runCli` touches: streams, environment, clocks and files. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: TextOut;
  readonly stderr: TextOut;
  /** Environment variables (NO_COLOR and ADOBE_SLA_DEBUG are honoured). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time in epoch ms (the default of `--now`). */
  now(): number;
  /** A monotonic clock in ms, for progress lines (default: `performance.now()`). */
  readonly elapsed?: () => number;
  /** Reads a whole text file (holiday lists, case JSON). */
  readText(path: string): Promise<string>;
  /** Opens a file for streaming (report input). */
  openRead(path: string): Readable;
  /** Writes a whole text file (`report --html`). */
  readonly writeText?: (path: string, text: string) => Promise<void>;
  /** The size of a file in bytes, if known (the share read in progress lines). */
  readonly fileSize?: (path: string) => Promise<number | undefined>;
}

/**
 * Exit codes, one meaning each (as eslint and tsc have), documented in every `--help` and in
 * docs/cli.md.
 */
export const exitCodes = Object.freeze({
  /** The command ran and found nothing the user asked to fail on. */
  ok: 0,
  /** The condition the user gates on (`--fail-on`): a breached case, rejected rows... */
  gate: 1,
  /** Usage or input error: bad flag, missing or repeated flag, unreadable file, invalid request. */
  usage: 2,
  /** An internal error: a bug in adobe-sla. */
  internal: 3,
  /** Standard output was closed early (`| head`): 128 + SIGPIPE, as a shell reports it. */
  brokenPipe: 141,
});

/** A usage error: printed with a pointer to the command's `--help`, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";

  /** `lines`: one line per problem (default: the message). */
  constructor(
    message: string,
    readonly lines: readonly string[] = [message],
  ) {
    super(message);
  }
}

/**
 * True for a {@link UsageError}, also one made by another copy of this module: the built command
 * line loads `report` from its own file (tsup.config.ts), which holds its own copy of this module.
 */
export function isUsageError(error: unknown): error is UsageError {
  return (
    error instanceof UsageError ||
    (error instanceof Error &&
      error.name === "UsageError" &&
      Array.isArray((error as Partial<UsageError>).lines))
  );
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
