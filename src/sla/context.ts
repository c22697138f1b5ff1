/** What every policy function reads about a case: shared field schemas, region and zone resolution, the regional calendar. */

import * as z from "zod/mini";
import type { Country } from "../data/countries.js";
import { planIds } from "../data/plans.js";
import { priorities } from "../data/priorities.js";
import { type RegionId, regionIds, regions } from "../data/regions.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import { calendarBytes, calendarFor, toSpec } from "../engine/calendar.js";
import {
  type ClosedDates,
  closedDatesKey,
  closedDatesSchema,
  timeZoneSchema,
} from "../engine/definition.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { nullish } from "../input/nullish.js";
import { productSchema } from "../input/product.js";
import { createMemo } from "../memo.js";
import { parseIsoDate } from "../time/civil.js";
import { type ZoneRules, zoneRules } from "../time/zone.js";
import { joinField } from "../validation.js";
import {
  chooseRegion,
  chooseTimeZone,
  countryCodeSchema,
  countryOf,
  type RegionChoice,
  type TimeZoneChoice,
} from "./resolve.js";

/** "expected one of "a", "b"" for enum errors. */
export const enumError = (name: string, values: readonly string[]) =>
  `expected ${name} ${values.map((v) => JSON.stringify(v)).join(", ")}`;

/** Field schemas shared by every function that takes a case or a place. */
export const caseFields = /* @__PURE__ */ (() =>
  ({
    plan: z.enum(planIds, { error: enumError("one of", planIds) }),
    priority: z.enum(priorities, { error: enumError("one of", priorities) }),
    region: z.enum(regionIds, { error: enumError("one of", regionIds) }),
    billingCountry: countryCodeSchema,
    timeZone: timeZoneSchema,
    product: productSchema,
    termStart: z.string({ error: "expected a date as YYYY-MM-DD" }).check(
      z.refine((s) => parseIsoDate(s) !== undefined, {
        error: "expected a real date as YYYY-MM-DD",
        params: { code: "invalid_date" },
      }),
    ),
    holidays: closedDatesSchema,
  }) as const)();

/** The optional fields that say where a case is (region, billing country, zone, holidays); `null` is absent. */
export const placeFields = /* @__PURE__ */ (() =>
  ({
    region: nullish(caseFields.region),
    billingCountry: nullish(caseFields.billingCountry),
    timeZone: nullish(caseFields.timeZone),
    holidays: nullish(caseFields.holidays),
  }) as const)();

/** A person as given in contact lists: a name or an e-mail address, not blank. */
export const contactNameSchema = /* @__PURE__ */ (() =>
  z.string({ error: "expected a name or an e-mail address" }).check(
    z.refine((s) => s.trim().length > 0, {
      error: "expected a name or an e-mail address, not a blank text",
      params: { code: "empty" },
    }),
  ))();

/** How two contacts are compared: trimmed, Unicode NFC, lower case (`Ana@X.com ` = `ana@x.com`). */
export function contactKey(contact: string): string {
  return contact.trim().normalize("NFC").toLowerCase();
}

/**
 * Where the target of a changed priority is measured from: the values of `measureFrom` in
 * {@link slaStatus} and {@link downgradeEligibility}.
 *
 * @example
 * ```ts
 * import { measureFromOptions } from "adobe-support-sla";
 * measureFromOptions //=> ["opening", "change"]
 * ```
 */
export const measureFromOptions = ["opening", "change"] as const;
/**
 * Where a changed priority's target is measured from: `"opening"` (default), from the original
 * opening; `"change"`, from the change.
 *
 * @example
 * ```ts
 * import { type MeasureFrom, measureFromOptions } from "adobe-support-sla";
 * measureFromOptions //=> ["opening", "change"]
 * const measureFrom: MeasureFrom = "change";
 * measureFromOptions.indexOf(measureFrom) //=> 1
 * ```
 */
export type MeasureFrom = (typeof measureFromOptions)[number];

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

/** The regional calendar: Mon-Fri hours in the zone, holidays closed. */
function buildRegionCalendar(
  regionId: RegionId,
  zone: string,
  holidays: ClosedDates,
): BusinessCalendar {
  const region = regions[regionId];
  const window = [{ start: region.opens, end: region.closes }];
  const { definition, spec } = toSpec(
    {
      timeZone: zone,
      weekly: { mon: window, tue: window, wed: window, thu: window, fri: window },
      closedDates: holidays,
    },
    [],
  );
  return calendarFor(definition, spec);
}

/**
 * The regional calendar, cached. The outer key is the holiday list's memoised key, a string V8
 * hashes once, so a long holiday list costs no more per request than a short one.
 */
export function regionCalendar(
  regionId: RegionId,
  zone: string,
  holidays: ClosedDates | undefined,
): BusinessCalendar {
  if (typeof holidays === "function") return buildRegionCalendar(regionId, zone, holidays);
  const holidayKey = holidays === undefined ? "" : closedDatesKey(holidays);
  const placeKey = `${zone}|${regionId}`;
  const byPlace = calendarCache.get(holidayKey);
  const cached = byPlace?.get(placeKey);
  if (cached) return cached;
  const calendar = buildRegionCalendar(regionId, zone, holidays ?? []);
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
