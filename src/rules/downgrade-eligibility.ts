/** `downgradeEligibility`: whether Adobe may lower a request's priority, on which clause, and the new deadline if it does. */

import * as z from "zod/mini";
import { type Priority, priorities, priorityLevels } from "../data/priorities.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { downgradeReasons, downgradeSteps } from "../explain/downgrade.js";
import { utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { expectedOneOf } from "../messages.js";
import { joinField } from "../validation.js";
import {
  type DowngradeCore,
  downgradeCore,
  type Lowering,
  rank,
} from "./downgrade-eligibility-core.js";
import type {
  DowngradeEligibility,
  DowngradeEligibilityInput,
  JudgedAttempt,
} from "./downgrade-eligibility-types.js";
import { deadlineOptionalFields, presentDeadline } from "./response-deadline.js";

// The explain module (`explain/downgrade.ts`) reads these types from the rule.

/** @internal The case fields {@link downgradeEligibility} reads; its schema is {@link downgradeEligibilityInputSchema}. */
export const downgradeEligibilityFields = /* @__PURE__ */ (() =>
  ruleFields(
    ["plan", "priority", "openedAt", "namedContacts"],
    [
      ...deadlineOptionalFields,
      "contactAttempts",
      "continuousEngagement",
      "now",
      "measureFrom",
      "lowerTo",
    ],
    {
      // A downgrade rests on the Named Support Contacts: at least one is needed here.
      fields: ["namedContacts"],
      schema: (base) =>
        z.extend(base, {
          namedContacts: base.shape.namedContacts.check(
            z.minLength(1, { error: "expected at least one Named Support Contact" }),
          ),
        }),
    },
  ))();

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
 * @category Rules
 */
export const downgradeEligibilityInputSchema = /* @__PURE__ */ (() =>
  downgradeEligibilityFields.schema())();

/** @internal The input as the schema outputs it: instants as epoch milliseconds. */
export type ParsedDowngradeInput = z.output<typeof downgradeEligibilityInputSchema>;

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
 * @category Rules
 */
export function downgradeEligibility(input: DowngradeEligibilityInput): DowngradeEligibility {
  const parsed = readCase(downgradeEligibilityFields, input);
  checkCombination(parsed);
  return presentDowngrade(downgradeCore(parsed));
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
