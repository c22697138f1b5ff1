/** The HTML report's two charts as hand-written inline SVG: stacked bars per week, and response-time bars per priority. */

import { bucketLabels, bucketLimits, FIRST_LATE_BUCKET, type WeekCounts } from "./html-tally.js";
import { esc, int, niceStep, pct } from "./html-text.js";
import type { IsoWeek } from "./html-week.js";

/** A week of the chart: its ISO week and its counts. */
export interface ChartWeek {
  readonly week: IsoWeek;
  readonly counts: WeekCounts;
}

/** The stacked segments of a week's bar, bottom up: CSS class, legend text, count. */
const segments = [
  ["met", "met", (c: WeekCounts) => c.met],
  ["met-late", "met late", (c: WeekCounts) => c.metLate],
  ["breached", "breached", (c: WeekCounts) => c.breached],
  ["open", "no response yet", (c: WeekCounts) => c.open],
] as const;

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Horizontal grid lines and their labels, from 0 to `top` every `step`. */
function grid(top: number, step: number, x0: number, x1: number, y: (v: number) => number): string {
  const parts: string[] = [];
  for (let v = 0; v <= top; v += step) {
    const at = fmt(y(v));
    parts.push(
      `<line class="grid" x1="${x0}" x2="${x1}" y1="${at}" y2="${at}"/>`,
      `<text class="tick" x="${x0 - 6}" y="${at}" dy="0.32em" text-anchor="end">${int(v)}</text>`,
    );
  }
  return parts.join("");
}

/** Legend squares and texts for `items` (class, text), in one row. */
export function legend(items: readonly (readonly [string, string])[]): string {
  return `<p class="legend">${items
    .map(([cls, text]) => `<span><i class="key s-${cls}"></i>${esc(text)}</span>`)
    .join("")}</p>`;
}

/**
 * Rows opened per week as stacked bars (met, met late, breached, no response yet), one `<g>` per
 * week carrying its counts in `data-` attributes, with a `<title>` for a pointer's tooltip.
 */
export function weekChart(weeks: readonly ChartWeek[]): string {
  const width = 1000;
  const height = 280;
  const left = 48;
  const right = 8;
  const top = 18;
  const bottom = 44;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...weeks.map(({ counts: c }) => c.met + c.metLate + c.breached + c.open));
  const step = niceStep(max);
  const yTop = Math.ceil(max / step) * step;
  const y = (v: number) => top + plotH - (v / yTop) * plotH;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.min(slot * 0.72, 56);
  const labelEvery = Math.ceil(weeks.length / 26);
  const bars = weeks.map(({ week, counts }, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    let base = 0;
    const rects = segments.map(([cls, , value]) => {
      const n = value(counts);
      if (n === 0) return "";
      const rect = `<rect class="s-${cls}" x="${fmt(x)}" y="${fmt(y(base + n))}" width="${fmt(barW)}" height="${fmt(y(base) - y(base + n))}" data-state="${cls}" data-count="${n}"/>`;
      base += n;
      return rect;
    });
    const title = `${week.label} (from ${week.monday}): ${segments.map(([, text, value]) => `${int(value(counts))} ${text}`).join(", ")}`;
    const cx = fmt(x + barW / 2);
    const total =
      base > 0 && slot >= 30
        ? `<text class="count" x="${cx}" y="${fmt(y(base) - 4)}" text-anchor="middle">${int(base)}</text>`
        : "";
    const label =
      i % labelEvery === 0
        ? `<text class="tick" x="${cx}" y="${height - bottom + 16}" text-anchor="middle">W${String(week.week).padStart(2, "0")}</text><text class="tick small" x="${cx}" y="${height - bottom + 30}" text-anchor="middle">${week.monday.slice(5)}</text>`
        : "";
    return `<g class="week-bar" data-week="${week.label}" data-met="${counts.met}" data-met-late="${counts.metLate}" data-breached="${counts.breached}" data-open="${counts.open}"><title>${esc(title)}</title>${rects.join("")}${total}${label}</g>`;
  });
  const axis = `<line class="axis" x1="${left}" x2="${width - right}" y1="${fmt(y(0))}" y2="${fmt(y(0))}"/>`;
  return `<svg class="chart weeks" data-testid="week-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Tickets opened per week, by outcome">${grid(yTop, step, left, width - right, y)}${axis}${bars.join("")}</svg>${legend(segments.map(([cls, text]) => [cls, text]))}`;
}

/**
 * Responded rows of one priority per response-time bucket, as bars whose height is the share of
 * that priority's responded rows, the count above each bar, a dashed line at the target.
 */
export function responseChart(priority: string, buckets: readonly number[]): string {
  const width = 320;
  const height = 190;
  const left = 36;
  const right = 6;
  const top = 22;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const total = buckets.reduce((a, b) => a + b, 0);
  const maxShare = Math.max(...buckets.map((n) => (total === 0 ? 0 : (n / total) * 100)), 1);
  const step = maxShare <= 20 ? 5 : maxShare <= 50 ? 10 : 25;
  const yTop = Math.min(100, Math.ceil(maxShare / step) * step);
  const y = (share: number) => top + plotH - (share / yTop) * plotH;
  const slot = plotW / bucketLabels.length;
  const barW = slot * 0.7;
  const bars = buckets.map((n, i) => {
    const share = total === 0 ? 0 : (n / total) * 100;
    const x = left + slot * i + (slot - barW) / 2;
    const cls = i < FIRST_LATE_BUCKET ? "met" : "met-late";
    const label = bucketLabels[i] as string;
    const cx = fmt(x + barW / 2);
    return `<g class="bucket" data-bucket="${label}" data-count="${n}"><title>${esc(`${priority}, response at ${label} of the target: ${int(n)} of ${int(total)} responded rows (${pct(n, total)})`)}</title><rect class="s-${cls}" x="${fmt(x)}" y="${fmt(y(share))}" width="${fmt(barW)}" height="${fmt(y(0) - y(share))}"/><text class="count" x="${cx}" y="${fmt(y(share) - 4)}" text-anchor="middle">${int(n)}</text></g>`;
  });
  // The axis is labelled at the limits between buckets: 25%, 50%, ... 200%.
  const limits = bucketLimits.map(
    (limit, i) =>
      `<text class="tick small" x="${fmt(left + slot * (i + 1))}" y="${height - bottom + 13}" text-anchor="middle">${limit * 100}%</text>`,
  );
  const ticks: string[] = [];
  for (let v = 0; v <= yTop; v += step) {
    const at = fmt(y(v));
    ticks.push(
      `<line class="grid" x1="${left}" x2="${width - right}" y1="${at}" y2="${at}"/><text class="tick" x="${left - 4}" y="${at}" dy="0.32em" text-anchor="end">${v}%</text>`,
    );
  }
  const targetX = fmt(left + slot * FIRST_LATE_BUCKET);
  const target = `<line class="target" x1="${targetX}" x2="${targetX}" y1="${top - 8}" y2="${fmt(y(0))}"/><text class="tick" x="${targetX}" y="${top - 10}" text-anchor="middle">target</text>`;
  const axis = `<line class="axis" x1="${left}" x2="${width - right}" y1="${fmt(y(0))}" y2="${fmt(y(0))}"/>`;
  return `<svg class="chart response" data-testid="response-chart-${esc(priority)}" data-priority="${esc(priority)}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(`${priority}: first response time as a share of the target`)}">${ticks.join("")}${axis}${target}${bars.join("")}${limits.join("")}<text class="tick small" x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle">first response time, share of the target</text></svg>`;
}
