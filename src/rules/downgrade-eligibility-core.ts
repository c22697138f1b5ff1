/** What a `downgradeEligibility` answer rests on, before any text: which contact attempts count, the reason codes, and the lowered deadline. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import { isOpenAt } from "../calendar/query.js";
import { type Priority, priorities, priorityLevels } from "../data/priorities.js";
import { SlaInputError } from "../errors.js";
import type { ContactOutcome } from "../input/options.js";
import { contactKey } from "../place/fields.js";
import { atField, missingRegion, type Place, placeCalendar, resolvePlace } from "../place/place.js";
import type { ParsedDowngradeInput } from "./downgrade-eligibility.js";
import {
  type AttemptExclusion,
  attemptExclusions,
  type DowngradeReasonCode,
} from "./downgrade-eligibility-types.js";
import { type DeadlineCore, deadlineCore, type ParsedDeadlineInput } from "./response-deadline.js";

/** A priority's position in `priorities`, from 0 (P1) to 3 (P4). */
export const rank = (p: Priority): number => priorities.indexOf(p);

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
