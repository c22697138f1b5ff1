/** The readable reasons and steps of a downgrade answer: the clause, how attempts were counted, why yes or no, and the new deadline. */

import { priorityLevels } from "../data/priorities.js";
import type { ContactOutcome } from "../input/options.js";
import { regionLabel } from "../place/place.js";
import type { RegionChoice } from "../place/resolve.js";
import type { DowngradeCore, Judged } from "../rules/downgrade-eligibility-core.js";
import type {
  AttemptExclusion,
  DowngradeEligibility,
  DowngradeReason,
  DowngradeReasonCode,
} from "../rules/downgrade-eligibility-types.js";
import { localText } from "./format.js";
import { weeklyHours } from "./sentences.js";

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

/** `2 outside business hours, 1 before the opening`. */
function tally(core: DowngradeCore): string {
  return core.excluded
    .map(({ exclusion, count }) => `${count} ${exclusionTexts[exclusion]}`)
    .join(", ");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `the latest counted attempt (Mon 2026-11-23 10:00 CET, to ana@example.com) got no response`. */
function latestAttempt(core: DowngradeCore): string {
  const latest = core.latest as Judged;
  return `the latest counted attempt (${localText(latest.at, core.place.rules)}, to ${latest.contact}) ${outcomeTexts[latest.outcome]}`;
}

const nothingShown = "nothing shows that Adobe could not obtain the critical information";

/** The sentence of each reason code. */
const reasonTexts: Readonly<Record<DowngradeReasonCode, (core: DowngradeCore) => string>> = {
  critical_information_not_obtained: (core) =>
    `${latestAttempt(core)}: Adobe could not obtain the critical information from the Named Support Contacts`,
  continuous_engagement_not_kept: () => "the customer is not keeping up continuous 24x7 engagement",
  no_downgrade_clause: ({ parsed }) =>
    `${parsed.priority} has no downgrade clause: only P1 and P2 may be lowered`,
  already_lowest: ({ parsed }) =>
    `${parsed.priority} is already the lowest priority: there is nothing to lower it to`,
  no_counted_attempt: (core) => {
    const { judged } = core;
    if (judged.length === 0) return `no contact attempt was given: ${nothingShown}`;
    const which =
      judged.length === 1
        ? "the only contact attempt does not count"
        : `none of the ${judged.length} contact attempts counts`;
    return `${which} (${tally(core)}): ${nothingShown}`;
  },
  critical_information_obtained: (core) =>
    `${latestAttempt(core)}: Adobe obtained the critical information`,
  continuous_engagement_kept: () =>
    "the customer keeps up continuous 24x7 engagement: a P1 is lowered only when the customer does not",
};

/** The reasons of an answer, in the order of its codes, each frozen. */
export function downgradeReasons(core: DowngradeCore): DowngradeReason[] {
  return core.codes.map((code) => Object.freeze({ code, text: reasonTexts[code](core) }));
}

/** How attempts were counted: the rule of the priority, the `now` cut-off, the tally. */
function attemptSteps(core: DowngradeCore): string[] {
  const { parsed, place, calendar, judged } = core;
  const priority = parsed.priority;
  const steps: string[] = [];
  if (calendar !== null) {
    const region = (place.region as RegionChoice).id;
    steps.push(
      `${priority} contacts are reached during business hours only: attempts count inside ${regionLabel(region)} hours ${weeklyHours(region, place.zone.id)}`,
    );
  } else {
    steps.push(
      `${priority} contacts may be reached at any time: attempts count 24x7 from the opening`,
    );
  }
  if (parsed.now !== undefined) {
    steps.push(`attempts after now (${localText(parsed.now, place.rules)}) are ignored`);
  }
  const counted = judged.filter((a) => a.exclusion === undefined).length;
  const notCounted = judged.length - counted;
  steps.push(
    judged.length === 0
      ? "no contact attempt given"
      : `${plural(judged.length, "contact attempt")}: ${counted} counted${notCounted > 0 ? `, ${notCounted} not (${tally(core)})` : ""}`,
  );
  return steps;
}

/** The steps of an answer, in order. */
export function downgradeSteps(core: DowngradeCore, answer: DowngradeEligibility): string[] {
  const { parsed, place, lowered } = core;
  const priority = parsed.priority;
  const engagement = priorityLevels[priority].engagement;
  const steps = [
    engagement.mayBeDowngraded
      ? `${priority} clause: ${engagement.summary.replace(/\.$/, "")}`
      : `${priority}: no downgrade clause`,
    ...attemptSteps(core),
    ...answer.reasons.map((r) => r.text),
  ];
  if (lowered === null) {
    steps.push(`not eligible: ${priority} stays ${priority}`);
    return steps;
  }
  const { target, start, fromChange } = lowered;
  const requested = parsed.lowerTo === undefined ? "" : `; lowering to ${target} as requested`;
  steps.push(
    `eligible: may be lowered to ${answer.lowerPriorities.join(", ")}; suggested ${answer.suggested} (one level down)${requested}`,
  );
  const local = (t: number) => localText(t, place.rules);
  steps.push(
    `new ${target} deadline measured from ${fromChange ? "the change" : "the original opening"} ${local(start)}: due ${local(lowered.deadline.due)} (the ${priority} deadline was ${local(core.original.due)})`,
  );
  return steps;
}
