/** The closed lists of values some case fields take: how P4 is read, what came of a contact attempt (pure data). */

/**
 * How "1 business day" (P4) is read: the values of a case's `businessDay`.
 *
 * @example
 * ```ts
 * import { businessDayReadings } from "adobe-support-sla";
 * businessDayReadings //=> ["full-business-day", "end-of-next-business-day"]
 * ```
 * @category Types
 */
export const businessDayReadings = ["full-business-day", "end-of-next-business-day"] as const;
/**
 * How P4's "1 business day" is read.
 *
 * `"full-business-day"` (default): one full day of business time on the region's calendar
 * (Americas 690 minutes, other regions 480), counted like P2/P3.
 * `"end-of-next-business-day"`: the close of the business day after the one the clock starts in.
 *
 * @example
 * ```ts
 * import { type BusinessDayReading, responseDeadline } from "adobe-support-sla";
 * const businessDay: BusinessDayReading = "end-of-next-business-day";
 * const request = { plan: "expert", priority: "P4", billingCountry: "FR", openedAt: "2026-11-23T10:00:00+01:00" } as const;
 * responseDeadline({ ...request, businessDay }).dueAtLocal //=> "2026-11-24T17:00:00.000+01:00"
 * responseDeadline(request).dueAtLocal //=> "2026-11-24T10:00:00.000+01:00"
 * ```
 * @category Types
 */
export type BusinessDayReading = (typeof businessDayReadings)[number];

/**
 * What came of one attempt by Adobe to reach a Named Support Contact.
 *
 * @example
 * ```ts
 * import { contactOutcomes } from "adobe-support-sla";
 * contactOutcomes //=> ["no-response", "missing-critical-information", "answered"]
 * ```
 * @category Types
 */
export const contactOutcomes = ["no-response", "missing-critical-information", "answered"] as const;
/**
 * The outcome of one contact attempt:
 *
 * - `"no-response"`: nobody answered;
 * - `"missing-critical-information"`: someone answered without the critical information Adobe asked for;
 * - `"answered"`: the critical information was obtained.
 *
 * @example
 * ```ts
 * import { type ContactOutcome, contactOutcomes } from "adobe-support-sla";
 * contactOutcomes //=> ["no-response", "missing-critical-information", "answered"]
 * const outcome: ContactOutcome = "answered";
 * contactOutcomes.indexOf(outcome) //=> 2
 * ```
 * @category Types
 */
export type ContactOutcome = (typeof contactOutcomes)[number];
