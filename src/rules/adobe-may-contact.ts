/** When Adobe may contact the Named Support Contacts: at any time for P1, in regional business hours for P2-P4. */

import type { ClosedDates } from "../calendar/definition.js";
import { type Priority, priorityLevels } from "../data/priorities.js";
import { localIso, localText, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { clockSteps, closedAtText, hoursVerdict } from "../explain/sentences.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { alwaysOpen, openState, requireRegion } from "../place/contact-hours.js";
import { type Place, placeCalendar, resolvePlace } from "../place/place.js";
import type { RegionChoice, TimeZoneChoice } from "../place/resolve.js";

/**
 * When Adobe may contact the Named Support Contacts: `"any-time"` (P1) or `"business-hours"` (P2-P4).
 *
 * @example
 * ```ts
 * import { adobeMayContact, type ContactRule } from "adobe-support-sla";
 * const rule: ContactRule = adobeMayContact({ priority: "P1", now: "2026-11-22T03:00:00Z" }).rule;
 * rule //=> "any-time"
 * ```
 * @category Types
 */
export type ContactRule = "any-time" | "business-hours";

/**
 * Input of {@link adobeMayContact}: a case ({@link SupportCase}) with `priority` and `now`, the
 * instant asked about. It also reads `region`, `billingCountry`, `timeZone` and `holidays`;
 * other keys are ignored.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type AdobeMayContactInput } from "adobe-support-sla";
 * const input: AdobeMayContactInput = {
 *   priority: "P3",
 *   region: "americas",
 *   now: "2026-11-23T05:00:00-08:00",
 * };
 * adobeMayContact(input).nextAllowedAt //=> "2026-11-23T14:00:00.000Z"
 * ```
 * @category Types
 */
export type AdobeMayContactInput = CaseWith<"priority" | "now">;

/**
 * Result of {@link adobeMayContact}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type AdobeMayContact } from "adobe-support-sla";
 * const at = "2026-11-23T10:00:00+01:00";
 * const answer: AdobeMayContact = adobeMayContact({ priority: "P2", billingCountry: "DE", now: at });
 * answer.allowed //=> true
 * answer.timeZone //=> { id: "Europe/Berlin", reason: "EMEA hours are read in the customer's local zone: ..." }
 * ```
 * @category Types
 */
export interface AdobeMayContact {
  /** Whether Adobe may contact the Named Support Contacts at `at`. */
  readonly allowed: boolean;
  /** The request priority, as given. */
  readonly priority: Priority;
  /** The instant asked about, ISO 8601 UTC. */
  readonly at: string;
  /**
   * The same instant with the offset of `timeZone`.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly atLocal: string;
  /** The rule of the priority. */
  readonly rule: ContactRule;
  /** The first instant after `at` at which contact is allowed (a business-hours opening); `null` when allowed now. */
  readonly nextAllowedAt: string | null;
  /**
   * `nextAllowedAt` with the offset of `timeZone`.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly nextAllowedAtLocal: string | null;
  /** The region used and why; `null` for a P1 given neither region nor billing country. */
  readonly region: RegionChoice | null;
  /** The zone of the hours and of the local times, and why. */
  readonly timeZone: TimeZoneChoice;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/** @internal The case fields {@link adobeMayContact} reads; its schema is {@link adobeMayContactInputSchema}. */
export const adobeMayContactFields = /* @__PURE__ */ (() =>
  ruleFields(["priority", "now"], ["region", "billingCountry", "timeZone", "holidays"]))();

/**
 * Zod schema of {@link AdobeMayContactInput} (shape only: the region required for P2-P4 is
 * checked by {@link adobeMayContact}). Its output has instants as epoch milliseconds.
 *
 * @example
 * ```ts
 * import { adobeMayContactInputSchema } from "adobe-support-sla";
 * const parsed = adobeMayContactInputSchema.parse({ priority: "P2", now: "2026-11-22T03:00:00+01:00" });
 * parsed.now //=> 1795312800000
 * ```
 * @category Rules
 */
export const adobeMayContactInputSchema = /* @__PURE__ */ (() => adobeMayContactFields.schema())();

/**
 * Whether Adobe may contact the customer's Named Support Contacts about a request at an instant.
 * For P1 the answer is always yes (the customer stays engaged around the clock until the issue
 * is mitigated). For P2-P4 Adobe contacts them during the region's business hours only; outside
 * them the answer is no, with the next opening as `nextAllowedAt`.
 *
 * Gotchas: region, zone and holidays mean exactly what they mean in `responseDeadline` (EMEA and
 * APAC hours in the customer's zone, Americas in Pacific time, Japan in Tokyo time); a closing
 * time is outside the hours (17:00 sharp is closed in EMEA).
 *
 * @param input - The priority, the instant, and where the customer is.
 * @returns The answer, the rule it rests on and the next allowed instant when the answer is no.
 * @throws {@link SlaInputError} For invalid input; for P2-P4 without `region` or a
 * `billingCountry` that has a region (path `["region"]`, code `required`); or when the next
 * opening falls after the supported range.
 * @example
 * ```ts
 * import { adobeMayContact } from "adobe-support-sla";
 * const sunday = adobeMayContact({
 *   priority: "P2",
 *   region: "emea",
 *   timeZone: "Europe/Paris",
 *   now: "2026-11-22T03:00:00+01:00",
 * });
 * sunday.allowed //=> false
 * sunday.nextAllowedAt //=> "2026-11-23T08:00:00.000Z"
 * sunday.nextAllowedAtLocal //=> "2026-11-23T09:00:00.000+01:00"
 * adobeMayContact({ priority: "P1", now: "2026-11-22T03:00:00+01:00" }).allowed //=> true
 * ```
 * @category Rules
 */
export function adobeMayContact(input: AdobeMayContactInput): AdobeMayContact {
  const parsed = readCase(adobeMayContactFields, input);
  const rule = priorityLevels[parsed.priority].engagement.adobeContacts;
  if (rule === "business-hours") {
    requireRegion(
      parsed,
      `for ${parsed.priority} (Adobe contacts the Named Support Contacts in business hours only)`,
    );
  }
  const place = resolvePlace(parsed);
  const at = parsed.now;
  const { open, next } =
    rule === "any-time" ? alwaysOpen : openState(placeCalendar(place, parsed.holidays), at);
  const { rules } = place;
  return lazyResult<AdobeMayContact>({
    allowed: open,
    priority: parsed.priority,
    at: lazy(() => utcIso(at)),
    atLocal: lazy(() => localIso(at, rules)),
    rule,
    nextAllowedAt: next === null ? null : lazy(() => utcIso(next)),
    nextAllowedAtLocal: next === null ? null : lazy(() => localIso(next, rules)),
    region: place.region ?? null,
    timeZone: place.zone,
    steps: lazy(() => Object.freeze(mayContactSteps(parsed, rule, place, next))),
    explanation: lazy(joinSteps),
  });
}

/** The steps of {@link adobeMayContact}: the rule, where its clock runs, the answer at the instant. */
function mayContactSteps(
  parsed: {
    readonly priority: Priority;
    readonly now: number;
    readonly holidays?: ClosedDates | undefined;
  },
  rule: ContactRule,
  place: Place,
  next: number | null,
): string[] {
  const { priority, now: at } = parsed;
  if (rule === "any-time") {
    return [
      `${priority}: Adobe may contact the Named Support Contacts at any time (the customer stays engaged 24x7 until mitigation)`,
      ...clockSteps(place, "24x7", parsed.holidays, "a P1"),
      `at ${localText(at, place.rules)}: allowed`,
    ];
  }
  const steps = [
    `${priority}: Adobe contacts the Named Support Contacts during business hours only`,
    ...clockSteps(place, "business", parsed.holidays, "a P1"),
  ];
  if (next === null) steps.push(`${hoursVerdict("at", at, place, true)}: allowed`);
  else {
    const closed = closedAtText(placeCalendar(place, parsed.holidays), at);
    steps.push(`${hoursVerdict("at", at, place, false)}${closed}: not allowed`);
    steps.push(`next allowed ${localText(next, place.rules)}`);
  }
  return steps;
}
