/** `adobe-sla report`: deadline, state and time remaining of every ticket in a CSV or NDJSON file, streamed. */

import type { Readable } from "node:stream";
import { closest } from "../../text/closest.js";
import { commonOptions, parseFlags, readHolidayFile } from "../args.js";
import type { Command } from "../command.js";
import { type CliIo, exitCodes, UsageError, writeAndWait } from "../io.js";
import { addedColumns, checkHeader, columnNames, parseMap } from "../report/fields.js";
import { type InputLines, type RowSink, readCsv, readNdjson } from "../report/input.js";
import {
  type OutputFormat,
  outputFormats,
  type ReportWriter,
  writerFor,
} from "../report/output.js";
import { checkRunOptions, errorRow, RowEvaluator } from "../report/rows.js";
import { ReportCounts, summaryText } from "../report/summary.js";
import { type Style, styleFor } from "../style.js";

const options = {
  now: { type: "string" },
  "at-risk": { type: "string" },
  holiday: { type: "string", multiple: true },
  "holidays-file": { type: "string" },
  format: { type: "string" },
  "input-format": { type: "string" },
  map: { type: "string", multiple: true },
  ...commonOptions,
} as const;

const inputFormats = ["csv", "ndjson"] as const;
type InputFormat = (typeof inputFormats)[number];

/** The `--now` of the sample file's README/help examples. */
const SAMPLE_NOW = "2026-11-20T14:30:00Z";

/** A progress line is shown on a terminal once a run has lasted this long. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 250;

const help = `Usage: adobe-sla report FILE|- [options]

The deadline, state and time remaining of every ticket in a CSV or NDJSON file: one output row
per input row, in input order, streamed (memory stays flat whatever the input size). A row that
cannot be computed becomes an error row with its line number and the reason; the other rows are
still computed. A summary goes to stderr.

Input:
  FILE                      .csv (header row; the delimiter, comma, semicolon or tab, is
                            detected from it), .ndjson or .jsonl (one JSON object per line);
                            - reads standard input
  --input-format csv|ndjson the input's format, when the extension does not say (default csv)
  --map FIELD=COLUMN,...    read a field from another column (repeatable), e.g.
                            --map opened_at=created_at,priority=severity

Columns read (default names; any other column is passed through unchanged):
  ticket        an id, passed through
  plan          expert | ultimate (required)
  priority      P1 | P2 | P3 | P4 (required)
  opened_at     ISO 8601 with Z or an offset (required)
  responded_at  first response, ISO 8601 with Z or an offset; empty when none yet
  region        americas | emea | apac | japan
  country       billing country, ISO 3166-1 alpha-2 (picks region and zone)
  time_zone     IANA zone, overrides the zone
  product       commerce-managed-services selects the Commerce rule (needs term_start)
  term_start    licence term start, YYYY-MM-DD
  business_day  full-business-day | end-of-next-business-day (how P4 is read)
  holidays      closed dates YYYY-MM-DD separated by ";" (added to --holiday)
  Cells are trimmed; an empty cell is an absent value.

Options:
  --now ISO                 the instant states are taken at (default: the current time)
  --at-risk SHARE           share of the target after which an open ticket is at-risk (0.75)
  --holiday YYYY-MM-DD      a closed date for every row (repeatable)
  --holidays-file FILE      closed dates for every row, one per line (# comments allowed)
  --format csv|json|ndjson  output on stdout (default csv); json is an array, one object a line
  --json                    same as --format json (the summary stays text on stderr)

Output: the input columns, then
  line          physical line of the row in the input (the CSV header is line 1)
  due_at        deadline, ISO 8601 UTC; due_at_local: the same in the calendar's zone
  state         pending | at-risk | breached | met | met-late, or error (row rejected)
  remaining     target clock left at --now, or at the response: +1h 20m; used up: -2h 05m
                (-0h 00m: the deadline passed outside business hours)
  remaining_ms  the same in milliseconds (empty in CSV, null in JSON, for a rejected row)
  reason        "pending: 25 min left (17% used)", "met: responded 40 min before the
                deadline", "met-late: responded 1 h 5 min after the deadline", "breached:
                40 min overdue", or for a rejected row "line 12: \`opened_at\` has no UTC
                offset: ..."
  error         empty, or why the row was rejected (reason without the line number)
Target clock time (remaining, "left") is business time for P2-P4 and elapsed time for P1
(24x7); before/after the deadline and overdue are wall-clock time from due_at. A rejected row
keeps its input columns; a CSV row whose field count differs from the header's is rejected. An
input column named like an added column is replaced by it. A progress line is shown on stderr
when it is a terminal and the run lasts over 2 seconds.

Reading CSV: a record ends at LF, CRLF or a lone CR (line numbers count each); a field that
opens with " ends at its closing quote ("" inside is a quote) and may span lines; text after a
closing quote rejects the row (the field runs on to the next comma). A record over several lines
that turns out malformed (text after a closing quote, a quote never closed, over 8 MB, a wrong
field count) is rejected as its first line alone, and the next lines are read as rows: a stray
quote never swallows the tickets after it. Blank lines are skipped; a byte order mark is dropped.

Summary (stderr): records read = computed (per state) + rejected, and the lines read (header,
records, more lines inside quoted cells, blank lines); both add up.

Examples:
  adobe-sla report examples/tickets.csv
  adobe-sla report examples/tickets.csv --now ${SAMPLE_NOW} --format json > report.json
  adobe-sla report examples/tickets.csv --now ${SAMPLE_NOW} --holiday 2026-11-26 --at-risk 0.5
  sed 1s/opened_at/created_at/ examples/tickets.csv | adobe-sla report - --map opened_at=created_at
  adobe-sla report examples/tickets.csv --format ndjson | adobe-sla report - --input-format ndjson
The sample's tickets run up to ${SAMPLE_NOW}: with that --now, recent ones are pending, at
risk or breached; at the current time, unanswered ones are mostly breached.

Exit codes: 0 every row computed; 1 some rows rejected (error rows in the output); 2 usage or
input error (unknown flag or format, bad --map, missing file, no header or required column).
`;

function chooseFormat(value: string, flag: string, allowed: readonly string[]): string {
  if (allowed.includes(value)) return value;
  const guess = closest(value, allowed);
  throw new UsageError(
    `${flag} ${JSON.stringify(value)} is not a format; ${guess ? `did you mean ${flag} ${guess}? ` : ""}expected ${allowed.join(", ")}`,
  );
}

function inputFormatOf(path: string, given: string | undefined): InputFormat {
  if (given !== undefined)
    return chooseFormat(given, "--input-format", inputFormats) as InputFormat;
  const lower = path.toLowerCase();
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".json")) {
    throw new UsageError(
      `${path}: report reads CSV or NDJSON (one JSON object per line), not a JSON document; if the file is NDJSON, pass --input-format ndjson`,
    );
  }
  return "csv";
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

/** The stream `error` hook of a real stdout (EPIPE when `| head` exits); absent on test buffers. */
type ErrorHooks = {
  once?(event: "error", listener: (error: Error) => void): unknown;
  removeListener?(event: "error", listener: (error: Error) => void): unknown;
};

/** One run of the report: the sink the input reader feeds, writing output and counting. */
class ReportRun implements RowSink {
  readonly counts = new ReportCounts();
  stopped = false;
  private readonly writer: ReportWriter & { addColumn?(name: string): void };
  private readonly columns: string[] = [];
  /** Cell index of each output column passed through. */
  private readonly passIndexes: number[] = [];
  private readonly passNames: string[] = [];
  private started = false;
  private readonly replaced: string[] = [];
  private readonly renamed: string[] = [];
  private readonly omitted: string[] = [];
  private wake: (() => void) | undefined;
  private readonly startedAt = performance.now();
  private lastProgress = 0;
  private progressWidth = 0;
  private readonly onOutputError = () => {
    this.stopped = true;
    this.wake?.();
  };

  constructor(
    private readonly io: CliIo,
    private readonly format: OutputFormat,
    private readonly evaluator: RowEvaluator,
    private readonly names: readonly string[],
    private readonly map: ReadonlyMap<number, string>,
    private readonly progress: Style | undefined,
  ) {
    this.writer = writerFor(format);
    // Only on a real stream (an EventEmitter): a test double's `once` may know nothing but "drain".
    const hooks = io.stdout as unknown as ErrorHooks;
    if (typeof hooks.removeListener === "function") hooks.once?.("error", this.onOutputError);
  }

  /** Registers input column `name` at cell index `index`. */
  private column(name: string, index: number): void {
    this.columns.push(name);
    this.names.forEach((column, field) => {
      if (column === name && (this.evaluator.index[field] as number) < 0)
        this.evaluator.index[field] = index;
    });
    if ((addedColumns as readonly string[]).includes(name)) {
      this.replaced.push(name);
      return;
    }
    let out = name;
    for (let n = 2; this.passNames.includes(out); n++) out = `${name}_${n}`;
    if (out !== name) this.renamed.push(`${name} -> ${out}`);
    if (this.started && this.format === "csv") {
      this.omitted.push(name);
      return;
    }
    this.passIndexes.push(index);
    this.passNames.push(out);
    if (this.started) this.writer.addColumn?.(out);
  }

  header(names: readonly string[]): void {
    checkHeader(names, this.names, this.map);
    for (let index = 0; index < names.length; index++) this.column(names[index] ?? "", index);
    this.start();
  }

  addColumn(name: string): number {
    const index = this.columns.length;
    this.column(name, index);
    return index;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.writer.start(this.passNames);
  }

  row(
    cells: readonly unknown[],
    line: number,
    problem: string | undefined,
  ): Promise<void> | undefined {
    if (!this.started) this.start();
    const result =
      problem === undefined ? this.evaluator.evaluate(cells, line) : errorRow(line, problem);
    this.counts.add(result);
    this.writer.row(cells, this.passIndexes, line, result);
    if (this.progress !== undefined && (this.counts.rows & 4095) === 0)
      this.showProgress(this.progress);
    const text = this.writer.take();
    return text === undefined ? undefined : this.write(text);
  }

  private write(text: string): Promise<void> | undefined {
    if (this.stopped) return undefined;
    const wait = writeAndWait(this.io.stdout, text);
    if (wait === undefined) return undefined;
    return new Promise((resolve) => {
      this.wake = resolve;
      wait.then(resolve);
    });
  }

  private showProgress(style: Style): void {
    const now = performance.now();
    const elapsed = now - this.startedAt;
    if (elapsed < PROGRESS_AFTER_MS || now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    const rate = Math.round(this.counts.rows / (elapsed / 1000));
    const text = `report: ${this.counts.rows.toLocaleString("en-US")} rows, ${rate.toLocaleString("en-US")} rows/s, ${this.counts.rejected} rejected`;
    this.progressWidth = Math.max(this.progressWidth, text.length);
    this.io.stderr.write(`\r${style.dim(text.padEnd(this.progressWidth))}`);
  }

  /** Stops listening for output errors. */
  detach(): void {
    (this.io.stdout as unknown as ErrorHooks).removeListener?.("error", this.onOutputError);
  }

  /** Writes the rest of the output, then notes and the summary on stderr. */
  async finish(source: string, lines: InputLines, style: Style): Promise<void> {
    if (!this.started) this.start();
    const rest = this.writer.finish();
    if (rest !== "") await this.write(rest);
    const err = this.io.stderr;
    if (this.progressWidth > 0) err.write(`\r${" ".repeat(this.progressWidth)}\r`);
    if (this.stopped) {
      err.write(
        `adobe-sla report: output closed after ${this.counts.rows} records (line ${lines.lines} of the input); stopped\n`,
      );
      return;
    }
    const quote = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(", ");
    if (this.replaced.length > 0) {
      err.write(`note: input column(s) ${quote(this.replaced)} replaced by the computed one(s)\n`);
    }
    if (this.renamed.length > 0)
      err.write(`note: duplicate column name(s) renamed: ${this.renamed.join(", ")}\n`);
    if (this.omitted.length > 0) {
      err.write(
        `note: key(s) ${quote(this.omitted)} first appear after the CSV header was written and are left out; use --format ndjson to keep them\n`,
      );
    }
    err.write(summaryText(this.counts, lines, source, style));
  }
}

export const reportCommand: Command = {
  name: "report",
  summary: "deadline and breach report of a CSV or NDJSON file",
  help,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseFlags(args, options, 1);
    const path = positionals[0];
    if (path === undefined) {
      throw new UsageError(
        "missing the input: adobe-sla report FILE (or - to read standard input)",
      );
    }
    if (values.json && values.format !== undefined && values.format !== "json") {
      throw new UsageError(
        `--json means --format json; drop --json to get --format ${values.format}`,
      );
    }
    const format = chooseFormat(
      values.json ? "json" : (values.format ?? "csv"),
      "--format",
      outputFormats,
    ) as OutputFormat;
    const inputFormat = inputFormatOf(path, values["input-format"]);
    const atRisk = atRiskShare(values["at-risk"]);
    const holidays = [...(values.holiday ?? [])];
    if (values["holidays-file"] !== undefined)
      holidays.push(...(await readHolidayFile(io, values["holidays-file"])));
    // Checked once here by the library (errors name --now, --holiday); rows then reuse them.
    const now = checkRunOptions(values.now ?? io.now(), atRisk, holidays);
    const map = parseMap(values.map);
    const names = columnNames(map);
    const evaluator = new RowEvaluator({
      now,
      atRisk,
      holidays: Object.freeze(holidays),
      columnNames: names,
    });

    const source = path === "-" ? "standard input" : path;
    let stream: Readable;
    try {
      stream = path === "-" ? io.stdin : io.openRead(path);
    } catch (error) {
      throw new UsageError(
        `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}; check the path, or pass - to read standard input`,
      );
    }
    const err = io.stderr;
    const run = new ReportRun(
      io,
      format,
      evaluator,
      names,
      map,
      err.isTTY ? styleFor(io, err) : undefined,
    );
    try {
      const lines =
        inputFormat === "csv"
          ? await readCsv(stream, source, run)
          : await readNdjson(stream, source, run);
      await run.finish(source, lines, styleFor(io, err));
    } finally {
      run.detach();
    }
    return run.counts.rejected > 0 ? exitCodes.breachedOrRejected : exitCodes.ok;
  },
};
