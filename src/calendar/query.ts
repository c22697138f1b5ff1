/** Answers business-time questions on a compiled calendar by binary search over its year arrays. */

import { SUPPORTED_UNTIL_MS } from "../time/range.js";
import { utcYear } from "../time/zone.js";
import { type BusinessCalendar, beyondRange, yearOf } from "./calendar.js";
import type { YearChunk } from "./compile.js";

/** Index of the last window starting at or before `t` in `chunk`, or -1. */
function lastStartAtOrBefore(chunk: YearChunk, t: number): number {
  const starts = chunk.starts;
  let lo = 0;
  let hi = chunk.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Business time in `[chunk.from, t)`, for `t` inside the chunk's year. */
function cumulativeAt(chunk: YearChunk, t: number): number {
  const i = lastStartAtOrBefore(chunk, t);
  if (i < 0) return 0;
  const start = chunk.starts[i] as number;
  return (chunk.cumulative[i] as number) + Math.min(t, chunk.ends[i] as number) - start;
}

/**
 * Instants are normalized where they enter (`t + 0` turns `-0` into `0` and leaves every other
 * number as it is), so that no answer is ever `-0`.
 */

/** True when `t` lies in an open window (`start <= t < end`). */
export function isOpenAt(calendar: BusinessCalendar, t: number): boolean {
  const chunk = yearOf(calendar, utcYear(t));
  const i = lastStartAtOrBefore(chunk, t);
  return i >= 0 && t < (chunk.ends[i] as number);
}

/** The earliest open instant at or after `t` (`t` itself when open). */
export function nextOpeningAt(calendar: BusinessCalendar, at: number): number {
  const t = at + 0;
  let chunk = yearOf(calendar, utcYear(t));
  const i = lastStartAtOrBefore(chunk, t);
  if (i >= 0 && t < (chunk.ends[i] as number)) return t;
  let next = i + 1;
  while (next >= chunk.count) {
    if (chunk.until >= SUPPORTED_UNTIL_MS) throw beyondRange();
    chunk = yearOf(calendar, chunk.year + 1);
    next = 0;
  }
  return chunk.starts[next] as number;
}

/**
 * The earliest instant `u >= t` with `duration` of business time in `[t, u)`.
 * `duration` is a non-negative whole number of milliseconds; `0` returns `t`.
 */
export function addBusinessTimeAt(
  calendar: BusinessCalendar,
  start: number,
  duration: number,
): number {
  const t = start + 0;
  if (duration <= 0) return t;
  let chunk = yearOf(calendar, utcYear(t));
  let target = cumulativeAt(chunk, t) + duration;
  while (target > chunk.total) {
    target -= chunk.total;
    if (chunk.until >= SUPPORTED_UNTIL_MS) throw beyondRange();
    chunk = yearOf(calendar, chunk.year + 1);
  }
  // Smallest k with cumulative[k + 1] >= target: the window in which the target is reached.
  const cumulative = chunk.cumulative;
  let lo = 0;
  let hi = chunk.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid + 1] as number) >= target) hi = mid;
    else lo = mid + 1;
  }
  return insideRange((chunk.starts[lo] as number) + (target - (cumulative[lo] as number)));
}

/** The range's end is exclusive: an answer on or after it cannot be given (and `-0` is `0`). */
function insideRange(t: number): number {
  if (t >= SUPPORTED_UNTIL_MS) throw beyondRange();
  return t + 0;
}

/** Business time in `[a, b)`; negative when `b < a`. */
export function businessTimeBetweenAt(calendar: BusinessCalendar, a: number, b: number): number {
  // 0 - x, not -x: an empty reversed interval must give 0, not -0.
  if (b < a) return 0 - businessTimeBetweenAt(calendar, b, a);
  return forwardTimeBetween(calendar, a, b) + 0;
}

/** Business time in `[a, b)` for `a <= b`. */
function forwardTimeBetween(calendar: BusinessCalendar, a: number, b: number): number {
  const first = yearOf(calendar, utcYear(a));
  const lastYear = utcYear(b);
  if (first.year === lastYear) return cumulativeAt(first, b) - cumulativeAt(first, a);
  let total = first.total - cumulativeAt(first, a);
  for (let year = first.year + 1; year < lastYear; year++) total += yearOf(calendar, year).total;
  return total + cumulativeAt(yearOf(calendar, lastYear), b);
}

/** Position of the window containing or following `t`: its chunk and index (moving to later years as needed). */
function windowAtOrAfter(
  calendar: BusinessCalendar,
  t: number,
): { chunk: YearChunk; index: number } {
  let chunk = yearOf(calendar, utcYear(t));
  let index = lastStartAtOrBefore(chunk, t);
  if (index < 0 || t >= (chunk.ends[index] as number)) index += 1;
  while (index >= chunk.count) {
    if (chunk.until >= SUPPORTED_UNTIL_MS) throw beyondRange();
    chunk = yearOf(calendar, chunk.year + 1);
    index = 0;
  }
  return { chunk, index };
}

/**
 * The close of the business day after the one that contains (or follows) `t`: the end of the
 * last window of the next local date that has open time.
 */
export function endOfNextBusinessDayAt(calendar: BusinessCalendar, t: number): number {
  let { chunk, index } = windowAtOrAfter(calendar, t);
  const today = chunk.days[index] as number;
  // Walk to the first window of a later business day.
  while ((chunk.days[index] as number) <= today) {
    index += 1;
    while (index >= chunk.count) {
      if (chunk.until >= SUPPORTED_UNTIL_MS) throw beyondRange();
      chunk = yearOf(calendar, chunk.year + 1);
      index = 0;
    }
  }
  const nextDay = chunk.days[index] as number;
  let end = chunk.ends[index] as number;
  // Follow that day's windows, including a part carried into the next UTC year.
  for (;;) {
    index += 1;
    if (index >= chunk.count) {
      if (chunk.until >= SUPPORTED_UNTIL_MS) break;
      chunk = yearOf(calendar, chunk.year + 1);
      index = 0;
      if (chunk.count === 0) break;
    }
    if ((chunk.days[index] as number) !== nextDay) break;
    end = chunk.ends[index] as number;
  }
  return insideRange(end);
}

/** Business time per business day (local date, days since 1970-01-01) in `[a, b)`, in order. */
export function businessTimeByDay(
  calendar: BusinessCalendar,
  a: number,
  b: number,
): { day: number; ms: number }[] {
  const out: { day: number; ms: number }[] = [];
  if (b <= a) return out;
  let chunk = yearOf(calendar, utcYear(a));
  let index = Math.max(lastStartAtOrBefore(chunk, a), 0);
  for (;;) {
    while (index >= chunk.count) {
      if (chunk.until >= b || chunk.until >= SUPPORTED_UNTIL_MS) return out;
      chunk = yearOf(calendar, chunk.year + 1);
      index = 0;
    }
    const start = Math.max(chunk.starts[index] as number, a);
    const end = Math.min(chunk.ends[index] as number, b);
    if ((chunk.starts[index] as number) >= b) return out;
    if (end > start) {
      const day = chunk.days[index] as number;
      const last = out[out.length - 1];
      if (last && last.day === day) last.ms += end - start;
      else out.push({ day, ms: end - start });
    }
    index += 1;
  }
}
