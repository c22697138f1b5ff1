/** Which support channels (phone, chat, online case) a plan and priority may use now, and why. */

import type { ClosedDates } from "../calendar/definition.js";
import {
  type ChannelId,
  channelIds,
  channels,
  requestHandling,
  type ServiceHours,
} from "../data/channels.js";
import type { PlanId } from "../data/plans.js";
import type { Priority } from "../data/priorities.js";
import { localIso, localText, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { clockSteps, closedAtText, hoursVerdict } from "../explain/sentences.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { alwaysOpen, openState, requireRegion } from "../place/contact-hours.js";
import { type Place, placeCalendar, resolvePlace } from "../place/place.js";
import type { RegionChoice, TimeZoneChoice } from "../place/resolve.js";

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
 * @category Types
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
 * @category Types
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
 * @category Types
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

/** @internal The case fields {@link supportChannels} reads; its schema is {@link supportChannelsInputSchema}. */
export const supportChannelsFields = /* @__PURE__ */ (() =>
  ruleFields(["plan", "priority", "now"], ["region", "billingCountry", "timeZone", "holidays"]))();

/**
 * Zod schema of {@link SupportChannelsInput} (shape only: the region required for P2-P4 is
 * checked by {@link supportChannels}). Its output has instants as epoch milliseconds.
 *
 * @example
 * ```ts
 * import { supportChannelsInputSchema } from "adobe-support-sla";
 * supportChannelsInputSchema.safeParse({ plan: "expert", priority: "P5", now: 0 }).success //=> false
 * ```
 * @category Rules
 */
export const supportChannelsInputSchema = /* @__PURE__ */ (() => supportChannelsFields.schema())();

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
 * @category Rules
 */
export function supportChannels(input: SupportChannelsInput): SupportChannels {
  const parsed = readCase(supportChannelsFields, input);
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
    const closed = result.handledNow ? "" : closedAtText(placeCalendar(place, parsed.holidays), at);
    const verdict = `${hoursVerdict("at", at, place, result.handledNow)}${closed}`;
    steps.push(
      next === null
        ? `${verdict}: every channel is open and Adobe works the request now`
        : `${verdict}: phone is closed, chat and online case take the submission, Adobe works it from ${localText(next, place.rules)}`,
    );
  }
  steps.push(`accepting now: ${result.acceptingNow.join(", ")}`);
  return steps;
}
