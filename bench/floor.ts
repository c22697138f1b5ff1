/**
 * The floor: the engine's algorithm and nothing else, written here over arrays of our own. Each
 * zone's windows (Mon-Fri 09:00-17:00, the bench holidays closed) are laid out once with luxon as
 * sorted `Float64Array`s of starts and ends with prefix sums of business time; a deadline is two
 * binary searches (the window at or before the start, then the window where the prefix sum reaches
 * the target). No validation, no caches, no result object: what a public call costs beyond this
 * is what its ratio shows. Also the reference every timed answer is checked against.
 */

import { DateTime } from "luxon";
import { CLOSE_HOUR, holidayDates, OPEN_HOUR } from "./inputs.js";

/** One zone's windows over the whole benchmarked span. */
export interface FloorZone {
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `cumulative[i]`: business time before `starts[i]`; `count + 1` entries. */
  readonly cumulative: Float64Array;
}

/** Local dates laid out: every opening (2024-2030) and deadline (up to 250 business days later). */
const FIRST_DATE = { year: 2023, month: 12, day: 1 } as const;
const LAST_YEAR = 2033;

/** Lays out `zone`'s windows with luxon, independently of the engine. */
export function floorZone(zone: string): FloorZone {
  const closed = new Set(holidayDates());
  const starts: number[] = [];
  const ends: number[] = [];
  for (let day = DateTime.fromObject(FIRST_DATE, { zone }); day.year <= LAST_YEAR; ) {
    if (day.weekday <= 5 && !closed.has(day.toISODate() as string)) {
      const date = { year: day.year, month: day.month, day: day.day };
      starts.push(DateTime.fromObject({ ...date, hour: OPEN_HOUR }, { zone }).toMillis());
      ends.push(DateTime.fromObject({ ...date, hour: CLOSE_HOUR }, { zone }).toMillis());
    }
    day = day.plus({ days: 1 });
  }
  const cumulative = new Float64Array(starts.length + 1);
  for (let i = 0; i < starts.length; i++)
    cumulative[i + 1] = (cumulative[i] as number) + (ends[i] as number) - (starts[i] as number);
  return {
    count: starts.length,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumulative,
  };
}

/** Index of the last window starting at or before `t`, or -1 (binary search 1). */
function lastStartAtOrBefore(z: FloorZone, t: number): number {
  const starts = z.starts;
  let lo = 0;
  let hi = z.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Business time before `t`. */
function cumulativeAt(z: FloorZone, t: number): number {
  const i = lastStartAtOrBefore(z, t);
  if (i < 0) return 0;
  return (z.cumulative[i] as number) + Math.min(t, z.ends[i] as number) - (z.starts[i] as number);
}

/** The earliest instant with `duration` of business time since `t`: the deadline. */
export function floorDeadline(z: FloorZone, t: number, duration: number): number {
  if (duration <= 0) return t;
  const target = cumulativeAt(z, t) + duration;
  // Binary search 2: smallest k with cumulative[k + 1] >= target.
  const cumulative = z.cumulative;
  let lo = 0;
  let hi = z.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid + 1] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  if ((cumulative[lo + 1] as number) < target)
    throw new Error("floor: deadline past the laid-out span");
  return (z.starts[lo] as number) + (target - (cumulative[lo] as number));
}

/** Whether a window is open at `t` (`start <= t < end`). */
export function floorIsOpen(z: FloorZone, t: number): boolean {
  const i = lastStartAtOrBefore(z, t);
  return i >= 0 && t < (z.ends[i] as number);
}

/** The first open instant at or after `t`. */
export function floorNextOpening(z: FloorZone, t: number): number {
  const i = lastStartAtOrBefore(z, t);
  if (i >= 0 && t < (z.ends[i] as number)) return t;
  return z.starts[i + 1] as number;
}

/** Business time in `[a, b)` for `a <= b`. */
export function floorBetween(z: FloorZone, a: number, b: number): number {
  return cumulativeAt(z, b) - cumulativeAt(z, a);
}
