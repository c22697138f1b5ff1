/** `report --html`: a self-contained HTML breach report, its figures gathered row by row in constant memory. */

import { type SlaStatusInput, slaStatus } from "../library.js";
import { pageHtml } from "./html-page.js";
import type { ExplainedRow } from "./html-sections.js";
import { ReportTally, type WorstRow } from "./html-tally.js";
import type { RowResult } from "./rows.js";

/** One row of the report, as the report command computed it. */
export interface HtmlReportRow {
  readonly line: number;
  readonly ticket: string | null;
  readonly case: Readonly<Record<string, unknown>>;
  readonly result: RowResult;
}

/** What the page says about its inputs. */
export interface HtmlReportOptions {
  readonly source: string;
  readonly now: string;
  readonly atRiskThreshold: number;
  readonly holidays: readonly unknown[];
  readonly version: string;
}

/** How many of the latest breached and met-late rows the page explains. */
export const WORST_ROWS = 10;

/** The library's steps for a worst row: `slaStatus` on its case with the run's options. */
function explain(worst: WorstRow, options: HtmlReportOptions): ExplainedRow {
  // The case as the row gave it to the library, which validated it then: no check of its own here.
  const input: Record<string, unknown> = {
    now: options.now,
    atRiskThreshold: options.atRiskThreshold,
  };
  if (options.holidays.length > 0) input.holidays = options.holidays;
  for (const [key, value] of Object.entries(worst.row.case)) {
    if (value !== undefined) input[key] = value;
  }
  try {
    return { worst, steps: slaStatus(input as unknown as SlaStatusInput).steps, problem: null };
  } catch (error) {
    return {
      worst,
      steps: null,
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * A report to feed row by row: `add` counts a row (per state, priority, plan, region and week of
 * the opening, its response time against the target) and keeps it only if it is among the
 * {@link WORST_ROWS} latest breaches, so memory stays flat whatever the number of rows; `html`
 * explains those rows with the library's `slaStatus` and returns the page: one document with
 * inline style and inline SVG, no script, nothing fetched, no time of its own.
 */
export function createHtmlReport(options: HtmlReportOptions): {
  add(row: HtmlReportRow): void;
  html(): string;
} {
  const tally = new ReportTally(WORST_ROWS);
  return {
    add(row: HtmlReportRow): void {
      tally.add(row);
    },
    html(): string {
      const explained = tally.worst.rows.map((worst) => explain(worst, options));
      return pageHtml(options, tally, explained, WORST_ROWS);
    },
  };
}
