/** Yearly rules: an `RRULE` that closes one fixed date, or the nth weekday of a month, every year, kept as a rule instead of expanded into dates. */

import type ICAL from "ical.js";
import type { HolidayWeekday } from "../holidays/entries.js";
import { daysFromCivil, daysInMonth, isoWeekday, MS_PER_DAY } from "../time/civil.js";
import type { Budget, Rule } from "./recur.js";
import { wallMs } from "./zones.js";

/** The date a yearly rule names: a fixed month and day, or the nth (`-1`: last) weekday of a month. */
export interface YearlyShape {
  readonly month: number;
  readonly day?: number;
  /** ISO weekday: 1 Monday ... 7 Sunday. */
  readonly weekday?: number;
  /** 1 to 5, or -1 for the last. */
  readonly nth?: number;
}

/** Rule parts a yearly rule may have and still be one date a year. */
const SIMPLE_PARTS = ["BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS"];
const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const WEEKDAY_NAMES: readonly HolidayWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
/** The last year a holiday entry may name. */
const LAST_YEAR = 9999;
/** Every pattern of dates repeats within a Gregorian cycle of 400 years. */
const CYCLE_YEARS = 400;

/** The day (since 1970-01-01) `shape` falls on in `year`, or `undefined` in a year it skips. */
export function shapeDay(shape: YearlyShape, year: number): number | undefined {
  const length = daysInMonth(year, shape.month);
  if (shape.day !== undefined) {
    return shape.day <= length ? daysFromCivil(year, shape.month, shape.day) : undefined;
  }
  const weekday = shape.weekday as number;
  if (shape.nth === -1) {
    const last = daysFromCivil(year, shape.month, length);
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = daysFromCivil(year, shape.month, 1);
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * ((shape.nth as number) - 1);
  return day - first < length ? day : undefined;
}

/** The nth weekday a `BYDAY` (with `BYSETPOS`) names, or `undefined`. */
function nthWeekday(byday: string, setpos: number | undefined): YearlyShape | undefined {
  const match = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
  if (!match) return undefined;
  const weekday = ICAL_DAYS.indexOf(match[3] as string) + 1;
  const ordinal =
    match[2] === undefined ? undefined : Number(match[2]) * (match[1] === "-" ? -1 : 1);
  if (ordinal !== undefined && setpos !== undefined) return undefined;
  const nth = ordinal ?? setpos;
  if (nth === undefined || nth === 0 || nth < -1 || nth > 5) return undefined;
  return { month: 0, weekday, nth };
}

/**
 * The one date a year `rule` closes, when it is that simple: FREQ=YEARLY every year, one month,
 * and one day of it (from DTSTART or BYMONTHDAY) or one nth weekday (`BYDAY=4TH`, `BYDAY=-1MO`,
 * or `BYDAY=TH;BYSETPOS=4`), with DTSTART on that date. Anything else is `undefined`: expanded.
 */
export function yearlyShapeOf(rule: Rule, start: ICAL.Time): YearlyShape | undefined {
  if (rule.freq !== "YEARLY" || rule.interval !== 1) return undefined;
  if (Object.keys(rule.parts).some((part) => !SIMPLE_PARTS.includes(part))) return undefined;
  const { BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS } = rule.parts;
  if ((BYMONTH?.length ?? 1) !== 1 || (BYMONTHDAY?.length ?? 1) !== 1) return undefined;
  if ((BYDAY?.length ?? 1) !== 1 || (BYSETPOS?.length ?? 1) !== 1) return undefined;
  const month = Number(BYMONTH?.[0] ?? start.month);
  let shape: YearlyShape | undefined;
  if (BYDAY === undefined) {
    const day = Number(BYMONTHDAY?.[0] ?? start.day);
    shape = BYSETPOS === undefined && day > 0 ? { month, day } : undefined;
  } else if (BYMONTH !== undefined && BYMONTHDAY === undefined) {
    const nth = nthWeekday(
      String(BYDAY[0]),
      BYSETPOS === undefined ? undefined : Number(BYSETPOS[0]),
    );
    shape = nth === undefined ? undefined : { ...nth, month };
  }
  if (shape === undefined) return undefined;
  const startDay = daysFromCivil(start.year, start.month, start.day);
  return shapeDay(shape, start.year) === startDay ? shape : undefined;
}

/** The `weekday` and `nth` (or `day`) of a yearly entry. */
export function shapeFields(
  shape: YearlyShape,
): { day: number } | { weekday: HolidayWeekday; nth: 1 | 2 | 3 | 4 | 5 | "last" } {
  if (shape.day !== undefined) return { day: shape.day };
  return {
    weekday: WEEKDAY_NAMES[(shape.weekday as number) - 1] as HolidayWeekday,
    nth: shape.nth === -1 ? "last" : (shape.nth as 1 | 2 | 3 | 4 | 5),
  };
}

/** True when `shape` falls in every year (not 29 February, not a fifth weekday). */
function everyYear(shape: YearlyShape): boolean {
  return shape.day !== undefined ? shape.day <= daysInMonth(2001, shape.month) : shape.nth !== 5;
}

/**
 * The last year of a yearly rule from its `UNTIL` (a floating time in the event's zone) or
 * `COUNT`: `null` when it has neither or ends after 9999, `"none"` when it never occurs.
 * `startMs` is the time of day of its occurrences, in milliseconds.
 */
export function lastYearOf(
  shape: YearlyShape,
  rule: Rule,
  firstYear: number,
  until: ICAL.Time | null,
  startMs: number,
  budget: Budget,
): number | null | "none" {
  if (until !== null) {
    const untilMs = wallMs(until) + (until.isDate ? MS_PER_DAY - 1 : 0);
    const lowest = Math.max(firstYear, until.year - CYCLE_YEARS);
    for (let year = Math.min(until.year, LAST_YEAR); year >= lowest; year--) {
      budget.step();
      const day = shapeDay(shape, year);
      if (day !== undefined && day * MS_PER_DAY + startMs <= untilMs)
        return year >= LAST_YEAR ? null : year;
    }
    return "none";
  }
  if (rule.count === null) return null;
  if (everyYear(shape)) {
    const last = firstYear + rule.count - 1;
    return last >= LAST_YEAR ? null : last;
  }
  if (rule.count > LAST_YEAR - firstYear) return null;
  let seen = 0;
  for (let year = firstYear; year < LAST_YEAR; year++) {
    budget.step();
    if (shapeDay(shape, year) !== undefined) seen++;
    if (seen === rule.count) return year;
  }
  return null;
}
