/** Public business-time functions: validated wrappers over the compiled calendar queries. */

import type { InstantInput } from "../time/instant.js";
import { BusinessCalendar, calendarFor, toSpec } from "./calendar.js";
import type { CalendarDefinition } from "./definition.js";
import { readAdd, readAt, readBetween } from "./inputs.js";
import { addBusinessTimeAt, businessTimeBetweenAt, isOpenAt, nextOpeningAt } from "./query.js";
import { rememberCalendar, rememberedCalendar } from "./remembered.js";

/**
 * Validates a calendar definition and returns a reusable {@link BusinessCalendar}.
 *
 * Equal definitions share one compiled calendar (a cache bounded by memory), so creating the same
 * calendar per request is cheap; a predicate in `closedDates` is compared by identity. A
 * definition object passed again is not validated again unless it changed (it is read and
 * compared, about 1 ms at the limits). Passing a `BusinessCalendar` returns it unchanged. Issue
 * paths start with `"calendar"`. A field set to `undefined` (a weekday, `closedDates`,
 * `dateHours`) counts as absent.
 *
 * Limits (`inputLimits`), checked before any entry is read and rejected with code
 * `too_big`: at most `windowsPerDay` (96) windows per weekday or date, `dateHours` (4,000) dates
 * in `dateHours`, `holidays` (10,000) dates in a `closedDates` list (use a function for rules).
 *
 * Gotcha: a calendar whose windows are all closed (`closedDates: () => true`, or only
 * `dateHours` in the past) is valid, but every answer that needs open time (`nextOpening`,
 * `addBusinessTime` past its last window) fails with code `beyond_supported_range`, in
 * milliseconds; `isOpen` answers `false` and `businessTimeBetween` `0`.
 *
 * The calendar is deeply frozen, and nothing reachable from it can change an answer: its
 * validated windows and compiled years are private.
 *
 * @param definition - Weekly windows in an IANA zone, closed dates, date-specific hours.
 * @returns A frozen calendar, compiled year by year on first use.
 * @throws {@link SlaInputError} When the definition is invalid (unknown zone, a time that is not
 *   `HH:mm`, overlapping windows, a bad date, an unknown key), over a limit (`too_big`) or has
 *   no window on any day (`calendar_never_open`).
 * @example
 * ```ts
 * import { createCalendar, isSlaInputError } from "adobe-support-sla";
 * const weekday = [{ start: "09:00", end: "17:00" }];
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 *   closedDates: ["2026-12-25"],
 * });
 * paris.timeZone //=> "Europe/Paris"
 * try {
 *   createCalendar({ timeZone: "Europe/Pari", weekly: { mon: weekday } });
 * } catch (error) {
 *   if (!isSlaInputError(error)) throw error;
 *   error.issues[0]?.path //=> ["calendar", "timeZone"]
 *   error.issues[0]?.code //=> "unknown_time_zone"
 * }
 * ```
 * @category Calendar engine
 */
export function createCalendar(definition: CalendarDefinition): BusinessCalendar {
  if (BusinessCalendar.isCalendar(definition)) return definition;
  const known = rememberedCalendar(definition);
  if (known !== undefined) return known;
  const { definition: frozen, spec } = toSpec(definition, ["calendar"]);
  const calendar = calendarFor(frozen, spec);
  rememberCalendar(definition, calendar);
  return calendar;
}

/**
 * A calendar or its definition: every business-time function accepts either (a definition is
 * validated, then compiled once and cached, as by {@link createCalendar}).
 *
 * @example
 * ```ts
 * import { type CalendarInput, createCalendar, isOpen } from "adobe-support-sla";
 * const mondays = { timeZone: "Asia/Tokyo", weekly: { mon: [{ start: "09:00", end: "17:00" }] } };
 * const inputs: CalendarInput[] = [mondays, createCalendar(mondays)];
 * inputs.map((calendar) => isOpen(calendar, "2026-11-23T10:00:00+09:00")) //=> [true, true]
 * ```
 * @category Calendar engine
 */
export type CalendarInput = BusinessCalendar | CalendarDefinition;

function calendarOf(input: CalendarInput): BusinessCalendar {
  return BusinessCalendar.isCalendar(input) ? input : createCalendar(input);
}

/**
 * Whether the calendar is open at an instant (inside `[start, end)` of a window).
 *
 * Gotcha: a closing time is outside the window (17:00 sharp is closed in a 09:00-17:00 day).
 *
 * @param calendar - A {@link BusinessCalendar} or a definition.
 * @param at - ISO 8601 string with offset, `Date`, epoch milliseconds or luxon `DateTime`.
 * @returns `true` when a window is open at `at`.
 * @throws {@link SlaInputError} For an invalid calendar, or an instant that is invalid, has no
 *   UTC offset or is outside {@link SUPPORTED_RANGE}.
 * @example
 * ```ts
 * import { createCalendar, isOpen } from "adobe-support-sla";
 * const weekday = [{ start: "09:00", end: "17:00" }];
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 * });
 * isOpen(paris, "2026-11-23T08:30:00Z") //=> true
 * isOpen(paris, "2026-11-23T17:00:00+01:00") //=> false
 * isOpen(paris, "2026-11-21T10:00:00Z") //=> false
 * ```
 * @category Calendar engine
 */
export function isOpen(calendar: CalendarInput, at: InstantInput): boolean {
  const cal = calendarOf(calendar);
  return isOpenAt(cal, readAt(at));
}

/**
 * The earliest open instant at or after `at` (`at` itself when the calendar is open then).
 *
 * @param calendar - A {@link BusinessCalendar} or a definition.
 * @param at - ISO 8601 string with offset, `Date`, epoch milliseconds or luxon `DateTime`.
 * @returns Epoch milliseconds (`new Date(result)` for a `Date`).
 * @throws {@link SlaInputError} For an invalid calendar or instant, or when no opening exists
 *   before the end of {@link SUPPORTED_RANGE} (code `beyond_supported_range`).
 * @example
 * ```ts
 * import { createCalendar, nextOpening } from "adobe-support-sla";
 * const weekday = [{ start: "09:00", end: "17:00" }];
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 * });
 * const saturday = "2026-11-21T10:00:00Z";
 * nextOpening(paris, saturday) //=> 1795420800000
 * new Date(nextOpening(paris, saturday)).toISOString() //=> "2026-11-23T08:00:00.000Z"
 * ```
 * @category Calendar engine
 */
export function nextOpening(calendar: CalendarInput, at: InstantInput): number {
  const cal = calendarOf(calendar);
  return nextOpeningAt(cal, readAt(at));
}

/**
 * Adds business time: the earliest instant by which `durationMs` of open time has elapsed since
 * `start`. A deadline that uses up the last minute of a day is that day's closing time, not the
 * next opening.
 *
 * @param calendar - A {@link BusinessCalendar} or a definition.
 * @param start - ISO 8601 string with offset, `Date`, epoch milliseconds or luxon `DateTime`;
 *   when the calendar is closed then, counting starts at the next opening.
 * @param durationMs - Whole, non-negative milliseconds of business time (a bad value is reported
 *   at path `["durationMs"]`).
 * @returns Epoch milliseconds of the deadline.
 * @throws {@link SlaInputError} For an invalid calendar, instant or duration, or when the result
 *   would fall after the end of {@link SUPPORTED_RANGE}.
 * @example
 * ```ts
 * import { addBusinessTime, createCalendar } from "adobe-support-sla";
 * const weekday = [{ start: "09:00", end: "17:00" }];
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 * });
 * const due = addBusinessTime(paris, "2026-11-20T15:50:00Z", 30 * 60_000);
 * due //=> 1795422000000
 * new Date(due).toISOString() //=> "2026-11-23T08:20:00.000Z"
 * ```
 * @category Calendar engine
 */
export function addBusinessTime(
  calendar: CalendarInput,
  start: InstantInput,
  durationMs: number,
): number {
  const cal = calendarOf(calendar);
  const input = readAdd(start, durationMs);
  return addBusinessTimeAt(cal, input.start, input.durationMs);
}

/**
 * Business time between two instants: the length of `[from, to)` inside open windows, in
 * milliseconds (negative when `to` is before `from`).
 *
 * @param calendar - A {@link BusinessCalendar} or a definition.
 * @param from - Start of the span: ISO 8601 string with offset, `Date`, epoch ms or luxon `DateTime`.
 * @param to - End of the span (exclusive), in the same forms.
 * @returns Milliseconds of open time in the span; negative when `to` is before `from`.
 * @throws {@link SlaInputError} For an invalid calendar or instant.
 * @example
 * ```ts
 * import { businessTimeBetween, createCalendar } from "adobe-support-sla";
 * const weekday = [{ start: "09:00", end: "17:00" }];
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
 * });
 * businessTimeBetween(paris, "2026-11-20T15:50:00Z", "2026-11-23T08:20:00Z") //=> 1800000
 * businessTimeBetween(paris, "2026-11-23T08:20:00Z", "2026-11-20T15:50:00Z") //=> -1800000
 * ```
 * @category Calendar engine
 */
export function businessTimeBetween(
  calendar: CalendarInput,
  from: InstantInput,
  to: InstantInput,
): number {
  const cal = calendarOf(calendar);
  const input = readBetween(from, to);
  return businessTimeBetweenAt(cal, input.from, input.to);
}
