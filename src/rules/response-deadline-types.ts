/** The documented input and result types of `responseDeadline`: its input, the target applied, the hours used, its answer. */

import type { PlanId } from "../data/plans.js";
import type { Priority } from "../data/priorities.js";
import type { CaseWith } from "../input/case.js";
import type { BusinessDayReading } from "../input/options.js";
import type { RegionChoice, TableChoice, TimeZoneChoice } from "../place/resolve.js";

/**
 * Input of {@link responseDeadline}: a case ({@link SupportCase}) with `plan`, `priority` and
 * `openedAt`. It also reads `region`, `billingCountry`, `timeZone`, `product`, `termStart`,
 * `holidays` and `businessDay`; other keys are ignored.
 *
 * @example
 * ```ts
 * import { responseDeadline, type ResponseDeadlineInput } from "adobe-support-sla";
 * const input: ResponseDeadlineInput = {
 *   plan: "expert",
 *   priority: "P3",
 *   billingCountry: "US",
 *   openedAt: "2026-11-23T16:00:00-08:00",
 * };
 * responseDeadline(input).dueAtLocal //=> "2026-11-24T08:30:00.000-08:00"
 * ```
 * @category Types
 */
export type ResponseDeadlineInput = CaseWith<"plan" | "priority" | "openedAt">;

/**
 * The target applied, with its length in milliseconds of the clock it runs on.
 *
 * @example
 * ```ts
 * import { type AppliedTarget, responseDeadline } from "adobe-support-sla";
 * const request = { plan: "ultimate", priority: "P2", region: "emea", openedAt: "2026-11-23T10:00:00Z" } as const;
 * const target: AppliedTarget = responseDeadline(request).target;
 * target.milliseconds //=> 1800000
 * target.description //=> "30 minutes of business time"
 * ```
 * @category Types
 */
export interface AppliedTarget {
  /** How many `unit`s, as in the target table. */
  readonly amount: number;
  /** The unit of `amount`. */
  readonly unit: "minutes" | "hours" | "business-day";
  /** Absolute elapsed time (`"24x7"`, P1) or time inside business hours. */
  readonly clock: "24x7" | "business";
  /** Length counted on the clock (for P4 `end-of-next-business-day`, the business time actually used). */
  readonly milliseconds: number;
  /** `"30 minutes of business time"`, `"1 hour, 24x7"`. */
  readonly description: string;
  /** For P4, the reading used. */
  readonly businessDay?: BusinessDayReading;
}

/**
 * Business hours used for a business-time target.
 *
 * @example
 * ```ts
 * import { type HoursUsed, responseDeadline } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P3", billingCountry: "FR", openedAt: "2026-12-24T16:00:00+01:00" } as const;
 * const hours: HoursUsed | null = responseDeadline({ ...request, holidays: ["2026-12-25"] }).hours;
 * hours //=> { days: "Mon-Fri", opens: "09:00", closes: "17:00", timeZone: "Europe/Paris", holidays: 1 }
 * ```
 * @category Types
 */
export interface HoursUsed {
  /** Open days: always Monday to Friday. */
  readonly days: "Mon-Fri";
  /** Opening time, `HH:mm`, in `timeZone`. */
  readonly opens: string;
  /** Closing time, `HH:mm`, in `timeZone`. */
  readonly closes: string;
  /** IANA zone the hours were read in. */
  readonly timeZone: string;
  /** Number of holiday dates given, or `"predicate"`. */
  readonly holidays: number | "predicate";
}

/**
 * Result of {@link responseDeadline}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { type ResponseDeadline, responseDeadline } from "adobe-support-sla";
 * const saturday = "2026-11-21T10:00:00Z";
 * const due: ResponseDeadline = responseDeadline({ plan: "expert", priority: "P2", billingCountry: "GB", openedAt: saturday });
 * due.clockStartedAt //=> "2026-11-23T09:00:00.000Z"
 * due.dueAt //=> "2026-11-23T11:00:00.000Z"
 * due.explanation //=> "P2 target: 2 hours of business time (Expert Support table: plan is expert); ...; due Mon 2026-11-23 11:00 GMT"
 * ```
 * @category Types
 */
export interface ResponseDeadline {
  /** Deadline, ISO 8601 UTC with milliseconds: `2026-11-23T08:20:00.000Z`. */
  readonly dueAt: string;
  /**
   * Same instant with the calendar zone's offset: `2026-11-23T09:20:00.000+01:00`.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly dueAtLocal: string;
  /** Deadline in epoch milliseconds. */
  readonly dueAtMs: number;
  /** Opening instant, UTC. */
  readonly openedAt: string;
  /**
   * Opening instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly openedAtLocal: string;
  /** When the clock started: the opening for 24x7 targets, else the first open instant at or after it. */
  readonly clockStartedAt: string;
  /**
   * Same instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly clockStartedAtLocal: string;
  /** The plan, as given. */
  readonly plan: PlanId;
  /** The priority, as given. */
  readonly priority: Priority;
  /** The target applied, with its length on its clock. */
  readonly target: AppliedTarget;
  /** The target table used and why. */
  readonly table: TableChoice;
  /** The region used and why; `null` for a P1 given neither region nor billing country. */
  readonly region: RegionChoice | null;
  /** The time zone used and why. */
  readonly timeZone: TimeZoneChoice;
  /** The business hours used; `null` for 24x7 targets. */
  readonly hours: HoursUsed | null;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}
