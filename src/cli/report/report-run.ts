/** One run of `report`: the sink the input reader feeds, which evaluates each row, writes the output, counts, and feeds the progress line and the HTML page. */

import { type CliIo, writeAndWait } from "../io.js";
import type { Style } from "../style.js";
import { addedColumns, type ColumnMatcher, checkHeader } from "./fields.js";
import type { HtmlReportRow } from "./html.js";
import type { InputLines, RowSink } from "./input.js";
import type { OutputFormat, ReportWriter } from "./output.js";
import { writerFor } from "./output.js";
import type { ProgressLine } from "./progress.js";
import { errorRow, type RowEvaluator } from "./rows.js";
import { ReportCounts, summaryText } from "./summary.js";

/** The stream `error` hook of a real stdout (EPIPE when `| head` exits); absent on test buffers. */
type ErrorHooks = {
  once?(event: "error", listener: (error: Error) => void): unknown;
  removeListener?(event: "error", listener: (error: Error) => void): unknown;
};

/** What a run reads its columns with and reports to, besides stdout. */
export interface ReportRunOptions {
  readonly format: OutputFormat;
  readonly evaluator: RowEvaluator;
  readonly matcher: ColumnMatcher;
  /** The column name of each field (`--map` or default), for messages. */
  readonly names: readonly string[];
  readonly map: ReadonlyMap<number, string>;
  /** How the input's format was chosen, for a message about a header that does not fit. */
  readonly readAs: string;
  /** The progress line (stderr is a terminal, no `--quiet`). */
  readonly progress: ProgressLine | undefined;
  /** `--html`: every row also goes to the page. */
  readonly html: { add(row: HtmlReportRow): void } | undefined;
}

/** One run of the report: the sink the input reader feeds, writing output and counting. */
export class ReportRun implements RowSink {
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
  private readonly onOutputError = () => {
    this.stopped = true;
    this.wake?.();
  };

  constructor(
    private readonly io: CliIo,
    private readonly options: ReportRunOptions,
  ) {
    this.writer = writerFor(options.format);
    // Only on a real stream (an EventEmitter): a test double's `once` may know nothing but "drain".
    const hooks = io.stdout as unknown as ErrorHooks;
    if (typeof hooks.removeListener === "function") hooks.once?.("error", this.onOutputError);
  }

  /** Registers input column `name` at cell index `index`. */
  private column(name: string, index: number): void {
    this.columns.push(name);
    const field = this.options.matcher.fieldOf(name);
    if (field >= 0) this.options.evaluator.useColumn(field, index, name);
    if ((addedColumns as readonly string[]).includes(name)) {
      this.replaced.push(name);
      return;
    }
    let out = name;
    for (let n = 2; this.passNames.includes(out); n++) out = `${name}_${n}`;
    if (out !== name) this.renamed.push(`${name} -> ${out}`);
    if (this.started && this.options.format === "csv") {
      this.omitted.push(name);
      return;
    }
    this.passIndexes.push(index);
    this.passNames.push(out);
    if (this.started) this.writer.addColumn?.(out);
  }

  header(names: readonly string[]): void {
    checkHeader(names, this.options.names, this.options.map, this.options.readAs);
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
    raw?: string,
  ): Promise<void> | undefined {
    if (!this.started) this.start();
    const { evaluator, html, progress } = this.options;
    const result =
      problem === undefined ? evaluator.evaluate(cells, line) : errorRow(line, problem);
    this.counts.add(result);
    this.writer.row(cells, this.passIndexes, line, result, raw);
    if (html !== undefined) {
      const rowCase = problem === undefined ? evaluator.lastCase : null;
      html.add({
        line,
        ticket: evaluator.ticketOf(cells),
        case: rowCase ?? evaluator.caseOf(cells),
        result,
      });
    }
    if (progress !== undefined && (this.counts.rows & 255) === 0) progress.update(this.counts.rows);
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

  /** Stops listening for output errors. */
  detach(): void {
    (this.io.stdout as unknown as ErrorHooks).removeListener?.("error", this.onOutputError);
  }

  /**
   * Writes the rest of the output, then, unless `quiet` or the output was closed (a closed pipe
   * ends quietly), notes and the summary on stderr.
   */
  async finish(source: string, lines: InputLines, style: Style, quiet: boolean): Promise<void> {
    if (!this.started) this.start();
    const rest = this.writer.finish();
    if (rest !== "") await this.write(rest);
    this.options.progress?.clear();
    if (this.stopped || quiet) return;
    const err = this.io.stderr;
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

  /** A note when no record of a JSON input was a JSON object: the format is likely wrong. */
  noObjects(): void {
    this.io.stderr.write(
      `note: no record was a JSON object; the input was ${this.options.readAs}\n`,
    );
  }
}
