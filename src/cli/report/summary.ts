/** `report`'s summary on stderr: records read, computed per state and rejected (adding up), the input's lines, and breach rate per priority. */

import { type Priority, priorities, type SlaState, slaStates } from "../library.js";
import { type Style, stateColour } from "../style.js";
import type { InputLines } from "./input.js";
import type { RowResult } from "./rows.js";

/** A record over more lines than this gets a note: its quotes may be wrong. */
export const MANY_LINES = 20;

/** Running counts of a report. */
export class ReportCounts {
  rows = 0;
  rejected = 0;
  /** Rows opened after `--now`. */
  notOpenYet = 0;
  readonly byState: Record<SlaState, number> = {
    pending: 0,
    "at-risk": 0,
    breached: 0,
    met: 0,
    "met-late": 0,
  };
  /** Computed rows, breached and met-late rows, per priority. */
  readonly byPriority: Record<Priority, { rows: number; breached: number; metLate: number }> = {
    P1: { rows: 0, breached: 0, metLate: 0 },
    P2: { rows: 0, breached: 0, metLate: 0 },
    P3: { rows: 0, breached: 0, metLate: 0 },
    P4: { rows: 0, breached: 0, metLate: 0 },
  };

  add(result: RowResult): void {
    this.rows += 1;
    if (result.state === "error") {
      this.rejected += 1;
      return;
    }
    if (result.state === "not-open-yet") {
      this.notOpenYet += 1;
      return;
    }
    this.byState[result.state] += 1;
    const counts = this.byPriority[result.priority as Priority];
    counts.rows += 1;
    if (result.state === "breached") counts.breached += 1;
    else if (result.state === "met-late") counts.metLate += 1;
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "-" : `${((part / whole) * 100).toFixed(1)}%`;
}

/** Cells padded (text left, numbers right) before colouring, so colours keep the alignment. */
function aligned(
  rows: readonly (readonly string[])[],
  colour: (row: number, col: number, cell: string) => string,
): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, row[i]?.length ?? 0);
  }
  return rows
    .map((row, r) =>
      row
        .map((cell, c) => {
          const width = widths[c] ?? 0;
          return colour(r, c, c === 0 ? cell.padEnd(width) : cell.padStart(width));
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The first lines of the summary: every record read is computed (per state) or rejected, and
 * every physical line is a header, record, continuation or blank line; the parts add up.
 */
export function summaryHead(counts: ReportCounts, lines: InputLines, source: string): string {
  const computed = counts.rows - counts.rejected - counts.notOpenYet;
  const states = slaStates.map((s) => `${counts.byState[s].toLocaleString("en-US")} ${s}`);
  const parts = [
    ...(lines.headerLines > 0 ? [count(lines.headerLines, "header line")] : []),
    count(counts.rows, "record"),
    ...(lines.continuationLines > 0
      ? [`${count(lines.continuationLines, "more line")} inside quoted cells`]
      : []),
    count(lines.blankLines, "blank line"),
  ];
  const lineText = lines.jsonArray
    ? `${count(lines.lines, "line")} read (a JSON array)`
    : `${count(lines.lines, "line")} read: ${parts.join(" + ")}`;
  let head = `report of ${source}: ${count(counts.rows, "record")} read: ${computed.toLocaleString("en-US")} computed (${states.join(", ")}), ${counts.notOpenYet > 0 ? `${counts.notOpenYet.toLocaleString("en-US")} not open yet, ` : ""}${counts.rejected.toLocaleString("en-US")} rejected\n${lineText}\n`;
  if (lines.longest.lines > MANY_LINES) {
    head += `note: the record at line ${lines.longest.line} runs over ${lines.longest.lines.toLocaleString("en-US")} lines (a quoted cell); if that is not intended, check the quotes on line ${lines.longest.line}\n`;
  }
  return head;
}

/** The summary text: totals, a state table and a priority table. */
export function summaryText(
  counts: ReportCounts,
  lines: InputLines,
  source: string,
  style: Style,
): string {
  const computed = counts.rows - counts.rejected - counts.notOpenYet;
  const head = summaryHead(counts, lines, source).trimEnd();
  const states = aligned(
    [
      ["state", "rows", "share"],
      ...slaStates.map((s) => [s, String(counts.byState[s]), percent(counts.byState[s], computed)]),
      ...(counts.notOpenYet > 0
        ? [["not-open-yet", String(counts.notOpenYet), percent(counts.notOpenYet, counts.rows)]]
        : []),
      ["rejected", String(counts.rejected), percent(counts.rejected, counts.rows)],
    ],
    (r, c, cell) => {
      if (r === 0) return style.bold(cell);
      if (c !== 0) return cell;
      const word = cell.trimEnd();
      const pad = cell.slice(word.length);
      if (r <= slaStates.length) return stateColour(word, style) + pad;
      if (word === "not-open-yet") return style.dim(word) + pad;
      return counts.rejected > 0 ? style.red(word) + pad : cell;
    },
  );
  const byPriority = aligned(
    [
      ["priority", "rows", "breached", "met-late", "breach rate"],
      ...priorities.map((p) => {
        const x = counts.byPriority[p];
        return [
          p,
          String(x.rows),
          String(x.breached),
          String(x.metLate),
          percent(x.breached, x.rows),
        ];
      }),
    ],
    (r, _c, cell) => (r === 0 ? style.bold(cell) : cell),
  );
  return `${head}\n\n${states}\n\n${byPriority}\nbreach rate = breached / computed rows of that priority (met-late rows responded after the target)\n`;
}
