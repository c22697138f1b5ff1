/** The four support regions: business hours, and the time zone their hours are read in (pure data). */

/**
 * Region identifiers, in the order the policy lists them.
 *
 * @example
 * ```ts
 * import { regionIds } from "adobe-support-sla";
 * regionIds //=> ["americas", "emea", "apac", "japan"]
 * ```
 * @category Catalog
 */
export const regionIds = ["americas", "emea", "apac", "japan"] as const;
/**
 * A support region: `"americas"`, `"emea"`, `"apac"` or `"japan"`.
 *
 * @example
 * ```ts
 * import { type RegionId, regionIds, regions } from "adobe-support-sla";
 * regionIds //=> ["americas", "emea", "apac", "japan"]
 * const region: RegionId = "apac";
 * regions[region].label //=> "APAC"
 * ```
 * @category Catalog
 */
export type RegionId = (typeof regionIds)[number];

/**
 * How a region's hours find their time zone.
 *
 * @example
 * ```ts
 * import { type RegionZoneRule, regions } from "adobe-support-sla";
 * const rule: RegionZoneRule = regions.americas.zone;
 * rule //=> { kind: "fixed", timeZone: "America/Los_Angeles", why: "Americas hours are quoted in Pacific time" }
 * ```
 * @category Catalog
 */
export type RegionZoneRule =
  /** Always this zone (unless the caller passes `timeZone`). */
  | {
      /** Discriminant: a fixed zone. */
      readonly kind: "fixed";
      /** IANA zone the hours are read in. */
      readonly timeZone: string;
      /** The reason, as explanations quote it. */
      readonly why: string;
    }
  /** The customer's local zone (billing country's representative zone), else this default. */
  | {
      /** Discriminant: the customer's local zone. */
      readonly kind: "customer-local";
      /** IANA zone used when the customer's zone is unknown (no billing country in the region). */
      readonly defaultTimeZone: string;
      /** The reason, as explanations quote it. */
      readonly why: string;
    };

/**
 * One support region.
 *
 * @example
 * ```ts
 * import { type Region, regions } from "adobe-support-sla";
 * const japan: Region = regions.japan;
 * japan.days //=> [1, 2, 3, 4, 5]
 * japan.businessDayMinutes //=> 480
 * ```
 * @category Catalog
 */
export interface Region {
  /** The region's id, also its key in {@link regions}. */
  readonly id: RegionId;
  /** English name. */
  readonly name: string;
  /** Short label used in explanations. */
  readonly label: string;
  /** Open days, ISO weekday numbers (1 = Monday). */
  readonly days: readonly number[];
  /** Opening time, `HH:mm`, local to the region's zone. */
  readonly opens: string;
  /** Closing time, `HH:mm`. */
  readonly closes: string;
  /** Length of one business day in minutes (closing minus opening). */
  readonly businessDayMinutes: number;
  /** How the zone of the hours is chosen (SPEC section 3 decision). */
  readonly zone: RegionZoneRule;
}

const weekdaysOnly = /* @__PURE__ */ (() => Object.freeze([1, 2, 3, 4, 5]))();

/**
 * The regions and their hours, Monday to Friday.
 *
 * @example
 * ```ts
 * import { regions } from "adobe-support-sla";
 * regions.americas.opens //=> "06:00"
 * regions.americas.closes //=> "17:30"
 * regions.emea.zone //=> { kind: "customer-local", defaultTimeZone: "Europe/London", why: "EMEA hours are read in the customer's local zone" }
 * ```
 * @category Catalog
 */
export const regions: Readonly<Record<RegionId, Region>> = /* @__PURE__ */ (() =>
  Object.freeze({
    americas: Object.freeze({
      id: "americas",
      name: "Americas",
      label: "Americas",
      days: weekdaysOnly,
      opens: "06:00",
      closes: "17:30",
      businessDayMinutes: 690,
      zone: Object.freeze({
        kind: "fixed",
        timeZone: "America/Los_Angeles",
        why: "Americas hours are quoted in Pacific time",
      }),
    }),
    emea: Object.freeze({
      id: "emea",
      name: "Europe, Middle East and Africa",
      label: "EMEA",
      days: weekdaysOnly,
      opens: "09:00",
      closes: "17:00",
      businessDayMinutes: 480,
      zone: Object.freeze({
        kind: "customer-local",
        defaultTimeZone: "Europe/London",
        why: "EMEA hours are read in the customer's local zone",
      }),
    }),
    apac: Object.freeze({
      id: "apac",
      name: "Asia Pacific",
      label: "APAC",
      days: weekdaysOnly,
      opens: "09:00",
      closes: "17:00",
      businessDayMinutes: 480,
      zone: Object.freeze({
        kind: "customer-local",
        defaultTimeZone: "Asia/Singapore",
        why: "APAC hours are read in the customer's local zone",
      }),
    }),
    japan: Object.freeze({
      id: "japan",
      name: "Japan",
      label: "Japan",
      days: weekdaysOnly,
      opens: "09:00",
      closes: "17:00",
      businessDayMinutes: 480,
      zone: Object.freeze({
        kind: "fixed",
        timeZone: "Asia/Tokyo",
        why: "Japan hours are read in Japan time",
      }),
    }),
  } satisfies Record<RegionId, Region>))();
