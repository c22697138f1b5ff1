/** Who may reach whom, when and how: Adobe's contact hours, the support channels, the support languages and who may open a case. */

import * as z from "zod/mini";
import {
  adobeCommerceProductIds,
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
import { type RegionId, regions } from "../data/regions.js";
import type { BusinessCalendar } from "../engine/calendar.js";
import type { ClosedDates } from "../engine/definition.js";
import { isOpenAt, nextOpeningAt } from "../engine/query.js";
import { SlaInputError } from "../errors.js";
import { inputLimits } from "../limits.js";
import {
  atField,
  caseFields,
  contactKey,
  contactNameSchema,
  missingRegion,
  type Place,
  type PlaceInput,
  placeCalendar,
  placeFields,
  regionCalendar,
  regionLabel,
  resolvePlace,
} from "../sla/context.js";
import { formatLocal } from "../sla/format.js";
import type { RegionChoice, TimeZoneChoice } from "../sla/resolve.js";
import { formatIsoInstant } from "../time/civil.js";
import { type InstantInput, instantSchema } from "../time/instant.js";
import { type ZoneRules, zoneRules } from "../time/zone.js";
import { parseInput } from "../validation.js";

// ---------------------------------------------------------------------------------------------
// Shared pieces

/**
 * Where the customer is: the same fields, with the same meaning, as in `responseDeadline`.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type ContactPlaceInput } from "adobe-support-sla";
 * const place: ContactPlaceInput = { billingCountry: "FR", holidays: ["2026-12-25"] };
 * const christmas = adobeMayContact({ ...place, priority: "P3", at: "2026-12-25T10:00:00+01:00" });
 * christmas.allowed //=> false
 * christmas.nextAllowedAtLocal //=> "2026-12-28T09:00:00.000+01:00"
 * ```
 */
export interface ContactPlaceInput {
  /** Support region; else derived from `billingCountry`. Required for P2-P4 when there is no `billingCountry`. */
  readonly region?: RegionId | undefined;
  /** ISO 3166-1 alpha-2 code of the billing address; picks the region and, in EMEA/APAC, the local zone. */
  readonly billingCountry?: string | undefined;
  /** IANA zone that overrides every other zone choice. */
  readonly timeZone?: string | undefined;
  /**
   * Closed dates in the calendar's zone: `YYYY-MM-DD` strings or a predicate. The library ships
   * no holiday data.
   * @default []
   */
  readonly holidays?: readonly string[] | ((isoDate: string) => boolean) | undefined;
}

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

/** `Mon 2026-11-23 09:00 CET`. */
const localText = (rules: ZoneRules, t: number) => formatLocal(t, rules.offsetAt(t), rules);
/** `2026-11-23T09:00:00.000+01:00`. */
const localIso = (rules: ZoneRules, t: number) => formatIsoInstant(t, rules.offsetAt(t));
const utcIso = (t: number) => formatIsoInstant(t, 0, true);

/** `, no holidays given` / `, 2 holiday dates closed` / `, holidays from the given function`. */
function holidayText(holidays: ClosedDates | undefined): string {
  if (typeof holidays === "function") return ", holidays from the given function";
  const count = holidays?.length ?? 0;
  if (count === 0) return ", no holidays given";
  return `, ${count} holiday date${count === 1 ? "" : "s"} closed`;
}

/** The regional hours as one step: `hours 09:00-17:00 Mon-Fri in Europe/Paris (why), no holidays given`. */
function hoursStep(place: Place, holidays: ClosedDates | undefined): string {
  const region = regions[(place.region as RegionChoice).id];
  return `hours ${region.opens}-${region.closes} Mon-Fri in ${place.zone.id} (${place.zone.reason})${holidayText(holidays)}`;
}

/** Whether the calendar is open at `at`, and if not, its next opening (errors re-thrown against `at`). */
function openState(calendar: BusinessCalendar, at: number): { open: boolean; next: number | null } {
  if (isOpenAt(calendar, at)) return { open: true, next: null };
  try {
    return { open: false, next: nextOpeningAt(calendar, at) };
  } catch (error) {
    atField(error, "at");
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
 * const rule: ContactRule = adobeMayContact({ priority: "P1", at: "2026-11-22T03:00:00Z" }).rule;
 * rule //=> "any-time"
 * ```
 */
export type ContactRule = "any-time" | "business-hours";

/**
 * Input of {@link adobeMayContact}.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type AdobeMayContactInput } from "adobe-support-sla";
 * const input: AdobeMayContactInput = {
 *   priority: "P3",
 *   region: "americas",
 *   at: "2026-11-23T05:00:00-08:00",
 * };
 * adobeMayContact(input).nextAllowedAt //=> "2026-11-23T14:00:00.000Z"
 * ```
 */
export interface AdobeMayContactInput extends ContactPlaceInput {
  /** Request priority. */
  readonly priority: Priority;
  /** The instant asked about: ISO 8601 with `Z` or an offset, `Date`, epoch ms or luxon `DateTime`. */
  readonly at: InstantInput;
}

/**
 * Result of {@link adobeMayContact}.
 *
 * @example
 * ```ts
 * import { adobeMayContact, type AdobeMayContact } from "adobe-support-sla";
 * const at = "2026-11-23T10:00:00+01:00";
 * const answer: AdobeMayContact = adobeMayContact({ priority: "P2", billingCountry: "DE", at });
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
 * const parsed = adobeMayContactInputSchema.parse({ priority: "P2", at: "2026-11-22T03:00:00+01:00" });
 * parsed.at //=> 1795312800000
 * ```
 */
export const adobeMayContactInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    priority: caseFields.priority,
    at: instantSchema,
    ...placeFields,
  }))();

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
 *   at: "2026-11-22T03:00:00+01:00",
 * });
 * sunday.allowed //=> false
 * sunday.nextAllowedAt //=> "2026-11-23T08:00:00.000Z"
 * sunday.nextAllowedAtLocal //=> "2026-11-23T09:00:00.000+01:00"
 * adobeMayContact({ priority: "P1", at: "2026-11-22T03:00:00+01:00" }).allowed //=> true
 * ```
 */
export function adobeMayContact(input: AdobeMayContactInput): AdobeMayContact {
  const parsed = parseInput(adobeMayContactInputSchema, input);
  const rule = priorityLevels[parsed.priority].engagement.adobeContacts;
  if (rule === "business-hours") {
    requireRegion(
      parsed,
      `for ${parsed.priority} (Adobe contacts the Named Support Contacts in business hours only)`,
    );
  }
  const place = resolvePlace(parsed);
  const { rules } = place;
  const at = parsed.at;
  const steps: string[] = [];
  let allowed = true;
  let next: number | null = null;
  if (rule === "any-time") {
    steps.push(
      `${parsed.priority}: Adobe may contact the Named Support Contacts at any time (the customer stays engaged 24x7 until mitigation)`,
    );
    if (place.region) {
      steps.push(
        `region ${regionLabel(place.region.id)} (${place.region.reason}); not needed for a P1`,
      );
    }
    steps.push(`times shown in ${place.zone.id} (${place.zone.reason})`);
    steps.push(`at ${localText(rules, at)}: allowed`);
  } else {
    const region = place.region as RegionChoice;
    const label = regionLabel(region.id);
    steps.push(
      `${parsed.priority}: Adobe contacts the Named Support Contacts during business hours only`,
    );
    steps.push(`region ${label} (${region.reason})`);
    steps.push(hoursStep(place, parsed.holidays));
    const state = openState(placeCalendar(place, parsed.holidays), at);
    allowed = state.open;
    next = state.next;
    if (next === null) {
      steps.push(`at ${localText(rules, at)}, inside ${label} hours: allowed`);
    } else {
      steps.push(`at ${localText(rules, at)}, outside ${label} hours: not allowed`);
      steps.push(`next allowed ${localText(rules, next)}`);
    }
  }
  return Object.freeze({
    allowed,
    priority: parsed.priority,
    at: utcIso(at),
    atLocal: localIso(rules, at),
    rule,
    nextAllowedAt: next === null ? null : utcIso(next),
    nextAllowedAtLocal: next === null ? null : localIso(rules, next),
    region: place.region ?? null,
    timeZone: place.zone,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}

// ---------------------------------------------------------------------------------------------
// supportChannels

/**
 * Input of {@link supportChannels}.
 *
 * @example
 * ```ts
 * import { supportChannels, type SupportChannelsInput } from "adobe-support-sla";
 * const input: SupportChannelsInput = { plan: "ultimate", priority: "P1", at: "2026-11-22T03:00:00Z" };
 * supportChannels(input).acceptingNow //=> ["phone", "chat", "online-case"]
 * ```
 */
export interface SupportChannelsInput extends ContactPlaceInput {
  /** Support plan (validated and echoed: both plans have the same channels). */
  readonly plan: PlanId;
  /** Request priority. */
  readonly priority: Priority;
  /** The instant asked about: ISO 8601 with `Z` or an offset, `Date`, epoch ms or luxon `DateTime`. */
  readonly at: InstantInput;
}

/**
 * One channel at the instant asked about.
 *
 * @example
 * ```ts
 * import { type ChannelStatus, supportChannels } from "adobe-support-sla";
 * const result = supportChannels({ plan: "expert", priority: "P1", at: "2026-11-22T03:00:00Z" });
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
 * @example
 * ```ts
 * import { supportChannels, type SupportChannels } from "adobe-support-sla";
 * const at = "2026-11-23T10:00:00+08:00";
 * const result: SupportChannels = supportChannels({ plan: "expert", priority: "P3", billingCountry: "SG", at });
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
 * supportChannelsInputSchema.safeParse({ plan: "expert", priority: "P5", at: 0 }).success //=> false
 * ```
 */
export const supportChannelsInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    plan: caseFields.plan,
    priority: caseFields.priority,
    at: instantSchema,
    ...placeFields,
  }))();

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
 *   at: "2026-11-19T22:00:00+01:00",
 * });
 * evening.acceptingNow //=> ["chat", "online-case"]
 * evening.nextHandledAt //=> "2026-11-20T08:00:00.000Z"
 * evening.channels[0]?.note //=> "Phone takes P2 calls in business hours only: closed now, opens Fri 2026-11-20 09:00 CET"
 * evening.channels[1]?.handledNow //=> false
 * ```
 */
export function supportChannels(input: SupportChannelsInput): SupportChannels {
  const parsed = parseInput(supportChannelsInputSchema, input);
  const { priority } = parsed;
  const handling = requestHandling[priority];
  if (handling === "business-hours") {
    requireRegion(parsed, `for ${priority} (handled in business hours only)`);
  }
  const place = resolvePlace(parsed);
  const { rules } = place;
  const at = parsed.at;
  const steps: string[] = [];
  steps.push(
    `plan ${parsed.plan}: the policy lists the same channels for both plans, so the plan changes nothing here`,
  );
  let handledNow = true;
  let next: number | null = null;
  if (handling === "24x7") {
    steps.push(`${priority}: handled 24x7, every day of the year, by phone or online case`);
    if (place.region) {
      steps.push(
        `region ${regionLabel(place.region.id)} (${place.region.reason}); not needed for a P1`,
      );
    }
    steps.push(`times shown in ${place.zone.id} (${place.zone.reason})`);
    steps.push(`at ${localText(rules, at)}: Adobe works the request now`);
  } else {
    const region = place.region as RegionChoice;
    const label = regionLabel(region.id);
    steps.push(
      `${priority}: handled in regional business hours; chat and the online portal take submissions 24x7, phone only in business hours`,
    );
    steps.push(`region ${label} (${region.reason})`);
    steps.push(hoursStep(place, parsed.holidays));
    const state = openState(placeCalendar(place, parsed.holidays), at);
    handledNow = state.open;
    next = state.next;
    steps.push(
      next === null
        ? `at ${localText(rules, at)}, inside ${label} hours: every channel is open and Adobe works the request now`
        : `at ${localText(rules, at)}, outside ${label} hours: phone is closed, chat and online case take the submission, Adobe works it from ${localText(rules, next)}`,
    );
  }
  const nextText = next === null ? null : localText(rules, next);
  const statuses = channelIds.map((channel): ChannelStatus => {
    const acceptsNow = channels[channel].accepts[priority] === "24x7" || handledNow;
    return Object.freeze({
      channel,
      acceptsNow,
      handledNow,
      nextHandledAt: next === null ? null : utcIso(next),
      namedForPriority: channels[channel].namedFor.includes(priority),
      note: channelNote(channel, priority, acceptsNow, handledNow, nextText),
    });
  });
  const acceptingNow = statuses.filter((s) => s.acceptsNow).map((s) => s.channel);
  steps.push(`accepting now: ${acceptingNow.join(", ")}`);
  return Object.freeze({
    plan: parsed.plan,
    priority,
    at: utcIso(at),
    atLocal: localIso(rules, at),
    handling,
    handledNow,
    nextHandledAt: next === null ? null : utcIso(next),
    nextHandledAtLocal: next === null ? null : localIso(rules, next),
    channels: Object.freeze(statuses),
    acceptingNow: Object.freeze(acceptingNow),
    region: place.region ?? null,
    timeZone: place.zone,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}

// ---------------------------------------------------------------------------------------------
// supportLanguages

/**
 * Input of {@link supportLanguages}.
 *
 * @example
 * ```ts
 * import { supportLanguages, type SupportLanguagesInput } from "adobe-support-sla";
 * const input: SupportLanguagesInput = { region: "japan", at: "2026-11-21T10:00:00+09:00" };
 * supportLanguages(input).japanese.reason.code //=> "outside_japan_hours"
 * ```
 */
export interface SupportLanguagesInput extends ContactPlaceInput {
  /** The instant asked about: ISO 8601 with `Z` or an offset, `Date`, epoch ms or luxon `DateTime`. */
  readonly at: InstantInput;
  /**
   * Product the request is about; `"commerce"` and `"commerce-managed-services"` (any case,
   * trimmed) are Adobe Commerce, for which Japanese is never offered.
   */
  readonly product?: string | undefined;
}

/**
 * The Japanese-language answer.
 *
 * @example
 * ```ts
 * import { type JapaneseAvailability, supportLanguages } from "adobe-support-sla";
 * const friday = supportLanguages({ region: "japan", at: "2026-11-20T18:00:00+09:00" });
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
 * @example
 * ```ts
 * import { supportLanguages, type SupportLanguages } from "adobe-support-sla";
 * const result: SupportLanguages = supportLanguages({ billingCountry: "JP", at: "2026-11-20T10:00:00+09:00" });
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
 * const parsed = supportLanguagesInputSchema.parse({ billingCountry: "jp", at: "2026-11-04T10:00:00+09:00" });
 * parsed.billingCountry //=> "JP"
 * parsed.at //=> 1793754000000
 * ```
 */
export const supportLanguagesInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    at: instantSchema,
    product: z.optional(caseFields.product),
    ...placeFields,
  }))();

/** True when `product` names Adobe Commerce (see `adobeCommerceProductIds`). */
function isAdobeCommerce(product: string | undefined): boolean {
  if (product === undefined) return false;
  const id = product.trim().toLowerCase();
  return adobeCommerceProductIds.includes(id);
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
 *   at: "2026-11-03T10:00:00+09:00",
 * });
 * holiday.languages //=> ["en"]
 * holiday.japanese.reason.code //=> "holiday"
 * holiday.japanese.nextAvailableAt //=> "2026-11-04T00:00:00.000Z"
 * const commerce = supportLanguages({ region: "japan", product: "commerce", at: "2026-11-04T10:00:00+09:00" });
 * commerce.japanese.reason.code //=> "adobe_commerce"
 * ```
 */
export function supportLanguages(input: SupportLanguagesInput): SupportLanguages {
  const parsed = parseInput(supportLanguagesInputSchema, input);
  requireRegion(parsed, "to decide the support languages");
  const place = resolvePlace(parsed);
  const region = place.region as RegionChoice;
  const at = parsed.at;
  const rule = languageRule.japanese;
  const steps: string[] = ["English: offered everywhere, at any time"];
  steps.push(`region ${regionLabel(region.id)} (${region.reason})`);
  let japanese: JapaneseAvailability;
  const never = (code: JapaneseReasonCode, text: string): JapaneseAvailability => ({
    available: false,
    reason: reason(code, text),
    nextAvailableAt: null,
    nextAvailableAtLocal: null,
  });
  if (region.id !== rule.region) {
    japanese = never(
      "not_japan_region",
      `Japanese support is for the Japan region only; ${regionLabel(region.id)} is served in English`,
    );
  } else if (isAdobeCommerce(parsed.product)) {
    japanese = never(
      "adobe_commerce",
      `${JSON.stringify(parsed.product)} is Adobe Commerce, for which Japanese support is never offered`,
    );
  } else {
    if (parsed.product !== undefined) {
      steps.push(`product ${JSON.stringify(parsed.product)} is not Adobe Commerce`);
    }
    const tokyo = rule.timeZone;
    const rules = zoneRules(tokyo);
    if (parsed.timeZone !== undefined && parsed.timeZone !== tokyo) {
      steps.push(
        `\`timeZone\` ${parsed.timeZone} not used: Japanese-language hours are read in ${tokyo}`,
      );
    }
    const japan = regions.japan;
    steps.push(
      `Japanese hours ${japan.opens}-${japan.closes} Mon-Fri in ${tokyo}${holidayText(parsed.holidays)}`,
    );
    let calendar: BusinessCalendar;
    try {
      calendar = regionCalendar("japan", tokyo, parsed.holidays);
    } catch (error) {
      atField(error, "holidays");
    }
    const state = openState(calendar, at);
    const when = localText(rules, at);
    if (state.next === null) {
      japanese = {
        available: true,
        reason: reason("available", `${when} is inside Japan business hours`),
        nextAvailableAt: null,
        nextAvailableAtLocal: null,
      };
    } else {
      const onHoliday = isOpenAt(regionCalendar("japan", tokyo, undefined), at);
      const nextText = localText(rules, state.next);
      japanese = {
        available: false,
        reason: onHoliday
          ? reason("holiday", `${when} falls on a given holiday; Japanese resumes ${nextText}`)
          : reason(
              "outside_japan_hours",
              `${when} is outside Japan business hours; Japanese resumes ${nextText}`,
            ),
        nextAvailableAt: utcIso(state.next),
        nextAvailableAtLocal: localIso(rules, state.next),
      };
    }
  }
  steps.push(
    `Japanese: ${japanese.available ? "offered" : "not offered"} (${japanese.reason.text})`,
  );
  const languages: LanguageId[] = japanese.available ? ["en", "ja"] : ["en"];
  return Object.freeze({
    languages: Object.freeze(languages),
    japanese: Object.freeze(japanese),
    at: utcIso(at),
    region,
    product: parsed.product ?? null,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}

// ---------------------------------------------------------------------------------------------
// submissionCheck

/**
 * Input of {@link submissionCheck}.
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
export interface SubmissionCheckInput {
  /** Who contacted Adobe: a name or e-mail address, compared after trimming, in any case. */
  readonly submitter: string;
  /** The customer's Named Support Contacts, in the same form as `submitter` (may be empty). */
  readonly namedContacts: readonly string[];
}

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
  z.strictObject({
    submitter: contactNameSchema,
    namedContacts: z
      .array(contactNameSchema, { error: "expected a list of names or e-mail addresses" })
      .check(
        z.maxLength(inputLimits.namedContacts, {
          error: `expected at most ${inputLimits.namedContacts} Named Support Contacts`,
        }),
      ),
  }))();

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
  const parsed = parseInput(submissionCheckInputSchema, input);
  const key = contactKey(parsed.submitter);
  const matched = parsed.namedContacts.find((contact) => contactKey(contact) === key);
  const who = JSON.stringify(parsed.submitter.trim());
  const count = parsed.namedContacts.length;
  const steps = [
    `${count} Named Support Contact${count === 1 ? "" : "s"} given; compared trimmed, in any case`,
  ];
  const result =
    matched === undefined
      ? reason(
          "not_named_contact",
          `${who} is not a Named Support Contact: Adobe may ask for the case to be resubmitted by one`,
        )
      : reason("named_contact", `${who} is a Named Support Contact: no resubmission needed`);
  steps.push(result.text);
  return Object.freeze({
    submitterIsNamedContact: matched !== undefined,
    matchedContact: matched ?? null,
    mayBeAskedToResubmit: matched === undefined,
    reason: result,
    supportAdminPermissions,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}
