/** Chooses the target table, the region and the time zone of a request, each with the reason for the choice. */

import * as z from "zod/mini";
import { type Country, countryTable } from "../data/countries.js";
import {
  commerceRule,
  type PlanId,
  plans,
  type TargetTableId,
  targetTables,
} from "../data/plans.js";
import { type RegionId, regions } from "../data/regions.js";
import { codeParams } from "../errors.js";
import { commerceProductOf } from "../input/product.js";
import { once } from "../memo.js";
import { parseInput } from "../validation.js";

/**
 * The target table used and why.
 *
 * @example
 * ```ts
 * import { responseDeadline, type TableChoice } from "adobe-support-sla";
 * const commerce = { product: "commerce-managed-services", termStart: "2025-01-01" } as const;
 * const due = responseDeadline({ plan: "expert", priority: "P1", ...commerce, openedAt: "2026-11-23T09:00:00Z" });
 * const table: TableChoice = due.table;
 * table.id //=> "commerce-managed-services"
 * table.reason //=> "product is Adobe Commerce on Managed Services with a licence term starting 2025-01-01, ..."
 * ```
 * @category Types
 */
export interface TableChoice {
  /** The table's id (a key of {@link targetTables}). */
  readonly id: TargetTableId;
  /** The table's display name. */
  readonly name: string;
  /** Why this table, e.g. `"plan is ultimate"`. */
  readonly reason: string;
}

/**
 * The region used and why.
 *
 * @example
 * ```ts
 * import { type RegionChoice, responseDeadline } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P3", billingCountry: "FR", openedAt: "2026-11-23T10:00:00Z" } as const;
 * const region: RegionChoice | null = responseDeadline(request).region;
 * region //=> { id: "emea", name: "Europe, Middle East and Africa", reason: "billing country FR (France) is in EMEA" }
 * ```
 * @category Types
 */
export interface RegionChoice {
  /** The region's id (a key of {@link regions}). */
  readonly id: RegionId;
  /** The region's English name. */
  readonly name: string;
  /** Why this region, e.g. `"billing country FR (France) is in EMEA"`. */
  readonly reason: string;
}

/**
 * The time zone used and why.
 *
 * @example
 * ```ts
 * import { responseDeadline, type TimeZoneChoice } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P3", region: "americas", openedAt: "2026-11-23T10:00:00Z" } as const;
 * const zone: TimeZoneChoice = responseDeadline(request).timeZone;
 * zone //=> { id: "America/Los_Angeles", reason: "Americas hours are quoted in Pacific time" }
 * ```
 * @category Types
 */
export interface TimeZoneChoice {
  /** IANA zone name (`"UTC"` when nothing says where the customer is). */
  readonly id: string;
  /** Why this zone, e.g. `"Americas hours are quoted in Pacific time"`. */
  readonly reason: string;
}

/** Picks the plan's table, or the Commerce table for Commerce Managed Services with a term start on or after 2021-09-20. */
export function chooseTable(
  plan: PlanId,
  product: string | undefined,
  termStart: string | undefined,
): TableChoice {
  const planTable = targetTables[plan];
  const commerce = commerceProductOf(product);
  // "product "magento-commerce-pro" (an alias of commerce-managed-services)": how an alias was read.
  const given =
    commerce?.alias === undefined
      ? "product"
      : `product ${JSON.stringify(product)} (an alias of ${commerce.id})`;
  if (commerce?.id === commerceRule.product && termStart !== undefined) {
    if (termStart >= commerceRule.termStartOnOrAfter) {
      const table = targetTables[commerceRule.table];
      return {
        id: table.id,
        name: table.name,
        reason: `${given} is Adobe Commerce on Managed Services with a licence term starting ${termStart}, on or after ${commerceRule.termStartOnOrAfter}: the Commerce table replaces the ${plans[plan].name} table`,
      };
    }
    return {
      id: planTable.id,
      name: planTable.name,
      reason: `${given} is Adobe Commerce on Managed Services, but its licence term started ${termStart}, before ${commerceRule.termStartOnOrAfter}: the plan's table applies`,
    };
  }
  const productNote =
    product === undefined
      ? ""
      : commerce?.alias !== undefined
        ? ` (${given} is not Adobe Commerce on Managed Services)`
        : ` (product ${JSON.stringify(product)} is not Adobe Commerce on Managed Services)`;
  return { id: planTable.id, name: planTable.name, reason: `plan is ${plan}${productNote}` };
}

/** The country record of an upper-cased ISO code (validated before). */
export function countryOf(code: string | undefined): Country | undefined {
  return code === undefined ? undefined : countryTable()[code];
}

/** Explicit `region`, else the billing country's region, else none. */
export function chooseRegion(
  region: RegionId | undefined,
  country: Country | undefined,
): RegionChoice | undefined {
  if (region !== undefined) {
    let reason = "explicit `region` input";
    if (country && country.region !== region) {
      reason += ` (billing country ${country.code} would give ${country.region === null ? "no region" : regions[country.region].label})`;
    }
    return { id: region, name: regions[region].name, reason };
  }
  if (country?.region) {
    return {
      id: country.region,
      name: regions[country.region].name,
      reason: `billing country ${country.code} (${country.name}) is in ${regions[country.region].label}`,
    };
  }
  return undefined;
}

/** Explicit `timeZone`; else the region's rule (fixed zone, or the customer's local zone); else UTC. */
export function chooseTimeZone(
  timeZone: string | undefined,
  region: RegionChoice | undefined,
  country: Country | undefined,
): TimeZoneChoice {
  if (timeZone !== undefined) return { id: timeZone, reason: "explicit `timeZone` input" };
  if (region === undefined) {
    if (country?.timeZone) {
      return {
        id: country.timeZone,
        reason: `representative zone of billing country ${country.code}`,
      };
    }
    return {
      id: "UTC",
      reason: "no region, billing country or `timeZone` given; times shown in UTC",
    };
  }
  const rule = regions[region.id].zone;
  if (rule.kind === "fixed") return { id: rule.timeZone, reason: rule.why };
  if (country && country.region === region.id && country.timeZone) {
    const how =
      country.zoneReason === "only-zone"
        ? "the only zone of billing country"
        : "the zone of the most populous city of billing country";
    return {
      id: country.timeZone,
      reason: `${rule.why}: ${country.timeZone}, ${how} ${country.code} (${country.name})`,
    };
  }
  const why =
    country === undefined
      ? "no billing country or `timeZone` given"
      : `billing country ${country.code} is not in ${regions[region.id].label}`;
  return {
    id: rule.defaultTimeZone,
    reason: `${rule.why}; ${why}, so the ${regions[region.id].label} default applies`,
  };
}

/**
 * The support region of a billing country (ISO 3166-1 alpha-2, any case): `null` for Antarctica
 * and uninhabited territories, which have none (pass `region` explicitly for those).
 *
 * @param country - ISO 3166-1 alpha-2 code, any case, surrounding spaces ignored.
 * @returns The region id, or `null` when the country has no support region.
 * @throws {@link SlaInputError} When `country` is not an ISO 3166-1 alpha-2 code (path
 *   `["country"]`, code `unknown_country`).
 * @example
 * ```ts
 * import { regionForCountry } from "adobe-support-sla";
 * regionForCountry("FR") //=> "emea"
 * regionForCountry("jp") //=> "japan"
 * regionForCountry("AQ") //=> null
 * ```
 * @category Catalog
 */
export function regionForCountry(country: string): RegionId | null {
  const code = parseInput(countryArgumentSchema(), { country }).country;
  return (countryTable()[code] as Country).region;
}

/** An ISO 3166-1 alpha-2 code, any case, read as upper case. */
export const countryCodeSchema = /* @__PURE__ */ once(() =>
  z.pipe(
    z.string({ error: "expected an ISO 3166-1 alpha-2 country code such as FR" }),
    z.transform((code: string, ctx) => {
      const trimmed = code.trim();
      // ASCII letters only: upper-casing "ß" or "ﬁ" would otherwise turn them into codes (SS, FI).
      const upper = /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : "";
      if (!Object.hasOwn(countryTable(), upper)) {
        ctx.issues.push({
          code: "custom",
          message: `is not an ISO 3166-1 alpha-2 country code: ${JSON.stringify(code)}; expected e.g. FR, US, JP`,
          params: codeParams("unknown_country"),
          input: code,
        });
        return z.NEVER;
      }
      return upper;
    }),
  ),
);

const countryArgumentSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ country: countryCodeSchema() }),
);
