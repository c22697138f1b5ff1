/** Business calendar definitions: the public shape, its validation and the normalized form the compiler reads. */

import * as z from "zod/mini";
import { codeParams } from "../errors.js";
import type { HolidaySet } from "../holidays/closures.js";
import type { HolidayEntry } from "../holidays/entries.js";
import { type ClosedDatesProblem, readClosedDates } from "../input/closed-dates.js";
import { inputLimits } from "../limits.js";
import { createMemo, once } from "../memo.js";
import { expectedRealDate } from "../messages.js";
import { closest } from "../text/closest.js";
import { flatCopy } from "../text/flat-copy.js";
import { parseIsoDate, parseTimeOfDay } from "../time/civil.js";

export { parseTimeOfDay };

import { isValidTimeZone } from "../time/zone.js";

export { closedDatesKey, validatedDates } from "../input/closed-dates.js";

/**
 * Weekday keys of a weekly schedule, Monday first.
 *
 * @example
 * ```ts
 * import { weekdays } from "adobe-support-sla";
 * weekdays //=> ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
 * ```
 * @category Calendar engine
 */
export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/**
 * A weekday key: `"mon"` ... `"sun"`.
 *
 * @example
 * ```ts
 * import { type Weekday, weekdays } from "adobe-support-sla";
 * const day: Weekday = "sat";
 * weekdays.indexOf(day) //=> 5
 * ```
 * @category Calendar engine
 */
export type Weekday = (typeof weekdays)[number];

/**
 * An open window on one day, in wall-clock time: `start` and `end` as `HH:mm` or `HH:mm:ss`.
 * `end` may be `24:00` (midnight at the end of the day); an `end` earlier than `start` means the
 * window runs past midnight into the next day (`22:00`-`02:00`).
 *
 * @example
 * ```ts
 * import { isOpen, type TimeWindow } from "adobe-support-sla";
 * const night: TimeWindow = { start: "22:00", end: "02:00" };
 * const calendar = { timeZone: "UTC", weekly: { mon: [night] } };
 * isOpen(calendar, "2026-11-24T01:00:00Z") //=> true
 * isOpen(calendar, "2026-11-24T02:00:00Z") //=> false
 * ```
 * @category Calendar engine
 */
export interface TimeWindow {
  /** Opening time, `HH:mm` or `HH:mm:ss` (`00:00` to `23:59:59`). */
  readonly start: string;
  /** Closing time (exclusive), `HH:mm` or `HH:mm:ss`; `24:00` for midnight at the end of the day. */
  readonly end: string;
}

/**
 * Closed dates: a list of holiday entries (`YYYY-MM-DD` dates, `Temporal.PlainDate`s, named
 * dates and parts of days, yearly rules: see {@link HolidayEntry}), or a predicate called with a
 * `YYYY-MM-DD` string. Dates and wall times are read in the calendar's zone.
 *
 * @example
 * ```ts
 * import { type ClosedDates, isOpen } from "adobe-support-sla";
 * const mayDay: ClosedDates = [{ month: 5, day: 1, name: "Labour Day" }];
 * const fridays = [{ start: "09:00", end: "17:00" }];
 * const calendar = { timeZone: "Europe/Paris", weekly: { fri: fridays }, closedDates: mayDay };
 * isOpen(calendar, "2026-05-01T10:00:00+02:00") //=> false
 * isOpen(calendar, "2026-05-08T10:00:00+02:00") //=> true
 * isOpen({ ...calendar, closedDates: (isoDate) => isoDate.endsWith("-05-08") }, "2026-05-08T10:00:00+02:00") //=> false
 * ```
 * @category Calendar engine
 */
export type ClosedDates = readonly HolidayEntry[] | ((isoDate: string) => boolean);

/**
 * A business calendar as a plain value: weekly open windows in an IANA zone, closed dates and
 * date-specific hours. Pass it to {@link createCalendar}, or straight to any business-time
 * function.
 *
 * @example
 * ```ts
 * import { type CalendarDefinition, isOpen } from "adobe-support-sla";
 * const nineToFive = [{ start: "09:00", end: "17:00" }];
 * const newYork: CalendarDefinition = {
 *   timeZone: "America/New_York",
 *   weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
 *   closedDates: ["2026-11-26"],
 *   dateHours: { "2026-11-27": [{ start: "09:00", end: "13:00" }] },
 * };
 * isOpen(newYork, "2026-11-26T10:00:00-05:00") //=> false
 * isOpen(newYork, "2026-11-27T14:00:00-05:00") //=> false
 * ```
 * @category Calendar engine
 */
export interface CalendarDefinition {
  /** IANA zone the windows are read in, e.g. `"Europe/Paris"`. */
  readonly timeZone: string;
  /**
   * Open windows per weekday, at most {@link inputLimits}`.windowsPerDay` (96) each; a missing,
   * `undefined` or empty weekday is closed.
   */
  readonly weekly: Partial<Readonly<Record<Weekday, readonly TimeWindow[]>>>;
  /**
   * Dates on which no window opens (holidays): at most {@link inputLimits}`.holidays` (10,000)
   * dates, or a predicate for rules. A window belongs to the date it starts on. A closed date wins
   * over `dateHours`.
   * @default []
   */
  readonly closedDates?: ClosedDates | undefined;
  /**
   * Hours for specific dates (`YYYY-MM-DD`), replacing that weekday's windows: a half day, or an
   * open Saturday. An empty list closes the date. At most {@link inputLimits}`.dateHours` (4,000)
   * dates of at most `windowsPerDay` (96) windows each.
   * @default {}
   */
  readonly dateHours?: Readonly<Record<string, readonly TimeWindow[]>> | undefined;
}

/** A window in milliseconds from the local midnight of its date; `endMs` may exceed one day. */
export interface NormalizedWindow {
  readonly startMs: number;
  readonly endMs: number;
}

/** The validated, normalized calendar the compiler reads. */
export interface CalendarSpec {
  readonly timeZone: string;
  /** Index 0 is Monday. */
  readonly weekly: readonly (readonly NormalizedWindow[])[];
  /** The closed dates, parts of days and yearly rules of a list; `undefined` when none. */
  readonly holidays: HolidaySet | undefined;
  readonly closedPredicate: ((isoDate: string) => boolean) | undefined;
  readonly dateHours: ReadonlyMap<number, readonly NormalizedWindow[]>;
  /** True when some weekday has a window (else only `dateHours` can open a date). */
  readonly weeklyOpen: boolean;
  /** Identity of the definition, without the predicate: equal keys compile to equal arrays. */
  readonly key: string;
  /** Estimated bytes the calendar holds (definition copy, normalized windows, key), for cache budgets. */
  readonly bytes: number;
}

const timeText = /* @__PURE__ */ once(() => z.string({ error: "expected a time of day as HH:mm" }));

const windowSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ start: timeText(), end: timeText() }),
);

/** The length of an array, read once (a hostile `length` getter cannot make it change). */
const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** A list of windows, its length checked against `inputLimits.windowsPerDay` before any window is read. */
const windowsSchema = /* @__PURE__ */ once(() =>
  z.pipe(
    z.custom<unknown>((v) => lengthOf(v) <= inputLimits.windowsPerDay, {
      error: (issue) =>
        `has ${lengthOf(issue.input)} windows; at most ${inputLimits.windowsPerDay} per day are accepted (inputLimits.windowsPerDay)`,
      params: codeParams("too_big"),
    }),
    z.array(windowSchema(), { error: "expected a list of { start, end } windows" }),
  ),
);

const isoDateText = /* @__PURE__ */ once(() =>
  z.string({ error: "expected a date as YYYY-MM-DD" }).check(
    z.refine((s) => parseIsoDate(s) !== undefined, {
      error: (issue) =>
        `${expectedRealDate}, got ${JSON.stringify(String(issue.input).slice(0, 40))}`,
      params: codeParams("invalid_date"),
    }),
  ),
);

const closedDatesExpectation =
  "expected a list of holidays (YYYY-MM-DD dates, Temporal.PlainDate, { date } entries, yearly rules) or a function (isoDate) => boolean";

/**
 * A list of `YYYY-MM-DD` dates (strings or `Temporal.PlainDate`s) or a predicate: shared by
 * calendars and the `holidays` of a case. Its output is strings: a list that holds only strings is
 * passed on as given (its identity keys a memo), another one as a frozen copy of its dates
 * ({@link readClosedDates}). (A transform rather than a union, so that each bad date keeps its own
 * code and path.)
 */
export const closedDatesSchema = /* @__PURE__ */ once(() =>
  z.pipe(
    z.any(),
    z.transform((value: unknown, ctx): ClosedDates => {
      if (typeof value === "function") return value as (isoDate: string) => boolean;
      if (!Array.isArray(value)) {
        ctx.issues.push({
          code: "custom",
          message: closedDatesExpectation,
          params: codeParams("invalid_type"),
          input: value,
        });
        return z.NEVER;
      }
      const problems: ClosedDatesProblem[] = [];
      const dates = readClosedDates(value, problems);
      if (dates !== undefined) return dates as ClosedDates;
      for (const { index, path, code, message } of problems) {
        ctx.issues.push({
          code: "custom",
          ...(index === undefined ? {} : { path: [index, ...(path ?? [])] }),
          message,
          params: codeParams(code),
          input: value,
        });
      }
      return z.NEVER;
    }),
  ),
);

/** Zone name check shared by every input, with a "did you mean" among the zones Intl knows. */
export const timeZoneSchema = /* @__PURE__ */ once(() =>
  z.string({ error: "expected an IANA time zone name such as Europe/Paris" }).check(
    z.refine(isValidTimeZone, {
      error: (issue) => {
        const guess = typeof issue.input === "string" ? suggestTimeZone(issue.input) : undefined;
        const hint = guess
          ? `; did you mean ${JSON.stringify(guess)}?`
          : "; expected a name such as Europe/Paris";
        return `is not an IANA time zone this runtime knows: ${JSON.stringify(issue.input)}${hint}`;
      },
      params: codeParams("unknown_time_zone"),
    }),
  ),
);

/**
 * {@link calendarDefinitionSchema}, built on first use: what the library itself parses with, so that
 * a bundle that does not import the public schema builds it only when a calendar is created.
 */
export const definitionSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    timeZone: timeZoneSchema(),
    weekly: z.strictObject({
      mon: z.optional(windowsSchema()),
      tue: z.optional(windowsSchema()),
      wed: z.optional(windowsSchema()),
      thu: z.optional(windowsSchema()),
      fri: z.optional(windowsSchema()),
      sat: z.optional(windowsSchema()),
      sun: z.optional(windowsSchema()),
    }),
    closedDates: z.optional(closedDatesSchema()),
    dateHours: z.optional(
      z.pipe(
        z.custom<unknown>(
          (v) =>
            keyCount(v) <= inputLimits.dateHours && windowCount(v) <= inputLimits.dateHourWindows,
          {
            error: (issue) =>
              keyCount(issue.input) > inputLimits.dateHours
                ? `has ${keyCount(issue.input)} dates; at most ${inputLimits.dateHours} are accepted (inputLimits.dateHours)`
                : `has ${windowCount(issue.input)} windows in all; at most ${inputLimits.dateHourWindows} are accepted (inputLimits.dateHourWindows)`,
            params: codeParams("too_big"),
          },
        ),
        z.record(isoDateText(), windowsSchema()),
      ),
    ),
  }),
);

/**
 * The zod schema of {@link CalendarDefinition}, for callers who validate input with zod.
 *
 * Gotcha: it checks the shape (keys, types, zone names, dates) only; {@link createCalendar} also
 * checks the times of day, overlapping windows and that the calendar opens at all, and reports
 * {@link SlaIssue}s rather than zod issues.
 *
 * @example
 * ```ts
 * import { calendarDefinitionSchema } from "adobe-support-sla";
 * calendarDefinitionSchema.safeParse({ timeZone: "Europe/Paris", weekly: { mon: [] } }).success //=> true
 * calendarDefinitionSchema.safeParse({ timeZone: "Europe/Pari", weekly: {} }).success //=> false
 * ```
 * @category Calendar engine
 */
export const calendarDefinitionSchema = /* @__PURE__ */ definitionSchema();

/** Own enumerable keys of an object (0 for anything else), counted before any entry is read. */
function keyCount(value: unknown): number {
  // An array is no record (zod says so): its keys are not listed, which for `new Array(1e7)`
  // would walk ten million holes.
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.keys(value).length
    : 0;
}

/** Windows of all dates together (called once the number of dates is known to be bounded). */
function windowCount(value: unknown): number {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 0;
  let total = 0;
  for (const windows of Object.values(value)) total += lengthOf(windows);
  return total;
}

/**
 * Suggestions already made, by the unknown zone name: `null` for none (16 kB). Comparing a name
 * with every zone costs about 60 microseconds, and a file of tickets repeats its bad zone.
 */
const zoneSuggestions = /* @__PURE__ */ (() =>
  createMemo<string, string | null>({
    maxBytes: 16 * 1024,
    sizeOf: (name, guess) => 2 * name.length + 2 * (guess?.length ?? 0),
  }))();

/** The zone name closest to a misspelled one (only computed on the error path). */
function suggestTimeZone(name: string): string | undefined {
  if (name.length > 64) return undefined;
  let guess = zoneSuggestions.get(name);
  if (guess === undefined) {
    const known =
      typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    guess = closest(name, known) ?? null;
    zoneSuggestions.set(flatCopy(name), guess);
  }
  return guess ?? undefined;
}
