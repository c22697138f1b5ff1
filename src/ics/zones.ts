/** The zone of each time in the file: an IANA zone kept by name, UTC, floating, or a VTIMEZONE definition ical.js converts to UTC. */

import ICAL from "ical.js";
import { civilFromDays, daysFromCivil, MS_PER_DAY } from "../time/civil.js";
import { isValidTimeZone, resolveWall, zoneRules } from "../time/zone.js";
import type { ComponentOutline } from "./lines.js";
import { type RawProperty, rawProperties, rawValue, textOf } from "./parse.js";
import { type EventLabel, failEvent, quote } from "./problems.js";
import { type Budget, expandRule, readRule } from "./recur.js";
import { type Moment, momentOf } from "./values.js";

/**
 * How the wall-clock times of an event are read:
 * - `named`: in an IANA zone the entries name (`timeZone`), times kept as written;
 * - `utc`: times written with `Z`;
 * - `floating`: no zone, so the calendar's own;
 * - `defined`: a zone only the file defines (Outlook's "W. Europe Standard Time"): converted to UTC.
 */
export type ZoneRef =
  | { readonly kind: "named"; readonly name: string }
  | { readonly kind: "utc" }
  | { readonly kind: "floating" }
  | { readonly kind: "defined"; readonly tzid: string; readonly zone: ICAL.Timezone };

/** ical.js expands a VTIMEZONE up to this year once; later times are refused (after the supported range). */
export const DEFINED_ZONE_LAST_YEAR = 2205;

const UTC: ZoneRef = /* @__PURE__ */ (() => Object.freeze({ kind: "utc" as const }))();
const FLOATING: ZoneRef = /* @__PURE__ */ (() => Object.freeze({ kind: "floating" as const }))();
const OFFSET = /^[+-](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** True when two zone references read wall-clock times the same way. */
export function sameZone(a: ZoneRef, b: ZoneRef): boolean {
  if (a.kind === "named" && b.kind === "named") return a.name === b.name;
  if (a.kind === "defined" && b.kind === "defined") return a.tzid === b.tzid;
  return a.kind === b.kind;
}

/** The VTIMEZONE definitions of a file, and the zone of each TZID, read once each. */
export class ZoneTable {
  readonly #components = new Map<string, { component: ICAL.Component; line: number }>();
  readonly #resolved = new Map<string, ZoneRef>();
  readonly #budget: Budget;

  constructor(
    calendars: readonly ICAL.Component[],
    outlines: readonly ComponentOutline[],
    budget: Budget,
  ) {
    this.#budget = budget;
    const components = calendars.flatMap((calendar) => calendar.getAllSubcomponents("vtimezone"));
    components.forEach((component, i) => {
      const tzid = textOf(component, "tzid")?.trim();
      if (tzid && !this.#components.has(tzid)) {
        this.#components.set(tzid, { component, line: outlines[i]?.line ?? 0 });
      }
    });
  }

  /** The zone of a time, or `null` for a date. Throws for a TZID that is neither IANA nor defined. */
  zoneOf(moment: Moment, event: EventLabel, line: number): ZoneRef | null {
    if (moment.isDate) return null;
    if (moment.utc) return UTC;
    if (moment.tzid === null) return FLOATING;
    const known = this.#resolved.get(moment.tzid);
    if (known !== undefined) return known;
    const zone = this.#resolve(moment.tzid, event, line);
    this.#resolved.set(moment.tzid, zone);
    return zone;
  }

  #resolve(tzid: string, event: EventLabel, line: number): ZoneRef {
    if (isValidTimeZone(tzid)) return Object.freeze({ kind: "named", name: tzid });
    const defined = this.#components.get(tzid);
    if (defined === undefined) {
      failEvent(
        event,
        `TZID ${quote(tzid)} is not an IANA time zone this runtime knows, and the file has no VTIMEZONE for it`,
        line,
      );
    }
    const location = textOf(defined.component, "x-lic-location")?.trim();
    if (location && isValidTimeZone(location))
      return Object.freeze({ kind: "named", name: location });
    return Object.freeze({
      kind: "defined",
      tzid,
      zone: this.#definition(tzid, defined.component, defined.line),
    });
  }

  /** ical.js's zone for a VTIMEZONE, once its rules are checked to expand quickly. */
  #definition(tzid: string, component: ICAL.Component, line: number): ICAL.Timezone {
    const label: EventLabel = { line, uid: null, summary: tzid, kind: "VTIMEZONE" };
    const parts = component
      .getAllSubcomponents()
      .filter((c) => c.name === "standard" || c.name === "daylight");
    if (parts.length === 0) failEvent(label, "has no STANDARD or DAYLIGHT definition");
    for (const part of parts) this.#checkPart(part, label);
    try {
      const zone = new ICAL.Timezone({ component, tzid });
      zone.utcOffset(newYear(DEFINED_ZONE_LAST_YEAR));
      return zone;
    } catch (thrown) {
      failEvent(
        label,
        `ical.js cannot read it: ${thrown instanceof Error ? thrown.message : String(thrown)}`,
      );
    }
  }

  /** A STANDARD or DAYLIGHT part: a local DTSTART, two offsets, and a yearly rule that ical.js expands in a few steps a year. */
  #checkPart(part: ICAL.Component, label: EventLabel): void {
    const name = part.name.toUpperCase();
    const start = momentOf(
      rawValue(rawProperties(part, "dtstart")[0] ?? (["", {}, ""] as RawProperty)),
      null,
    );
    if (start === undefined || start.isDate) failEvent(label, `${name} has no DTSTART date-time`);
    for (const offset of ["tzoffsetfrom", "tzoffsetto"]) {
      const value = rawValue(rawProperties(part, offset)[0] ?? (["", {}, ""] as RawProperty));
      const match = typeof value === "string" ? OFFSET.exec(value) : null;
      if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
        failEvent(label, `${name} has no valid ${offset.toUpperCase()}: ${quote(String(value))}`);
      }
    }
    for (const property of rawProperties(part, "rrule")) {
      const rule = readRule(property, label, label.line);
      if (rule.freq !== "YEARLY")
        failEvent(label, `${name} repeats ${rule.freq}; a zone's rule is YEARLY`);
      const stop = newYear(DEFINED_ZONE_LAST_YEAR + 1);
      const years = Math.max(1, DEFINED_ZONE_LAST_YEAR + 1 - start.time.year);
      const max = 4 * years + 4;
      if (expandRule(rule, start.time, null, stop, this.#budget, max, label).length >= max) {
        failEvent(label, `${name} changes the offset more than 4 times a year`);
      }
    }
  }
}

/** Milliseconds of a wall-clock time read as if it were UTC. */
export function wallMs(time: ICAL.Time): number {
  const day = daysFromCivil(time.year, time.month, time.day);
  return day * MS_PER_DAY + ((time.hour * 60 + time.minute) * 60 + time.second) * 1000;
}

/** The floating time of wall-clock milliseconds (whole seconds). */
export function timeOfMs(ms: number): ICAL.Time {
  const day = Math.floor(ms / MS_PER_DAY);
  const { year, month, day: dayOfMonth } = civilFromDays(day);
  const seconds = Math.floor((ms - day * MS_PER_DAY) / 1000);
  return ICAL.Time.fromData({
    year,
    month,
    day: dayOfMonth,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
    isDate: false,
  });
}

/** 1 January 00:00 of `year`, floating. */
function newYear(year: number): ICAL.Time {
  return timeOfMs(daysFromCivil(year, 1, 1) * MS_PER_DAY);
}

/** `time` (read in the defined zone) as a UTC wall-clock time, converted by ical.js. */
function definedToUtc(time: ICAL.Time, zone: ICAL.Timezone): ICAL.Time {
  const local = time.clone();
  local.zone = zone;
  const utc = local.convertToZone(ICAL.Timezone.utcTimezone);
  return ICAL.Time.fromData({
    year: utc.year,
    month: utc.month,
    day: utc.day,
    hour: utc.hour,
    minute: utc.minute,
    second: utc.second,
    isDate: false,
  });
}

/** The instant (epoch ms) of a wall-clock time in `zone`; `undefined` for a floating time. */
export function instantOf(time: ICAL.Time, zone: ZoneRef): number | undefined {
  switch (zone.kind) {
    case "floating":
      return undefined;
    case "utc":
      return wallMs(time);
    case "named": {
      const wall = wallMs(time);
      const segments = zoneRules(zone.name).segmentsBetween(
        wall - 2 * MS_PER_DAY,
        wall + 2 * MS_PER_DAY,
      );
      return resolveWall(wall, segments);
    }
    case "defined":
      return wallMs(definedToUtc(time, zone.zone));
  }
}

/** The wall-clock time in `zone` at an instant; `undefined` for the floating zone. */
export function wallAt(ms: number, zone: ZoneRef): ICAL.Time | undefined {
  switch (zone.kind) {
    case "floating":
      return undefined;
    case "utc":
      return timeOfMs(ms);
    case "named":
      return timeOfMs(ms + zoneRules(zone.name).offsetAt(ms));
    case "defined": {
      const utc = timeOfMs(ms);
      utc.zone = ICAL.Timezone.utcTimezone;
      const local = utc.convertToZone(zone.zone);
      return ICAL.Time.fromData({
        year: local.year,
        month: local.month,
        day: local.day,
        hour: local.hour,
        minute: local.minute,
        second: local.second,
        isDate: false,
      });
    }
  }
}

/** A time of an event in a `defined` zone, as the UTC wall-clock time the entries hold. */
export function utcWallOf(
  time: ICAL.Time,
  zone: ZoneRef & { kind: "defined" },
  event: EventLabel,
  line: number,
): ICAL.Time {
  if (time.year > DEFINED_ZONE_LAST_YEAR) {
    failEvent(
      event,
      `${time.toString()} in ${quote(zone.tzid)} is after ${DEFINED_ZONE_LAST_YEAR}: a zone the file defines is converted up to then`,
      line,
    );
  }
  return definedToUtc(time, zone.zone);
}
