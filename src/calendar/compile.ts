/** Compiles one UTC year of a business calendar into sorted epoch-ms window arrays with cumulative business time. */

import { type Closure, closuresBetween } from "../holidays/closures.js";
import { isoDateOfDays, isoWeekday, MS_PER_DAY } from "../time/civil.js";
import { resolveWall, type ZoneRules, zoneRules } from "../time/zone.js";
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
}

/** Called with a date's `YYYY-MM-DD`; throws what the caller's predicate throws. */
function isClosed(spec: CalendarSpec, closed: ReadonlySet<number>, day: number): boolean {
  if (closed.has(day)) return true;
  if (spec.closedPredicate === undefined) return false;
  const answer = spec.closedPredicate(isoDateOfDays(day));
  if (typeof answer !== "boolean") {
    throw new TypeError(
      `the closed-dates function returned ${typeof answer} for ${isoDateOfDays(day)}; expected a boolean`,
    );
  }
  return answer;
}

/** The windows written for a local date, before any closure: its `dateHours`, else its weekday's. */
export function writtenWindowsOf(spec: CalendarSpec, day: number): readonly NormalizedWindow[] {
  return spec.dateHours.get(day) ?? spec.weekly[isoWeekday(day) - 1] ?? [];
}

/**
 * The windows of a local date. The closed-dates check comes last, so that a predicate is only
 * asked about dates that would otherwise open (a never-open calendar costs no predicate calls on
 * its closed weekdays).
 */
function windowsOf(
  spec: CalendarSpec,
  closed: ReadonlySet<number>,
  day: number,
): readonly NormalizedWindow[] {
  const windows = writtenWindowsOf(spec, day);
  return windows.length === 0 || isClosed(spec, closed, day) ? [] : windows;
}

const noDays: ReadonlySet<number> = /* @__PURE__ */ new Set<number>();

/** The whole days closed by the spec's list on `[firstDay, lastDay]`, and the parts of days. */
function closuresIn(
  spec: CalendarSpec,
  firstDay: number,
  lastDay: number,
): { closed: ReadonlySet<number>; parts: Closure[] } {
  if (spec.holidays === undefined) return { closed: noDays, parts: [] };
  const closed = new Set<number>();
  const parts: Closure[] = [];
  for (const closure of closuresBetween(spec.holidays, firstDay, lastDay)) {
    if (closure.part === undefined) closed.add(closure.day);
    else parts.push(closure);
  }
  return { closed, parts };
}

/**
 * The closed parts of days as sorted, merged instants: wall times resolved in the calendar's zone
 * (its `segments`) or in the part's own zone.
 */
function closedIntervals(
  parts: readonly Closure[],
  segments: ReturnType<ZoneRules["segmentsBetween"]>,
  firstDay: number,
  lastDay: number,
): { starts: number[]; ends: number[] } {
  const raw: [number, number][] = [];
  for (const { day, part } of parts) {
    if (part === undefined) continue;
    const midnight = day * MS_PER_DAY;
    const own =
      part.timeZone === undefined
        ? segments
        : zoneRules(part.timeZone).segmentsBetween(
            firstDay * MS_PER_DAY - MS_PER_DAY,
            (lastDay + 3) * MS_PER_DAY,
          );
    const start = resolveWall(midnight + part.fromMs, own);
    const end = resolveWall(midnight + part.toMs, own);
    if (end > start) raw.push([start, end]);
  }
  raw.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of raw) {
    const last = ends.length - 1;
    if (last >= 0 && start <= (ends[last] as number))
      ends[last] = Math.max(ends[last] as number, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/**
 * Removes the closed intervals from sorted, non-overlapping windows (in place of the arrays): a
 * window cut in two keeps its day in both pieces.
 */
function subtract(
  windows: { starts: number[]; ends: number[]; days: number[] },
  closed: { starts: number[]; ends: number[] },
): { starts: number[]; ends: number[]; days: number[] } {
  if (closed.starts.length === 0) return windows;
  const starts: number[] = [];
  const ends: number[] = [];
  const days: number[] = [];
  let c = 0;
  for (let i = 0; i < windows.starts.length; i++) {
    let start = windows.starts[i] as number;
    const end = windows.ends[i] as number;
    const day = windows.days[i] as number;
    while (c < closed.starts.length && (closed.ends[c] as number) <= start) c++;
    let k = c;
    while (start < end && k < closed.starts.length && (closed.starts[k] as number) < end) {
      const cutFrom = closed.starts[k] as number;
      if (cutFrom > start) {
        starts.push(start);
        ends.push(cutFrom);
        days.push(day);
      }
      start = Math.max(start, closed.ends[k] as number);
      k++;
    }
    if (end > start) {
      starts.push(start);
      ends.push(end);
      days.push(day);
    }
  }
  return { starts, ends, days };
}

/** The year with no window: what a closed year compiles to, without asking the zone for offsets. */
function emptyYear(year: number, from: number, until: number): YearChunk {
  return {
    year,
    from,
    until,
    count: 0,
    starts: new Float64Array(0),
    ends: new Float64Array(0),
    days: new Int32Array(0),
    cumulative: new Float64Array(1),
    total: 0,
  };
}

/** True when no date in `[firstDay, lastDay]` has `dateHours` (a loop over the dates, not the map). */
function noDateHoursIn(spec: CalendarSpec, firstDay: number, lastDay: number): boolean {
  if (spec.dateHours.size === 0) return true;
  for (let day = firstDay; day <= lastDay; day++) if (spec.dateHours.has(day)) return false;
  return true;
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
  // A year with no window at all (only weekly windows, every one closed; or dateHours elsewhere)
  // is found without the zone's offsets, which cost far more than reading the dates.
  if (!spec.weeklyOpen && noDateHoursIn(spec, firstDay, lastDay)) {
    return emptyYear(year, from, until);
  }
  const { closed, parts } = closuresIn(spec, firstDay, lastDay);
  const local: { day: number; windows: readonly NormalizedWindow[] }[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const windows = windowsOf(spec, closed, day);
    if (windows.length > 0) local.push({ day, windows });
  }
  if (local.length === 0) return emptyYear(year, from, until);
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
  for (const { day, windows } of local) {
    const midnight = day * MS_PER_DAY;
    for (const window of windows) {
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
  const open = subtract(
    { starts, ends, days },
    closedIntervals(parts, segments, firstDay, lastDay),
  );
  return chunkOf(year, from, until, open);
}

/** The chunk of sorted, non-overlapping windows, with their cumulative business time. */
function chunkOf(
  year: number,
  from: number,
  until: number,
  { starts, ends, days }: { starts: number[]; ends: number[]; days: number[] },
): YearChunk {
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
  };
}
