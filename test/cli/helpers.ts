/** A fake `CliIo` for running the command line in-process: string buffers, a fixed clock, in-memory files. */

import { Readable } from "node:stream";
import type { CliIo, TextOut } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";

/** A text stream that keeps what is written. */
export interface BufferOut extends TextOut {
  text: string;
}

function bufferOut(isTTY: boolean): BufferOut {
  const out: BufferOut = {
    text: "",
    isTTY,
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
  };
  return out;
}

export interface FakeIoOptions {
  /** Files readable by path. */
  readonly files?: Readonly<Record<string, string>>;
  readonly stdin?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The current time, ISO 8601 with an offset (default 2026-11-23T09:15:00+01:00). */
  readonly now?: string;
  /** Whether stdout and stderr are terminals (default false). */
  readonly tty?: boolean;
  /** Whether stderr alone is a terminal (default: `tty`). */
  readonly stderrTTY?: boolean;
  /** The monotonic clock of progress lines (default: performance.now). */
  readonly elapsed?: () => number;
}

export interface FakeIo extends CliIo {
  readonly stdout: BufferOut;
  readonly stderr: BufferOut;
  /** Files written (`report --html`), by path. */
  readonly written: Map<string, string>;
}

export function fakeIo(options: FakeIoOptions = {}): FakeIo {
  const files = options.files ?? {};
  const missing = (path: string) =>
    Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
      code: "ENOENT",
    });
  const nowMs = Date.parse(options.now ?? "2026-11-23T09:15:00+01:00");
  const written = new Map<string, string>();
  return {
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    stdout: bufferOut(options.tty ?? false),
    stderr: bufferOut(options.stderrTTY ?? options.tty ?? false),
    env: options.env ?? {},
    now: () => nowMs,
    ...(options.elapsed === undefined ? {} : { elapsed: options.elapsed }),
    written,
    writeText: async (path, text) => {
      written.set(path, text);
    },
    fileSize: async (path) => {
      const text = files[path];
      return text === undefined ? undefined : Buffer.byteLength(text);
    },
    readText: async (path) => {
      const text = files[path];
      if (text === undefined) throw missing(path);
      return text;
    },
    openRead: (path) => {
      const text = files[path];
      if (text === undefined) {
        const stream = new Readable({ read() {} });
        queueMicrotask(() => stream.destroy(missing(path)));
        return stream;
      }
      return Readable.from([text]);
    },
  };
}

/** Runs `adobe-sla ...argv` in-process: the exit code and what was written. */
export async function cli(argv: readonly string[], options: FakeIoOptions = {}) {
  const io = fakeIo(options);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text, written: io.written };
}

/** True when `text` holds an ANSI escape sequence. */
export const hasAnsi = (text: string): boolean => text.includes("\u001b[");

/**
 * The example command lines of a `--help` text: the lines starting with `adobe-sla ` in its
 * "Examples:" section, backslash continuations joined, split into words (no quoting needed by
 * the examples), with a trailing `< FILE` redirection returned separately.
 */
export function helpExamples(
  help: string,
): { argv: string[]; stdinFile?: string; stdoutFile?: string }[] {
  const section = help.split(/^Examples:\n/m)[1] ?? "";
  const lines = section.split(/\n(?=\S)/)[0] ?? "";
  const commands = lines.replace(/\\\n\s*/g, "").split("\n");
  return commands
    .map((line) => line.trim())
    .filter((line) => line.startsWith("adobe-sla "))
    .map((line) => {
      const words = line.split(/\s+/).slice(1);
      const result: { argv: string[]; stdinFile?: string; stdoutFile?: string } = { argv: [] };
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        if (word === "<") result.stdinFile = words[++i] as string;
        else if (word === ">") result.stdoutFile = words[++i] as string;
        else result.argv.push(word);
      }
      return result;
    });
}
