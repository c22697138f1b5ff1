/** The HTML report's figures, gathered row by row in constant memory: counts per state, priority, plan, region and week, response-time buckets, and the worst rows. */

import { planIds, type SlaStatusFigures } from "../library.js";
import type { HtmlReportRow } from "./html.js";
import { openingMs, weekIndexOf } from "./html-week.js";

/** The states the page counts, in the order it shows them; a rejected row is `rejected`. */
export const reportStates = [
  "pending",
  "at-risk",
  "breached",
  "met",
  "met-late",
  "not-open-yet",
  "rejected",
] as const;
export type ReportState = (typeof reportStates)[number];

/** The response-time buckets, as a share of the target: bucket `i` ends before `bucketLimits[i]`. */
export const bucketLimits = [0.25, 0.5, 0.75, 1, 1.5, 2] as const;
export const bucketLabels = [
  "<25%",
  "25-50%",
  "50-75%",
  "75-100%",
  "100-150%",
  "150-200%",
  ">200%",
] as const;
/** The first bucket past the target. */
export const FIRST_LATE_BUCKET = 4;

/**
 * The bucket of a response that used `share` of its target. Buckets run from their lower limit up
 * to, not including, the next; a met row (responded by the deadline) is kept in the buckets up to
 * 100% and a met-late row in those from 100% on: a response exactly at the deadline is met, and a
 * late response outside business hours has used exactly 100% of a business-time target.
 */
export function bucketOf(share: number, late: boolean): number {
  let i = 0;
  while (i < bucketLimits.length && share >= (bucketLimits[i] as number)) i++;
  return late ? Math.max(i, FIRST_LATE_BUCKET) : Math.min(i, FIRST_LATE_BUCKET - 1);
}

/** The rows opened in one UTC week, by outcome. */
export interface WeekCounts {
  met: number;
  metLate: number;
  breached: number;
  /** Pending and at-risk: no response yet, deadline ahead. */
  open: number;
}

/** A row kept among the worst: how late it was (wall-clock ms past the deadline) and the row. */
export interface WorstRow {
  readonly lateMs: number;
  readonly row: HtmlReportRow;
}

/**
 * The `limit` latest rows, latest first (the earlier line first on a tie), in a sorted array of at
 * most `limit` entries: a row that would not make the cut costs one comparison.
 */
export class WorstRows {
  private readonly kept: WorstRow[] = [];

  constructor(private readonly limit: number) {}

  offer(lateMs: number, row: HtmlReportRow): void {
    const kept = this.kept;
    if (this.limit <= 0) return;
    // Rows come in line order, so a tie with the last kept row loses to it.
    if (kept.length === this.limit && lateMs <= (kept[kept.length - 1] as WorstRow).lateMs) return;
    let i = kept.length;
    while (i > 0 && (kept[i - 1] as WorstRow).lateMs < lateMs) i--;
    // A copy of the case: the caller may reuse its objects once `add` returns.
    kept.splice(i, 0, { lateMs, row: { ...row, case: { ...row.case } } });
    if (kept.length > this.limit) kept.pop();
  }

  get rows(): readonly WorstRow[] {
    return this.kept;
  }
}

/** Counts per state, in the order of {@link reportStates}. */
export type StateCounts = number[];

const newCounts = (): StateCounts => reportStates.map(() => 0);

/** The number of each state in {@link reportStates}. */
const stateIndex: ReadonlyMap<string, number> = new Map(reportStates.map((s, i) => [s, i]));

/** The page's state of a row: its own, or `rejected` for an error row. */
export function reportState(state: string): ReportState {
  if (state === "error") return "rejected";
  if (!stateIndex.has(state)) throw new Error(`the HTML report does not know state "${state}"`);
  return state as ReportState;
}

/** Everything the page shows, gathered as rows come; memory does not grow with the rows. */
export class ReportTally {
  rows = 0;
  readonly byState: StateCounts = newCounts();
  /** Computed rows per priority, plan and region, each split by state. */
  readonly byPriority = new Map<string, StateCounts>();
  readonly byPlan = new Map<string, StateCounts>();
  readonly byRegion = new Map<string, StateCounts>();
  /** Rows opened per UTC week (see `weekIndexOf`): met, met-late, breached, still open. */
  readonly weeks = new Map<number, WeekCounts>();
  /** Measured rows whose opening could not be placed in a week. */
  weekless = 0;
  /** Responded rows per priority, per response-time bucket ({@link bucketLabels}). */
  readonly responses = new Map<string, number[]>();
  readonly worst: WorstRows;

  constructor(worstLimit: number) {
    this.worst = new WorstRows(worstLimit);
  }

  add(row: HtmlReportRow): void {
    this.rows += 1;
    const result = row.result;
    const state = reportState(result.state);
    const s = stateIndex.get(state) as number;
    (this.byState[s] as number) += 1;
    if (state === "rejected") return;
    const figures: SlaStatusFigures | null | undefined = result.figures;
    count(this.byPriority, figures?.priority ?? result.priority ?? "unknown", s);
    count(this.byPlan, figures?.plan ?? planOf(row.case.plan), s);
    count(this.byRegion, figures == null ? "unknown" : (figures.region ?? "none"), s);
    if (state === "not-open-yet") return;
    this.addWeek(row, state);
    if (figures == null) return;
    if ((state === "met" || state === "met-late") && figures.targetMs > 0) {
      let buckets = this.responses.get(figures.priority);
      if (buckets === undefined) {
        buckets = bucketLabels.map(() => 0);
        this.responses.set(figures.priority, buckets);
      }
      const b = bucketOf(figures.elapsedMs / figures.targetMs, state === "met-late");
      (buckets[b] as number) += 1;
    }
    if (state === "breached" || state === "met-late") {
      this.worst.offer(figures.evaluatedAtMs - figures.dueAtMs, row);
    }
  }

  private addWeek(row: HtmlReportRow, state: ReportState): void {
    const opened = openingMs(row.case.openedAt);
    if (opened === null) {
      this.weekless += 1;
      return;
    }
    const index = weekIndexOf(opened);
    let week = this.weeks.get(index);
    if (week === undefined) {
      week = { met: 0, metLate: 0, breached: 0, open: 0 };
      this.weeks.set(index, week);
    }
    if (state === "met") week.met += 1;
    else if (state === "met-late") week.metLate += 1;
    else if (state === "breached") week.breached += 1;
    else week.open += 1;
  }
}

/** A plan id from a case's `plan` value (a row not open yet has no figures), or `unknown`. */
function planOf(value: unknown): string {
  const id = typeof value === "string" ? value.trim().toLowerCase() : "";
  return (planIds as readonly string[]).includes(id) ? id : "unknown";
}

function count(table: Map<string, StateCounts>, key: string, state: number): void {
  let counts = table.get(key);
  if (counts === undefined) {
    counts = newCounts();
    table.set(key, counts);
  }
  (counts[state] as number) += 1;
}
