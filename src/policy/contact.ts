/** Who may reach whom, when and how: Adobe's contact hours, the support channels, the support languages and who may open a case. */

import {
  type ChannelId,
  channelIds,
  channels,
  type JapaneseReasonCode,
  type LanguageId,
  languageRule,
  requestHandling,
  type ServiceHours,
  type SupportAdminPermission,
  supportAdminPermissions,
} from "../data/channels.js";
import type { PlanId } from "../data/plans.js";
import { type Priority, priorityLevels } from "../data/priorities.js";
import type { RegionId } from "../data/regions.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import type { ClosedDates } from "../engine/definition.js";
import { isOpenAt, nextOpeningAt } from "../engine/query.js";
import { SlaInputError } from "../errors.js";
import { localIso, localText, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import {
  clockSteps,
  holidayText,
  hoursVerdict,
  regionStep,
  weeklyHours,
} from "../explain/sentences.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { commerceProductOf } from "../input/product.js";
import { readCase } from "../input/read-case.js";
import { ruleSchema } from "../input/schema.js";
import {
  atField,
  contactKey,
  missingRegion,
  type Place,
  type PlaceInput,
  placeCalendar,
  regionCalendar,
  regionLabel,
  resolvePlace,
} from "../sla/context.js";
import type { RegionChoice, TimeZoneChoice } from "../sla/resolve.js";
import { zoneRules } from "../time/zone.js";

// ---------------------------------------------------------------------------------------------
// Shared pieces

/**
 * Where the customer is: the same fields of a case ({@link SupportCase}), with the same meaning,
 * as in `responseDeadline`.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type ContactPlaceInput } from "adobe-support-sla";
 * const place: ContactPlaceInput = { billingCountry: "FR", holidays: ["2026-12-25"] };
 * const christmas = adobeMayContact({ ...place, priority: "P3", now: "2026-12-25T10:00:00+01:00" });
 * christmas.allowed //=> false
 * christmas.nextAllowedAtLocal //=> "2026-12-28T09:00:00.000+01:00"
 * ```
 */
export type ContactPlaceInput = Pick<
  SupportCase,
  "region" | "billingCountry" | "timeZone" | "holidays"
>;

/**
 * A reason: a stable code and our own readable text.
 *
 * @example
 * ```ts
 * import { type ContactReason, type SubmissionReasonCode, submissionCheck } from "adobe-support-sla";
 * const check = submissionCheck({ submitter: "ana@example.com", namedContacts: ["ana@example.com"] });
 * const reason: ContactReason<SubmissionReasonCode> = check.reason;
 * reason.code //=> "named_contact"
 * reason.text //=> "\"ana@example.com\" is a Named Support Contact: no resubmission needed"
 * ```
 */
export interface ContactReason<Code extends string> {
  /** Stable machine-readable code. */
  readonly code: Code;
  /** Our own readable sentence. */
  readonly text: string;
}

const reason = <Code extends string>(code: Code, text: string): ContactReason<Code> =>
  Object.freeze({ code, text });

/** The open state of a 24x7 clock: always open. */
const alwaysOpen: { readonly open: boolean; readonly next: number | null } = {
  open: true,
  next: null,
};

/** Whether the calendar is open at `at`, and if not, its next opening (errors re-thrown against `at`). */
function openState(calendar: BusinessCalendar, at: number): { open: boolean; next: number | null } {
  if (isOpenAt(calendar, at)) return { open: true, next: null };
  try {
    return { open: false, next: nextOpeningAt(calendar, at) };
  } catch (error) {
    atField(error, "now");
  }
}

/** Validates the place of a P2-P4 question: a region is needed. */
function requireRegion(input: PlaceInput, why: string): void {
  const issue = missingRegion(input, why);
  if (issue) throw new SlaInputError([issue]);
}

// ---------------------------------------------------------------------------------------------
// adobeMayContact

/**
 * When Adobe may contact the Named Support Contacts: `"any-time"` (P1) or `"business-hours"` (P2-P4).
 *
 * @example
 * ```ts
 * import { adobeMayContact, type ContactRule } from "adobe-support-sla";
 * const rule: ContactRule = adobeMayContact({ priority: "P1", now: "2026-11-22T03:00:00Z" }).rule;
 * rule //=> "any-time"
 * ```
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
 */
export const adobeMayContactInputSchema = /* @__PURE__ */ (() =>
  ruleSchema(["priority", "now"], ["region", "billingCountry", "timeZone", "holidays"]))();

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
 */
export function adobeMayContact(input: AdobeMayContactInput): AdobeMayContact {
  const parsed = readCase(adobeMayContactInputSchema, input);
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
    steps.push(`${hoursVerdict("at", at, place, false)}: not allowed`);
    steps.push(`next allowed ${localText(next, place.rules)}`);
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// supportChannels

/**
 * Input of {@link supportChannels}: a case ({@link SupportCase}) with `plan` (validated and
 * echoed: both plans have the same channels), `priority` and `now`, the instant asked about. It
 * also reads `region`, `billingCountry`, `timeZone` and `holidays`; other keys are ignored.
 *
 * @example
 * ```ts
 * import { supportChannels, type SupportChannelsInput } from "adobe-support-sla";
 * const input: SupportChannelsInput = { plan: "ultimate", priority: "P1", now: "2026-11-22T03:00:00Z" };
 * supportChannels(input).acceptingNow //=> ["phone", "chat", "online-case"]
 * ```
 */
export type SupportChannelsInput = CaseWith<"plan" | "priority" | "now">;

/**
 * One channel at the instant asked about.
 *
 * @example
 * ```ts
 * import { type ChannelStatus, supportChannels } from "adobe-support-sla";
 * const result = supportChannels({ plan: "expert", priority: "P1", now: "2026-11-22T03:00:00Z" });
 * const chat: ChannelStatus | undefined = result.channels[1];
 * chat?.acceptsNow //=> true
 * chat?.namedForPriority //=> false
 * ```
 */
export interface ChannelStatus {
  /** The channel this status is about. */
  readonly channel: ChannelId;
  /**
   * Whether the customer can reach Adobe or submit the request through this channel now: always
   * for chat and online case (they take submissions 24x7) and for a P1 by phone; for a P2-P4 by
   * phone only inside business hours.
   */
  readonly acceptsNow: boolean;
  /**
   * Whether Adobe works the request now: always for P1, only inside business hours for P2-P4.
   * The same for every channel (it depends on the request, not on how it came in).
   */
  readonly handledNow: boolean;
  /** When `handledNow` is false, the next business-hours opening (ISO 8601 UTC); else `null`. */
  readonly nextHandledAt: string | null;
  /** Whether the policy names this channel as a route for this priority (chat is not named for P1). */
  readonly namedForPriority: boolean;
  /** Our own sentence about the channel now. */
  readonly note: string;
}

/**
 * Result of {@link supportChannels}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`, `channels`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { supportChannels, type SupportChannels } from "adobe-support-sla";
 * const at = "2026-11-23T10:00:00+08:00";
 * const result: SupportChannels = supportChannels({ plan: "expert", priority: "P3", billingCountry: "SG", now: at });
 * result.handledNow //=> true
 * result.timeZone.id //=> "Asia/Singapore"
 * ```
 */
export interface SupportChannels {
  /** The plan, as given (it changes nothing: both plans have the same channels). */
  readonly plan: PlanId;
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
  /** When Adobe works a request of this priority: `"24x7"` (P1) or `"business-hours"`. */
  readonly handling: ServiceHours;
  /** Whether Adobe works the request now. */
  readonly handledNow: boolean;
  /** When not handled now, the next business-hours opening, ISO 8601 UTC; else `null`. */
  readonly nextHandledAt: string | null;
  /**
   * `nextHandledAt` with the offset of `timeZone`.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly nextHandledAtLocal: string | null;
  /** Every channel, in the order phone, chat, online case. */
  readonly channels: readonly ChannelStatus[];
  /** The channels with `acceptsNow`, in the same order. */
  readonly acceptingNow: readonly ChannelId[];
  /** The region used and why; `null` for a P1 given neither region nor billing country. */
  readonly region: RegionChoice | null;
  /** The zone of the hours and of the local times, and why. */
  readonly timeZone: TimeZoneChoice;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Zod schema of {@link SupportChannelsInput} (shape only: the region required for P2-P4 is
 * checked by {@link supportChannels}). Its output has instants as epoch milliseconds.
 *
 * @example
 * ```ts
 * import { supportChannelsInputSchema } from "adobe-support-sla";
 * supportChannelsInputSchema.safeParse({ plan: "expert", priority: "P5", now: 0 }).success //=> false
 * ```
 */
export const supportChannelsInputSchema = /* @__PURE__ */ (() =>
  ruleSchema(["plan", "priority", "now"], ["region", "billingCountry", "timeZone", "holidays"]))();

function channelNote(
  channel: ChannelId,
  priority: Priority,
  acceptsNow: boolean,
  handledNow: boolean,
  next: string | null,
): string {
  const name = channels[channel].name;
  if (requestHandling[priority] === "24x7") {
    if (!channels[channel].namedFor.includes(priority)) {
      return `${name} takes messages at any time and a ${priority} is worked around the clock, but the policy names phone or an online case for ${priority}`;
    }
    return `${name} is open around the clock for ${priority}; Adobe works the request now`;
  }
  if (handledNow) return `${name} is open; Adobe works ${priority} requests now (business hours)`;
  if (!acceptsNow) {
    return `${name} takes ${priority} calls in business hours only: closed now, opens ${next}`;
  }
  return `${name} takes the submission now; Adobe works it from ${next} (business hours)`;
}

/**
 * Which support channels (phone, chat, online case) a request of this priority can use at an
 * instant, and whether Adobe works it then.
 *
 * P1: phone and online case around the clock, every day of the year. P2-P4: Adobe works requests
 * in the region's business hours; chat and the online portal take submissions at any time, phone
 * takes P2-P4 calls in business hours only. So a P2 at 22:00 cannot phone (`acceptsNow: false`,
 * `nextHandledAt` = the next opening) but can chat (`acceptsNow: true`, `handledNow: false`).
 *
 * Gotchas: the plan is validated and echoed but changes nothing (the policy lists one set of
 * channels for both plans); chat is not a named P1 route (`namedForPriority: false`) although it
 * takes messages; a closing time (17:00 in EMEA) is outside the hours.
 *
 * @param input - Plan, priority, the instant, and where the customer is.
 * @returns Each channel's state, the channels that accept now, and the next business-hours opening.
 * @throws {@link SlaInputError} For invalid input; for P2-P4 without `region` or a
 * `billingCountry` that has a region (path `["region"]`); or when the next opening falls after
 * the supported range.
 * @example
 * ```ts
 * import { supportChannels } from "adobe-support-sla";
 * const evening = supportChannels({
 *   plan: "expert",
 *   priority: "P2",
 *   region: "emea",
 *   timeZone: "Europe/Paris",
 *   now: "2026-11-19T22:00:00+01:00",
 * });
 * evening.acceptingNow //=> ["chat", "online-case"]
 * evening.nextHandledAt //=> "2026-11-20T08:00:00.000Z"
 * evening.channels[0]?.note //=> "Phone takes P2 calls in business hours only: closed now, opens Fri 2026-11-20 09:00 CET"
 * evening.channels[1]?.handledNow //=> false
 * ```
 */
export function supportChannels(input: SupportChannelsInput): SupportChannels {
  const parsed = readCase(supportChannelsInputSchema, input);
  const { priority } = parsed;
  const handling = requestHandling[priority];
  if (handling === "business-hours") {
    requireRegion(parsed, `for ${priority} (handled in business hours only)`);
  }
  const place = resolvePlace(parsed);
  const at = parsed.now;
  const { open: handledNow, next } =
    handling === "24x7" ? alwaysOpen : openState(placeCalendar(place, parsed.holidays), at);
  const acceptsNow = (channel: ChannelId) =>
    channels[channel].accepts[priority] === "24x7" || handledNow;
  const statuses = () => {
    const nextText = next === null ? null : localText(next, place.rules);
    return Object.freeze(
      channelIds.map(
        (channel): ChannelStatus =>
          Object.freeze({
            channel,
            acceptsNow: acceptsNow(channel),
            handledNow,
            nextHandledAt: next === null ? null : utcIso(next),
            namedForPriority: channels[channel].namedFor.includes(priority),
            note: channelNote(channel, priority, acceptsNow(channel), handledNow, nextText),
          }),
      ),
    );
  };
  const { rules } = place;
  return lazyResult<SupportChannels>({
    plan: parsed.plan,
    priority,
    at: lazy(() => utcIso(at)),
    atLocal: lazy(() => localIso(at, rules)),
    handling,
    handledNow,
    nextHandledAt: next === null ? null : lazy(() => utcIso(next)),
    nextHandledAtLocal: next === null ? null : lazy(() => localIso(next, rules)),
    channels: lazy(statuses),
    acceptingNow: Object.freeze(channelIds.filter(acceptsNow)),
    region: place.region ?? null,
    timeZone: place.zone,
    steps: lazy((result: SupportChannels) =>
      Object.freeze(channelSteps(parsed, place, result, next)),
    ),
    explanation: lazy(joinSteps),
  });
}

/** The steps of {@link supportChannels}: the plan, the handling, where its clock runs, the answer. */
function channelSteps(
  parsed: {
    readonly plan: PlanId;
    readonly priority: Priority;
    readonly now: number;
    readonly holidays?: ClosedDates | undefined;
  },
  place: Place,
  result: SupportChannels,
  next: number | null,
): string[] {
  const { priority, now: at } = parsed;
  const steps = [
    `plan ${parsed.plan}: the policy lists the same channels for both plans, so the plan changes nothing here`,
  ];
  if (result.handling === "24x7") {
    steps.push(`${priority}: handled 24x7, every day of the year, by phone or online case`);
    steps.push(...clockSteps(place, "24x7", parsed.holidays, "a P1"));
    steps.push(`at ${localText(at, place.rules)}: Adobe works the request now`);
  } else {
    steps.push(
      `${priority}: handled in regional business hours; chat and the online portal take submissions 24x7, phone only in business hours`,
    );
    steps.push(...clockSteps(place, "business", parsed.holidays, "a P1"));
    const verdict = hoursVerdict("at", at, place, result.handledNow);
    steps.push(
      next === null
        ? `${verdict}: every channel is open and Adobe works the request now`
        : `${verdict}: phone is closed, chat and online case take the submission, Adobe works it from ${localText(next, place.rules)}`,
    );
  }
  steps.push(`accepting now: ${result.acceptingNow.join(", ")}`);
  return steps;
}

// ---------------------------------------------------------------------------------------------
// supportLanguages

/**
 * Input of {@link supportLanguages}: a case ({@link SupportCase}) with `now`, the instant asked
 * about. It also reads `region`, `billingCountry`, `timeZone`, `holidays` and `product` (Adobe
 * Commerce, under its ids or an alias, never gets Japanese); other keys are ignored.
 *
 * @example
 * ```ts
 * import { supportLanguages, type SupportLanguagesInput } from "adobe-support-sla";
 * const input: SupportLanguagesInput = { region: "japan", now: "2026-11-21T10:00:00+09:00" };
 * supportLanguages(input).japanese.reason.code //=> "outside_japan_hours"
 * ```
 */
export type SupportLanguagesInput = CaseWith<"now">;

/**
 * The Japanese-language answer.
 *
 * @example
 * ```ts
 * import { type JapaneseAvailability, supportLanguages } from "adobe-support-sla";
 * const friday = supportLanguages({ region: "japan", now: "2026-11-20T18:00:00+09:00" });
 * const japanese: JapaneseAvailability = friday.japanese;
 * japanese.reason.code //=> "outside_japan_hours"
 * japanese.nextAvailableAtLocal //=> "2026-11-23T09:00:00.000+09:00"
 * ```
 */
export interface JapaneseAvailability {
  /** Whether Japanese support is offered at the instant asked about. */
  readonly available: boolean;
  /** Why it is or is not (see {@link japaneseReasonCodes} for the codes and their order). */
  readonly reason: ContactReason<JapaneseReasonCode>;
  /**
   * When Japanese is unavailable only because of the time (outside hours, or a holiday): the next
   * opening of the Japan calendar with the given holidays, ISO 8601 UTC. `null` when it is
   * available now, or never for this customer (not the Japan region, or Adobe Commerce).
   */
  readonly nextAvailableAt: string | null;
  /**
   * `nextAvailableAt` in Japan time (`+09:00`).
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly nextAvailableAtLocal: string | null;
}

/**
 * Result of {@link supportLanguages}.
 *
 * Frozen. Its texts (ISO strings, `steps`, `explanation`, `japanese`) are made when first read and
 * then kept; `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { supportLanguages, type SupportLanguages } from "adobe-support-sla";
 * const result: SupportLanguages = supportLanguages({ billingCountry: "JP", now: "2026-11-20T10:00:00+09:00" });
 * result.languages //=> ["en", "ja"]
 * result.region.reason //=> "billing country JP (Japan) is in Japan"
 * ```
 */
export interface SupportLanguages {
  /** The languages offered at `at`: always `"en"`, then `"ja"` when available. */
  readonly languages: readonly LanguageId[];
  /** The Japanese-language answer, with its reason. */
  readonly japanese: JapaneseAvailability;
  /** The instant asked about, ISO 8601 UTC. */
  readonly at: string;
  /** The region used and why. */
  readonly region: RegionChoice;
  /** The product as given, or `null`. */
  readonly product: string | null;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Zod schema of {@link SupportLanguagesInput} (shape only: the required region is checked by
 * {@link supportLanguages}). Its output has instants as epoch milliseconds and upper-case
 * country codes.
 *
 * @example
 * ```ts
 * import { supportLanguagesInputSchema } from "adobe-support-sla";
 * const parsed = supportLanguagesInputSchema.parse({ billingCountry: "jp", now: "2026-11-04T10:00:00+09:00" });
 * parsed.billingCountry //=> "JP"
 * parsed.now //=> 1793754000000
 * ```
 */
export const supportLanguagesInputSchema = /* @__PURE__ */ (() =>
  ruleSchema(["now"], ["product", "region", "billingCountry", "timeZone", "holidays"]))();

/** True when `product` names Adobe Commerce (see `adobeCommerceProductIds`). */
function isAdobeCommerce(product: string | undefined): boolean {
  return commerceProductOf(product) !== undefined;
}

/**
 * The languages Adobe support offers a customer at an instant: English always; Japanese only for
 * the Japan region, inside Japan business hours (Mon-Fri 09:00-17:00, Asia/Tokyo), not on the
 * holidays you pass, and never for Adobe Commerce.
 *
 * The Japanese answer carries a reason code, checked in this order: `not_japan_region` (any
 * other region gets English only), `adobe_commerce`, `holiday` (a given holiday during what
 * would otherwise be Japan hours), `outside_japan_hours` (nights and weekends), else `available`.
 *
 * Gotchas: the library ships no Japanese national or Adobe holiday list; pass yours as
 * `holidays` (dates in Japan time). Japan hours are always read in Asia/Tokyo: `timeZone` is
 * accepted, so the same place fields work for every function, but does not move them. A region is
 * required (`region` or a `billingCountry` that has one).
 *
 * @param input - The instant, where the customer is, the product and the holidays.
 * @returns The languages offered, and why Japanese is or is not among them.
 * @throws {@link SlaInputError} For invalid input, a missing region (path `["region"]`), or a
 * next opening after the supported range.
 * @example
 * ```ts
 * import { supportLanguages } from "adobe-support-sla";
 * const holiday = supportLanguages({
 *   billingCountry: "JP",
 *   holidays: ["2026-11-03"],
 *   now: "2026-11-03T10:00:00+09:00",
 * });
 * holiday.languages //=> ["en"]
 * holiday.japanese.reason.code //=> "holiday"
 * holiday.japanese.nextAvailableAt //=> "2026-11-04T00:00:00.000Z"
 * const commerce = supportLanguages({ region: "japan", product: "commerce", now: "2026-11-04T10:00:00+09:00" });
 * commerce.japanese.reason.code //=> "adobe_commerce"
 * ```
 */
export function supportLanguages(input: SupportLanguagesInput): SupportLanguages {
  const parsed = readCase(supportLanguagesInputSchema, input);
  requireRegion(parsed, "to decide the support languages");
  const place = resolvePlace(parsed);
  const region = place.region as RegionChoice;
  const at = parsed.now;
  const { code, next } = japaneseAnswer(parsed, region.id);
  return lazyResult<SupportLanguages>({
    languages: code === "available" ? englishAndJapanese : englishOnly,
    japanese: lazy(() => japaneseAvailability(parsed, region.id, code, next)),
    at: lazy(() => utcIso(at)),
    region,
    product: parsed.product ?? null,
    steps: lazy((result: SupportLanguages) => Object.freeze(languageSteps(parsed, region, result))),
    explanation: lazy(joinSteps),
  });
}

const englishOnly: readonly LanguageId[] = /* @__PURE__ */ (() => Object.freeze(["en"]))();
const englishAndJapanese: readonly LanguageId[] = /* @__PURE__ */ (() =>
  Object.freeze(["en", "ja"]))();

/** What {@link supportLanguages} reads of its input. */
interface LanguageQuestion {
  readonly now: number;
  readonly product?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly holidays?: ClosedDates | undefined;
}

/** The Japanese answer as a code, with the next opening when only the time is in the way. */
function japaneseAnswer(
  parsed: LanguageQuestion,
  region: RegionId,
): { code: JapaneseReasonCode; next: number | null } {
  const rule = languageRule.japanese;
  if (region !== rule.region) return { code: "not_japan_region", next: null };
  if (isAdobeCommerce(parsed.product)) return { code: "adobe_commerce", next: null };
  let calendar: BusinessCalendar;
  try {
    calendar = regionCalendar("japan", rule.timeZone, parsed.holidays);
  } catch (error) {
    atField(error, "holidays");
  }
  const { next } = openState(calendar, parsed.now);
  if (next === null) return { code: "available", next };
  const onHoliday = isOpenAt(regionCalendar("japan", rule.timeZone, undefined), parsed.now);
  return { code: onHoliday ? "holiday" : "outside_japan_hours", next };
}

/** The Japanese answer with its sentence and, when only the time is in the way, the next opening. */
function japaneseAvailability(
  parsed: LanguageQuestion,
  region: RegionId,
  code: JapaneseReasonCode,
  next: number | null,
): JapaneseAvailability {
  const rules = zoneRules(languageRule.japanese.timeZone);
  const when = localText(parsed.now, rules);
  const resumes = next === null ? "" : `; Japanese resumes ${localText(next, rules)}`;
  const texts: Record<JapaneseReasonCode, () => string> = {
    not_japan_region: () =>
      `Japanese support is for the Japan region only; ${regionLabel(region)} is served in English`,
    adobe_commerce: () =>
      `${JSON.stringify(parsed.product)} is Adobe Commerce, for which Japanese support is never offered`,
    holiday: () => `${when} falls on a given holiday${resumes}`,
    outside_japan_hours: () => `${when} is outside Japan business hours${resumes}`,
    available: () => `${when} is inside Japan business hours`,
  };
  return Object.freeze({
    available: code === "available",
    reason: reason(code, texts[code]()),
    nextAvailableAt: next === null ? null : utcIso(next),
    nextAvailableAtLocal: next === null ? null : localIso(next, rules),
  });
}

/** The steps of {@link supportLanguages}: English, the region, Japan's hours when they matter, the answer. */
function languageSteps(
  parsed: LanguageQuestion,
  region: RegionChoice,
  result: SupportLanguages,
): string[] {
  const steps = ["English: offered everywhere, at any time", regionStep(region)];
  const japanese = result.japanese;
  const code = japanese.reason.code;
  if (code !== "not_japan_region" && code !== "adobe_commerce") {
    if (parsed.product !== undefined) {
      steps.push(`product ${JSON.stringify(parsed.product)} is not Adobe Commerce`);
    }
    const tokyo = languageRule.japanese.timeZone;
    if (parsed.timeZone !== undefined && parsed.timeZone !== tokyo) {
      steps.push(
        `\`timeZone\` ${parsed.timeZone} not used: Japanese-language hours are read in ${tokyo}`,
      );
    }
    steps.push(`Japanese hours ${weeklyHours("japan", tokyo)}${holidayText(parsed.holidays)}`);
  }
  steps.push(
    `Japanese: ${japanese.available ? "offered" : "not offered"} (${japanese.reason.text})`,
  );
  return steps;
}

// ---------------------------------------------------------------------------------------------
// submissionCheck

/**
 * Input of {@link submissionCheck}: a case ({@link SupportCase}) with `submitter` (who contacted
 * Adobe) and `namedContacts` (may be empty), compared trimmed, in any case; other keys are
 * ignored.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionCheckInput } from "adobe-support-sla";
 * const input: SubmissionCheckInput = {
 *   submitter: "Ben@Example.com",
 *   namedContacts: ["ana@example.com", "ben@example.com"],
 * };
 * submissionCheck(input).matchedContact //=> "ben@example.com"
 * ```
 */
export type SubmissionCheckInput = CaseWith<"submitter" | "namedContacts">;

/**
 * Reason codes of {@link submissionCheck}.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionReasonCode } from "adobe-support-sla";
 * const check = submissionCheck({ submitter: "it-desk@example.com", namedContacts: [] });
 * const code: SubmissionReasonCode = check.reason.code;
 * code //=> "not_named_contact"
 * ```
 */
export type SubmissionReasonCode = "named_contact" | "not_named_contact";

/**
 * Result of {@link submissionCheck}.
 *
 * Frozen. Its `steps` and `explanation` are made when first read and then kept;
 * `JSON.stringify`, spreading and `structuredClone` see every field.
 *
 * @example
 * ```ts
 * import { submissionCheck, type SubmissionCheck } from "adobe-support-sla";
 * const contacts = ["ana@example.com"];
 * const check: SubmissionCheck = submissionCheck({ submitter: "ana@example.com", namedContacts: contacts });
 * check.mayBeAskedToResubmit //=> false
 * check.supportAdminPermissions.length //=> 4
 * ```
 */
export interface SubmissionCheck {
  /** Whether the submitter matches one of `namedContacts`. */
  readonly submitterIsNamedContact: boolean;
  /** The entry of `namedContacts` that matched, as given; `null` when none did. */
  readonly matchedContact: string | null;
  /** Whether Adobe may ask for the case to be submitted again by a Named Support Contact. */
  readonly mayBeAskedToResubmit: boolean;
  /** Why, as a code and a sentence. */
  readonly reason: ContactReason<SubmissionReasonCode>;
  /** What a support admin can do in the support portal (the `supportAdminPermissions` data). */
  readonly supportAdminPermissions: readonly SupportAdminPermission[];
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Zod schema of {@link SubmissionCheckInput}.
 *
 * @example
 * ```ts
 * import { submissionCheckInputSchema } from "adobe-support-sla";
 * submissionCheckInputSchema.safeParse({ submitter: "ana@example.com", namedContacts: [] }).success //=> true
 * submissionCheckInputSchema.safeParse({ submitter: " ", namedContacts: [] }).success //=> false
 * ```
 */
export const submissionCheckInputSchema = /* @__PURE__ */ (() =>
  ruleSchema(["submitter", "namedContacts"], []))();

/**
 * Whether a case raised by this person may be sent back for a Named Support Contact to submit:
 * when someone who is not a Named Support Contact contacts Adobe, Adobe may ask for the case to be
 * resubmitted by one. Also returns, as data, what the support admins of the portal can do.
 *
 * Matching is exact after trimming and Unicode NFC normalisation, in any case
 * (`" Ana@Example.com"` matches `"ana@example.com"`); no fuzzy or partial matching.
 *
 * @param input - The submitter and the Named Support Contacts.
 * @returns Whether the submitter is a Named Support Contact, and so whether resubmission may be asked.
 * @throws {@link SlaInputError} For a blank submitter or contact (code `empty`), a value that is
 * not a string, or more than 1,000 contacts.
 * @example
 * ```ts
 * import { submissionCheck } from "adobe-support-sla";
 * const check = submissionCheck({
 *   submitter: "it-desk@example.com",
 *   namedContacts: ["ana@example.com", "ben@example.com"],
 * });
 * check.mayBeAskedToResubmit //=> true
 * check.reason.code //=> "not_named_contact"
 * const ana = submissionCheck({ submitter: " Ana@Example.com ", namedContacts: ["ana@example.com"] });
 * ana.matchedContact //=> "ana@example.com"
 * ```
 */
export function submissionCheck(input: SubmissionCheckInput): SubmissionCheck {
  const parsed = readCase(submissionCheckInputSchema, input);
  const key = contactKey(parsed.submitter);
  const matched = parsed.namedContacts.find((contact) => contactKey(contact) === key);
  const who = JSON.stringify(parsed.submitter.trim());
  const count = parsed.namedContacts.length;
  const result =
    matched === undefined
      ? reason(
          "not_named_contact",
          `${who} is not a Named Support Contact: Adobe may ask for the case to be resubmitted by one`,
        )
      : reason("named_contact", `${who} is a Named Support Contact: no resubmission needed`);
  return lazyResult<SubmissionCheck>({
    submitterIsNamedContact: matched !== undefined,
    matchedContact: matched ?? null,
    mayBeAskedToResubmit: matched === undefined,
    reason: result,
    supportAdminPermissions,
    steps: lazy(() =>
      Object.freeze([
        `${count} Named Support Contact${count === 1 ? "" : "s"} given; compared trimmed, in any case`,
        result.text,
      ]),
    ),
    explanation: lazy(joinSteps),
  });
}
