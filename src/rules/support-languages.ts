/** Which languages support is given in now: English always, Japanese in Japan business hours. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import { closedPartsBetween } from "../calendar/closed-parts.js";
import type { ClosedDates } from "../calendar/definition.js";
import { isOpenAt } from "../calendar/query.js";
import { type JapaneseReasonCode, type LanguageId, languageRule } from "../data/channels.js";
import type { RegionId } from "../data/regions.js";
import { localIso, localText, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { type ContactReason, reason } from "../explain/reason.js";
import { holidayText, regionStep, weeklyHours } from "../explain/sentences.js";
import { isJapaneseHoliday, type JapaneseHoliday, japaneseHoliday } from "../holidays/japan.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { commerceProductOf } from "../input/product.js";
import { readCase } from "../input/read-case.js";
import { ruleFields } from "../input/schema.js";
import { openState, requireRegion } from "../place/contact-hours.js";
import { atField, regionCalendar, regionLabel, resolvePlace } from "../place/place.js";
import type { RegionChoice } from "../place/resolve.js";
import { zoneRules } from "../time/zone.js";

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
 * @category Types
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
 * japanese.nextAvailableAtLocal //=> "2026-11-24T09:00:00.000+09:00"
 * ```
 * @category Types
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
 * @category Types
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

/** @internal The case fields {@link supportLanguages} reads; its schema is {@link supportLanguagesInputSchema}. */
export const supportLanguagesFields = /* @__PURE__ */ (() =>
  ruleFields(
    ["now"],
    ["product", "region", "billingCountry", "timeZone", "holidays", "japaneseNationalHolidays"],
  ))();

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
 * @category Rules
 */
export const supportLanguagesInputSchema = /* @__PURE__ */ (() =>
  supportLanguagesFields.schema())();

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
 * other region gets English only), `adobe_commerce`, `national_holiday` (one of Japan's national
 * holidays, built in, during what would otherwise be Japan hours; its name is in the reason),
 * `holiday` (one of the holidays you pass), `outside_japan_hours` (nights and weekends), else
 * `available`.
 *
 * Gotchas: Japan's national holidays are built in ({@link japaneseHoliday}) and close Japanese
 * support unless `japaneseNationalHolidays: false`; Adobe's own holidays are yours to pass as
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
 *   holidays: ["2026-11-06"],
 *   now: "2026-11-06T10:00:00+09:00",
 * });
 * holiday.languages //=> ["en"]
 * holiday.japanese.reason.code //=> "holiday"
 * holiday.japanese.nextAvailableAt //=> "2026-11-09T00:00:00.000Z"
 * const citizens = supportLanguages({ region: "japan", now: "2026-09-22T10:00:00+09:00" });
 * citizens.japanese.reason.code //=> "national_holiday"
 * citizens.japanese.nextAvailableAtLocal //=> "2026-09-24T09:00:00.000+09:00"
 * const commerce = supportLanguages({ region: "japan", product: "commerce", now: "2026-11-04T10:00:00+09:00" });
 * commerce.japanese.reason.code //=> "adobe_commerce"
 * ```
 * @category Rules
 */
export function supportLanguages(input: SupportLanguagesInput): SupportLanguages {
  const parsed = readCase(supportLanguagesFields, input);
  requireRegion(parsed, "to decide the support languages");
  const place = resolvePlace(parsed);
  const region = place.region as RegionChoice;
  const at = parsed.now;
  const { code, next, holiday } = japaneseAnswer(parsed, region.id);
  return lazyResult<SupportLanguages>({
    languages: code === "available" ? englishAndJapanese : englishOnly,
    japanese: lazy(() => japaneseAvailability(parsed, region.id, code, next, holiday)),
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
  readonly japaneseNationalHolidays?: boolean | undefined;
}

/** `Company day (a given holiday)`: the given holiday `now` falls on, named when its entry has a name. */
function givenHolidayText(parsed: LanguageQuestion): string {
  const calendar = regionCalendar("japan", languageRule.japanese.timeZone, parsed.holidays);
  const closed = closedPartsBetween(calendar, parsed.now, parsed.now + 1)[0];
  return closed?.name == null ? "a given holiday" : `${closed.name} (a given holiday)`;
}

/** Japan's national holidays as closed dates (built in, Tokyo dates). */
const nationalHolidays = (isoDate: string): boolean => isJapaneseHoliday(isoDate);

/** The calendar of Japanese-language support: Japan hours, the given holidays, and the national ones. */
function japaneseCalendar(parsed: LanguageQuestion): BusinessCalendar {
  const tokyo = languageRule.japanese.timeZone;
  return parsed.japaneseNationalHolidays === false
    ? regionCalendar("japan", tokyo, parsed.holidays)
    : regionCalendar("japan", tokyo, parsed.holidays, nationalHolidays);
}

/** The Japanese answer as a code, with the next opening when only the time is in the way. */
function japaneseAnswer(
  parsed: LanguageQuestion,
  region: RegionId,
): { code: JapaneseReasonCode; next: number | null; holiday: JapaneseHoliday | null } {
  const rule = languageRule.japanese;
  const none = { next: null, holiday: null };
  if (region !== rule.region) return { code: "not_japan_region", ...none };
  if (isAdobeCommerce(parsed.product)) return { code: "adobe_commerce", ...none };
  let calendar: BusinessCalendar;
  try {
    calendar = japaneseCalendar(parsed);
  } catch (error) {
    atField(error, "holidays");
  }
  const { next } = openState(calendar, parsed.now);
  if (next === null) return { code: "available", ...none };
  const inHours = isOpenAt(regionCalendar("japan", rule.timeZone, undefined), parsed.now);
  if (!inHours) return { code: "outside_japan_hours", next, holiday: null };
  const holiday = parsed.japaneseNationalHolidays === false ? null : japaneseHoliday(parsed.now);
  return { code: holiday === null ? "holiday" : "national_holiday", next, holiday };
}

/** `Autumnal Equinox Day (秋分の日), a national holiday in Japan` and, for a predicted date, why. */
function nationalHolidayText(holiday: JapaneseHoliday): string {
  const predicted = holiday.predicted
    ? " (a predicted date: equinox days are announced in February of the year before)"
    : "";
  return `${holiday.name} (${holiday.nameJa}), a national holiday in Japan${predicted}`;
}

/** The Japanese answer with its sentence and, when only the time is in the way, the next opening. */
function japaneseAvailability(
  parsed: LanguageQuestion,
  region: RegionId,
  code: JapaneseReasonCode,
  next: number | null,
  holiday: JapaneseHoliday | null,
): JapaneseAvailability {
  const rules = zoneRules(languageRule.japanese.timeZone);
  const when = localText(parsed.now, rules);
  const resumes = next === null ? "" : `; Japanese resumes ${localText(next, rules)}`;
  const texts: Record<JapaneseReasonCode, () => string> = {
    not_japan_region: () =>
      `Japanese support is for the Japan region only; ${regionLabel(region)} is served in English`,
    adobe_commerce: () =>
      `${JSON.stringify(parsed.product)} is Adobe Commerce, for which Japanese support is never offered`,
    national_holiday: () =>
      `${when} falls on ${nationalHolidayText(holiday as JapaneseHoliday)}${resumes}`,
    holiday: () => `${when} falls on ${givenHolidayText(parsed)}${resumes}`,
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
    steps.push(
      parsed.japaneseNationalHolidays === false
        ? "Japan's national holidays not applied (`japaneseNationalHolidays: false`)"
        : "Japan's national holidays close Japanese support (built in, 1970-2199)",
    );
  }
  steps.push(
    `Japanese: ${japanese.available ? "offered" : "not offered"} (${japanese.reason.text})`,
  );
  return steps;
}
