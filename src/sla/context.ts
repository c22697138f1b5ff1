/** What every policy function reads about a case: shared field schemas, region and zone resolution, the regional calendar. */

import * as z from "zod/mini";
import type { Country } from "../data/countries.js";
import { planIds } from "../data/plans.js";
import { priorities } from "../data/priorities.js";
import { type RegionId, regionIds, regions } from "../data/regions.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import { calendarFor, toSpec } from "../engine/calendar.js";
import {
  type ClosedDates,
  closedDatesKey,
  closedDatesSchema,
  timeZoneSchema,
} from "../engine/definition.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
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
    product: z
      .string({ error: 'expected a product name such as "commerce-managed-services"' })
      .check(
        z.minLength(1, { error: 'expected a product name such as "commerce-managed-services"' }),
      ),
    termStart: z.string({ error: "expected a date as YYYY-MM-DD" }).check(
      z.refine((s) => parseIsoDate(s) !== undefined, {
        error: "expected a real date as YYYY-MM-DD",
        params: { code: "invalid_date" },
      }),
    ),
    holidays: closedDatesSchema,
  }) as const)();

/** The optional fields that say where a case is (region, billing country, zone, holidays). */
export const placeFields = /* @__PURE__ */ (() =>
  ({
    region: z.optional(caseFields.region),
    billingCountry: z.optional(caseFields.billingCountry),
    timeZone: z.optional(caseFields.timeZone),
    holidays: z.optional(caseFields.holidays),
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

const places = /* @__PURE__ */ new Map<string, Place>();

/**
 * Resolves region and zone (frozen choices, shared between calls with the same inputs through a
 * bounded memo); the region may be missing (see {@link missingRegion}).
 */
export function resolvePlace(input: PlaceInput): Place {
  const key = `${input.region ?? ""}|${input.billingCountry ?? ""}|${input.timeZone ?? ""}`;
  const known = places.get(key);
  if (known !== undefined) return known;
  const country = countryOf(input.billingCountry);
  const chosen = chooseRegion(input.region, country);
  const region = chosen && Object.freeze(chosen);
  const zone = Object.freeze(chooseTimeZone(input.timeZone, region, country));
  const place: Place = Object.freeze({ country, region, zone, rules: zoneRules(zone.id) });
  if (places.size >= 1000) places.clear();
  places.set(key, place);
  return place;
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

/** Regional calendars, by holiday-list key and then by region and zone (bounded: cleared at 256). */
const calendarCache = /* @__PURE__ */ new Map<
  string,
  Map<string, Partial<Record<RegionId, BusinessCalendar>>>
>();
let cachedCalendars = 0;

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
  let byZone = calendarCache.get(holidayKey);
  const cached = byZone?.get(zone)?.[regionId];
  if (cached) return cached;
  const calendar = buildRegionCalendar(regionId, zone, holidays ?? []);
  if (cachedCalendars >= 256) {
    calendarCache.clear();
    cachedCalendars = 0;
    byZone = undefined;
  }
  if (byZone === undefined) {
    byZone = new Map();
    calendarCache.set(holidayKey, byZone);
  }
  const byRegion = byZone.get(zone) ?? {};
  byRegion[regionId] = calendar;
  byZone.set(zone, byRegion);
  cachedCalendars += 1;
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
