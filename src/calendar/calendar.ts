/** The `BusinessCalendar` value: a validated definition plus its lazily compiled years, shared through caches bounded by memory. */

import { describeThrown, SlaInputError, type SlaIssue } from "../errors.js";
import type { HolidayEntry } from "../holidays/entries.js";
import { holidaySetOf } from "../input/closed-dates.js";
import { createMemo, createWeakMemo } from "../memo.js";
import { daysFromCivil, MS_PER_DAY, parseIsoDate } from "../time/civil.js";
import { SUPPORTED_FROM_MS, SUPPORTED_RANGE, SUPPORTED_UNTIL_MS } from "../time/range.js";
import { type ZoneRules, zoneRules } from "../time/zone.js";
import { joinField, parseInput } from "../validation.js";
import { compileYear, type YearChunk } from "./compile.js";
import {
  type CalendarDefinition,
  type CalendarSpec,
  definitionSchema,
  type NormalizedWindow,
  parseTimeOfDay,
  type TimeWindow,
  validatedDates,
  type Weekday,
  weekdays,
} from "./definition.js";

const FIRST_YEAR = 1970;
const LAST_YEAR = 2199;

/** What a calendar knows and no caller can reach: kept in a module-private WeakMap. */
interface CalendarState {
  readonly spec: CalendarSpec;
  readonly rules: ZoneRules;
  /** A number unique to this calendar, for the compiled-years memo. */
  readonly serial: number;
}

const states = /* @__PURE__ */ new WeakMap<object, CalendarState>();
/** Passed to the constructor by this module only: `new BusinessCalendar(...)` elsewhere throws. */
const constructing = {};
let serials = 0;

/**
 * Compiled years of every calendar, by `serial * 256 + (year - 1970)`: 32 MB at most (a year
 * costs 28 bytes per window, about 75 kB for a calendar open 09:00-17:00 on weekdays, 1 MB for
 * one with 96 windows every day). A year dropped is compiled again when asked for.
 */
const compiledYears = /* @__PURE__ */ (() =>
  createMemo<number, YearChunk>({
    maxBytes: 32 * 1024 * 1024,
    sizeOf: (_, chunk) => 256 + 28 * chunk.count,
  }))();

/**
 * A business calendar: open windows in an IANA zone, compiled year by year on first use into
 * epoch-ms arrays. It is an immutable value: deeply frozen, with its validated windows and compiled
 * years kept where no caller can reach them. Create one with {@link createCalendar} (the
 * constructor is internal).
 *
 * @example
 * ```ts
 * import { BusinessCalendar, createCalendar } from "adobe-support-sla";
 * const calendar = createCalendar({
 *   timeZone: "Asia/Tokyo",
 *   weekly: { mon: [{ start: "09:00", end: "17:00" }] },
 * });
 * calendar.timeZone //=> "Asia/Tokyo"
 * calendar.definition.weekly //=> { mon: [{ start: "09:00", end: "17:00" }] }
 * BusinessCalendar.isCalendar(calendar) //=> true
 * ```
 * @category Calendar engine
 */
export class BusinessCalendar {
  /** The IANA zone the windows are read in. */
  readonly timeZone: string;
  /** The definition this calendar was created from (a deeply frozen copy). */
  readonly definition: CalendarDefinition;

  /** Use {@link createCalendar}. */
  private constructor(secret: object, definition: CalendarDefinition, spec: CalendarSpec) {
    if (secret !== constructing) throw new TypeError("use createCalendar() to make a calendar");
    freezeClass();
    this.definition = definition;
    this.timeZone = spec.timeZone;
    states.set(this, Object.freeze({ spec, rules: zoneRules(spec.timeZone), serial: serials++ }));
    Object.freeze(this);
  }

  /**
   * True for a real calendar made by this library (not a look-alike or a proxy).
   *
   * @param value - Any value.
   * @returns `true` only for a calendar returned by {@link createCalendar}.
   * @throws Never.
   * @example
   * ```ts
   * import { BusinessCalendar, createCalendar } from "adobe-support-sla";
   * const definition = { timeZone: "UTC", weekly: { mon: [{ start: "00:00", end: "24:00" }] } };
   * BusinessCalendar.isCalendar(createCalendar(definition)) //=> true
   * BusinessCalendar.isCalendar(definition) //=> false
   * ```
   */
  static isCalendar(value: unknown): value is BusinessCalendar {
    return typeof value === "object" && value !== null && states.has(value);
  }
}

/** Freezes the class and its prototype (on first construction, so that loading the module does nothing). */
function freezeClass(): void {
  if (Object.isFrozen(BusinessCalendar)) return;
  Object.freeze(BusinessCalendar.prototype);
  Object.freeze(BusinessCalendar);
}

/** The calendar of a validated definition (the constructor is private to this module). */
function makeCalendar(definition: CalendarDefinition, spec: CalendarSpec): BusinessCalendar {
  const Calendar = BusinessCalendar as unknown as new (
    secret: object,
    definition: CalendarDefinition,
    spec: CalendarSpec,
  ) => BusinessCalendar;
  return new Calendar(constructing, definition, spec);
}

function stateOf(calendar: BusinessCalendar): CalendarState {
  return states.get(calendar) as CalendarState;
}

/** The validated spec of a calendar and its zone's rules (for what explanations read of it). */
export function specAndRulesOf(calendar: BusinessCalendar): {
  readonly spec: CalendarSpec;
  readonly rules: ZoneRules;
} {
  return stateOf(calendar);
}

/** The compiled windows of UTC year `year` of a calendar (compiled on first use, kept in a bounded memo). */
export function yearOf(calendar: BusinessCalendar, year: number): YearChunk {
  const state = stateOf(calendar);
  const key = state.serial * 256 + (year - FIRST_YEAR);
  const cached = compiledYears.get(key);
  if (cached !== undefined) return cached;
  if (year < FIRST_YEAR || year > LAST_YEAR) throw beyondRange();
  const from = daysFromCivil(year, 1, 1) * MS_PER_DAY;
  const until = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
  let chunk: YearChunk;
  try {
    chunk = compileYear(state.spec, state.rules, year, from, until);
  } catch (error) {
    const path = ["calendar", "closedDates"];
    throw new SlaInputError([
      {
        path,
        code: "invalid_closed_dates",
        message: joinField(path, `function failed: ${describeThrown(error)}`),
      },
    ]);
  }
  compiledYears.set(key, chunk);
  return chunk;
}

/** The estimated bytes a calendar holds (its definition copy and validated windows), for cache budgets. */
export function calendarBytes(calendar: BusinessCalendar): number {
  return stateOf(calendar).spec.bytes;
}

/** The error for an answer that would fall after the end of the supported range. */
export function beyondRange(): SlaInputError {
  return new SlaInputError([
    {
      path: [],
      code: "beyond_supported_range",
      message: `the answer would fall outside the supported range ${SUPPORTED_RANGE.from} to ${SUPPORTED_RANGE.until}: the calendar has too little open time left`,
    },
  ]);
}

export { SUPPORTED_FROM_MS, SUPPORTED_UNTIL_MS };

function normalizeWindows(
  windows: readonly TimeWindow[],
  path: readonly (string | number)[],
  issues: SlaIssue[],
): NormalizedWindow[] {
  const out: NormalizedWindow[] = [];
  windows.forEach((window, index) => {
    const startMs = parseTimeOfDay(window.start, false);
    let endMs = parseTimeOfDay(window.end, true);
    if (startMs === undefined) {
      const p = [...path, index, "start"];
      issues.push({
        path: p,
        code: "invalid_time",
        message: joinField(p, `expected a time as HH:mm, got ${JSON.stringify(window.start)}`),
      });
      return;
    }
    if (endMs === undefined) {
      const p = [...path, index, "end"];
      issues.push({
        path: p,
        code: "invalid_time",
        message: joinField(
          p,
          `expected a time as HH:mm or 24:00, got ${JSON.stringify(window.end)}`,
        ),
      });
      return;
    }
    if (endMs === startMs) {
      const p = [...path, index];
      issues.push({
        path: p,
        code: "empty_window",
        message: joinField(
          p,
          `starts and ends at ${window.start}; use 00:00-24:00 for a whole day`,
        ),
      });
      return;
    }
    if (endMs < startMs) endMs += MS_PER_DAY;
    out.push({ startMs, endMs });
  });
  out.sort((a, b) => a.startMs - b.startMs);
  for (let i = 1; i < out.length; i++) {
    const previous = out[i - 1] as NormalizedWindow;
    if ((out[i] as NormalizedWindow).startMs < previous.endMs) {
      issues.push({
        path: [...path],
        code: "overlapping_windows",
        message: joinField(path, "has overlapping windows"),
      });
      break;
    }
  }
  return out;
}

/**
 * Estimated bytes per part of a calendar (measured on V8 with test/memo/heap-child.ts): a window
 * costs its frozen copy in `definition` and its normalized form; a date of `dateHours` its key,
 * two arrays and a map entry; a closed date a set entry and a slot in the copied list.
 */
const BYTES = { calendar: 2_048, window: 160, date: 256, closedDate: 72 } as const;

/** Validates and normalizes a definition (throws `SlaInputError` with paths under `prefix`). */
export function toSpec(
  input: unknown,
  prefix: readonly (string | number)[] = [],
): { definition: CalendarDefinition; spec: CalendarSpec } {
  const parsed = parseInput(definitionSchema(), input, prefix);
  const issues: SlaIssue[] = [];
  const weekly = weekdays.map((day) =>
    normalizeWindows(parsed.weekly[day] ?? [], [...prefix, "weekly", day], issues),
  );
  let windowCount = weekly.reduce((sum, w) => sum + w.length, 0);
  const dateHours = new Map<number, readonly NormalizedWindow[]>();
  for (const [date, windows] of Object.entries(parsed.dateHours ?? {})) {
    const normalized = normalizeWindows(windows, [...prefix, "dateHours", date], issues);
    dateHours.set(parseIsoDate(date) as number, normalized);
    windowCount += normalized.length;
  }
  const closed = parsed.closedDates ?? [];
  // The validated copy of a list, not the caller's array: it cannot change under us.
  const closedList =
    typeof closed === "function"
      ? []
      : ((validatedDates(closed) ?? Array.prototype.slice.call(closed)) as readonly HolidayEntry[]);
  const holidays =
    typeof closed === "function" || closed.length === 0 ? undefined : holidaySetOf(closed);
  const closedPredicate = typeof closed === "function" ? closed : undefined;
  const neverOpen =
    weekly.every((w) => w.length === 0) && [...dateHours.values()].every((w) => w.length === 0);
  if (neverOpen && issues.length === 0) {
    const p = [...prefix, "weekly"];
    issues.push({
      path: p,
      code: "calendar_never_open",
      message: joinField(
        p,
        "has no open window on any day; a calendar must be open some of the time",
      ),
    });
  }
  if (issues.length > 0) throw new SlaInputError(issues);
  // Times are whole seconds: written in base 36, a window takes about 8 characters of the key.
  const windowsKey = (windows: readonly NormalizedWindow[]) =>
    windows
      .map((w) => `${(w.startMs / 1000).toString(36)}-${(w.endMs / 1000).toString(36)}`)
      .join(",");
  const key = [
    parsed.timeZone,
    weekly.map(windowsKey).join("/"),
    holidays?.key ?? "",
    [...dateHours.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([d, w]) => `${d}:${windowsKey(w)}`)
      .join(";"),
  ].join("|");
  const bytes =
    BYTES.calendar +
    key.length +
    BYTES.window * windowCount +
    BYTES.date * dateHours.size +
    BYTES.closedDate * closedList.length;
  const spec: CalendarSpec = Object.freeze({
    timeZone: parsed.timeZone,
    weekly: Object.freeze(weekly),
    holidays,
    closedPredicate,
    dateHours,
    weeklyOpen: weekly.some((w) => w.length > 0),
    key,
    bytes,
  });
  return { definition: frozenCopy(parsed as CalendarDefinition, closedList), spec };
}

/** A deeply frozen copy of a parsed definition (absent and `undefined` fields left out). */
function frozenCopy(
  parsed: CalendarDefinition,
  closedList: readonly HolidayEntry[],
): CalendarDefinition {
  const copyWindows = (windows: readonly TimeWindow[]) =>
    Object.freeze(windows.map((w) => Object.freeze({ start: w.start, end: w.end })));
  const weekly: Partial<Record<Weekday, readonly TimeWindow[]>> = {};
  for (const day of weekdays) {
    const windows = parsed.weekly[day];
    if (windows !== undefined) weekly[day] = copyWindows(windows);
  }
  const copy: { -readonly [K in keyof CalendarDefinition]: CalendarDefinition[K] } = {
    timeZone: parsed.timeZone,
    weekly: Object.freeze(weekly),
  };
  if (parsed.closedDates !== undefined) {
    copy.closedDates =
      typeof parsed.closedDates === "function"
        ? parsed.closedDates
        : Object.freeze([...closedList]);
  }
  if (parsed.dateHours !== undefined) {
    const dateHours: Record<string, readonly TimeWindow[]> = {};
    for (const [date, windows] of Object.entries(parsed.dateHours)) {
      dateHours[date] = copyWindows(windows);
    }
    copy.dateHours = Object.freeze(dateHours);
  }
  return Object.freeze(copy);
}

/**
 * Calendars by definition (a predicate in `closedDates` by identity), shared by every caller:
 * 16 MB at most by {@link calendarBytes} (a regional calendar with 20 holidays is about 5 kB; a
 * calendar bigger than the budget is returned but not kept).
 */
const calendars = /* @__PURE__ */ (() =>
  createMemo<string, BusinessCalendar>({
    maxBytes: 16 * 1024 * 1024,
    sizeOf: (key, calendar) => key.length + calendarBytes(calendar),
  }))();
/** A number per closed-dates predicate, for the keys of {@link calendars}. */
const predicateSerials = /* @__PURE__ */ (() =>
  createWeakMemo<(isoDate: string) => boolean, number>())();

/** A calendar for a validated spec, reusing an equal one made before (see {@link calendars}). */
export function calendarFor(definition: CalendarDefinition, spec: CalendarSpec): BusinessCalendar {
  const predicate = spec.closedPredicate;
  const key =
    predicate === undefined
      ? spec.key
      : `#${predicateSerials.getOrCompute(predicate, () => serials++)}|${spec.key}`;
  return calendars.getOrCompute(key, () => makeCalendar(definition, spec));
}
