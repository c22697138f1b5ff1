/** The range of instants the library answers for, and the check that keeps every answer inside it. */

import { daysFromCivil, formatIsoInstant, MS_PER_DAY } from "./civil.js";

/** First supported instant: 1970-01-01T00:00:00.000Z. */
export const SUPPORTED_FROM_MS = 0;
/** End of the supported range (exclusive): 2200-01-01T00:00:00.000Z. */
export const SUPPORTED_UNTIL_MS = /* @__PURE__ */ (() => daysFromCivil(2200, 1, 1) * MS_PER_DAY)();

/**
 * The instants this library accepts and returns: from 1970-01-01T00:00:00.000Z (inclusive) to
 * 2200-01-01T00:00:00.000Z (exclusive). Inputs outside it are rejected with `out_of_range`; a
 * deadline that would fall after its end is rejected with `beyond_supported_range`.
 *
 * @example
 * ```ts
 * import { SUPPORTED_RANGE } from "adobe-support-sla";
 * SUPPORTED_RANGE.from //=> "1970-01-01T00:00:00.000Z"
 * SUPPORTED_RANGE.until //=> "2200-01-01T00:00:00.000Z"
 * ```
 * @category Errors and limits
 */
export const SUPPORTED_RANGE = /* @__PURE__ */ (() =>
  Object.freeze({
    /** First supported instant (inclusive), ISO 8601 UTC. */
    from: formatIsoInstant(SUPPORTED_FROM_MS, 0, true),
    /** End of the supported range (exclusive), ISO 8601 UTC. */
    until: formatIsoInstant(SUPPORTED_UNTIL_MS, 0, true),
  }))();

export function isInSupportedRange(epochMs: number): boolean {
  return epochMs >= SUPPORTED_FROM_MS && epochMs < SUPPORTED_UNTIL_MS;
}
