/** `downgradeEligibility`: whether Adobe may lower a request's priority, on which clause, and the new deadline if it does. */

import * as z from "zod/mini";
import { type Priority, priorities, priorityLevels } from "../data/priorities.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import { isOpenAt } from "../engine/query.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { downgradeReasons, downgradeSteps } from "../explain/downgrade.js";
import { utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import type { CaseWith } from "../input/case.js";
import type { ContactOutcome } from "../input/options.js";
import { readCase } from "../input/read-case.js";
import { ruleSchema } from "../input/schema.js";
import {
  atField,
  contactKey,
  missingRegion,
  type Place,
  placeCalendar,
  resolvePlace,
} from "../sla/context.js";
import {
  type DeadlineCore,
  deadlineCore,
  type ParsedDeadlineInput,
  presentDeadline,
  type ResponseDeadline,
} from "../sla/deadline.js";
import { formatIsoInstant } from "../time/civil.js";
import { joinField } from "../validation.js";

/**
 * Why an attempt does not count, in the order the checks are made (the first that fails is reported).
 *
 * @example
 * ```ts
 * import { attemptExclusions } from "adobe-support-sla";
 * attemptExclusions //=> ["before_opening", "after_now", "not_a_named_contact", "outside_business_hours"]
 * ```
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

/**
 * Zod schema of {@link DowngradeEligibilityInput} (shape only; cross-field rules are checked
 * after it by {@link downgradeEligibility}). Its output has instants as epoch milliseconds.
 *
 * @example
 * ```ts
 * import { downgradeEligibilityInputSchema } from "adobe-support-sla";
 * const result = downgradeEligibilityInputSchema.safeParse({
 *   plan: "expert",
 *   priority: "P2",
 *   openedAt: "2026-11-23T09:00:00+01:00",
 *   namedContacts: [],
 *   contactAttempts: [],
 * });
 * result.success //=> false
 * result.error?.issues[0]?.path //=> ["namedContacts"]
 * ```
 */
export const downgradeEligibilityInputSchema = /* @__PURE__ */ (() => {
  const schema = ruleSchema(
    ["plan", "priority", "openedAt", "namedContacts"],
    [
      "region",
      "billingCountry",
      "timeZone",
      "product",
      "termStart",
      "holidays",
      "businessDay",
      "contactAttempts",
      "continuousEngagement",
      "now",
      "measureFrom",
      "lowerTo",
    ],
  );
  // A downgrade rests on the Named Support Contacts: at least one is needed here.
  return z.extend(schema, {
    namedContacts: schema.shape.namedContacts.check(
      z.minLength(1, { error: "expected at least one Named Support Contact" }),
    ),
  });
})();

type ParsedDowngradeInput = z.output<typeof downgradeEligibilityInputSchema>;

const rank = (p: Priority): number => priorities.indexOf(p);

/** Cross-field checks: what the shape alone cannot say. */
function checkCombination(input: ParsedDowngradeInput): void {
  const issues: SlaIssue[] = [];
  if (input.priority === "P1" && input.continuousEngagement === undefined) {
    issues.push({
      path: ["continuousEngagement"],
      code: "required",
      message: joinField(
        ["continuousEngagement"],
        "is required for P1: pass whether the customer is keeping up continuous 24x7 engagement (true or false)",
      ),
    });
  }
  if (input.now !== undefined && input.now < input.openedAt) {
    const iso = (t: number) => formatIsoInstant(t, 0, true);
    issues.push({
      path: ["now"],
      code: "before_opening",
      message: joinField(
        ["now"],
        `is before \`openedAt\` (${iso(input.now)} < ${iso(input.openedAt)})`,
      ),
    });
  }
  if (input.lowerTo !== undefined && rank(input.lowerTo) <= rank(input.priority)) {
    const lower = priorities.slice(rank(input.priority) + 1);
    issues.push({
      path: ["lowerTo"],
      code: "not_lower",
      message: joinField(
        ["lowerTo"],
        lower.length === 0
          ? `is ${input.lowerTo}, but ${input.priority} is already the lowest priority: leave \`lowerTo\` out`
          : `must be lower than ${input.priority}: expected one of ${lower.map((p) => JSON.stringify(p)).join(", ")}, got "${input.lowerTo}"`,
      ),
    });
  }
  if (issues.length > 0) throw new SlaInputError(issues);
}

/** The case fields of the input, with another priority and start. */
function caseAt(
  input: ParsedDowngradeInput,
  priority: Priority,
  start: number,
): ParsedDeadlineInput {
  return {
    plan: input.plan,
    priority,
    openedAt: start,
    ...(input.region !== undefined ? { region: input.region } : {}),
    ...(input.billingCountry !== undefined ? { billingCountry: input.billingCountry } : {}),
    ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
    ...(input.product !== undefined ? { product: input.product } : {}),
    ...(input.termStart !== undefined ? { termStart: input.termStart } : {}),
    ...(input.holidays !== undefined ? { holidays: input.holidays } : {}),
    ...(input.businessDay !== undefined ? { businessDay: input.businessDay } : {}),
  };
}

/** @internal An attempt as judged: whether it counts (no `exclusion`) or why not. */
export interface Judged {
  readonly index: number;
  readonly at: number;
  readonly contact: string;
  readonly outcome: ContactOutcome;
  readonly exclusion: AttemptExclusion | undefined;
}

/** Judges every attempt against the opening, `now`, the named contacts and (when needed) the hours. */
function judgeAttempts(input: ParsedDowngradeInput, calendar: BusinessCalendar | null): Judged[] {
  const named = new Set(input.namedContacts.map(contactKey));
  return (input.contactAttempts ?? []).map((attempt, index): Judged => {
    let exclusion: AttemptExclusion | undefined;
    if (attempt.at < input.openedAt) exclusion = "before_opening";
    else if (input.now !== undefined && attempt.at > input.now) exclusion = "after_now";
    else if (!named.has(contactKey(attempt.contact))) exclusion = "not_a_named_contact";
    else if (calendar !== null) {
      let open: boolean;
      try {
        open = isOpenAt(calendar, attempt.at);
      } catch (error) {
        atField(error, `contactAttempts[${index}].at`);
      }
      if (!open) exclusion = "outside_business_hours";
    }
    return { index, ...attempt, exclusion };
  });
}

/**
 * May Adobe lower this request's priority? The answer, the engagement clause it rests on, the
 * reasons (codes and text), the priorities it may go to, and the new response deadline.
 *
 * Only P1 and P2 can be lowered, and only when Adobe could not obtain critical information from
 * the Named Support Contacts: the latest counted attempt got `"no-response"` or
 * `"missing-critical-information"` (an `"answered"` attempt after failures means the information
 * was obtained). A P1 also needs `continuousEngagement: false`. P3 has no such clause and P4 is
 * already the lowest: never eligible.
 *
 * An attempt counts when it is at or after the opening, not after `now`, addressed to a Named
 * Support Contact (case-insensitive, trimmed) and, for P2-P4, inside the regional business hours
 * (the calendar `responseDeadline` uses); P1 attempts count at any time. Each attempt in the
 * result says whether it counts and, if not, why (the first failed check, in that order). At
 * equal instants, the later one in the list is the latest.
 *
 * The new deadline is the `responseDeadline` of `lowerTo` (default: one level down), measured
 * from the original opening, or with `measureFrom: "change"` from `now` (else the latest counted
 * attempt); with `"change"`, `newDeadline.openedAt` is that instant.
 *
 * Gotchas: the case is validated as `responseDeadline` validates it (P2-P4 need `region` or
 * `billingCountry`); a P1 needs none to answer, but an eligible P1 needs one for the new,
 * business-hours deadline. Without `now`, no attempt is ignored for being in the future: the
 * library never reads the clock.
 *
 * @param input - The request as for `responseDeadline`, plus `namedContacts`, `contactAttempts`,
 *   `continuousEngagement` (P1), and optional `now`, `measureFrom`, `lowerTo`.
 * @returns A frozen answer whose `reasons` always say why.
 * @throws {@link SlaInputError} For invalid input: a P1 without `continuousEngagement`, a
 *   `lowerTo` that is not lower, `now` before the opening, an unknown outcome, an instant without
 *   offset, a missing region where business hours are needed, an empty `namedContacts`, lists
 *   over 1,000 entries.
 * @example
 * ```ts
 * import { downgradeEligibility } from "adobe-support-sla";
 * const answer = downgradeEligibility({
 *   plan: "expert",
 *   priority: "P2",
 *   region: "emea",
 *   timeZone: "Europe/Paris",
 *   openedAt: "2026-11-23T09:00:00+01:00",
 *   namedContacts: ["ana@example.com"],
 *   contactAttempts: [
 *     { at: "2026-11-23T10:00:00+01:00", contact: "Ana@example.com", outcome: "no-response" },
 *     { at: "2026-11-23T20:00:00+01:00", contact: "ana@example.com", outcome: "answered" },
 *   ],
 * });
 * answer.eligible //=> true
 * answer.attempts[1]?.reason //=> "outside_business_hours"
 * answer.reasons[0]?.code //=> "critical_information_not_obtained"
 * answer.suggested //=> "P3"
 * answer.newDeadline?.dueAt //=> "2026-11-23T12:00:00.000Z"
 * ```
 *
 * The 20:00 answer is outside EMEA business hours, so it does not count; the new P3 deadline is
 * 4 business hours from the opening.
 */
export function downgradeEligibility(input: DowngradeEligibilityInput): DowngradeEligibility {
  const parsed = readCase(downgradeEligibilityInputSchema, input);
  checkCombination(parsed);
  return presentDowngrade(downgradeCore(parsed));
}

/** @internal When eligible: the priority it is lowered to, and the new deadline's start and numbers. */
export interface Lowering {
  readonly target: Priority;
  readonly start: number;
  readonly fromChange: boolean;
  readonly deadline: DeadlineCore;
}

/** @internal What an answer rests on, before any text. */
export interface DowngradeCore {
  readonly parsed: ParsedDowngradeInput;
  readonly place: Place;
  /** The regional calendar when attempts count in business hours only, else `null`. */
  readonly calendar: BusinessCalendar | null;
  readonly judged: readonly Judged[];
  /** The attempts that do not count, by reason, in the order the checks are made. */
  readonly excluded: readonly { readonly exclusion: AttemptExclusion; readonly count: number }[];
  /** The latest counted attempt (the later in the list at equal instants). */
  readonly latest: Judged | undefined;
  /** The reasons shown, in order: every one for a "yes", only the blocking ones for a "no". */
  readonly codes: readonly DowngradeReasonCode[];
  readonly eligible: boolean;
  /** The deadline at the request's own priority. */
  readonly original: DeadlineCore;
  /** `null` when not eligible. */
  readonly lowered: Lowering | null;
}

/** The reason codes behind the answer, in order (the clause, then the information, then P1's engagement). */
function reasonCodes(
  parsed: ParsedDowngradeInput,
  latest: Judged | undefined,
): DowngradeReasonCode[] {
  const priority = parsed.priority;
  if (!priorityLevels[priority].engagement.mayBeDowngraded) {
    return [rank(priority) === priorities.length - 1 ? "already_lowest" : "no_downgrade_clause"];
  }
  const codes: DowngradeReasonCode[] = [
    latest === undefined
      ? "no_counted_attempt"
      : latest.outcome === "answered"
        ? "critical_information_obtained"
        : "critical_information_not_obtained",
  ];
  if (priority === "P1") {
    codes.push(
      parsed.continuousEngagement === true
        ? "continuous_engagement_kept"
        : "continuous_engagement_not_kept",
    );
  }
  return codes;
}

/** The lowering of an eligible request: its target priority and new deadline (which needs a region). */
function lowering(parsed: ParsedDowngradeInput, latest: Judged | undefined): Lowering {
  const priority = parsed.priority;
  const target = parsed.lowerTo ?? (priorities[rank(priority) + 1] as Priority);
  const issue = missingRegion(
    parsed,
    `to compute the new deadline of this ${priority} lowered to ${target} (a business-hours target)`,
  );
  if (issue) throw new SlaInputError([issue]);
  const fromChange = parsed.measureFrom === "change";
  const start = fromChange ? (parsed.now ?? (latest as Judged).at) : parsed.openedAt;
  return { target, start, fromChange, deadline: deadlineCore(caseAt(parsed, target, start)) };
}

/** @internal The answer of an already validated input, as codes and numbers. */
export function downgradeCore(parsed: ParsedDowngradeInput): DowngradeCore {
  // Validates the case exactly as responseDeadline does (region for P2-P4, Commerce term start).
  const original = deadlineCore(caseAt(parsed, parsed.priority, parsed.openedAt));
  const place = resolvePlace(parsed);
  const businessHoursOnly =
    priorityLevels[parsed.priority].engagement.adobeContacts === "business-hours";
  const calendar = businessHoursOnly ? placeCalendar(place, parsed.holidays) : null;
  // Attempts are judged for every priority; they decide the answer only for P1 and P2.
  const judged = judgeAttempts(parsed, calendar);
  let latest: Judged | undefined;
  for (const a of judged) {
    if (a.exclusion === undefined && (latest === undefined || a.at >= latest.at)) latest = a;
  }
  const codes = reasonCodes(parsed, latest);
  const blocking = codes.filter(
    (code) =>
      code !== "critical_information_not_obtained" && code !== "continuous_engagement_not_kept",
  );
  const eligible = blocking.length === 0;
  return {
    parsed,
    place,
    calendar,
    judged,
    excluded: countExclusions(judged),
    latest,
    // A "no" lists only what blocks it.
    codes: eligible ? codes : blocking,
    eligible,
    original,
    lowered: eligible ? lowering(parsed, latest) : null,
  };
}

/** How many attempts each exclusion left out, in the order the checks are made. */
function countExclusions(judged: readonly Judged[]): DowngradeCore["excluded"] {
  const counts = new Map<AttemptExclusion, number>();
  for (const a of judged) {
    if (a.exclusion) counts.set(a.exclusion, (counts.get(a.exclusion) ?? 0) + 1);
  }
  return attemptExclusions
    .filter((exclusion) => counts.has(exclusion))
    .map((exclusion) => ({ exclusion, count: counts.get(exclusion) as number }));
}

const noPriorities: readonly Priority[] = /* @__PURE__ */ (() => Object.freeze([]))();

/** `measuredFrom.reason` of an eligible answer. */
function measuredFromReason(parsed: ParsedDowngradeInput, lowered: Lowering): string {
  if (!lowered.fromChange) {
    return "the original opening (a priority change is measured from the opening by default)";
  }
  return parsed.now !== undefined
    ? 'the change, at `now` (measureFrom "change")'
    : 'the change, at the latest counted attempt (measureFrom "change", no `now` given)';
}

/**
 * @internal The public answer. Its texts (`reasons`, `attempts`, `newDeadline`, `measuredFrom`,
 * `steps`, `explanation`) are made when first read: see {@link lazyResult}.
 */
function presentDowngrade(core: DowngradeCore): DowngradeEligibility {
  const { parsed, judged, eligible, lowered } = core;
  const priority = parsed.priority;
  const engagement = priorityLevels[priority].engagement;
  const lowerPriorities = eligible
    ? Object.freeze(priorities.slice(rank(priority) + 1))
    : noPriorities;
  const attempts = () =>
    Object.freeze(
      judged.map(
        (a): JudgedAttempt =>
          Object.freeze({
            at: utcIso(a.at),
            contact: a.contact,
            outcome: a.outcome,
            counted: a.exclusion === undefined,
            ...(a.exclusion === undefined ? {} : { reason: a.exclusion }),
          }),
      ),
    );
  return lazyResult<DowngradeEligibility>({
    eligible,
    priority,
    clause: engagement.mayBeDowngraded
      ? Object.freeze({ priority, text: engagement.summary })
      : null,
    reasons: lazy(() => Object.freeze(downgradeReasons(core))),
    lowerPriorities,
    suggested: lowerPriorities[0] ?? null,
    newDeadline: lowered === null ? null : lazy(() => presentDeadline(lowered.deadline)),
    measuredFrom:
      lowered === null
        ? null
        : lazy(() =>
            Object.freeze({
              at: utcIso(lowered.start),
              reason: measuredFromReason(parsed, lowered),
            }),
          ),
    attempts: lazy(attempts),
    steps: lazy((answer: DowngradeEligibility) => Object.freeze(downgradeSteps(core, answer))),
    explanation: lazy(joinSteps),
  });
}
