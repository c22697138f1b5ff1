/** Which closures of a calendar's holidays took open time away between two instants: the facts explanations name. */

import { closuresBetween } from "../holidays/closures.js";
import { isoDateOfDays, MS_PER_DAY } from "../time/civil.js";
import { type BusinessCalendar, specAndRulesOf } from "./calendar.js";
import { writtenWindowsOf } from "./compile.js";

/** A closure that removed open time: a whole day, or a part of one, with its name when known. */
export interface ClosedPart {
  /** The local date (days since 1970-01-01) in the calendar's zone. */
  readonly day: number;
  /** Wall times of a part of the day (`undefined`: the whole day), in `timeZone` or the calendar's. */
  readonly part:
    | { readonly fromMs: number; readonly toMs: number; readonly timeZone: string | undefined }
    | undefined;
  /** The holiday's name; `null` when the list gave none. */
  readonly name: string | null;
  /** Closed by the caller's function, not by a list. */
  readonly byFunction: boolean;
}

/** At most this many dates are looked at (a deadline spans a few hundred at most). */
const MAX_DAYS = 800;

/**
 * The closures between `a` and `b` (local dates, wall times overlapping `[a, b)`) on dates that
 * would otherwise open: whole days and parts of days from the holiday list, and dates the
 * holidays function closes. In date order; at most {@link MAX_DAYS} dates from `a` are looked at.
 */
export function closedPartsBetween(calendar: BusinessCalendar, a: number, b: number): ClosedPart[] {
  if (b <= a) return [];
  const { spec, rules } = specAndRulesOf(calendar);
  const aWall = a + rules.offsetAt(a);
  const bWall = b + rules.offsetAt(b);
  const firstDay = Math.floor(aWall / MS_PER_DAY);
  const lastDay = Math.min(Math.floor((bWall - 1) / MS_PER_DAY), firstDay + MAX_DAYS);
  const windowsOf = (day: number) => writtenWindowsOf(spec, day);
  /** The wall-time span `[from, to)` of a date overlaps `[a, b)` and an open window of the date. */
  const overlaps = (day: number, from: number, to: number): boolean => {
    const midnight = day * MS_PER_DAY;
    if (midnight + to <= aWall || midnight + from >= bWall) return false;
    return windowsOf(day).some((w) => w.startMs < to && w.endMs > from);
  };
  const found: ClosedPart[] = [];
  const wholeDays = new Set<number>();
  if (spec.holidays !== undefined) {
    for (const closure of closuresBetween(spec.holidays, firstDay, lastDay)) {
      const { day, part, name } = closure;
      const [from, to] = part === undefined ? [0, 2 * MS_PER_DAY] : [part.fromMs, part.toMs];
      if (part === undefined && wholeDays.has(day)) continue;
      // A part in another zone is named whenever its date would open.
      if (part?.timeZone !== undefined ? windowsOf(day).length === 0 : !overlaps(day, from, to)) {
        continue;
      }
      if (part === undefined) wholeDays.add(day);
      found.push({ day, part, name, byFunction: false });
    }
  }
  const predicate = spec.closedPredicate;
  if (predicate !== undefined) {
    for (let day = firstDay; day <= lastDay; day++) {
      if (wholeDays.has(day) || !overlaps(day, 0, 2 * MS_PER_DAY)) continue;
      let closed = false;
      try {
        closed = predicate(isoDateOfDays(day)) === true;
      } catch {
        // The engine reported a failing function when it compiled the year; nothing to name here.
      }
      if (closed) found.push({ day, part: undefined, name: null, byFunction: true });
    }
  }
  return found.sort((x, y) => x.day - y.day || (x.part?.fromMs ?? -1) - (y.part?.fromMs ?? -1));
}
