/** `responseDeadline`: the targeted initial-response deadline of a request, with the reasons behind every choice. */

import type * as z from "zod/mini";
import { type BusinessCalendar, beyondRange } from "../calendar/calendar.js";
import {
  addBusinessTimeAt,
  businessTimeBetweenAt,
  endOfNextBusinessDayAt,
  nextOpeningAt,
} from "../calendar/query.js";
import { commerceRule, type ResponseTarget, targetTables } from "../data/plans.js";
import { type RegionId, regions } from "../data/regions.js";
import { SlaInputError, type SlaIssue } from "../errors.js";
import { deadlineSteps, describeTarget } from "../explain/deadline.js";
import { localIso, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { holidayCount } from "../explain/sentences.js";
import type { BusinessDayReading } from "../input/options.js";
import { commerceProductOf } from "../input/product.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { createMemo } from "../memo.js";
import { atField, missingRegion, type Place, placeCalendar, resolvePlace } from "../place/place.js";
import { chooseTable, type RegionChoice, type TableChoice } from "../place/resolve.js";
import { MS_PER_HOUR, MS_PER_MINUTE } from "../time/civil.js";
import { SUPPORTED_UNTIL_MS } from "../time/range.js";
import { joinField } from "../validation.js";
import type {
  AppliedTarget,
  HoursUsed,
  ResponseDeadline,
  ResponseDeadlineInput,
} from "./response-deadline-types.js";

export type { AppliedTarget, HoursUsed, ResponseDeadline, ResponseDeadlineInput };

/**
 * The optional case fields a deadline reads: where the customer is, the product and term, the
 * holidays and the P4 reading. `slaStatus` and `downgradeEligibility` read them too.
 */
export const deadlineOptionalFields = [
  "region",
  "billingCountry",
  "timeZone",
  "product",
  "termStart",
  "holidays",
  "businessDay",
] as const;

/** @internal The case fields {@link responseDeadline} reads; its schema is {@link responseDeadlineInputSchema}. */
export const responseDeadlineFields = /* @__PURE__ */ (() =>
  ruleFields(["plan", "priority", "openedAt"], deadlineOptionalFields))();

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
 * @category Rules
 */
export const responseDeadlineInputSchema = /* @__PURE__ */ (() =>
  responseDeadlineFields.schema())();

/** @internal {@link ResponseDeadlineInput} after validation (instants as epoch ms). */
export type ParsedDeadlineInput = z.output<typeof responseDeadlineInputSchema>;

function targetMs(target: ResponseTarget, regionId: RegionId | undefined): number {
  if (target.unit === "business-day")
    return (regionId ? regions[regionId].businessDayMinutes : 0) * MS_PER_MINUTE;
  return target.amount * (target.unit === "hours" ? MS_PER_HOUR : MS_PER_MINUTE);
}

/** Cross-field checks: what the shape alone cannot say. */
function checkCombination(input: ParsedDeadlineInput): void {
  const issues: SlaIssue[] = [];
  if (
    commerceProductOf(input.product)?.id === commerceRule.product &&
    input.termStart === undefined
  ) {
    issues.push({
      path: ["termStart"],
      code: "required",
      message: joinField(
        ["termStart"],
        `is required when \`product\` is Adobe Commerce on Managed Services ("${commerceRule.product}"): pass the licence term start as YYYY-MM-DD`,
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
 * @category Rules
 */
export function responseDeadline(input: ResponseDeadlineInput): ResponseDeadline {
  return deadlineFor(readCase(responseDeadlineFields, input));
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

/** Table choices by plan, product and term start, frozen and shared: 256 kB at most. */
const tableChoices = /* @__PURE__ */ (() =>
  createMemo<string, TableChoice>({
    maxBytes: 256 * 1024,
    sizeOf: (key) => 2 * key.length + 400,
  }))();

/** The table choice for a plan, product and term start (remembered in {@link tableChoices}). */
function tableChoiceFor(parsed: ParsedDeadlineInput): TableChoice {
  const key = `${parsed.plan}|${parsed.termStart ?? ""}|${parsed.product ?? ""}`;
  return tableChoices.getOrCompute(key, () =>
    Object.freeze(chooseTable(parsed.plan, parsed.product, parsed.termStart)),
  );
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

/** @internal The deadline of an already validated input. */
export function deadlineFor(parsed: ParsedDeadlineInput): ResponseDeadline {
  return presentDeadline(deadlineCore(parsed));
}

/**
 * @internal The public result of a computed deadline. Its texts (ISO strings, `steps`,
 * `explanation`) are made when first read: see {@link lazyResult}.
 */
export function presentDeadline(core: DeadlineCore): ResponseDeadline {
  const { parsed, place, target, reading, calendar, clockStart, due } = core;
  const { region, zone, rules } = place;
  const opened = parsed.openedAt;
  const applied: AppliedTarget = Object.freeze({
    amount: target.amount,
    unit: target.unit,
    clock: target.clock,
    milliseconds: core.milliseconds,
    description: describeTarget(target, reading),
    ...(target.unit === "business-day" ? { businessDay: reading } : {}),
  });
  let hours: HoursUsed | null = null;
  if (calendar !== null) {
    const regionData = regions[(region as RegionChoice).id];
    hours = Object.freeze({
      days: "Mon-Fri",
      opens: regionData.opens,
      closes: regionData.closes,
      timeZone: zone.id,
      holidays: holidayCount(parsed.holidays),
    });
  }
  // Nested objects are frozen where they are made: table, region and zone by their resolvers.
  return lazyResult<ResponseDeadline>({
    dueAt: lazy(() => utcIso(due)),
    dueAtLocal: lazy(() => localIso(due, rules)),
    dueAtMs: due,
    openedAt: lazy(() => utcIso(opened)),
    openedAtLocal: lazy(() => localIso(opened, rules)),
    clockStartedAt: lazy(() => utcIso(clockStart)),
    clockStartedAtLocal: lazy(() => localIso(clockStart, rules)),
    plan: parsed.plan,
    priority: parsed.priority,
    target: applied,
    table: core.table,
    region: region ?? null,
    timeZone: zone,
    hours,
    steps: lazy(() => Object.freeze(deadlineSteps(core, applied.description))),
    explanation: lazy(joinSteps),
  });
}
