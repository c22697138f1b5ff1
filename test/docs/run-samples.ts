/** Child process of samples.test.ts: imports each generated sample module in turn and writes one JSON result per sample. */

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { format } from "node:util";

/** What the test reads back for one sample. */
export interface SampleResult {
  readonly id: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly output: string[];
  readonly error: {
    readonly name: string;
    readonly message: string;
    readonly stack: string;
  } | null;
}

const TIMEOUT_MS = 20_000;

async function main(): Promise<void> {
  const [manifestPath, resultsPath] = process.argv.slice(2);
  if (!manifestPath || !resultsPath) throw new Error("usage: run-samples.ts MANIFEST RESULTS");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { id: string; path: string }[];
  const results: SampleResult[] = [];
  let output: string[] = [];
  let late: unknown = null;
  const capture =
    (prefix: string) =>
    (...args: unknown[]) => {
      output.push(prefix + format(...args));
    };
  const original = { ...console };
  process.on("unhandledRejection", (reason) => {
    late = reason;
  });
  for (const { id, path } of manifest) {
    output = [];
    late = null;
    Object.assign(console, {
      log: capture(""),
      info: capture(""),
      debug: capture(""),
      warn: capture("[warn] "),
      error: capture("[error] "),
    });
    const started = performance.now();
    let error: SampleResult["error"] = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        import(pathToFileURL(path).href),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`did not finish within ${TIMEOUT_MS / 1000} s`)),
            TIMEOUT_MS,
          );
        }),
      ]);
      // Let promise rejections nobody awaited surface before the next sample starts.
      await new Promise((resolve) => setImmediate(resolve));
      if (late !== null) throw late;
    } catch (thrown) {
      const e = thrown instanceof Error ? thrown : new Error(String(thrown));
      error = { name: e.name, message: e.message, stack: e.stack ?? "" };
    } finally {
      clearTimeout(timer);
      Object.assign(console, original);
    }
    results.push({ id, ok: error === null, ms: performance.now() - started, output, error });
  }
  writeFileSync(resultsPath, JSON.stringify(results));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
