/** `responseDeadline`: the targeted initial-response deadline of a request, with the reasons behind every choice. */

import * as z from "zod/mini";
import { commerceRule, type PlanId, type ResponseTarget, targetTables } from "../data/plans.js";
import type { Priority } from "../data/priorities.js";
import { type RegionId, regions } from "../data/regions.js";
import { type BusinessCalendar, beyondRange } from "../engine/calendar.js";
import {
  addBusinessTimeAt,
  businessTimeBetweenAt,
  businessTimeByDay,
  endOfNextBusinessDayAt,
  isOpenAt,
  nextOpeningAt,
} from "../engine/query.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { formatIsoInstant, MS_PER_HOUR, MS_PER_MINUTE } from "../time/civil.js";
import { type InstantInput, instantSchema } from "../time/instant.js";
import { SUPPORTED_UNTIL_MS } from "../time/range.js";
import { joinField, parseInput } from "../validation.js";
import {
  atField,
  caseFields,
  enumError,
  missingRegion,
  type Place,
  placeCalendar,
  placeFields,
  resolvePlace,
} from "./context.js";
import { formatDay, formatDuration, formatLocal } from "./format.js";
import {
  chooseTable,
  type RegionChoice,
  type TableChoice,
  type TimeZoneChoice,
} from "./resolve.js";

/**
 * How "1 business day" (P4) is read: the values of {@link ResponseDeadlineInput.businessDay}.
 *
 * @example
 * ```ts
 * import { businessDayReadings } from "adobe-support-sla";
 * businessDayReadings //=> ["full-business-day", "end-of-next-business-day"]
 * ```
 */
export const businessDayReadings = ["full-business-day", "end-of-next-business-day"] as const;
/**
 * How P4's "1 business day" is read.
 *
 * `"full-business-day"` (default): one full day of business time on the region's calendar
 * (Americas 690 minutes, other regions 480), counted like P2/P3.
 * `"end-of-next-business-day"`: the close of the business day after the one the clock starts in.
 *
 * @example
 * ```ts
 * import { type BusinessDayReading, responseDeadline } from "adobe-support-sla";
 * const businessDay: BusinessDayReading = "end-of-next-business-day";
 * const request = { plan: "expert", priority: "P4", billingCountry: "FR", openedAt: "2026-11-23T10:00:00+01:00" } as const;
 * responseDeadline({ ...request, businessDay }).dueAtLocal //=> "2026-11-24T17:00:00.000+01:00"
 * responseDeadline(request).dueAtLocal //=> "2026-11-24T10:00:00.000+01:00"
 * ```
 */
export type BusinessDayReading = (typeof businessDayReadings)[number];

/**
 * Input of {@link responseDeadline}.
 *
 * @example
 * ```ts
 * import { responseDeadline, type ResponseDeadlineInput } from "adobe-support-sla";
 * const input: ResponseDeadlineInput = {
 *   plan: "expert",
 *   priority: "P3",
 *   billingCountry: "US",
 *   openedAt: "2026-11-23T16:00:00-08:00",
 * };
 * responseDeadline(input).dueAtLocal //=> "2026-11-24T08:30:00.000-08:00"
 * ```
 */
export interface ResponseDeadlineInput {
  /** Support plan. */
  readonly plan: PlanId;
  /** Request priority. */
  readonly priority: Priority;
  /** When the request was opened: ISO 8601 with `Z` or an offset, `Date`, epoch ms or luxon `DateTime`. */
  readonly openedAt: InstantInput;
  /** Support region; else derived from `billingCountry`. Required for P2-P4 when there is no `billingCountry`. */
  readonly region?: RegionId | undefined;
  /** ISO 3166-1 alpha-2 code of the billing address; picks the region and, in EMEA/APAC, the local zone. */
  readonly billingCountry?: string | undefined;
  /** IANA zone that overrides every other zone choice. */
  readonly timeZone?: string | undefined;
  /** Product the request is about; `"commerce-managed-services"` selects the Commerce rule. */
  readonly product?: string | undefined;
  /** Licence term start (`YYYY-MM-DD`); required with `product: "commerce-managed-services"`. */
  readonly termStart?: string | undefined;
  /**
   * Closed dates in the calendar's zone: `YYYY-MM-DD` strings or a predicate. The library ships
   * no holiday data.
   * @default []
   */
  readonly holidays?: readonly string[] | ((isoDate: string) => boolean) | undefined;
  /**
   * How P4's "1 business day" is read.
   * @default "full-business-day"
   */
  readonly businessDay?: BusinessDayReading | undefined;
}

/**
 * The target applied, with its length in milliseconds of the clock it runs on.
 *
 * @example
 * ```ts
 * import { type AppliedTarget, responseDeadline } from "adobe-support-sla";
 * const request = { plan: "ultimate", priority: "P2", region: "emea", openedAt: "2026-11-23T10:00:00Z" } as const;
 * const target: AppliedTarget = responseDeadline(request).target;
 * target.milliseconds //=> 1800000
 * target.description //=> "30 minutes of business time"
 * ```
 */
export interface AppliedTarget {
  /** How many `unit`s, as in the target table. */
  readonly amount: number;
  /** The unit of `amount`. */
  readonly unit: "minutes" | "hours" | "business-day";
  /** Absolute elapsed time (`"24x7"`, P1) or time inside business hours. */
  readonly clock: "24x7" | "business";
  /** Length counted on the clock (for P4 `end-of-next-business-day`, the business time actually used). */
  readonly milliseconds: number;
  /** `"30 minutes of business time"`, `"1 hour, 24x7"`. */
  readonly description: string;
  /** For P4, the reading used. */
  readonly businessDay?: BusinessDayReading;
}

/**
 * Business hours used for a business-time target.
 *
 * @example
 * ```ts
 * import { type HoursUsed, responseDeadline } from "adobe-support-sla";
 * const request = { plan: "expert", priority: "P3", billingCountry: "FR", openedAt: "2026-12-24T16:00:00+01:00" } as const;
 * const hours: HoursUsed | null = responseDeadline({ ...request, holidays: ["2026-12-25"] }).hours;
 * hours //=> { days: "Mon-Fri", opens: "09:00", closes: "17:00", timeZone: "Europe/Paris", holidays: 1 }
 * ```
 */
export interface HoursUsed {
  /** Open days: always Monday to Friday. */
  readonly days: "Mon-Fri";
  /** Opening time, `HH:mm`, in `timeZone`. */
  readonly opens: string;
  /** Closing time, `HH:mm`, in `timeZone`. */
  readonly closes: string;
  /** IANA zone the hours were read in. */
  readonly timeZone: string;
  /** Number of holiday dates given, or `"predicate"`. */
  readonly holidays: number | "predicate";
}

/**
 * Result of {@link responseDeadline}.
 *
 * @example
 * ```ts
 * import { type ResponseDeadline, responseDeadline } from "adobe-support-sla";
 * const saturday = "2026-11-21T10:00:00Z";
 * const due: ResponseDeadline = responseDeadline({ plan: "expert", priority: "P2", billingCountry: "GB", openedAt: saturday });
 * due.clockStartedAt //=> "2026-11-23T09:00:00.000Z"
 * due.dueAt //=> "2026-11-23T11:00:00.000Z"
 * due.explanation //=> "P2 target: 2 hours of business time (Expert Support table: plan is expert); ...; due Mon 2026-11-23 11:00 GMT"
 * ```
 */
export interface ResponseDeadline {
  /** Deadline, ISO 8601 UTC with milliseconds: `2026-11-23T08:20:00.000Z`. */
  readonly dueAt: string;
  /**
   * Same instant with the calendar zone's offset: `2026-11-23T09:20:00.000+01:00`.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly dueAtLocal: string;
  /** Deadline in epoch milliseconds. */
  readonly dueAtMs: number;
  /** Opening instant, UTC. */
  readonly openedAt: string;
  /**
   * Opening instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly openedAtLocal: string;
  /** When the clock started: the opening for 24x7 targets, else the first open instant at or after it. */
  readonly clockStartedAt: string;
  /**
   * Same instant in the calendar's zone.
   * ISO 8601 with a `±hh:mm` offset that `Date.parse` reads to the same instant: an
   * offset with seconds (Africa/Monrovia before 1972, -00:44:30) is written rounded to the
   * minute (-00:45), the wall time shifted to match (see docs/time-zones-and-dst.md).
   */
  readonly clockStartedAtLocal: string;
  /** The plan, as given. */
  readonly plan: PlanId;
  /** The priority, as given. */
  readonly priority: Priority;
  /** The target applied, with its length on its clock. */
  readonly target: AppliedTarget;
  /** The target table used and why. */
  readonly table: TableChoice;
  /** The region used and why; `null` for a P1 given neither region nor billing country. */
  readonly region: RegionChoice | null;
  /** The time zone used and why. */
  readonly timeZone: TimeZoneChoice;
  /** The business hours used; `null` for 24x7 targets. */
  readonly hours: HoursUsed | null;
  /** Readable steps, in order. */
  readonly steps: readonly string[];
  /** The steps joined into one sentence. */
  readonly explanation: string;
}

/**
 * Zod schema of {@link ResponseDeadlineInput} (shape only; cross-field rules, such as the region
 * required for P2-P4, are checked after it by {@link responseDeadline}). Its output has instants
 * as epoch milliseconds and upper-case country codes.
 *
 * @example
 * ```ts
 * import { responseDeadlineInputSchema } from "adobe-support-sla";
 * const parsed = responseDeadlineInputSchema.parse({
 *   plan: "expert",
 *   priority: "P2",
 *   billingCountry: "fr",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 * });
 * parsed.openedAt //=> 1795189800000
 * parsed.billingCountry //=> "FR"
 * ```
 */
export const responseDeadlineInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    plan: caseFields.plan,
    priority: caseFields.priority,
    openedAt: instantSchema,
    ...placeFields,
    product: z.optional(caseFields.product),
    termStart: z.optional(caseFields.termStart),
    businessDay: z.optional(
      z.enum(businessDayReadings, { error: enumError("one of", businessDayReadings) }),
    ),
  }))();

/** @internal {@link ResponseDeadlineInput} after validation (instants as epoch ms). */
export type ParsedDeadlineInput = z.output<typeof responseDeadlineInputSchema>;

function targetMs(target: ResponseTarget, regionId: RegionId | undefined): number {
  if (target.unit === "business-day")
    return (regionId ? regions[regionId].businessDayMinutes : 0) * MS_PER_MINUTE;
  return target.amount * (target.unit === "hours" ? MS_PER_HOUR : MS_PER_MINUTE);
}

function describeTarget(target: ResponseTarget, reading: BusinessDayReading): string {
  if (target.unit === "business-day") {
    return reading === "full-business-day"
      ? "1 business day (one full business day of business time)"
      : "1 business day (end of the next business day)";
  }
  const unit = target.amount === 1 ? target.unit.slice(0, -1) : target.unit;
  return `${target.amount} ${unit}${target.clock === "24x7" ? ", 24x7" : " of business time"}`;
}

/** Cross-field checks: what the shape alone cannot say. */
function checkCombination(input: ParsedDeadlineInput): void {
  const issues: SlaIssue[] = [];
  if (input.product === commerceRule.product && input.termStart === undefined) {
    issues.push({
      path: ["termStart"],
      code: "required",
      message: joinField(
        ["termStart"],
        `is required when \`product\` is "${commerceRule.product}": pass the licence term start as YYYY-MM-DD`,
      ),
    });
  }
  if (input.priority !== "P1") {
    const issue = missingRegion(input, `for ${input.priority} (a business-hours target)`);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) throw new SlaInputError(issues);
}

/**
 * The targeted initial-response deadline of an Adobe support request, with the target table,
 * region, time zone and clock start it rests on, and readable steps.
 *
 * P1 targets run 24x7 (absolute time). P2 and P3 count business time in the region's hours;
 * P4 is one business day (see `businessDay`). Opened outside hours, the clock starts at the next
 * opening. A deadline that uses up the last minute of a day is that day's closing time.
 *
 * Gotchas: a string without a UTC offset is rejected, never read in the machine's zone; EMEA and
 * APAC hours are read in the customer's zone (from `billingCountry`, or `timeZone`), Americas in
 * Pacific time, Japan in Tokyo time; holidays are yours to pass.
 *
 * @param input - The request: plan, priority, opening and where the customer is.
 * @returns The deadline in UTC and local time, and how it was reached.
 * @throws {@link SlaInputError} For invalid or incomplete input (each issue names its field:
 *   `openedAt` without an offset, P2-P4 without `region` or `billingCountry`, a Commerce
 *   `product` without `termStart`, an unknown key), or a deadline past the supported range.
 * @example
 * ```ts
 * import { responseDeadline } from "adobe-support-sla";
 * const due = responseDeadline({
 *   plan: "ultimate",
 *   priority: "P2",
 *   region: "emea",
 *   timeZone: "Europe/Paris",
 *   openedAt: "2026-11-20T16:50:00+01:00",
 * });
 * due.dueAt //=> "2026-11-23T08:20:00.000Z"
 * due.dueAtLocal //=> "2026-11-23T09:20:00.000+01:00"
 * due.steps[4] //=> "10 min on Fri 2026-11-20, 20 min on Mon 2026-11-23"
 * ```
 */
export function responseDeadline(input: ResponseDeadlineInput): ResponseDeadline {
  return deadlineFor(parseInput(responseDeadlineInputSchema, input));
}

/** @internal The numbers behind a deadline, before any formatting. */
export interface DeadlineCore {
  readonly parsed: ParsedDeadlineInput;
  readonly table: TableChoice;
  readonly place: Place;
  readonly target: ResponseTarget;
  readonly reading: BusinessDayReading;
  /** The regional calendar; `null` for a 24x7 target. */
  readonly calendar: BusinessCalendar | null;
  /** The target's length on its clock (for P4 end-of-next-business-day, the business time used). */
  readonly milliseconds: number;
  readonly clockStart: number;
  readonly due: number;
}

/** Table choices by plan, then product, then term start (nested maps: no key strings to build). */
const tableChoices = /* @__PURE__ */ new Map<string, Map<string, Map<string, TableChoice>>>();

/** The table choice for a plan, product and term start, frozen and shared (a bounded memo). */
function tableChoiceFor(parsed: ParsedDeadlineInput): TableChoice {
  const product = parsed.product ?? "";
  const termStart = parsed.termStart ?? "";
  let byProduct = tableChoices.get(parsed.plan);
  if (byProduct === undefined) {
    byProduct = new Map();
    tableChoices.set(parsed.plan, byProduct);
  }
  let byTerm = byProduct.get(product);
  if (byTerm === undefined) {
    if (byProduct.size >= 100) byProduct.clear();
    byTerm = new Map();
    byProduct.set(product, byTerm);
  }
  let choice = byTerm.get(termStart);
  if (choice === undefined) {
    choice = Object.freeze(chooseTable(parsed.plan, parsed.product, parsed.termStart));
    if (byTerm.size >= 1000) byTerm.clear();
    byTerm.set(termStart, choice);
  }
  return choice;
}

/**
 * @internal The deadline of an already validated input, as numbers: what the other policy
 * functions and bulk callers (the CLI report) build on.
 */
export function deadlineCore(parsed: ParsedDeadlineInput): DeadlineCore {
  checkCombination(parsed);
  const table = tableChoiceFor(parsed);
  const place = resolvePlace(parsed);
  const reading: BusinessDayReading = parsed.businessDay ?? "full-business-day";
  const target = targetTables[table.id].targets[parsed.priority];
  const opened = parsed.openedAt;
  let milliseconds = targetMs(target, place.region?.id);
  if (target.clock === "24x7") {
    const due = opened + milliseconds;
    if (due >= SUPPORTED_UNTIL_MS) atField(beyondRange(), "openedAt");
    return {
      parsed,
      table,
      place,
      target,
      reading,
      calendar: null,
      milliseconds,
      clockStart: opened,
      due,
    };
  }
  const calendar = placeCalendar(place, parsed.holidays);
  let clockStart: number;
  let due: number;
  try {
    clockStart = nextOpeningAt(calendar, opened);
    if (target.unit === "business-day" && reading === "end-of-next-business-day") {
      due = endOfNextBusinessDayAt(calendar, clockStart);
      milliseconds = businessTimeBetweenAt(calendar, clockStart, due);
    } else {
      due = addBusinessTimeAt(calendar, opened, milliseconds);
    }
  } catch (error) {
    atField(error, "openedAt");
  }
  return { parsed, table, place, target, reading, calendar, milliseconds, clockStart, due };
}

/**
 * @internal The deadline of an already validated input; `explain: false` leaves `steps` empty
 * and `explanation` blank.
 */
export function deadlineFor(parsed: ParsedDeadlineInput, explain = true): ResponseDeadline {
  return presentDeadline(deadlineCore(parsed), explain);
}

/** @internal The public result of a computed deadline, with its steps when `explain`. */
export function presentDeadline(core: DeadlineCore, explain: boolean): ResponseDeadline {
  const { parsed, table, place, target, reading, calendar, milliseconds, clockStart, due } = core;
  const { region, zone, rules } = place;
  const opened = parsed.openedAt;
  const local = (t: number) => formatLocal(t, rules.offsetAt(t), rules);
  const steps: string[] = [];
  // Steps are closures so that, without explanation, nothing is formatted at all.
  const say = explain ? (step: () => string) => void steps.push(step()) : () => undefined;
  const targetText = describeTarget(target, reading);
  say(() => `${parsed.priority} target: ${targetText} (${table.name} table: ${table.reason})`);

  let hours: HoursUsed | null = null;
  if (calendar === null) {
    if (region) {
      say(
        () => `region ${regions[region.id].label} (${region.reason}); not needed for a 24x7 target`,
      );
    }
    say(() => `times shown in ${zone.id} (${zone.reason})`);
    say(() => `opened ${local(opened)}; the clock runs 24x7 from the opening`);
    say(() => `${formatDuration(milliseconds)} of elapsed time`);
  } else {
    const regionData = regions[(region as RegionChoice).id];
    say(() => `region ${regionData.label} (${(region as RegionChoice).reason})`);
    const holidays =
      typeof parsed.holidays === "function" ? "predicate" : (parsed.holidays?.length ?? 0);
    hours = Object.freeze({
      days: "Mon-Fri",
      opens: regionData.opens,
      closes: regionData.closes,
      timeZone: zone.id,
      holidays,
    });
    const holidayText =
      holidays === "predicate"
        ? ", holidays from the given function"
        : holidays > 0
          ? `, ${holidays} holiday date${holidays === 1 ? "" : "s"} closed`
          : ", no holidays given";
    say(
      () =>
        `hours ${regionData.opens}-${regionData.closes} Mon-Fri in ${zone.id} (${zone.reason})${holidayText}`,
    );
    say(() =>
      isOpenAt(calendar, opened)
        ? `opened ${local(opened)}, inside ${regionData.label} hours`
        : `opened ${local(opened)}, outside ${regionData.label} hours; the clock starts ${local(clockStart)}`,
    );
    say(() => describeDays(businessTimeByDay(calendar, clockStart, due)));
  }
  const dueOffset = rules.offsetAt(due);
  say(() => `due ${formatLocal(due, dueOffset, rules)}`);
  const openedOffset = rules.offsetAt(opened);
  const startOffset = clockStart === opened ? openedOffset : rules.offsetAt(clockStart);
  const applied: AppliedTarget = Object.freeze({
    amount: target.amount,
    unit: target.unit,
    clock: target.clock,
    milliseconds,
    description: targetText,
    ...(target.unit === "business-day" ? { businessDay: reading } : {}),
  });
  // Nested objects are frozen where they are made: table, region and zone by their resolvers.
  return Object.freeze({
    dueAt: formatIsoInstant(due, 0, true),
    dueAtLocal: formatIsoInstant(due, dueOffset),
    dueAtMs: due,
    openedAt: formatIsoInstant(opened, 0, true),
    openedAtLocal: formatIsoInstant(opened, openedOffset),
    clockStartedAt: formatIsoInstant(clockStart, 0, true),
    clockStartedAtLocal: formatIsoInstant(clockStart, startOffset),
    plan: parsed.plan,
    priority: parsed.priority,
    target: applied,
    table,
    region: region ?? null,
    timeZone: zone,
    hours,
    steps: Object.freeze(steps),
    explanation: steps.join("; "),
  });
}

/** `10 min on Fri 2026-11-20, 20 min on Mon 2026-11-23`, shortened in the middle for long targets. */
function describeDays(days: readonly { day: number; ms: number }[]): string {
  const part = (d: { day: number; ms: number }) => `${formatDuration(d.ms)} on ${formatDay(d.day)}`;
  if (days.length === 0) return "no business time needed";
  if (days.length <= 6) return days.map(part).join(", ");
  const middle = days.slice(2, -2);
  const middleMs = middle.reduce((sum, d) => sum + d.ms, 0);
  return [
    ...days.slice(0, 2).map(part),
    `${formatDuration(middleMs)} over ${middle.length} more business days`,
    ...days.slice(-2).map(part),
  ].join(", ");
}
