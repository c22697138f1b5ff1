/**
 * `npm run bench:report`: throughput and peak memory of `adobe-sla report` on seeded CSVs of
 * 100,000 and 1,000,000 tickets (written to .cache/ by scripts/generate-tickets.mjs), each run in
 * a child process `node dist/cli.cjs report FILE --now ... > /dev/null`, then peak memory on the
 * large size as CSV and NDJSON, read from the file and from a pipe on standard input, plus the
 * library's own per-row cost (the public slaStatus, no CSV) for comparison. Not a test.
 *
 * Peak memory is the child's maximum resident set size (`/usr/bin/time -v` when available, and
 * `process.resourceUsage().maxRSS` from a preload either way); "live heap" is the heap in use after
 * a full GC at exit, which shows whether anything accumulates with the input size.
 *
 * Options: --runs N (default 3), --rows-large N (default 1000000), --rows-small N (default 100000),
 * --cli FILE (a built cli.cjs to measure instead of dist/cli.cjs, which is then not rebuilt),
 * --baseline FILE (another built cli.cjs or cli.js, run alternately with it: before/after as ratios in one
 * run), --skip-memory, --skip-library.
 */

import { execFileSync, spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ensureBuilt } from "./build.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, ".cache");
const DIST_CLI = join(ROOT, "dist", "cli.cjs");
const NOW = "2026-11-20T14:30:00Z";
const SEED = "20261120";
/** One malformed row in this many (error rows are part of real inputs, and cost more). */
const BAD_EVERY = "1000";
const TARGET_ROWS_PER_SECOND = 200_000;
const TARGET_PEAK_MB = 150;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "rows-large": { type: "string", default: "1000000" },
    "rows-small": { type: "string", default: "100000" },
    cli: { type: "string" },
    baseline: { type: "string" },
    "skip-memory": { type: "boolean", default: false },
    "skip-library": { type: "boolean", default: false },
  },
});
const CLI = values.cli === undefined ? DIST_CLI : resolve(values.cli);
const BASELINE = values.baseline === undefined ? undefined : resolve(values.baseline);
const RUNS = Number(values.runs);
const SIZES = [Number(values["rows-small"]), Number(values["rows-large"])];

type InputFormat = "csv" | "ndjson";

function ensureInput(rows: number, format: InputFormat = "csv"): string {
  const file = join(CACHE, `report-bench-${rows}-${SEED}-${BAD_EVERY}.${format}`);
  const generator = join(ROOT, "scripts", "generate-tickets.mjs");
  if (existsSync(file) && statSync(file).mtimeMs >= statSync(generator).mtimeMs) return file;
  process.stderr.write(`generating ${rows.toLocaleString("en-US")} rows (${format})...\n`);
  execFileSync(
    process.execPath,
    [
      ...[generator, "--rows", String(rows), "--seed", SEED, "--bad-every", BAD_EVERY],
      ...["--format", format, "--out", file],
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  return file;
}

/** Prints the child's peak RSS and its live heap after a full GC, at exit. */
const PRELOAD = join(CACHE, "report-bench-preload.mjs");
function writePreload(): void {
  writeFileSync(
    PRELOAD,
    `process.on("exit", () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const m = process.memoryUsage();
  process.stderr.write("REPORT_BENCH " + JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, liveHeap: m.heapUsed }) + "\\n");
});
`,
  );
}

interface Run {
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakMb: number;
  readonly liveHeapMb: number;
  readonly exitCode: number | null;
}

const hasTime = existsSync("/usr/bin/time");

/** One child run of `cli report` on `file`, from the path or piped to standard input. */
async function runOnce(cli: string, file: string, rows: number, stdin = false): Promise<Run> {
  const ndjson = file.endsWith(".ndjson");
  const node = [process.execPath, "--expose-gc", "--import", PRELOAD, cli, "report"];
  node.push(...(stdin ? ["-", ...(ndjson ? ["--input-format", "ndjson"] : [])] : [file]));
  node.push("--now", NOW);
  const [command, ...args] = hasTime ? ["/usr/bin/time", "-v", ...node] : node;
  const started = performance.now();
  const child = spawn(command as string, args, {
    cwd: ROOT,
    stdio: [stdin ? "pipe" : "ignore", "ignore", "pipe"],
  });
  if (stdin && child.stdin) createReadStream(file).pipe(child.stdin);
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (text: string) => {
    stderr += text;
  });
  const status = await new Promise<number | null>((done) => child.once("close", done));
  const seconds = (performance.now() - started) / 1000;
  const own = /REPORT_BENCH (\{.*\})/.exec(stderr);
  if (!own) throw new Error(`no measurement from the child:\n${stderr.slice(-2000)}`);
  const inside = JSON.parse(own[1] as string) as { maxRssKb: number; liveHeap: number };
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const peakKb = Math.max(inside.maxRssKb, timeRss ? Number(timeRss[1]) : 0);
  // "N records read: ..." (or "N rows, ..." from a build before it said records).
  const read = /: ([\d,]+) (?:records read:|rows,) [\d,]+ computed/.exec(stderr);
  if (!read || Number(read[1]?.replaceAll(",", "")) !== rows)
    throw new Error(`report failed or lost rows:\n${stderr.slice(-2000)}`);
  return {
    seconds,
    rowsPerSecond: rows / seconds,
    peakMb: peakKb / 1024,
    liveHeapMb: inside.liveHeap / 1024 / 1024,
    exitCode: status,
  };
}

/**
 * The library's per-row cost alone, on the same rows: the public slaStatus on each row's case,
 * reading the fields a report row prints, without CSV reading or writing. Bundled by tsup like dist/cli.cjs (tsx
 * would add its keepNames wrappers to the hot path).
 */
async function libraryCeiling(file: string): Promise<number> {
  const dir = join(CACHE, "report-bench-ceiling");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "ceiling.ts");
  writeFileSync(
    entry,
    `import { readFileSync } from "node:fs";
import { CsvRecords } from ${JSON.stringify(join(ROOT, "src/cli/report/csv.ts"))};
import { slaStatus } from ${JSON.stringify(join(ROOT, "src/index.ts"))};
const csv = new CsvRecords();
csv.push(readFileSync(${JSON.stringify(file)}, "utf8"));
csv.end();
const rows: string[][] = [];
for (let r = csv.next(); r !== undefined; r = csv.next()) rows.push(r.cells);
const header = rows.shift() ?? [];
const col = (name: string) => header.indexOf(name);
const keys: [number, string][] = [["responded_at", "respondedAt"], ["region", "region"], ["country", "billingCountry"], ["time_zone", "timeZone"], ["product", "product"], ["term_start", "termStart"], ["business_day", "businessDay"]].map(([c, k]) => [col(c as string), k as string]);
const holidays = new Map<string, string[]>();
const now = Date.parse(${JSON.stringify(NOW)});
const inputs = rows.map((r) => {
  const input: Record<string, unknown> = { plan: r[col("plan")], priority: r[col("priority")], openedAt: r[col("opened_at")], now, atRiskThreshold: 0.75 };
  for (const [i, k] of keys) if (r[i]) input[k] = r[i];
  const h = r[col("holidays")];
  if (h) { let list = holidays.get(h); if (!list) { list = h.split(";"); holidays.set(h, list); } input.holidays = list; }
  return input;
});
let best = 0;
let sink = 0;
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (const input of inputs) {
    try {
      const s = slaStatus(input as never);
      sink += s.dueAt.length + s.dueAtLocal.length + s.remainingMs + s.percentUsed + s.state.length;
    } catch {}
  }
  best = Math.max(best, inputs.length / ((performance.now() - t) / 1000));
}
if (sink === -1) process.stderr.write("");
process.stdout.write(String(best));
`,
  );
  const { build } = await import("tsup");
  await build({
    entry: { ceiling: entry },
    outDir: dir,
    format: ["esm"],
    platform: "node",
    target: "node20",
    external: ["luxon", "zod"],
    silent: true,
    config: false,
  });
  const out = execFileSync(process.execPath, [join(dir, "ceiling.js")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return Number(out);
}

const mb = (n: number) => `${n.toFixed(1)} MB`;
const perSecond = (n: number) => `${Math.round(n).toLocaleString("en-US")} rows/s`;

const best = (runs: readonly Run[]) => Math.max(...runs.map((r) => r.rowsPerSecond));
const peak = (runs: readonly Run[]) => Math.max(...runs.map((r) => r.peakMb));
const ok = (pass: boolean) => (pass ? "PASS" : "FAIL");

/** Throughput on each size: RUNS runs of the CLI (alternating with the baseline's, if any). */
async function throughput(): Promise<{ rows: number; runs: Run[]; baseline: Run[] }[]> {
  const results: { rows: number; runs: Run[]; baseline: Run[] }[] = [];
  for (const rows of SIZES) {
    const file = ensureInput(rows);
    readFileSync(file); // warm the file cache
    const runs: Run[] = [];
    const baseline: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [name, cli, list] of [
        ["cli", CLI, runs],
        ["baseline", BASELINE, baseline],
      ] as const) {
        if (cli === undefined) continue;
        const run = await runOnce(cli, file, rows);
        process.stderr.write(
          `  ${name} ${rows.toLocaleString("en-US")} rows, run ${i + 1}: ${run.seconds.toFixed(2)} s, ${perSecond(run.rowsPerSecond)}, peak ${mb(run.peakMb)}\n`,
        );
        list.push(run);
      }
    }
    results.push({ rows, runs, baseline });
  }
  return results;
}

/** Peak RSS on the large size: CSV and NDJSON, from the file and piped to standard input. */
async function memory(rows: number): Promise<{ input: string; runs: Run[] }[]> {
  const out: { input: string; runs: Run[] }[] = [];
  for (const format of ["csv", "ndjson"] as const) {
    const file = ensureInput(rows, format);
    for (const stdin of [false, true]) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(CLI, file, rows, stdin));
      const input = `${format} ${stdin ? "stdin" : "file"}`;
      process.stderr.write(`  memory ${input}: peak ${runs.map((r) => mb(r.peakMb)).join(", ")}\n`);
      out.push({ input, runs });
    }
  }
  return out;
}

async function main(): Promise<void> {
  mkdirSync(CACHE, { recursive: true });
  if (values.cli === undefined) ensureBuilt(ROOT, CLI);
  writePreload();
  const results = await throughput();
  const large = results[results.length - 1] as (typeof results)[number];
  const small = results[0] as (typeof results)[number];
  const memoryRuns = values["skip-memory"] ? [] : await memory(large.rows);
  const ceiling = values["skip-library"]
    ? undefined
    : await libraryCeiling(ensureInput(SIZES[0] as number));

  const cpu = os.cpus()[0]?.model ?? "unknown";
  console.log(
    `\nadobe-sla report, ${cpu}, node ${process.version}, best of ${RUNS} (end to end, process start included)`,
  );
  console.log("rows        rows/s (best)   peak RSS (max)   live heap at exit   vs baseline");
  for (const { rows, runs, baseline } of results) {
    const live = Math.max(...runs.map((r) => r.liveHeapMb));
    const ratio = baseline.length > 0 ? `${(best(runs) / best(baseline)).toFixed(3)}x` : "";
    console.log(
      `${rows.toLocaleString("en-US").padEnd(10)}  ${perSecond(best(runs)).padStart(14)}   ${mb(peak(runs)).padStart(14)}   ${mb(live).padStart(17)}   ${ratio}`,
    );
  }
  if (BASELINE !== undefined) {
    console.log(
      `baseline ${BASELINE}: ${results.map((r) => `${r.rows.toLocaleString("en-US")} rows ${perSecond(best(r.baseline))}, peak ${mb(peak(r.baseline))}`).join("; ")}`,
    );
  }
  if (memoryRuns.length > 0) {
    console.log(`\npeak RSS at ${large.rows.toLocaleString("en-US")} rows, ${RUNS} runs each`);
    for (const { input, runs } of memoryRuns) {
      console.log(`  ${input.padEnd(13)} ${runs.map((r) => mb(r.peakMb)).join(", ")}`);
    }
  }
  if (ceiling !== undefined)
    console.log(`library alone (public slaStatus, no CSV): ${perSecond(ceiling)}`);

  const bestLarge = best(large.runs);
  const peakAll = Math.max(
    ...results.map((r) => peak(r.runs)),
    ...memoryRuns.map((m) => peak(m.runs)),
  );
  console.log(
    `\n${ok(bestLarge >= TARGET_ROWS_PER_SECOND)} throughput: ${perSecond(bestLarge)} (target ${perSecond(TARGET_ROWS_PER_SECOND)})`,
  );
  if (bestLarge < TARGET_ROWS_PER_SECOND && ceiling !== undefined) {
    console.log(
      `     the library alone runs ${perSecond(ceiling)} on these rows: the target needs a cheaper statusFor, not a faster CLI`,
    );
  }
  console.log(
    `${ok(peakAll < TARGET_PEAK_MB)} peak memory: ${mb(peakAll)} (target < ${TARGET_PEAK_MB} MB, CSV and NDJSON, file and stdin)`,
  );
  const liveSmall = Math.max(...small.runs.map((r) => r.liveHeapMb));
  const liveLarge = Math.max(...large.runs.map((r) => r.liveHeapMb));
  const range = (runs: Run[]) =>
    `${Math.min(...runs.map((r) => r.peakMb)).toFixed(0)}-${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB`;
  // Peak RSS moves with the timing of V8's full collections (garbage promoted between them);
  // the heap still in use after a full GC is what would grow if anything were kept per row.
  console.log(
    `${ok(liveLarge - liveSmall < 4)} memory vs size: live heap after GC ${mb(liveSmall)} at ${small.rows.toLocaleString("en-US")} rows, ${mb(liveLarge)} at ${large.rows.toLocaleString("en-US")} rows; peak RSS ${range(small.runs)} vs ${range(large.runs)}`,
  );
  writeFileSync(
    join(CACHE, "report-bench.json"),
    `${JSON.stringify({ date: new Date().toISOString(), cpu, node: process.version, results, memory: memoryRuns, libraryRowsPerSecond: ceiling }, null, 2)}\n`,
  );
}

await main();
