/**
 * The work of `adobe-sla report`: deadline, state and time remaining of every ticket in a CSV, NDJSON
 * or JSON file, streamed. Loaded when `report` runs (src/cli/commands/report.ts); the built command
 * line keeps it in a file of its own, so that the other commands do not compile it.
 */

import { version } from "../../../package.json";
import { closest } from "../../text/closest.js";
import { commonOptions, parseFlags } from "../args.js";
import { type FailOnOutcome, failOnOption, parseFailOn } from "../fail-on.js";
import { holidayOptions, nameHolidaySources, readRunHolidays } from "../holidays.js";
import { type CliIo, exitCodes, UsageError } from "../io.js";
import { styleFor } from "../style.js";
import { ColumnMatcher, columnNames, parseMap } from "./fields.js";
import { createHtmlReport } from "./html.js";
import {
  detectInput,
  type InputFormat,
  type InputLines,
  inputFormats,
  readCsv,
  readNdjson,
  textChunks,
} from "./input.js";
import { readJsonArray } from "./json-array.js";
import type { JsonObjects } from "./objects.js";
import { type OutputFormat, outputFormats } from "./output.js";
import { ProgressLine } from "./progress.js";
import { ReportRun } from "./report-run.js";
import { checkRunOptions, RowEvaluator } from "./rows.js";
import type { ReportCounts } from "./summary.js";

const options = {
  now: { type: "string" },
  "at-risk": { type: "string" },
  ...holidayOptions,
  format: { type: "string" },
  "input-format": { type: "string" },
  map: { type: "string", multiple: true },
  ...failOnOption,
  quiet: { type: "boolean", short: "q" },
  html: { type: "string" },
  ...commonOptions,
} as const;

function chooseFormat<T extends string>(value: string, flag: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new UsageError(
    `${flag} ${JSON.stringify(value)} is not a format; ${guess ? `did you mean ${flag} ${guess}? ` : ""}expected ${allowed.join(", ")}`,
  );
}

function atRiskShare(text: string | undefined): number {
  if (text === undefined) return 0.75;
  const share = Number(text.trim());
  if (text.trim() !== "" && share > 0 && share <= 1) return share;
  const hint = share > 1 && share <= 100 ? `; did you mean --at-risk ${share / 100}?` : "";
  throw new UsageError(
    `--at-risk ${JSON.stringify(text)}: expected a share of the target in (0, 1], e.g. --at-risk 0.75${hint}`,
  );
}

/** 1 when some row is in a state `--fail-on` names (or rejected, when it names `rejected`). */
function reportExitCode(counts: ReportCounts, failOn: ReadonlySet<FailOnOutcome>): number {
  for (const outcome of failOn) {
    const n = outcome === "rejected" ? counts.rejected : counts.byState[outcome];
    if (n > 0) return exitCodes.gate;
  }
  return exitCodes.ok;
}

/** The output format of `--format` and `--json`. */
function outputFormatOf(values: { json?: boolean | undefined; format?: string | undefined }) {
  if (values.json && values.format !== undefined && values.format !== "json") {
    throw new UsageError(
      `--json means --format json; drop --json to get --format ${values.format}`,
    );
  }
  return chooseFormat<OutputFormat>(
    values.json ? "json" : (values.format ?? "csv"),
    "--format",
    outputFormats,
  );
}

/** The input: a path, or `-` (standard input), which is also the default unless stdin is a terminal. */
function inputPath(positional: string | undefined, io: CliIo): string {
  if (positional !== undefined) return positional;
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError("missing the input: adobe-sla report FILE (or - to read standard input)");
  }
  return "-";
}

/** Runs `adobe-sla report` with the arguments after the command name; resolves to the exit code. */
export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, options, 1);
  const path = inputPath(positionals[0], io);
  const format = outputFormatOf(values);
  const given = values["input-format"];
  const inputFormat =
    given === undefined
      ? undefined
      : chooseFormat<InputFormat>(given, "--input-format", inputFormats);
  const failOn = parseFailOn(values["fail-on"], [], true);
  const atRisk = atRiskShare(values["at-risk"]);
  const holidays = await readRunHolidays(io, values);
  let now: number;
  try {
    // Checked once here by the library (errors name --now and the holiday's file and line).
    now = checkRunOptions(values.now ?? io.now(), atRisk, holidays.entries);
  } catch (error) {
    throw nameHolidaySources(error, holidays);
  }
  const map = parseMap(values.map);
  const names = columnNames(map);
  const evaluator = new RowEvaluator({
    now,
    atRisk,
    holidays: holidays.entries,
    columnNames: names,
  });
  const source = path === "-" ? "standard input" : path;
  const html =
    values.html === undefined
      ? undefined
      : createHtmlReport({
          source,
          now: new Date(now).toISOString(),
          atRiskThreshold: atRisk,
          holidays: holidays.entries,
          version,
        });

  const err = io.stderr;
  const quiet = values.quiet === true;
  const size = path === "-" ? undefined : await io.fileSize?.(path);
  const progress =
    err.isTTY && !quiet
      ? new ProgressLine(err, styleFor(io, err), io.elapsed ?? (() => performance.now()), size)
      : undefined;
  const stream = path === "-" ? io.stdin : io.openRead(path);
  const chunks = textChunks(stream, source, progress && ((bytes) => progress.read(bytes)));
  const input = await detectInput(chunks, inputFormat);
  const run = new ReportRun(io, {
    format,
    evaluator,
    matcher: new ColumnMatcher(map),
    names,
    map,
    readAs: input.readAs,
    progress,
    html,
  });
  let lines: InputLines & { readonly objects?: JsonObjects };
  try {
    if (input.format === "csv") lines = await readCsv(input.chunks, source, run, input.readAs);
    else if (input.format === "ndjson") lines = await readNdjson(input.chunks, run);
    else lines = await readJsonArray(input.chunks, source, run);
    await run.finish(source, lines, styleFor(io, err), quiet);
  } finally {
    run.detach();
  }
  if (run.stopped) return exitCodes.brokenPipe;
  const objects = lines.objects;
  if (objects !== undefined && objects.objects === 0 && objects.problems > 0 && !quiet)
    run.noObjects();
  if (html !== undefined && values.html !== undefined) await writeHtml(io, values.html, html);
  return reportExitCode(run.counts, failOn);
}

/** Writes the `--html` page. */
async function writeHtml(io: CliIo, path: string, page: { html(): string }): Promise<void> {
  try {
    if (io.writeText === undefined) throw new Error("this environment cannot write files");
    await io.writeText(path, page.html());
  } catch (error) {
    throw new UsageError(
      `cannot write --html ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
