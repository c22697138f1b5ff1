/** Public business-time functions: validated wrappers over the compiled calendar queries. */

import * as z from "zod";
import { type InstantInput, instantSchema } from "../time/instant.js";
import { parseInput } from "../validation.js";
import { BusinessCalendar, calendarFor, toSpec } from "./calendar.js";
import type { CalendarDefinition } from "./definition.js";
import { addBusinessTimeAt, businessTimeBetweenAt, isOpenAt, nextOpeningAt } from "./query.js";

/**
 * Validates a calendar definition and returns a reusable {@link BusinessCalendar}. Equal
 * definitions share one compiled calendar (a bounded cache), so creating the same calendar
 * per request is cheap.
 *
 * @param definition - Weekly windows in an IANA zone, closed dates, date-specific hours.
 * @returns A frozen calendar, compiled year by year on first use.
 * @throws {SlaInputError} When the definition is invalid or never open.
 * @example
 * const paris = createCalendar({
 *   timeZone: "Europe/Paris",
 *   weekly: { mon: [{ start: "09:00", end: "17:00" }], tue: [{ start: "09:00", end: "17:00" }] },
 *   closedDates: ["2026-12-25"],
 * });
 * paris.timeZone //=> "Europe/Paris"
 */
export function createCalendar(definition: CalendarDefinition): BusinessCalendar {
  if (BusinessCalendar.isCalendar(definition)) return definition;
  const { definition: frozen, spec } = toSpec(definition, ["calendar"]);
  return calendarFor(frozen, spec);
}

/** A calendar or its definition: every business-time function accepts either. */
export type CalendarInput = BusinessCalendar | CalendarDefinition;

function calendarOf(input: CalendarInput): BusinessCalendar {
  return BusinessCalendar.isCalendar(input) ? input : createCalendar(input);
}

const atSchema = z.strictObject({ at: instantSchema });
const betweenSchema = z.strictObject({ from: instantSchema, to: instantSchema });
const addSchema = z.strictObject({
  start: instantSchema,
  duration: z
    .number({ error: "expected a whole, non-negative number of milliseconds" })
    .int({ error: "expected a whole, non-negative number of milliseconds" })
    .min(0, { error: "expected a whole, non-negative number of milliseconds" })
    .max(7_258_118_400_000, { error: "is longer than the supported range" }),
});

/**
 * Whether the calendar is open at an instant (inside `[start, end)` of a window).
 *
 * @param calendar - A {@link BusinessCalendar} or a definition.
 * @param at - ISO 8601 string with offset, `Date`, epoch milliseconds or luxon `DateTime`.
 * @returns `true` when open.
 * @throws {SlaInputError} For an invalid calendar or instant.
 * @example
 * isOpen(paris, "2026-11-23T08:30:00Z") //=> true (09:30 in Paris, a Monday)
 */
export function isOpen(calendar: CalendarInput, at: InstantInput): boolean {
  const cal = calendarOf(calendar);
  return isOpenAt(cal, parseInput(atSchema, { at }).at);
}

/**
 * The earliest open instant at or after `at` (`at` itself when the calendar is open then).
 *
 * @returns Epoch milliseconds (`new Date(result)` for a `Date`).
 * @throws {SlaInputError} For invalid input, or when no opening exists before the supported range ends.
 * @example
 * nextOpening(paris, "2026-11-21T10:00:00Z") //=> 1795420800000 (2026-11-23T08:00:00.000Z, Monday 09:00 CET)
 */
export function nextOpening(calendar: CalendarInput, at: InstantInput): number {
  const cal = calendarOf(calendar);
  return nextOpeningAt(cal, parseInput(atSchema, { at }).at);
}

/**
 * Adds business time: the earliest instant by which `durationMs` of open time has elapsed since
 * `start`. A deadline that uses up the last minute of a day is that day's closing time.
 *
 * @param durationMs - Whole, non-negative milliseconds of business time.
 * @returns Epoch milliseconds of the deadline.
 * @throws {SlaInputError} For invalid input, or when the result would fall after the supported range.
 * @example
 * addBusinessTime(paris, "2026-11-20T15:50:00Z", 30 * 60_000) //=> 1795422000000 (2026-11-23T08:20:00.000Z)
 */
export function addBusinessTime(
  calendar: CalendarInput,
  start: InstantInput,
  durationMs: number,
): number {
  const cal = calendarOf(calendar);
  const input = parseInput(addSchema, { start, duration: durationMs });
  return addBusinessTimeAt(cal, input.start, input.duration);
}

/**
 * Business time between two instants: the length of `[from, to)` inside open windows, in
 * milliseconds (negative when `to` is before `from`).
 *
 * @throws {SlaInputError} For invalid input.
 * @example
 * businessTimeBetween(paris, "2026-11-20T15:50:00Z", "2026-11-23T08:20:00Z") //=> 1800000
 */
export function businessTimeBetween(
  calendar: CalendarInput,
  from: InstantInput,
  to: InstantInput,
): number {
  const cal = calendarOf(calendar);
  const input = parseInput(betweenSchema, { from, to });
  return businessTimeBetweenAt(cal, input.from, input.to);
}
