/** `downgradeEligibility`: whether Adobe may lower a request's priority, on which clause, and the new deadline if it does. */

import * as z from "zod/mini";
import type { BusinessCalendar } from "../calendar/calendar.js";
import { isOpenAt } from "../calendar/query.js";
import { type Priority, priorities, priorityLevels } from "../data/priorities.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { downgradeReasons, downgradeSteps } from "../explain/downgrade.js";
import { utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import type { ContactOutcome } from "../input/options.js";
import { readCase } from "../input/read-case.js";
import { ruleSchema } from "../input/schema.js";
import { expectedOneOf } from "../messages.js";
import { contactKey } from "../place/fields.js";
import { atField, missingRegion, type Place, placeCalendar, resolvePlace } from "../place/place.js";
import { joinField } from "../validation.js";
import {
  type AttemptExclusion,
  attemptExclusions,
  type DowngradeEligibility,
  type DowngradeEligibilityInput,
  type DowngradeReasonCode,
  type JudgedAttempt,
} from "./downgrade-eligibility-types.js";
import {
  type DeadlineCore,
  deadlineCore,
  deadlineOptionalFields,
  type ParsedDeadlineInput,
  presentDeadline,
} from "./response-deadline.js";

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
      ...deadlineOptionalFields,
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
    issues.push({
      path: ["now"],
      code: "before_opening",
      message: joinField(
        ["now"],
        `is before \`openedAt\` (${utcIso(input.now)} < ${utcIso(input.openedAt)})`,
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
          : `must be lower than ${input.priority}: ${expectedOneOf(lower)}, got "${input.lowerTo}"`,
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
