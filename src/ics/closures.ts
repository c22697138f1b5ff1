/** The holiday entries read from a file: whole dates, parts of dates split at midnight, and yearly rules, counted, without duplicates, sorted and frozen. */

import type { DatedHoliday, HolidayEntry, YearlyHoliday } from "../holidays/entries.js";
import { formatTimeOfDay, isoDateOfDays } from "../time/civil.js";
import type { Budget } from "./recur.js";

/** Minutes in a day. */
const DAY_MINUTES = 1440;

/** Compares texts by code unit (never by the machine's locale). */
function compareText(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A dated entry with the numbers it sorts by. */
interface Dated {
  readonly day: number;
  readonly from: number;
  readonly to: number;
  readonly entry: DatedHoliday;
}

/** Orders the keys of a yearly rule: month, then day or position of the weekday in the month. */
function yearlyOrder(entry: YearlyHoliday): number {
  const nth = entry.nth === "last" ? 6 : (entry.nth ?? 0);
  return entry.month * 100 + (entry.day ?? nth * 7);
}

/** Collects the entries of one call: each new entry counts against `inputLimits.holidays`. */
export class EntryList {
  readonly #budget: Budget;
  readonly #dated = new Map<string, Dated>();
  readonly #yearly = new Map<string, YearlyHoliday>();

  constructor(budget: Budget) {
    this.#budget = budget;
  }

  /** Whole days `[firstDay, endDay)` (days since 1970-01-01). */
  addDays(firstDay: number, endDay: number, name: string | null): void {
    for (let day = firstDay; day < endDay; day++) {
      this.#addDated(day, 0, DAY_MINUTES, { date: isoDateOfDays(day), name });
    }
  }

  /**
   * A closure from `start` to `end`, minutes since 1970-01-01 00:00 in `timeZone` (the
   * calendar's when `undefined`), split at midnight: one entry per date it touches.
   */
  addTimed(start: number, end: number, timeZone: string | undefined, name: string | null): void {
    const firstDay = Math.floor(start / DAY_MINUTES);
    const lastDay = Math.ceil(end / DAY_MINUTES) - 1;
    for (let day = firstDay; day <= lastDay; day++) {
      const from = Math.max(start - day * DAY_MINUTES, 0);
      const to = Math.min(end - day * DAY_MINUTES, DAY_MINUTES);
      if (to <= from) continue;
      const entry: DatedHoliday =
        timeZone === undefined
          ? { date: isoDateOfDays(day), from: formatTimeOfDay(from), to: formatTimeOfDay(to), name }
          : {
              date: isoDateOfDays(day),
              from: formatTimeOfDay(from),
              to: formatTimeOfDay(to),
              timeZone,
              name,
            };
      this.#addDated(day, from, to, entry);
    }
  }

  /** A yearly rule. */
  addYearly(entry: YearlyHoliday): void {
    const key = JSON.stringify(entry);
    if (this.#yearly.has(key)) return;
    this.#budget.entries(1);
    this.#yearly.set(key, Object.freeze({ ...entry }));
  }

  #addDated(day: number, from: number, to: number, entry: DatedHoliday): void {
    const key = JSON.stringify(entry);
    if (this.#dated.has(key)) return;
    this.#budget.entries(1);
    this.#dated.set(key, { day, from, to, entry: Object.freeze(entry) });
  }

  /** Dated entries in date order (then start, end, zone, name), then the yearly rules in calendar order. */
  result(): readonly HolidayEntry[] {
    const dated = [...this.#dated.values()].sort(
      (a, b) =>
        a.day - b.day ||
        a.from - b.from ||
        a.to - b.to ||
        compareText(a.entry.timeZone, b.entry.timeZone) ||
        compareText(a.entry.name, b.entry.name),
    );
    const yearly = [...this.#yearly.values()].sort(
      (a, b) =>
        yearlyOrder(a) - yearlyOrder(b) ||
        (a.firstYear ?? 0) - (b.firstYear ?? 0) ||
        compareText(a.from, b.from) ||
        compareText(a.name, b.name),
    );
    return Object.freeze([...dated.map((d) => d.entry), ...yearly]);
  }
}
