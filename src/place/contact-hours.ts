/** Where the customer is and whether a clock is open there: the pieces the contact rules share. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import { isOpenAt, nextOpeningAt } from "../calendar/query.js";
import { SlaInputError } from "../errors.js";
import type { SupportCase } from "../input/case.js";
import { atField, missingRegion, type PlaceInput } from "./place.js";

/**
 * Where the customer is: the same fields of a case ({@link SupportCase}), with the same meaning,
 * as in `responseDeadline`.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type ContactPlaceInput } from "adobe-support-sla";
 * const place: ContactPlaceInput = { billingCountry: "FR", holidays: ["2026-12-25"] };
 * const christmas = adobeMayContact({ ...place, priority: "P3", now: "2026-12-25T10:00:00+01:00" });
 * christmas.allowed //=> false
 * christmas.nextAllowedAtLocal //=> "2026-12-28T09:00:00.000+01:00"
 * ```
 * @category Types
 */
export type ContactPlaceInput = Pick<
  SupportCase,
  "region" | "billingCountry" | "timeZone" | "holidays"
>;

/** The open state of a 24x7 clock: always open. */
export const alwaysOpen: { readonly open: boolean; readonly next: number | null } = {
  open: true,
  next: null,
};

/** Whether the calendar is open at `at`, and if not, its next opening (errors re-thrown against `at`). */
export function openState(
  calendar: BusinessCalendar,
  at: number,
): { open: boolean; next: number | null } {
  if (isOpenAt(calendar, at)) return { open: true, next: null };
  try {
    return { open: false, next: nextOpeningAt(calendar, at) };
  } catch (error) {
    atField(error, "now");
  }
}

/** Validates the place of a P2-P4 question: a region is needed. */
export function requireRegion(input: PlaceInput, why: string): void {
  const issue = missingRegion(input, why);
  if (issue) throw new SlaInputError([issue]);
}
