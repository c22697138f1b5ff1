/** A holiday list read once into what a calendar needs: whole days, parts of days and yearly rules, each with its name. */

import { civilFromDays, daysFromCivil, daysInMonth, isoWeekday } from "../time/civil.js";

/** Part of a local date closed: from `fromMs` to `toMs` after its midnight, in `timeZone` (the calendar's when `undefined`). */
export interface DayPart {
  readonly fromMs: number;
  readonly toMs: number;
  readonly timeZone: string | undefined;
  readonly name: string | null;
}

/** A yearly rule: a fixed date, or the nth (`-1`: last) ISO weekday (1 Monday ... 7 Sunday) of a month. */
export interface YearlyRule {
  readonly month: number;
  /** Fixed day of the month, or `undefined` for a weekday rule. */
  readonly day: number | undefined;
  readonly weekday: number | undefined;
  readonly nth: number | undefined;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Dates skipped, as days since 1970-01-01. */
  readonly except: ReadonlySet<number>;
  /** The part of the day closed, or `undefined` for the whole day. */
  readonly part: Omit<DayPart, "name"> | undefined;
  readonly name: string | null;
}

/**
 * A holiday list as the engine reads it. Days are local dates (days since 1970-01-01) in the zone
 * of the calendar they close.
 */
export interface HolidaySet {
  /** Whole days closed, with their name (`null` when none was given). */
  readonly days: ReadonlyMap<number, string | null>;
  /** Parts of days closed, by date. */
  readonly parts: ReadonlyMap<number, readonly DayPart[]>;
  readonly rules: readonly YearlyRule[];
  /** Identity of the set: equal keys close the same times. */
  readonly key: string;
}

/** The date a yearly rule falls on in `year` (before `firstYear`, `except` and the year range). */
function ruleDateIn(rule: YearlyRule, year: number): number | undefined {
  const last = daysInMonth(year, rule.month);
  if (rule.day !== undefined) {
    return rule.day <= last ? daysFromCivil(year, rule.month, rule.day) : undefined;
  }
  const weekday = rule.weekday as number;
  const nth = rule.nth as number;
  if (nth === -1) {
    const end = daysFromCivil(year, rule.month, last);
    return end - ((isoWeekday(end) - weekday + 7) % 7);
  }
  const first = daysFromCivil(year, rule.month, 1);
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
  return day - first < last ? day : undefined;
}

/** The date a rule closes in `year`, or `undefined` (outside its years, skipped, or no such day). */
function ruleDayIn(rule: YearlyRule, year: number): number | undefined {
  if (year < rule.firstYear || year > rule.lastYear) return undefined;
  const day = ruleDateIn(rule, year);
  return day === undefined || rule.except.has(day) ? undefined : day;
}

/** One closure a set holds on a date: the whole day or a part of it, with its name. */
export interface Closure {
  readonly day: number;
  /** `undefined` for the whole day. */
  readonly part: Omit<DayPart, "name"> | undefined;
  readonly name: string | null;
}

/**
 * Every closure of `set` on the dates `[firstDay, lastDay]` (civil years `firstYear..lastYear`
 * are walked once per rule, so the cost does not depend on the number of days), by date.
 */
export function closuresBetween(set: HolidaySet, firstDay: number, lastDay: number): Closure[] {
  const found: Closure[] = [];
  if (lastDay - firstDay < set.days.size + set.parts.size) {
    for (let day = firstDay; day <= lastDay; day++) {
      const name = set.days.get(day);
      if (name !== undefined) found.push({ day, part: undefined, name });
      for (const part of set.parts.get(day) ?? []) found.push({ day, part, name: part.name });
    }
  } else {
    for (const [day, name] of set.days) {
      if (day >= firstDay && day <= lastDay) found.push({ day, part: undefined, name });
    }
    for (const [day, parts] of set.parts) {
      if (day < firstDay || day > lastDay) continue;
      for (const part of parts) found.push({ day, part, name: part.name });
    }
  }
  if (set.rules.length > 0) {
    const lastYear = civilFromDays(lastDay).year;
    for (let year = civilFromDays(firstDay).year; year <= lastYear; year++) {
      for (const rule of set.rules) {
        const day = ruleDayIn(rule, year);
        if (day === undefined || day < firstDay || day > lastDay) continue;
        found.push({ day, part: rule.part, name: rule.name });
      }
    }
  }
  return found.sort((a, b) => a.day - b.day || (a.part?.fromMs ?? -1) - (b.part?.fromMs ?? -1));
}
