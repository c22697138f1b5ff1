/** The `adobe-sla` executable: a thin wrapper that gives `runCli` the real process. */

import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { runCli } from "./run.js";

runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => Date.now(),
  readText: (path) => readFile(path, "utf8"),
  openRead: (path) => createReadStream(path),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `adobe-sla: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
