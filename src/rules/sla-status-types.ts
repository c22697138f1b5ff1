/** The documented input and result types of `slaStatus`: its states, its input, its applied pauses, its answer. */

import type { PlanId } from "../data/plans.js";
import type { Priority } from "../data/priorities.js";
import type { RegionId } from "../data/regions.js";
import type { CaseWith } from "../input/case.js";
import type { ResponseDeadline } from "./response-deadline.js";

/**
 * Where a case stands: the values of {@link SlaStatus.state}.
 *
 * @example
 * ```ts
 * import { slaStates } from "adobe-support-sla";
 * slaStates //=> ["pending", "at-risk", "breached", "met", "met-late"]
 * ```
 * @category Types
 */
export const slaStates = ["pending", "at-risk", "breached", "met", "met-late"] as const;
/**
 * Where a case stands against its response target:
 *
 * - `pending`: no response yet, deadline ahead, less than the at-risk share of the target used;
 * - `at-risk`: no response yet, deadline not passed, at least the at-risk share used;
 * - `breached`: no response and `now` is after the deadline;
 * - `met`: responded at or before the deadline; `met-late`: responded after it.
 *
 * @example
 * ```ts
 * import { type SlaState, slaStatus } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const state: SlaState = slaStatus({ ...request, now: "2026-11-23T10:30:00Z" }).state;
 * state //=> "breached"
 * ```
 * @category Types
 */
export type SlaState = (typeof slaStates)[number];

/**
 * Input of {@link slaStatus}: a case ({@link SupportCase}) with `plan`, `priority`, `openedAt`
 * and `now`. It also reads what {@link responseDeadline} reads, and `respondedAt`,
 * `priorityHistory`, `measureFrom`, `atRiskThreshold` and `pauses`; other keys are ignored.
 *
 * @example
 * ```ts
 * import { slaStatus, type SlaStatusInput } from "adobe-support-sla";
 * const input: SlaStatusInput = {
 *   plan: "expert",
 *   priority: "P2",
 *   billingCountry: "GB",
 *   openedAt: "2026-11-23T09:00:00Z",
 *   now: "2026-11-23T10:00:00Z",
 *   respondedAt: "2026-11-23T09:45:00Z",
 * };
 * slaStatus(input).state //=> "met"
 * ```
 * @category Types
 */
export type SlaStatusInput = CaseWith<"plan" | "priority" | "openedAt" | "now">;

/**
 * A pause as applied.
 *
 * @example
 * ```ts
 * import { type AppliedPause, slaStatus } from "adobe-support-sla";
 * const request = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const pauses = [{ from: "2026-11-23T09:05:00Z", reason: "waiting on customer" }];
 * const pause: AppliedPause | undefined = slaStatus({ ...request, now: "2026-11-23T09:12:00Z", pauses }).pauses[0];
 * pause //=> { from: "2026-11-23T09:05:00.000Z", to: "2026-11-23T09:12:00.000Z", ongoing: true, reason: "waiting on customer", clockMs: 420000 }
 * ```
 * @category Types
 */
export interface AppliedPause {
  /** Start, ISO 8601 UTC (after merging overlapping pauses). */
  readonly from: string;
  /** End, ISO 8601 UTC (`now` for an ongoing pause). */
  readonly to: string;
  /** True for a pause given without `to`, counted up to `now`. */
  readonly ongoing: boolean;
  /** The reason as given (merged pauses join theirs with `"; "`), or `null`. */
  readonly reason: string | null;
  /** Clock time (business or 24x7) the pause took out, within the measured span. */
  readonly clockMs: number;
}

/**
 * Result of {@link slaStatus}.
 *
 * Frozen. Its texts (ISO strings, `measuredFrom`, `pauses`, the nested `deadline`, `steps`,
 * `explanation`) are made when first read and then kept; `JSON.stringify`, spreading and
 * `structuredClone` see every field. For bulk work that needs the figures only, see
 * {@link slaStatusFigures}.
 *
 * @example
 * ```ts
 * import { slaStatus, type SlaStatus } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P2", billingCountry: "GB", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const status: SlaStatus = slaStatus({ ...request, now: "2026-11-23T10:00:00Z" });
 * status.state //=> "pending"
 * status.remainingMs //=> 3600000
 * status.percentUsed //=> 50
 * ```
 * @category Types
 */
export interface SlaStatus {
  /** Where the case stands. */
  readonly state: SlaState;
  /** The priority in force at the evaluation instant. */
  readonly priority: Priority;
  /** The priority the case was opened with. */
  readonly openedPriority: Priority;
  /** The deadline in force (pauses applied), ISO UTC. */
  readonly dueAt: string;
  /**
   * Same instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly dueAtLocal: string;
  /** The deadline in force, epoch milliseconds. */
  readonly dueAtMs: number;
  /** When the at-risk share of the target is used up (pauses applied), ISO UTC. */
  readonly atRiskAt: string;
  /** `respondedAt` when responded, else `now`. */
  readonly evaluatedAt: string;
  /** `now` as given, ISO 8601 UTC. */
  readonly now: string;
  /** `respondedAt` as given, ISO 8601 UTC; `null` when there is no response yet. */
  readonly respondedAt: string | null;
  /** Where the target is measured from, and why. */
  readonly measuredFrom: {
    /** The instant, ISO 8601 UTC. */
    readonly at: string;
    /** Why this instant (the opening, or a priority change). */
    readonly reason: string;
  };
  /** The clock the target runs on: absolute time (P1) or business hours. */
  readonly clock: "24x7" | "business";
  /** The target on its clock, in milliseconds. */
  readonly targetMs: number;
  /** Clock time used between the measurement start and the evaluation instant, pauses excluded. */
  readonly elapsedMs: number;
  /** `targetMs - elapsedMs`: negative when overdue. */
  readonly remainingMs: number;
  /** `elapsedMs / targetMs * 100`, rounded to two decimals. */
  readonly percentUsed: number;
  /** The at-risk share used, as given or the default 0.75. */
  readonly atRiskThreshold: number;
  /** Clock time taken out by pauses within the measured span. */
  readonly pausedMs: number;
  /** The pauses as applied, merged and in order; empty when none was given. */
  readonly pauses: readonly AppliedPause[];
  /** The deadline of the priority in force without pauses, with its own explanation. */
  readonly deadline: ResponseDeadline;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Result of {@link slaStatusFigures}: the figures of a {@link SlaStatus}, the same values under the
 * same names, without its explanation, plus the evaluation instant in epoch milliseconds. A plain
 * frozen object, cheap to make.
 *
 * @example
 * ```ts
 * import { slaStatusFigures, type SlaStatusFigures } from "adobe-support-sla";
 * const figures: SlaStatusFigures = slaStatusFigures({
 *   plan: "expert",
 *   priority: "P2",
 *   billingCountry: "GB",
 *   openedAt: "2026-11-23T09:00:00Z",
 *   now: "2026-11-23T10:00:00Z",
 * });
 * figures.remainingMs //=> 3600000
 * figures.evaluatedAtMs //=> 1795428000000
 * ```
 * @category Types
 */
export interface SlaStatusFigures
  extends Pick<
    SlaStatus,
    | "state"
    | "priority"
    | "openedPriority"
    | "dueAt"
    | "dueAtLocal"
    | "dueAtMs"
    | "clock"
    | "targetMs"
    | "elapsedMs"
    | "remainingMs"
    | "percentUsed"
    | "atRiskThreshold"
    | "pausedMs"
  > {
  /** The instant the status is taken at, in epoch milliseconds: `respondedAt` if given, else `now`. */
  readonly evaluatedAtMs: number;
  /** The opening (`openedAt`), in epoch milliseconds. */
  readonly openedAtMs: number;
  /** The case's plan. */
  readonly plan: PlanId;
  /** The support region whose hours were used (`deadline.region.id` of the full status); `null` for a 24x7 target with no region given. */
  readonly region: RegionId | null;
  /** The IANA zone of `dueAtLocal` (`deadline.timeZone.id` of the full status). */
  readonly timeZone: string;
}
