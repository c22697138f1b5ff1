/** Compiles one UTC year of a business calendar into sorted epoch-ms window arrays with cumulative business time. */

import { isoDateOfDays, isoWeekday, MS_PER_DAY } from "../time/civil.js";
import { type OffsetSegment, resolveWall, type ZoneRules } from "../time/zone.js";
import type { CalendarSpec, NormalizedWindow } from "./definition.js";

/**
 * The open windows of one UTC year, `[from, until)`.
 *
 * Invariant: for `0 <= i < count`, `from <= starts[i] < ends[i] <= until`, and
 * `ends[i] <= starts[i + 1]` (sorted, non-overlapping; adjacent windows may touch).
 * `cumulative[i]` is the business time in `[from, starts[i])`, so `cumulative[0] = 0`,
 * `cumulative[i + 1] = cumulative[i] + (ends[i] - starts[i])` and `cumulative[count] = total`.
 * `days[i]` is the local date (days since 1970-01-01) of the business day window `i` belongs to;
 * non-decreasing, except where a DST gap made a window resolve after the next day's (Pacific/Apia,
 * 2011-12-30). A window cut by a year boundary appears in both years, with the same day.
 */
export interface YearChunk {
  readonly year: number;
  readonly from: number;
  readonly until: number;
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly days: Int32Array;
  readonly cumulative: Float64Array;
  readonly total: number;
  /** Offsets in force across the year (and a few days either side), for local-time formatting. */
  readonly segments: readonly OffsetSegment[];
}

/** Called with a date's `YYYY-MM-DD`; throws what the caller's predicate throws. */
function isClosed(spec: CalendarSpec, day: number): boolean {
  if (spec.closedDays.has(day)) return true;
  if (spec.closedPredicate === undefined) return false;
  const answer = spec.closedPredicate(isoDateOfDays(day));
  if (typeof answer !== "boolean") {
    throw new TypeError(
      `the closed-dates function returned ${typeof answer} for ${isoDateOfDays(day)}; expected a boolean`,
    );
  }
  return answer;
}

function windowsOf(spec: CalendarSpec, day: number): readonly NormalizedWindow[] {
  if (isClosed(spec, day)) return [];
  return spec.dateHours.get(day) ?? spec.weekly[isoWeekday(day) - 1] ?? [];
}

/**
 * Lays out every window of the local dates that can reach UTC year `year`, resolving wall times
 * with the zone's offset segments (found once for the year), clipping overlaps (a window that
 * runs past midnight into the next day's first window) and the year's bounds.
 */
export function compileYear(
  spec: CalendarSpec,
  rules: ZoneRules,
  year: number,
  from: number,
  until: number,
): YearChunk {
  // Local dates whose windows can touch [from, until): offsets are within +-15 h and a window
  // ends at most two days after its date's midnight.
  const firstDay = Math.floor(from / MS_PER_DAY) - 3;
  const lastDay = Math.floor(until / MS_PER_DAY) + 1;
  const segments = rules.segmentsBetween(
    firstDay * MS_PER_DAY - MS_PER_DAY,
    (lastDay + 3) * MS_PER_DAY,
  );
  // Resolve every window to instants. Resolution keeps wall-clock order except around a DST
  // gap: a wall time inside the gap moves forward past times just after it, so a window in the
  // gap can resolve later than the next one. Sort by instant only when that happened.
  const rawStarts: number[] = [];
  const rawEnds: number[] = [];
  const rawDays: number[] = [];
  let sorted = true;
  for (let day = firstDay; day <= lastDay; day++) {
    const midnight = day * MS_PER_DAY;
    for (const window of windowsOf(spec, day)) {
      const start = resolveWall(midnight + window.startMs, segments);
      const end = resolveWall(midnight + window.endMs, segments);
      if (end <= start) continue;
      if (rawStarts.length > 0 && start < (rawStarts[rawStarts.length - 1] as number))
        sorted = false;
      rawStarts.push(start);
      rawEnds.push(end);
      rawDays.push(day);
    }
  }
  const order = rawStarts.map((_, i) => i);
  if (!sorted) order.sort((x, y) => (rawStarts[x] as number) - (rawStarts[y] as number) || x - y);
  // Union of the intervals: a window overlapping an earlier one keeps only its new part (and its day).
  const starts: number[] = [];
  const ends: number[] = [];
  const days: number[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const i of order) {
    const start = Math.max(rawStarts[i] as number, previousEnd, from);
    const end = Math.min(rawEnds[i] as number, until);
    previousEnd = Math.max(previousEnd, rawEnds[i] as number);
    if (end > start) {
      starts.push(start);
      ends.push(end);
      days.push(rawDays[i] as number);
    }
  }
  const count = starts.length;
  const cumulative = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) {
    cumulative[i + 1] = (cumulative[i] as number) + ((ends[i] as number) - (starts[i] as number));
  }
  return {
    year,
    from,
    until,
    count,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    days: Int32Array.from(days),
    cumulative,
    total: cumulative[count] as number,
    segments,
  };
}
