/** The day of the vernal (March) and autumnal (September) equinox in Japan time, by the usual approximation formula. */

import { EQUINOX_DRIFT_PER_YEAR, equinoxPeriods } from "./japan-law.js";

/**
 * The day of the month (March for `"vernal"`, September for `"autumnal"`) on which the equinox
 * falls in Japan time, by `floor(C + 0.242194 × (year − 1980) − floor((year − 1980) / 4))` with
 * the period's constant `C` ({@link equinoxPeriods}). It gives the announced dates of every year
 * from 1970 to 2027 and agrees with Meeus's algorithm for every year to 2199; an equinox within
 * minutes of midnight (2074, 2198 autumnal; 2187 vernal) depends on the future ΔT and may fall on
 * the other side.
 *
 * @internal
 * @param year - A year from 1900 to 2199.
 * @param which - `"vernal"` or `"autumnal"`.
 * @returns The day of March or September.
 * @throws {RangeError} When `year` is outside 1900-2199.
 */
export function equinoxDay(year: number, which: "vernal" | "autumnal"): number {
  const period = equinoxPeriods.find((p) => year >= p.from && year <= p.until);
  if (period === undefined) throw new RangeError(`no equinox constants for ${year}`);
  const sinceEpoch = year - 1980;
  const constant = which === "vernal" ? period.vernal : period.autumnal;
  return Math.floor(constant + EQUINOX_DRIFT_PER_YEAR * sinceEpoch - Math.floor(sinceEpoch / 4));
}
