/** The documented input and result types of `downgradeEligibility`: exclusions, reason codes, its input, the judged attempts, its answer. */

import type { Priority } from "../data/priorities.js";
import type { CaseWith } from "../input/case.js";
import type { ContactOutcome } from "../input/options.js";
import type { ResponseDeadline } from "./response-deadline.js";

/**
 * Why an attempt does not count, in the order the checks are made (the first that fails is reported).
 *
 * @example
 * ```ts
 * import { attemptExclusions } from "adobe-support-sla";
 * attemptExclusions //=> ["before_opening", "after_now", "not_a_named_contact", "outside_business_hours"]
 * ```
 * @category Types
 */
export const attemptExclusions = [
  "before_opening",
  "after_now",
  "not_a_named_contact",
  "outside_business_hours",
] as const;
/**
 * Why a contact attempt does not count:
 *
 * - `"before_opening"`: made before `openedAt`;
 * - `"after_now"`: made after `now`;
 * - `"not_a_named_contact"`: addressed to someone not in `namedContacts`;
 * - `"outside_business_hours"`: outside the regional business hours, for a priority whose
 *   contacts are reached during business hours only (P2-P4).
 *
 * @example
 * ```ts
 * import { type AttemptExclusion, downgradeEligibility } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const attempt = { at: "2026-11-23T10:00:00Z", contact: "ben@example.com", outcome: "no-response" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [attempt] });
 * const exclusion: AttemptExclusion | undefined = answer.attempts[0]?.reason;
 * exclusion //=> "not_a_named_contact"
 * ```
 * @category Types
 */
export type AttemptExclusion = (typeof attemptExclusions)[number];

/**
 * Codes of the reasons behind an answer: the first two back a "yes", the others a "no".
 *
 * @example
 * ```ts
 * import { downgradeReasonCodes } from "adobe-support-sla";
 * downgradeReasonCodes.slice(0, 2) //=> ["critical_information_not_obtained", "continuous_engagement_not_kept"]
 * downgradeReasonCodes.length //=> 7
 * ```
 * @category Types
 */
export const downgradeReasonCodes = [
  "critical_information_not_obtained",
  "continuous_engagement_not_kept",
  "no_downgrade_clause",
  "already_lowest",
  "no_counted_attempt",
  "critical_information_obtained",
  "continuous_engagement_kept",
] as const;
/**
 * A reason code: see {@link downgradeReasonCodes}.
 *
 * @example
 * ```ts
 * import { type DowngradeReasonCode, downgradeReasonCodes } from "adobe-support-sla";
 * const code: DowngradeReasonCode = "already_lowest";
 * downgradeReasonCodes.indexOf(code) //=> 3
 * ```
 * @category Types
 */
export type DowngradeReasonCode = (typeof downgradeReasonCodes)[number];

/**
 * Input of {@link downgradeEligibility}: a case ({@link SupportCase}) with `plan`, `priority`,
 * `openedAt` and `namedContacts` (at least one). It also reads what {@link responseDeadline}
 * reads, and `contactAttempts` (default none), `continuousEngagement` (required for P1), `now`
 * (attempts after it are ignored; with `measureFrom: "change"` the new deadline counts from it),
 * `measureFrom` and `lowerTo` (default one level down); other keys are ignored.
 *
 * @example
 * ```ts
 * import { downgradeEligibility, type DowngradeEligibilityInput } from "adobe-support-sla";
 * const input: DowngradeEligibilityInput = {
 *   plan: "ultimate",
 *   priority: "P1",
 *   billingCountry: "GB",
 *   openedAt: "2026-11-23T09:00:00Z",
 *   namedContacts: ["ana@example.com"],
 *   contactAttempts: [{ at: "2026-11-23T09:10:00Z", contact: "ana@example.com", outcome: "no-response" }],
 *   continuousEngagement: false,
 * };
 * downgradeEligibility(input).suggested //=> "P2"
 * ```
 * @category Types
 */
export type DowngradeEligibilityInput = CaseWith<
  "plan" | "priority" | "openedAt" | "namedContacts"
>;

/**
 * The engagement clause an answer rests on (our own wording).
 *
 * @example
 * ```ts
 * import { type DowngradeClause, downgradeEligibility } from "adobe-support-sla";
 * const request = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [], continuousEngagement: true });
 * const clause: DowngradeClause | null = answer.clause;
 * clause?.priority //=> "P1"
 * clause?.text //=> "The customer stays engaged around the clock until the issue is mitigated; ..."
 * ```
 * @category Types
 */
export interface DowngradeClause {
  /** The priority whose clause this is (P1 or P2). */
  readonly priority: Priority;
  /** The clause in our own words. */
  readonly text: string;
}

/**
 * One reason behind the answer.
 *
 * @example
 * ```ts
 * import { type DowngradeReason, downgradeEligibility } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P3", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [] });
 * const reason: DowngradeReason | undefined = answer.reasons[0];
 * reason //=> { code: "no_downgrade_clause", text: "P3 has no downgrade clause: only P1 and P2 may be lowered" }
 * ```
 * @category Types
 */
export interface DowngradeReason {
  /** Stable reason code. */
  readonly code: DowngradeReasonCode;
  /** Readable sentence, with the attempt or rule it rests on. */
  readonly text: string;
}

/**
 * One contact attempt as judged.
 *
 * @example
 * ```ts
 * import { downgradeEligibility, type JudgedAttempt } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const evening = { at: "2026-11-23T19:00:00Z", contact: "ana@example.com", outcome: "no-response" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [evening] });
 * const attempt: JudgedAttempt | undefined = answer.attempts[0];
 * attempt //=> { at: "2026-11-23T19:00:00.000Z", contact: "ana@example.com", outcome: "no-response", counted: false, reason: "outside_business_hours" }
 * ```
 * @category Types
 */
export interface JudgedAttempt {
  /** ISO 8601 UTC with milliseconds. */
  readonly at: string;
  /** As given. */
  readonly contact: string;
  /** As given. */
  readonly outcome: ContactOutcome;
  /** Whether the attempt counts towards the answer. */
  readonly counted: boolean;
  /** Why it does not count; absent when it does. */
  readonly reason?: AttemptExclusion;
}

/**
 * Result of {@link downgradeEligibility}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`, `reasons`, `newDeadline`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { type DowngradeEligibility, downgradeEligibility } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const attempt = { at: "2026-11-23T10:00:00Z", contact: "ana@example.com", outcome: "no-response" } as const;
 * const answer: DowngradeEligibility = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [attempt] });
 * answer.lowerPriorities //=> ["P3", "P4"]
 * answer.newDeadline?.dueAt //=> "2026-11-23T13:00:00.000Z"
 * ```
 * @category Types
 */
export interface DowngradeEligibility {
  /** Whether Adobe may lower the priority. */
  readonly eligible: boolean;
  /** The request's current priority. */
  readonly priority: Priority;
  /** The clause the answer rests on; `null` for P3 and P4, which have none. */
  readonly clause: DowngradeClause | null;
  /** Why, yes or no: never empty. */
  readonly reasons: readonly DowngradeReason[];
  /** Every priority it may be lowered to, highest first; empty when not eligible. */
  readonly lowerPriorities: readonly Priority[];
  /** One level down when eligible, else `null`. */
  readonly suggested: Priority | null;
  /** The response deadline at `lowerTo` (else `suggested`); `null` when not eligible. */
  readonly newDeadline: ResponseDeadline | null;
  /** Where `newDeadline` is measured from, and why; `null` when not eligible. */
  readonly measuredFrom: {
    /** The instant, ISO 8601 UTC. */
    readonly at: string;
    /** Why this instant. */
    readonly reason: string;
  } | null;
  /** Every attempt, in input order, with whether it counts. */
  readonly attempts: readonly JudgedAttempt[];
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}
