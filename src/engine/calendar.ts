/** The `BusinessCalendar` value: a validated definition plus its lazily compiled years, shared through a bounded cache. */

import { describeThrown, SlaInputError } from "../errors.js";
import { daysFromCivil, MS_PER_DAY, parseIsoDate } from "../time/civil.js";
import { SUPPORTED_FROM_MS, SUPPORTED_RANGE, SUPPORTED_UNTIL_MS } from "../time/range.js";
import { type ZoneRules, zoneRules } from "../time/zone.js";
import { joinField, parseInput } from "../validation.js";
import { compileYear, type YearChunk } from "./compile.js";
import {
  type CalendarDefinition,
  type CalendarSpec,
  calendarDefinitionSchema,
  type NormalizedWindow,
  parseTimeOfDay,
  type TimeWindow,
  weekdays,
} from "./definition.js";

const FIRST_YEAR = 1970;
const LAST_YEAR = 2199;

/**
 * A business calendar: open windows in an IANA zone, compiled year by year on first use into
 * epoch-ms arrays. It behaves as an immutable value: the compiled years are a private cache that
 * never changes an answer. Create one with {@link createCalendar} (the constructor is internal).
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
 */
export class BusinessCalendar {
  /** The IANA zone the windows are read in. */
  readonly timeZone: string;
  /** The definition this calendar was created from (frozen copy). */
  readonly definition: CalendarDefinition;
  /** @internal */
  readonly spec: CalendarSpec;
  readonly #rules: ZoneRules;
  readonly #years = new Map<number, YearChunk>();

  /** Use {@link createCalendar}. */
  private constructor(definition: CalendarDefinition, spec: CalendarSpec) {
    this.definition = definition;
    this.spec = spec;
    this.timeZone = spec.timeZone;
    this.#rules = zoneRules(spec.timeZone);
    Object.freeze(this);
  }

  /** @internal The compiled windows of UTC year `year` (compiled on first use). */
  year(year: number): YearChunk {
    let chunk = this.#years.get(year);
    if (chunk === undefined) {
      if (year < FIRST_YEAR || year > LAST_YEAR) throw beyondRange();
      const from = daysFromCivil(year, 1, 1) * MS_PER_DAY;
      const until = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
      try {
        chunk = compileYear(this.spec, this.#rules, year, from, until);
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
      this.#years.set(year, chunk);
    }
    return chunk;
  }

  /** @internal The calendar of an already validated definition; {@link createCalendar} is the public way. */
  static fromSpec(definition: CalendarDefinition, spec: CalendarSpec): BusinessCalendar {
    return new BusinessCalendar(definition, spec);
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
    try {
      return typeof value === "object" && value !== null && #years in value;
    } catch {
      return false;
    }
  }

  /** @internal UTC offset at an instant, in milliseconds. */
  offsetAt(epochMs: number): number {
    return this.#rules.offsetAt(epochMs);
  }
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
  issues: { path: (string | number)[]; code: string; message: string }[],
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

/** Validates and normalizes a definition (throws `SlaInputError` with paths under `prefix`). */
export function toSpec(
  input: unknown,
  prefix: readonly (string | number)[] = [],
): { definition: CalendarDefinition; spec: CalendarSpec } {
  const parsed = parseInput(calendarDefinitionSchema, input, prefix);
  const issues: { path: (string | number)[]; code: string; message: string }[] = [];
  const weekly = weekdays.map((day) =>
    normalizeWindows(parsed.weekly[day] ?? [], [...prefix, "weekly", day], issues),
  );
  const dateHours = new Map<number, readonly NormalizedWindow[]>();
  for (const [date, windows] of Object.entries(parsed.dateHours ?? {})) {
    dateHours.set(
      parseIsoDate(date) as number,
      normalizeWindows(windows, [...prefix, "dateHours", date], issues),
    );
  }
  const closed = parsed.closedDates ?? [];
  const closedDays = new Set<number>(
    typeof closed === "function" ? [] : closed.map((d) => parseIsoDate(d) as number),
  );
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
  const windowsKey = (windows: readonly NormalizedWindow[]) =>
    windows.map((w) => `${w.startMs}-${w.endMs}`).join(",");
  const key = [
    parsed.timeZone,
    weekly.map(windowsKey).join("/"),
    [...closedDays].sort((a, b) => a - b).join(","),
    [...dateHours.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([d, w]) => `${d}:${windowsKey(w)}`)
      .join(";"),
  ].join("|");
  const spec: CalendarSpec = Object.freeze({
    timeZone: parsed.timeZone,
    weekly,
    closedDays,
    closedPredicate,
    dateHours,
    key,
  });
  return { definition: deepFreeze(structuredCloneDefinition(parsed as CalendarDefinition)), spec };
}

function structuredCloneDefinition(definition: CalendarDefinition): CalendarDefinition {
  const copy: { -readonly [K in keyof CalendarDefinition]: CalendarDefinition[K] } = {
    timeZone: definition.timeZone,
    weekly: Object.fromEntries(
      Object.entries(definition.weekly).map(([d, w]) => [d, w.map((x) => ({ ...x }))]),
    ),
  };
  if (definition.closedDates !== undefined) {
    copy.closedDates =
      typeof definition.closedDates === "function"
        ? definition.closedDates
        : [...definition.closedDates];
  }
  if (definition.dateHours !== undefined) {
    copy.dateHours = Object.fromEntries(
      Object.entries(definition.dateHours).map(([d, w]) => [d, w.map((x) => ({ ...x }))]),
    );
  }
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const CACHE_LIMIT = 256;
const byKey = /* @__PURE__ */ new Map<string, BusinessCalendar>();
const byPredicate = /* @__PURE__ */ new WeakMap<
  (isoDate: string) => boolean,
  Map<string, BusinessCalendar>
>();

/** A calendar for a validated spec, reusing an equal one compiled before (bounded LRU; predicates by identity). */
export function calendarFor(definition: CalendarDefinition, spec: CalendarSpec): BusinessCalendar {
  const store = spec.closedPredicate
    ? (byPredicate.get(spec.closedPredicate) ?? new Map<string, BusinessCalendar>())
    : byKey;
  if (spec.closedPredicate && !byPredicate.has(spec.closedPredicate))
    byPredicate.set(spec.closedPredicate, store);
  const found = store.get(spec.key);
  if (found) {
    store.delete(spec.key);
    store.set(spec.key, found);
    return found;
  }
  const calendar = BusinessCalendar.fromSpec(definition, spec);
  if (store.size >= CACHE_LIMIT) {
    const oldest = store.keys().next().value;
    if (oldest !== undefined) store.delete(oldest);
  }
  store.set(spec.key, calendar);
  return calendar;
}
