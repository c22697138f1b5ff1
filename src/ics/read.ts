/** From the events of a file to holiday entries: overrides and cancellations applied, yearly rules kept as rules, other recurrences expanded within the range. */

import ICAL from "ical.js";
import type { HolidayEntry, YearlyHoliday } from "../holidays/entries.js";
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatTimeOfDay,
  isoDateOfDays,
  MS_PER_DAY,
  MS_PER_MINUTE,
} from "../time/civil.js";
import { EntryList } from "./closures.js";
import { type IcsEvent, readEvent, toWall } from "./event.js";
import type { Outline } from "./lines.js";
import { Budget, expandRule, type Rule } from "./recur.js";
import { addSpan, type Span } from "./values.js";
import { lastYearOf, shapeFields, yearlyShapeOf } from "./yearly.js";
import { utcWallOf, wallMs, type ZoneRef, ZoneTable } from "./zones.js";

/** The dates recurrences are expanded within (days since 1970-01-01, both included); `null`: the default. */
export interface Range {
  readonly from: number | null;
  readonly until: number | null;
}

/** Recurrences are expanded this many years after their start (or `from`) by default. */
const DEFAULT_YEARS = 10;

/** What an event's occurrences skip: dates, and wall-clock times (ms) in its zone. */
interface Exclusions {
  readonly days: Set<number>;
  readonly walls: Set<number>;
}

const dayOf = (time: ICAL.Time): number => daysFromCivil(time.year, time.month, time.day);

/** The day `years` years after `day` (29 February moves to 28 February). */
function yearsAfter(day: number, years: number): number {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return daysFromCivil(year + years, month, Math.min(dayOfMonth, daysInMonth(year + years, month)));
}

/** Midnight starting `day`, as a floating time (a date when `isDate`). */
function midnight(day: number, isDate: boolean): ICAL.Time {
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  return isDate
    ? ICAL.Time.fromData({ year, month, day: dayOfMonth, isDate: true })
    : ICAL.Time.fromData({
        year,
        month,
        day: dayOfMonth,
        hour: 0,
        minute: 0,
        second: 0,
        isDate: false,
      });
}

/** Reads the events of `calendars` into entries; throws `invalid_ics` or `too_big`. */
export function readHolidays(
  calendars: readonly ICAL.Component[],
  outline: Outline,
  range: Range,
): readonly HolidayEntry[] {
  const budget = new Budget();
  const zones = new ZoneTable(calendars, outline.timezones, budget);
  const reader = new HolidayReader(new EntryList(budget), budget, range);
  const components = calendars.flatMap((calendar) => calendar.getAllSubcomponents("vevent"));
  // The outline lists the same events in the same order; if ever not, messages lose their lines only.
  const outlines = components.length === outline.events.length ? outline.events : [];
  const groups = new Map<string, IcsEvent[]>();
  components.forEach((component, i) => {
    const event = readEvent(component, outlines[i], zones);
    const key = event.label.uid ?? `#${i}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [event]);
    else group.push(event);
  });
  for (const group of groups.values()) reader.group(group);
  return reader.list.result();
}

/** Turns events into entries. */
class HolidayReader {
  readonly list: EntryList;
  readonly #budget: Budget;
  readonly #range: Range;

  constructor(list: EntryList, budget: Budget, range: Range) {
    this.list = list;
    this.#budget = budget;
    this.#range = range;
  }

  /**
   * The events of one UID: each series (no RECURRENCE-ID) without the occurrences its overrides
   * replace, and each override on its own. A cancelled series cancels its overrides too.
   */
  group(events: readonly IcsEvent[]): void {
    const series = events.filter((event) => event.recurrenceId === null);
    const overrides = events.filter((event) => event.recurrenceId !== null);
    for (const event of series) if (!event.cancelled) this.#series(event, overrides);
    if (series.length > 0 && series.every((event) => event.cancelled)) return;
    for (const event of overrides) if (!event.cancelled) this.#series(event, []);
  }

  /** What the occurrences of `event` skip: its EXDATEs and the occurrences `overrides` replace. */
  #exclusions(event: IcsEvent, overrides: readonly IcsEvent[]): Exclusions {
    const exclusions: Exclusions = { days: new Set(), walls: new Set() };
    const add = (time: ICAL.Time) => {
      if (time.isDate) exclusions.days.add(dayOf(time));
      else exclusions.walls.add(wallMs(time));
    };
    for (const time of event.exdates) add(time);
    for (const override of overrides) {
      const id = override.recurrenceId;
      if (id === null) continue;
      add(toWall(id.time, id.zone, event.zone, override.label, override.label.line));
    }
    return exclusions;
  }

  /** One event: a yearly rule when it is one, else each of its occurrences. */
  #series(event: IcsEvent, overrides: readonly IcsEvent[]): void {
    const exclusions = this.#exclusions(event, overrides);
    if (this.#yearly(event, exclusions)) return;
    // An RDATE may come before DTSTART: the default range starts at the earliest.
    const startDay = event.rdates.reduce(
      (day, r) => Math.min(day, dayOf(r.start)),
      dayOf(event.start.time),
    );
    const recurring = event.rules.length > 0 || event.rdates.length > 0;
    const fromDay = recurring ? (this.#range.from ?? startDay) : Number.NEGATIVE_INFINITY;
    const untilDay = recurring
      ? (this.#range.until ?? yearsAfter(Math.max(fromDay, startDay), DEFAULT_YEARS) - 1)
      : Number.POSITIVE_INFINITY;
    const occurrences = recurring
      ? this.#occurrences(event, untilDay, exclusions)
      : [{ start: event.start.time, span: event.span }];
    for (const { start, span } of occurrences) {
      if (this.#excluded(start, exclusions)) continue;
      const end = addSpan(start, span);
      const lastDay = start.isDate ? dayOf(end) - 1 : Math.ceil(wallMs(end) / MS_PER_DAY) - 1;
      if (lastDay < fromDay || dayOf(start) > untilDay) continue;
      this.#emit(event, start, end);
    }
  }

  #excluded(start: ICAL.Time, exclusions: Exclusions): boolean {
    return (
      exclusions.days.has(dayOf(start)) || (!start.isDate && exclusions.walls.has(wallMs(start)))
    );
  }

  /** DTSTART, the occurrences of every RRULE and the RDATEs up to `untilDay`, minus EXRULE's, in order. */
  #occurrences(
    event: IcsEvent,
    untilDay: number,
    exclusions: Exclusions,
  ): { start: ICAL.Time; span: Span }[] {
    const stop = midnight(untilDay + 1, event.start.isDate);
    const byWall = new Map<number, { start: ICAL.Time; span: Span }>();
    const add = (start: ICAL.Time, span: Span) => {
      if (start.compare(stop) < 0 && !byWall.has(wallMs(start)))
        byWall.set(wallMs(start), { start, span });
    };
    add(event.start.time, event.span);
    for (const rule of event.rules) {
      for (const start of this.#expand(event, rule, stop)) add(start, event.span);
    }
    for (const extra of event.rdates) add(extra.start, extra.span);
    for (const rule of event.exrules) {
      for (const time of this.#expand(event, rule, stop)) {
        if (time.isDate) exclusions.days.add(dayOf(time));
        else exclusions.walls.add(wallMs(time));
      }
    }
    return [...byWall.entries()].sort(([a], [b]) => a - b).map(([, occurrence]) => occurrence);
  }

  /** The occurrences of one rule of `event` before `stop`. */
  #expand(event: IcsEvent, rule: Rule, stop: ICAL.Time): ICAL.Time[] {
    return expandRule(
      rule,
      event.start.time,
      this.#until(event, rule),
      stop,
      this.#budget,
      Number.POSITIVE_INFINITY,
      event.label,
    );
  }

  /** A rule's UNTIL as a wall-clock time in the event's zone: a date for an all-day event, else a date-time (a date's last second). */
  #until(event: IcsEvent, rule: Rule): ICAL.Time | null {
    if (rule.until === null) return null;
    const from: ZoneRef | null = rule.until.isDate
      ? null
      : rule.until.utc
        ? { kind: "utc" }
        : { kind: "floating" };
    const wall = toWall(rule.until.time, from, event.zone, event.label, rule.line);
    if (event.start.isDate || !wall.isDate) return wall;
    return ICAL.Time.fromData({
      year: wall.year,
      month: wall.month,
      day: wall.day,
      hour: 23,
      minute: 59,
      second: 59,
      isDate: false,
    });
  }

  /** Writes `event` as a yearly rule when it is one (see `yearlyShapeOf`) on one day; false otherwise. */
  #yearly(event: IcsEvent, exclusions: Exclusions): boolean {
    const [rule, ...more] = event.rules;
    if (
      rule === undefined ||
      more.length > 0 ||
      event.exrules.length > 0 ||
      event.rdates.length > 0
    )
      return false;
    if (event.zone?.kind === "defined") return false;
    const shape = yearlyShapeOf(rule, event.start.time);
    if (shape === undefined) return false;
    const start = event.start.time;
    const end = addSpan(start, event.span);
    const part = event.zone === null ? undefined : this.#partOfDay(start, end, event.zone);
    if (event.zone === null ? event.span.days !== 1 : part === undefined) return false;
    const startMs = wallMs(start) - dayOf(start) * MS_PER_DAY;
    const lastYear = lastYearOf(
      shape,
      rule,
      start.year,
      this.#until(event, rule),
      startMs,
      this.#budget,
    );
    if (lastYear === "none") return true;
    const except = [
      ...new Set([
        ...exclusions.days,
        ...[...exclusions.walls].map((ms) => Math.floor(ms / MS_PER_DAY)),
      ]),
    ]
      .sort((a, b) => a - b)
      .map(isoDateOfDays);
    const entry: Record<string, unknown> = {
      month: shape.month,
      ...shapeFields(shape),
      ...part,
      name: event.name,
      firstYear: start.year,
    };
    if (lastYear !== null) entry.lastYear = lastYear;
    if (except.length > 0) entry.except = Object.freeze(except);
    this.list.addYearly(entry as unknown as YearlyHoliday);
    return true;
  }

  /** `from`, `to` and `timeZone` of a timed closure inside one day, or `undefined`. */
  #partOfDay(start: ICAL.Time, end: ICAL.Time, zone: ZoneRef): Record<string, string> | undefined {
    const startMinutes = Math.floor(wallMs(start) / MS_PER_MINUTE);
    const endMinutes = Math.ceil(wallMs(end) / MS_PER_MINUTE);
    const dayStart = dayOf(start) * 1440;
    if (endMinutes <= startMinutes || endMinutes > dayStart + 1440) return undefined;
    const part: Record<string, string> = {
      from: formatTimeOfDay(startMinutes - dayStart),
      to: formatTimeOfDay(endMinutes - dayStart),
    };
    if (zone.kind === "named") part.timeZone = zone.name;
    if (zone.kind === "utc") part.timeZone = "UTC";
    return part;
  }

  /** One occurrence, from `start` to `end` (wall-clock times in the event's zone), as entries. */
  #emit(event: IcsEvent, start: ICAL.Time, end: ICAL.Time): void {
    const zone = event.zone;
    if (zone === null) {
      this.list.addDays(dayOf(start), Math.max(dayOf(end), dayOf(start) + 1), event.name);
      return;
    }
    let [from, to] = [start, end];
    if (zone.kind === "defined") {
      from = utcWallOf(start, zone, event.label, event.label.line);
      to = utcWallOf(end, zone, event.label, event.label.line);
    }
    const timeZone =
      zone.kind === "named" ? zone.name : zone.kind === "floating" ? undefined : "UTC";
    const fromMinutes = Math.floor(wallMs(from) / MS_PER_MINUTE);
    const toMinutes = Math.ceil(wallMs(to) / MS_PER_MINUTE);
    if (toMinutes > fromMinutes) this.list.addTimed(fromMinutes, toMinutes, timeZone, event.name);
  }
}
