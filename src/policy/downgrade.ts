/** `downgradeEligibility`: whether Adobe may lower a request's priority, on which clause, and the new deadline if it does. */

import * as z from "zod/mini";
import { type Priority, priorities, priorityLevels } from "../data/priorities.js";
import { regions } from "../data/regions.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import { isOpenAt } from "../engine/query.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { inputLimits } from "../limits.js";
import {
  atField,
  caseFields,
  contactKey,
  contactNameSchema,
  enumError,
  type MeasureFrom,
  measureFromOptions,
  missingRegion,
  placeCalendar,
  resolvePlace,
} from "../sla/context.js";
import {
  deadlineFor,
  type ParsedDeadlineInput,
  type ResponseDeadline,
  type ResponseDeadlineInput,
  responseDeadlineInputSchema,
} from "../sla/deadline.js";
import { formatLocal } from "../sla/format.js";
import type { RegionChoice } from "../sla/resolve.js";
import { formatIsoInstant } from "../time/civil.js";
import { type InstantInput, instantSchema } from "../time/instant.js";
import { joinField, parseInput } from "../validation.js";

/**
 * What came of one attempt by Adobe to reach a Named Support Contact.
 *
 * @example
 * ```ts
 * import { contactOutcomes } from "adobe-support-sla";
 * contactOutcomes //=> ["no-response", "missing-critical-information", "answered"]
 * ```
 */
export const contactOutcomes = ["no-response", "missing-critical-information", "answered"] as const;
/**
 * The outcome of one contact attempt:
 *
 * - `"no-response"`: nobody answered;
 * - `"missing-critical-information"`: someone answered without the critical information Adobe asked for;
 * - `"answered"`: the critical information was obtained.
 *
 * @example
 * ```ts
 * import { type ContactOutcome, contactOutcomes } from "adobe-support-sla";
 * contactOutcomes //=> ["no-response", "missing-critical-information", "answered"]
 * const outcome: ContactOutcome = "answered";
 * contactOutcomes.indexOf(outcome) //=> 2
 * ```
 */
export type ContactOutcome = (typeof contactOutcomes)[number];

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
 * One contact attempt by Adobe.
 *
 * @example
 * ```ts
 * import { type ContactAttempt, downgradeEligibility } from "adobe-support-sla";
 * const attempt: ContactAttempt = { at: "2026-11-23T10:00:00Z", contact: "Ana@example.com", outcome: "no-response" };
 * const request = { plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-23T09:00:00Z" } as const;
 * const answer = downgradeEligibility({ ...request, namedContacts: ["ana@example.com"], contactAttempts: [attempt] });
 * answer.attempts[0]?.counted //=> true
 * answer.eligible //=> true
 * ```
 */
export interface ContactAttempt {
  /** When Adobe tried: ISO 8601 with `Z` or an offset, `Date`, epoch ms or luxon `DateTime`. */
  readonly at: InstantInput;
  /** Who was contacted: a name or an email, compared with `namedContacts` ignoring case and surrounding spaces. */
  readonly contact: string;
  /** What came of it. */
  readonly outcome: ContactOutcome;
}

/**
 * Input of {@link downgradeEligibility}: a request as for `responseDeadline`, plus the contact facts.
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
export interface DowngradeEligibilityInput extends ResponseDeadlineInput {
  /**
   * The customer's Named Support Contacts (names or emails; at least one, at most 1,000).
   * Matching is case-insensitive after trimming and Unicode NFC normalisation.
   */
  readonly namedContacts: readonly string[];
  /** Adobe's contact attempts, in any order (at most 1,000); may be empty. */
  readonly contactAttempts: readonly ContactAttempt[];
  /**
   * Whether the customer is keeping up continuous 24x7 engagement. Required for P1 (a P1 may be
   * lowered only when it is `false`); ignored for other priorities.
   */
  readonly continuousEngagement?: boolean | undefined;
  /**
   * The instant the question is asked: attempts after it are ignored; with
   * `measureFrom: "change"` the new deadline counts from it. Must not be before `openedAt`.
   * @default no cut-off
   */
  readonly now?: InstantInput | undefined;
  /**
   * Where the new deadline is measured from: the original opening, or the change (`now` when
   * given, else the latest counted attempt, the one the downgrade rests on).
   * @default "opening"
   */
  readonly measureFrom?: MeasureFrom | undefined;
  /**
   * The priority to lower to; must be lower than `priority`.
   * @default one level down
   */
  readonly lowerTo?: Priority | undefined;
}

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
export const downgradeEligibilityInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...responseDeadlineInputSchema.shape,
    namedContacts: z
      .array(contactNameSchema, { error: "expected a list of names or emails" })
      .check(
        z.minLength(1, { error: "expected at least one Named Support Contact" }),
        z.maxLength(inputLimits.namedContacts, {
          error: `has too many entries; at most ${inputLimits.namedContacts}`,
        }),
      ),
    contactAttempts: z
      .array(
        z.strictObject({
          at: instantSchema,
          contact: contactNameSchema,
          outcome: z.enum(contactOutcomes, { error: enumError("one of", contactOutcomes) }),
        }),
        { error: "expected a list of { at, contact, outcome } attempts" },
      )
      .check(
        z.maxLength(inputLimits.contactAttempts, {
          error: `has too many entries; at most ${inputLimits.contactAttempts}`,
        }),
      ),
    continuousEngagement: z.optional(z.boolean({ error: "expected true or false" })),
    now: z.optional(instantSchema),
    measureFrom: z.optional(
      z.enum(measureFromOptions, { error: enumError("one of", measureFromOptions) }),
    ),
    lowerTo: z.optional(caseFields.priority),
  }))();

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

const exclusionTexts: Readonly<Record<AttemptExclusion, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    before_opening: "before the opening",
    after_now: "after `now`",
    not_a_named_contact: "to someone who is not a Named Support Contact",
    outside_business_hours: "outside business hours",
  }))();

const outcomeTexts: Readonly<Record<ContactOutcome, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    "no-response": "got no response",
    "missing-critical-information": "got an answer without the critical information",
    answered: "was answered with the critical information",
  }))();

interface Judged {
  readonly index: number;
  readonly at: number;
  readonly contact: string;
  readonly outcome: ContactOutcome;
  readonly exclusion: AttemptExclusion | undefined;
}

/** Judges every attempt against the opening, `now`, the named contacts and (when needed) the hours. */
function judgeAttempts(input: ParsedDowngradeInput, calendar: BusinessCalendar | null): Judged[] {
  const named = new Set(input.namedContacts.map(contactKey));
  return input.contactAttempts.map((attempt, index): Judged => {
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

/** `2 outside business hours, 1 before the opening`. */
function tally(judged: readonly Judged[]): string {
  const counts = new Map<AttemptExclusion, number>();
  for (const a of judged)
    if (a.exclusion) counts.set(a.exclusion, (counts.get(a.exclusion) ?? 0) + 1);
  return attemptExclusions
    .filter((code) => counts.has(code))
    .map((code) => `${counts.get(code)} ${exclusionTexts[code]}`)
    .join(", ");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

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
  const parsed = parseInput(downgradeEligibilityInputSchema, input);
  checkCombination(parsed);
  // Validates the case exactly as responseDeadline does (region for P2-P4, Commerce term start).
  const original = deadlineFor(caseAt(parsed, parsed.priority, parsed.openedAt));
  const place = resolvePlace(parsed);
  const rules = place.rules;
  const local = (t: number) => formatLocal(t, rules.offsetAt(t), rules);
  const priority = parsed.priority;
  const level = priorityLevels[priority];
  const steps: string[] = [];

  const businessHoursOnly = level.engagement.adobeContacts === "business-hours";
  const calendar = businessHoursOnly ? placeCalendar(place, parsed.holidays) : null;
  const judged = judgeAttempts(parsed, calendar);
  const attempts = Object.freeze(
    judged.map(
      (a): JudgedAttempt =>
        Object.freeze({
          at: formatIsoInstant(a.at, 0, true),
          contact: a.contact,
          outcome: a.outcome,
          counted: a.exclusion === undefined,
          ...(a.exclusion === undefined ? {} : { reason: a.exclusion }),
        }),
    ),
  );

  const reasons: DowngradeReason[] = [];
  const no = (code: DowngradeReasonCode, text: string) => reasons.push({ code, text });
  let clause: DowngradeClause | null = null;

  if (!level.engagement.mayBeDowngraded) {
    steps.push(`${priority}: no downgrade clause`);
    if (rank(priority) === priorities.length - 1) {
      no(
        "already_lowest",
        `${priority} is already the lowest priority: there is nothing to lower it to`,
      );
    } else {
      no(
        "no_downgrade_clause",
        `${priority} has no downgrade clause: only P1 and P2 may be lowered`,
      );
    }
  } else {
    clause = Object.freeze({ priority, text: level.engagement.summary });
    steps.push(`${priority} clause: ${level.engagement.summary.replace(/\.$/, "")}`);
  }

  // Attempts are judged for every priority; they decide the answer only for P1 and P2.
  if (calendar !== null) {
    const region = regions[(place.region as RegionChoice).id];
    steps.push(
      `${priority} contacts are reached during business hours only: attempts count inside ${region.label} hours ${region.opens}-${region.closes} Mon-Fri in ${place.zone.id}`,
    );
  } else {
    steps.push(
      `${priority} contacts may be reached at any time: attempts count 24x7 from the opening`,
    );
  }
  if (parsed.now !== undefined) steps.push(`attempts after now (${local(parsed.now)}) are ignored`);
  const counted = judged.filter((a) => a.exclusion === undefined);
  const notCounted = judged.length - counted.length;
  steps.push(
    judged.length === 0
      ? "no contact attempt given"
      : `${plural(judged.length, "contact attempt")}: ${counted.length} counted${notCounted > 0 ? `, ${notCounted} not (${tally(judged)})` : ""}`,
  );

  let latest: Judged | undefined;
  for (const a of counted) if (latest === undefined || a.at >= latest.at) latest = a;

  if (clause !== null) {
    if (latest === undefined) {
      no(
        "no_counted_attempt",
        judged.length === 0
          ? "no contact attempt was given: nothing shows that Adobe could not obtain the critical information"
          : `${judged.length === 1 ? "the only contact attempt does not count" : `none of the ${judged.length} contact attempts counts`} (${tally(judged)}): nothing shows that Adobe could not obtain the critical information`,
      );
    } else {
      const which = `the latest counted attempt (${local(latest.at)}, to ${latest.contact}) ${outcomeTexts[latest.outcome]}`;
      if (latest.outcome === "answered") {
        no("critical_information_obtained", `${which}: Adobe obtained the critical information`);
      } else {
        reasons.push({
          code: "critical_information_not_obtained",
          text: `${which}: Adobe could not obtain the critical information from the Named Support Contacts`,
        });
      }
    }
    if (priority === "P1") {
      if (parsed.continuousEngagement === true) {
        no(
          "continuous_engagement_kept",
          "the customer keeps up continuous 24x7 engagement: a P1 is lowered only when the customer does not",
        );
      } else {
        reasons.push({
          code: "continuous_engagement_not_kept",
          text: "the customer is not keeping up continuous 24x7 engagement",
        });
      }
    }
  }

  const blocking = reasons.filter(
    (r) =>
      r.code !== "critical_information_not_obtained" && r.code !== "continuous_engagement_not_kept",
  );
  const eligible = blocking.length === 0;
  // A "no" lists only what blocks it.
  const shown = eligible ? reasons : blocking;
  for (const r of shown) steps.push(r.text);

  let lowerPriorities: readonly Priority[] = [];
  let suggested: Priority | null = null;
  let newDeadline: ResponseDeadline | null = null;
  let measuredFrom: DowngradeEligibility["measuredFrom"] = null;

  if (!eligible) {
    steps.push(`not eligible: ${priority} stays ${priority}`);
  } else {
    lowerPriorities = priorities.slice(rank(priority) + 1);
    const next = lowerPriorities[0] as Priority;
    suggested = next;
    const target = parsed.lowerTo ?? next;
    const requested = parsed.lowerTo === undefined ? "" : `; lowering to ${target} as requested`;
    steps.push(
      `eligible: may be lowered to ${lowerPriorities.join(", ")}; suggested ${next} (one level down)${requested}`,
    );
    const issue = missingRegion(
      parsed,
      `to compute the new deadline of this ${priority} lowered to ${target} (a business-hours target)`,
    );
    if (issue) throw new SlaInputError([issue]);
    const fromChange = parsed.measureFrom === "change";
    const start = fromChange ? (parsed.now ?? (latest as Judged).at) : parsed.openedAt;
    measuredFrom = Object.freeze({
      at: formatIsoInstant(start, 0, true),
      reason: !fromChange
        ? "the original opening (a priority change is measured from the opening by default)"
        : parsed.now !== undefined
          ? 'the change, at `now` (measureFrom "change")'
          : 'the change, at the latest counted attempt (measureFrom "change", no `now` given)',
    });
    newDeadline = deadlineFor(caseAt(parsed, target, start));
    steps.push(
      `new ${target} deadline measured from ${fromChange ? "the change" : "the original opening"} ${local(start)}: due ${local(newDeadline.dueAtMs)} (the ${priority} deadline was ${local(original.dueAtMs)})`,
    );
  }

  return Object.freeze({
    eligible,
    priority,
    clause,
    reasons: Object.freeze(shown.map((r) => Object.freeze(r))),
    lowerPriorities: Object.freeze([...lowerPriorities]),
    suggested,
    newDeadline,
    measuredFrom,
    attempts,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}
