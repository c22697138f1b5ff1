#!/usr/bin/env node
/** The `adobe-sla` executable: a thin wrapper that gives `runCli` the real process, and ends quietly on a closed pipe. */

import { createReadStream } from "node:fs";
import { exitCodes } from "./io.js";
import { runCli } from "./run.js";

/** Set once standard output is closed (`adobe-sla report big.csv | head -1`). */
let outputClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (outputClosed) return;
  if (error.code === "EPIPE") {
    // No trace and no message: what `yes | head -1` does. The report stops reading on its own.
    outputClosed = true;
    process.exitCode = exitCodes.brokenPipe;
    return;
  }
  outputClosed = true;
  process.stderr.write(`adobe-sla: cannot write to standard output: ${error.message}\n`);
  process.exitCode = exitCodes.usage;
});

// Standard input and `node:fs/promises` are reached only when a command reads them: creating
// `process.stdin` on a pipe, or loading the promises API, costs start-up to every command
// (bench/startup.ts).
const files = () => import("node:fs/promises");

runCli(process.argv.slice(2), {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => Date.now(),
  elapsed: () => performance.now(),
  readText: async (path) => (await files()).readFile(path, "utf8"),
  openRead: (path) => createReadStream(path),
  writeText: async (path, text) => (await files()).writeFile(path, text, "utf8"),
  fileSize: async (path) => {
    const info = await (await files()).stat(path).catch(() => undefined);
    return info?.isFile() ? info.size : undefined;
  },
}).then((code) => {
  if (!outputClosed) process.exitCode = code;
});
