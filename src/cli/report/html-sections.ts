/** The HTML report's sections of figures: states, weeks, response times, breakdowns and the worst breaches. */

import { planIds, plans, priorities, regionIds, regions } from "../library.js";
import { type ChartWeek, legend, responseChart, weekChart } from "./html-charts.js";
import {
  bucketLabels,
  FIRST_LATE_BUCKET,
  type ReportTally,
  reportStates,
  type StateCounts,
  type WorstRow,
} from "./html-tally.js";
import { duration, esc, int, pct } from "./html-text.js";
import { isoWeek } from "./html-week.js";

/** A worst row with the library's explanation (`slaStatus` steps), or why there is none. */
export interface ExplainedRow {
  readonly worst: WorstRow;
  readonly steps: readonly string[] | null;
  readonly problem: string | null;
}

const stateText: Readonly<Record<string, string>> = {
  pending: "pending",
  "at-risk": "at risk",
  breached: "breached",
  met: "met",
  "met-late": "met late",
  "not-open-yet": "not open yet",
  rejected: "rejected",
};

const sum = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0);
const at = (counts: StateCounts, state: (typeof reportStates)[number]) =>
  counts[reportStates.indexOf(state)] as number;

/** One tile per state: the count and its share of the rows read. */
export function statesSection(tally: ReportTally): string {
  const tiles = reportStates.map((state, i) => {
    const n = tally.byState[i] as number;
    return `<div class="tile t-${state}" data-testid="state-${state}" data-count="${n}"><span>${stateText[state]}</span><b>${int(n)}</b><span>${pct(n, tally.rows)} of rows</span></div>`;
  });
  const rejected = at(tally.byState, "rejected");
  const notOpen = at(tally.byState, "not-open-yet");
  return `<section id="states"><h2>Tickets by state</h2><p>${int(tally.rows)} rows read: ${int(tally.rows - rejected - notOpen)} measured against their target, ${int(notOpen)} not open yet at the evaluation instant, ${int(rejected)} rejected.</p><div class="tiles">${tiles.join("")}</div></section>`;
}

/** The weeks to chart, in order: every week from the first to the last when that is at most `gapless` weeks, else the weeks with rows. */
function chartWeeks(tally: ReportTally, gapless = 260): ChartWeek[] {
  const indexes = [...tally.weeks.keys()].sort((a, b) => a - b);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first !== undefined && last !== undefined && last - first < gapless) {
    indexes.length = 0;
    for (let i = first; i <= last; i++) indexes.push(i);
  }
  const empty = { met: 0, metLate: 0, breached: 0, open: 0 };
  return indexes.map((i) => ({ week: isoWeek(i), counts: tally.weeks.get(i) ?? empty }));
}

/** Met and breached per ISO week of the opening, as a chart and a table. */
export function weeksSection(tally: ReportTally): string {
  const weeks = chartWeeks(tally);
  if (weeks.length === 0) return "";
  const first = weeks[0] as ChartWeek;
  const last = weeks[weeks.length - 1] as ChartWeek;
  const rows = weeks.map(({ week, counts: c }) => {
    const total = c.met + c.metLate + c.breached + c.open;
    return `<tr data-week="${week.label}"><td>${week.label}</td><td>${week.monday}</td><td>${int(c.met)}</td><td>${int(c.metLate)}</td><td data-testid="week-breached-${week.label}">${int(c.breached)}</td><td>${int(c.open)}</td><td>${int(total)}</td><td>${pct(c.breached + c.metLate, total)}</td></tr>`;
  });
  const weekless =
    tally.weekless > 0
      ? `<p class="note">${int(tally.weekless)} measured rows have an opening this page could not place in a week and are left out of the chart.</p>`
      : "";
  return `<section id="weeks"><h2>Met and breached per week</h2><p class="sub">Tickets opened per ISO 8601 week (Monday to Sunday, in UTC), ${first.week.label} to ${last.week.label}, by outcome at the evaluation instant. Rows not open yet and rejected rows are not counted.</p><figure>${weekChart(weeks)}</figure>${weekless}<table class="num weeks-table"><thead><tr><th>week</th><th>Monday</th><th>met</th><th>met late</th><th>breached</th><th>no response yet</th><th>opened</th><th>missed</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

/** Keys of `table` in the order of `known`, then any others in the order first seen. */
function ordered(table: ReadonlyMap<string, unknown>, known: readonly string[]): string[] {
  return [
    ...known.filter((k) => table.has(k)),
    ...[...table.keys()].filter((k) => !known.includes(k)),
  ];
}

/** First response time against the target, per priority: one small chart each, and a table. */
export function responsesSection(tally: ReportTally): string {
  const keys = ordered(tally.responses, priorities);
  if (keys.length === 0) {
    return `<section id="responses"><h2>First response against the target</h2><p>No row has a response yet.</p></section>`;
  }
  const charts = keys.map((p) => {
    const buckets = tally.responses.get(p) as number[];
    return `<figure class="small-chart"><h3>${esc(p)} <span class="sub">${int(sum(buckets))} responded</span></h3>${responseChart(p, buckets)}</figure>`;
  });
  const rows = keys.map((p) => {
    const buckets = tally.responses.get(p) as number[];
    const total = sum(buckets);
    const late = sum(buckets.slice(FIRST_LATE_BUCKET));
    return `<tr data-priority="${esc(p)}"><td>${esc(p)}</td>${buckets.map((n) => `<td>${int(n)}</td>`).join("")}<td>${int(total)}</td><td>${pct(late, total)}</td></tr>`;
  });
  return `<section id="responses"><h2>First response against the target</h2><p class="sub">Responded tickets (met and met late) by the time to the first response as a share of the priority's target, on the target's clock (24x7 for P1, business hours for P2-P4, pauses excluded). Bar heights are the share of that priority's responded tickets.</p><div class="grid4">${charts.join("")}</div>${legend(
    [
      ["met", "by the deadline"],
      ["met-late", "after the deadline"],
    ],
  )}<table class="num"><thead><tr><th>priority</th>${bucketLabels.map((l) => `<th>${l}</th>`).join("")}<th>responded</th><th>late</th></tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

/** A table of `table`'s rows (label, then counts per state but rejected, total and rates). */
function breakdown(
  name: string,
  table: ReadonlyMap<string, StateCounts>,
  keys: readonly string[],
  label: (key: string) => string,
): string {
  const states = reportStates.filter((s) => s !== "rejected");
  const rows = keys.map((key) => {
    const counts = table.get(key) as StateCounts;
    const total = sum(counts);
    const measured = total - at(counts, "not-open-yet");
    const cells = states.map(
      (s) => `<td data-testid="${esc(`${name}-${key}-${s}`)}">${int(at(counts, s))}</td>`,
    );
    return `<tr><th scope="row">${esc(label(key))}</th>${cells.join("")}<td data-testid="${esc(`${name}-${key}-total`)}">${int(total)}</td><td>${pct(at(counts, "breached"), measured)}</td><td>${pct(at(counts, "breached") + at(counts, "met-late"), measured)}</td></tr>`;
  });
  return `<table class="num breakdown" data-testid="by-${name}"><thead><tr><th>${name}</th>${states.map((s) => `<th>${stateText[s]}</th>`).join("")}<th>rows</th><th>breached</th><th>missed</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** Measured rows by priority, plan and region. */
export function breakdownSection(tally: ReportTally): string {
  const planName = (id: string) => plans[id as keyof typeof plans]?.name ?? id;
  const regionName = (id: string) =>
    id === "none"
      ? "none (24x7 target, no region given)"
      : id === "unknown"
        ? "not known (not open yet)"
        : (regions[id as keyof typeof regions]?.name ?? id);
  return `<section id="breakdown"><h2>By priority, plan and region</h2><p class="sub">Rows the library computed (rejected rows have no reliable priority, plan or region). <i>breached</i>: share still without a response after the deadline; <i>missed</i>: breached or met late; both of the rows measured (not those not open yet).</p>${breakdown("priority", tally.byPriority, ordered(tally.byPriority, priorities), (k) => k)}${breakdown("plan", tally.byPlan, ordered(tally.byPlan, planIds), planName)}${breakdown("region", tally.byRegion, ordered(tally.byRegion, [...regionIds, "none"]), regionName)}</section>`;
}

/** How late a worst row was, in words. */
function lateness({ lateMs, row }: WorstRow): string {
  return row.result.state === "breached"
    ? `no response ${duration(lateMs)} after the deadline`
    : `responded ${duration(lateMs)} after the deadline`;
}

/** The worst rows, latest first, each with the library's explanation. */
export function worstSection(explained: readonly ExplainedRow[], limit: number): string {
  if (explained.length === 0) {
    return `<section id="worst"><h2>Worst breaches</h2><p>No ticket was breached or met late.</p></section>`;
  }
  const entries = explained.map(({ worst, steps, problem }, i) => {
    const { row } = worst;
    const figures = row.result.figures;
    const subject =
      typeof row.case.subject === "string"
        ? ` <span class="sub">${esc(row.case.subject)}</span>`
        : "";
    const why =
      steps === null
        ? `<p class="note">No explanation: ${esc(problem)}</p>`
        : `<ol class="steps">${steps.map((s) => `<li>${esc(s)}</li>`).join("")}</ol>`;
    return `<tbody class="worst-row" data-line="${row.line}" data-late-ms="${worst.lateMs}"><tr><td>${i + 1}</td><td><b>${esc(row.ticket ?? "(no ticket id)")}</b>${subject}</td><td>${row.line}</td><td>${esc(figures?.priority ?? row.result.priority)}</td><td>${esc(figures?.plan ?? "")}</td><td><span class="badge t-${row.result.state}">${esc(stateText[row.result.state] ?? row.result.state)}</span></td><td>${esc(row.result.dueAt)}</td><td>${esc(lateness(worst))}</td></tr><tr class="why"><td></td><td colspan="7">${why}</td></tr></tbody>`;
  });
  return `<section id="worst"><h2>Worst breaches</h2><p class="sub">Breached and met-late tickets, furthest past their deadline first (wall-clock time from the deadline to the response, or to the evaluation instant when there is none), at most ${int(limit)}, with the library's explanation of each deadline (<code>slaStatus</code> steps).</p><table class="worst" data-testid="worst"><thead><tr><th>#</th><th>ticket</th><th>line</th><th>priority</th><th>plan</th><th>state</th><th>deadline (UTC)</th><th>late</th></tr></thead>${entries.join("")}</table></section>`;
}
