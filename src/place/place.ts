/** Where a case is: its region and zone resolved once, the regional calendar, and the field errors re-thrown against the input. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import { calendarBytes, calendarFor, toSpec } from "../calendar/calendar.js";
import { type ClosedDates, closedDatesKey } from "../calendar/definition.js";
import type { Country } from "../data/countries.js";
import { type RegionId, regions } from "../data/regions.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { createMemo, createWeakMemo } from "../memo.js";
import { type ZoneRules, zoneRules } from "../time/zone.js";
import { joinField } from "../validation.js";
import {
  chooseRegion,
  chooseTimeZone,
  countryOf,
  type RegionChoice,
  type TimeZoneChoice,
} from "./resolve.js";

/** Where a case is: the inputs that choose its region, zone and closed days. */
export interface PlaceInput {
  readonly region?: RegionId | undefined;
  readonly billingCountry?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly holidays?: ClosedDates | undefined;
}

/** The region, zone and calendar of a case, each with why. */
export interface Place {
  readonly country: Country | undefined;
  readonly region: RegionChoice | undefined;
  readonly zone: TimeZoneChoice;
  readonly rules: ZoneRules;
}

/**
 * Resolved places by region, country and zone: 512 kB (a place is two small frozen choices and a
 * reference to shared zone rules, counted at 512 bytes plus its key).
 */
const places = /* @__PURE__ */ (() =>
  createMemo<string, Place>({ maxBytes: 512 * 1024, sizeOf: (key) => 512 + 2 * key.length }))();

/**
 * Resolves region and zone (frozen choices, shared between calls with the same inputs through a
 * memo bounded by memory); the region may be missing (see {@link missingRegion}).
 */
export function resolvePlace(input: PlaceInput): Place {
  const key = `${input.region ?? ""}|${input.billingCountry ?? ""}|${input.timeZone ?? ""}`;
  return places.getOrCompute(key, () => {
    const country = countryOf(input.billingCountry);
    const chosen = chooseRegion(input.region, country);
    const region = chosen && Object.freeze(chosen);
    const zone = Object.freeze(chooseTimeZone(input.timeZone, region, country));
    return Object.freeze({ country, region, zone, rules: zoneRules(zone.id) });
  });
}

/**
 * The issue to report when business hours are needed but no region can be found: `region`
 * missing (and no `billingCountry`), or a billing country without a region.
 */
export function missingRegion(input: PlaceInput, why: string): SlaIssue | undefined {
  if (input.region !== undefined) return undefined;
  const country = countryOf(input.billingCountry);
  if (country === undefined) {
    return {
      path: ["region"],
      code: "required",
      message: joinField(["region"], `is required ${why}: pass \`region\` or \`billingCountry\``),
    };
  }
  if (country.region === null) {
    return {
      path: ["billingCountry"],
      code: "no_region",
      message: joinField(
        ["billingCountry"],
        `${country.code} (${country.name}) has no support region: pass \`region\``,
      ),
    };
  }
  return undefined;
}

/** The regional calendars of one holiday list, by zone and region (`Europe/Paris|emea`). */
type RegionalCalendars = Map<string, BusinessCalendar>;

/**
 * Regional calendars by holiday-list key: 8 MB, counted as the key plus each calendar's
 * estimated size (about 5 kB with 20 holidays, 720 kB with 10,000), so at least ten calendars
 * of the largest holiday lists accepted.
 */
const calendarCache = /* @__PURE__ */ (() =>
  createMemo<string, RegionalCalendars>({
    maxBytes: 8 * 1024 * 1024,
    sizeOf: (key, byPlace) => {
      let bytes = key.length;
      for (const [place, calendar] of byPlace) bytes += 64 + place.length + calendarBytes(calendar);
      return bytes;
    },
  }))();

/**
 * The regional calendar: Mon-Fri hours in the zone, holidays closed, and the dates `alsoClosed`
 * says (a list of holidays and a predicate at once: the engine reads both).
 */
function buildRegionCalendar(
  regionId: RegionId,
  zone: string,
  holidays: ClosedDates,
  alsoClosed: ((isoDate: string) => boolean) | undefined,
): BusinessCalendar {
  const region = regions[regionId];
  const window = [{ start: region.opens, end: region.closes }];
  const closedDates: ClosedDates =
    alsoClosed === undefined || typeof holidays !== "function"
      ? holidays
      : (isoDate) => alsoClosed(isoDate) || holidays(isoDate);
  const { definition, spec } = toSpec(
    {
      timeZone: zone,
      weekly: { mon: window, tue: window, wed: window, thu: window, fri: window },
      closedDates,
    },
    [],
  );
  if (alsoClosed === undefined || typeof holidays === "function") {
    return calendarFor(definition, spec);
  }
  return calendarFor(definition, Object.freeze({ ...spec, closedPredicate: alsoClosed }));
}

/** A number per `alsoClosed` predicate, for the keys of {@link calendarCache}. */
const alsoClosedSerials = /* @__PURE__ */ (() =>
  createWeakMemo<(isoDate: string) => boolean, number>())();
let alsoClosedSerial = 0;

/**
 * The regional calendar, cached. The outer key is the holiday list's memoised key, a string V8
 * hashes once, so a long holiday list costs no more per request than a short one.
 */
export function regionCalendar(
  regionId: RegionId,
  zone: string,
  holidays: ClosedDates | undefined,
  alsoClosed?: (isoDate: string) => boolean,
): BusinessCalendar {
  if (typeof holidays === "function") {
    return buildRegionCalendar(regionId, zone, holidays, alsoClosed);
  }
  const listKey = holidays === undefined ? "" : closedDatesKey(holidays);
  const holidayKey =
    alsoClosed === undefined
      ? listKey
      : `${alsoClosedSerials.getOrCompute(alsoClosed, () => alsoClosedSerial++)}+${listKey}`;
  const placeKey = `${zone}|${regionId}`;
  const byPlace = calendarCache.get(holidayKey);
  const cached = byPlace?.get(placeKey);
  if (cached) return cached;
  const calendar = buildRegionCalendar(regionId, zone, holidays ?? [], alsoClosed);
  const updated: RegionalCalendars = byPlace ?? new Map();
  updated.set(placeKey, calendar);
  // Stored again, so that the memo counts the entry at its new size.
  calendarCache.set(holidayKey, updated);
  return calendar;
}

/** Re-throws an engine error about a calendar as an error about the input field it came from. */
export function atField(error: unknown, field: string): never {
  if (error instanceof SlaInputError) {
    throw new SlaInputError(
      error.issues.map((issue) => {
        if (issue.code === "beyond_supported_range") {
          return {
            path: [field],
            code: issue.code,
            message: joinField(
              [field],
              `is too close to the end of the supported range: ${issue.message}`,
            ),
          };
        }
        if (issue.path[0] === "calendar" && issue.path[1] === "closedDates") {
          const path = ["holidays", ...issue.path.slice(2)];
          return {
            ...issue,
            path,
            message: issue.message.replace("`calendar.closedDates`", "`holidays`"),
          };
        }
        return issue;
      }),
    );
  }
  throw error;
}

/** The regional calendar of a resolved place (which must have a region). */
export function placeCalendar(place: Place, holidays: ClosedDates | undefined): BusinessCalendar {
  const region = place.region as RegionChoice;
  try {
    return regionCalendar(region.id, place.zone.id, holidays);
  } catch (error) {
    atField(error, "holidays");
  }
}

/** Short label of a region for explanations (`EMEA`). */
export function regionLabel(region: RegionId): string {
  return regions[region].label;
}
