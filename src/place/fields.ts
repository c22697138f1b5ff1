/** The field schemas every rule shares: plan, priority, region, country, zone, product, dates, contacts, `measureFrom`. */

import * as z from "zod/mini";
import { closedDatesSchema, timeZoneSchema } from "../calendar/definition.js";
import { planIds } from "../data/plans.js";
import { priorities } from "../data/priorities.js";
import { regionIds } from "../data/regions.js";
import { codeParams } from "../errors.js";
import { productSchema } from "../input/product.js";
import { once } from "../memo.js";
import { expectedOneOf, expectedRealDate } from "../messages.js";
import { parseIsoDate } from "../time/civil.js";
import { countryCodeSchema } from "./resolve.js";

/** Field schemas shared by every function that takes a case or a place (built on first use). */
export const caseFields = /* @__PURE__ */ once(
  () =>
    ({
      plan: z.enum(planIds, { error: expectedOneOf(planIds) }),
      priority: z.enum(priorities, { error: expectedOneOf(priorities) }),
      region: z.enum(regionIds, { error: expectedOneOf(regionIds) }),
      billingCountry: countryCodeSchema(),
      timeZone: timeZoneSchema(),
      product: productSchema(),
      termStart: z.string({ error: "expected a date as YYYY-MM-DD" }).check(
        z.refine((s) => parseIsoDate(s) !== undefined, {
          error: expectedRealDate,
          params: codeParams("invalid_date"),
        }),
      ),
      holidays: closedDatesSchema(),
    }) as const,
);

/** A person as given in contact lists: a name or an e-mail address, not blank. */
export const contactNameSchema = /* @__PURE__ */ once(() =>
  z.string({ error: "expected a name or an e-mail address" }).check(
    z.refine((s) => s.trim().length > 0, {
      error: "expected a name or an e-mail address, not a blank text",
      params: codeParams("empty"),
    }),
  ),
);

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
 * @category Types
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
 * @category Types
 */
export type MeasureFrom = (typeof measureFromOptions)[number];
