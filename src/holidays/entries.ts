/** The forms a holiday takes in a case's `holidays` and a calendar's `closedDates`: dates, named dates, yearly rules, parts of a day. */

import type { PlainDateLike } from "../input/plain-date.js";

/**
 * A closed date: `YYYY-MM-DD`, or a `Temporal.PlainDate` (or any object like one).
 *
 * @example
 * ```ts
 * import { type ClosedDate, isOpen } from "adobe-support-sla";
 * const boxingDay: ClosedDate = "2026-12-26";
 * const saturdays = [{ start: "09:00", end: "17:00" }];
 * const calendar = { timeZone: "Europe/London", weekly: { sat: saturdays }, closedDates: [boxingDay] };
 * isOpen(calendar, "2026-12-26T10:00:00Z") //=> false
 * ```
 * @category Holidays
 */
export type ClosedDate = string | PlainDateLike;

/**
 * A weekday as three lower-case letters, Monday first.
 *
 * @example
 * ```ts
 * import type { HolidayWeekday, YearlyHoliday } from "adobe-support-sla";
 * const monday: HolidayWeekday = "mon";
 * const memorialDay: YearlyHoliday = { month: 5, weekday: monday, nth: "last" };
 * memorialDay.nth //=> "last"
 * ```
 * @category Holidays
 */
export type HolidayWeekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * What closes, on the date or dates an entry names: the whole day, or only the part from `from`
 * to `to` (`HH:mm` wall times, `to` after `from`, `"24:00"` for the end of the day) in
 * `timeZone` (an IANA zone; the calendar's own zone when absent or `null`). `name` says why in
 * explanations ("closed: Christmas Day").
 *
 * @example
 * ```ts
 * import { type HolidayClosure, isOpen } from "adobe-support-sla";
 * const afternoon: HolidayClosure = { from: "12:00", to: "24:00", name: "Christmas Eve afternoon" };
 * const thursdays = [{ start: "09:00", end: "17:00" }];
 * const closedDates = [{ date: "2026-12-24", ...afternoon }];
 * const calendar = { timeZone: "Europe/Paris", weekly: { thu: thursdays }, closedDates };
 * isOpen(calendar, "2026-12-24T11:00:00+01:00") //=> true
 * isOpen(calendar, "2026-12-24T13:00:00+01:00") //=> false
 * ```
 * @category Holidays
 */
export interface HolidayClosure {
  /** What the closure is called in explanations, e.g. `"Christmas Day"`. */
  readonly name?: string | null | undefined;
  /** Start of a partial closure, `HH:mm`; with `to`. Absent: the whole day. */
  readonly from?: string | null | undefined;
  /** End of a partial closure, `HH:mm` or `"24:00"`; with `from`. */
  readonly to?: string | null | undefined;
  /** The zone `from` and `to` are read in: an IANA zone. Default: the calendar's zone. */
  readonly timeZone?: string | null | undefined;
}

/**
 * One dated holiday: a date with a name, or a part of a day closed.
 *
 * @example
 * ```ts
 * import { type DatedHoliday, responseDeadline } from "adobe-support-sla";
 * const christmasEve: DatedHoliday = { date: "2026-12-24", from: "12:00", to: "24:00", name: "Christmas Eve afternoon" };
 * const request = { plan: "expert", priority: "P3", region: "emea", timeZone: "Europe/Paris" } as const;
 * const christmas: DatedHoliday = { date: "2026-12-25", name: "Christmas Day" };
 * const opened = "2026-12-24T11:00:00+01:00";
 * const due = responseDeadline({ ...request, openedAt: opened, holidays: [christmasEve, christmas] });
 * due.dueAtLocal //=> "2026-12-28T12:00:00.000+01:00"
 * ```
 * @category Holidays
 */
export interface DatedHoliday extends HolidayClosure {
  /** The date closed, in the zone of the calendar it closes. */
  readonly date: ClosedDate;
}

/**
 * A holiday every year: a fixed month and day (`{ month: 12, day: 25 }`), or the nth weekday of a
 * month (`{ month: 11, weekday: "thu", nth: 4 }`), or its last (`nth: "last"`). Optionally from
 * `firstYear` to `lastYear` (both included), and never on the dates in `except`. A fixed date
 * that falls on a weekend stays there: give the day off in lieu as a dated entry.
 *
 * @example
 * ```ts
 * import { isOpen, type YearlyHoliday } from "adobe-support-sla";
 * const thanksgiving: YearlyHoliday = { month: 11, weekday: "thu", nth: 4, name: "Thanksgiving" };
 * const calendar = {
 *   timeZone: "America/New_York",
 *   weekly: { thu: [{ start: "09:00", end: "17:00" }] },
 *   closedDates: [thanksgiving],
 * };
 * isOpen(calendar, "2026-11-26T10:00:00-05:00") //=> false
 * isOpen(calendar, "2026-11-19T10:00:00-05:00") //=> true
 * ```
 * @category Holidays
 */
export interface YearlyHoliday extends HolidayClosure {
  /** The month, 1 (January) to 12. */
  readonly month: number;
  /** The day of the month, 1 to 31 (a 29 February rule closes leap years only); or use `weekday` and `nth`. */
  readonly day?: number | null | undefined;
  /** The weekday of an nth-weekday rule, with `nth`. */
  readonly weekday?: HolidayWeekday | null | undefined;
  /** Which `weekday` of the month: 1 to 5 (a month without a fifth has none), or `"last"`. */
  readonly nth?: 1 | 2 | 3 | 4 | 5 | "last" | null | undefined;
  /** The first year the rule applies. Default: every year. */
  readonly firstYear?: number | null | undefined;
  /** The last year the rule applies (included). Default: every year. */
  readonly lastYear?: number | null | undefined;
  /** Dates the rule skips (a year it was moved), `YYYY-MM-DD`. */
  readonly except?: readonly ClosedDate[] | null | undefined;
}

/**
 * One entry of a holiday list: a date (`"2026-12-25"` or a `Temporal.PlainDate`), a
 * {@link DatedHoliday} (a named date, or part of a day), or a {@link YearlyHoliday} rule.
 *
 * @example
 * ```ts
 * import { type HolidayEntry, responseDeadline } from "adobe-support-sla";
 * const holidays: HolidayEntry[] = [
 *   { date: "2026-12-24", from: "13:00", to: "17:00", name: "Christmas Eve" },
 *   { month: 12, day: 25, name: "Christmas Day" },
 * ];
 * const request = { plan: "expert", priority: "P4", region: "emea", timeZone: "Europe/London" } as const;
 * responseDeadline({ ...request, openedAt: "2026-12-24T09:00:00Z", holidays }).dueAt //=> "2026-12-28T13:00:00.000Z"
 * ```
 * @category Holidays
 */
export type HolidayEntry = ClosedDate | DatedHoliday | YearlyHoliday;
