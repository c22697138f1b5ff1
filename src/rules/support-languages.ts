/** Which languages support is given in now: English always, Japanese in Japan business hours. */

import type { BusinessCalendar } from "../calendar/calendar.js";
import type { ClosedDates } from "../calendar/definition.js";
import { isOpenAt } from "../calendar/query.js";
import { type JapaneseReasonCode, type LanguageId, languageRule } from "../data/channels.js";
import type { RegionId } from "../data/regions.js";
import { localIso, localText, utcIso } from "../explain/format.js";
import { joinSteps, lazy, lazyResult } from "../explain/lazy.js";
import { type ContactReason, reason } from "../explain/reason.js";
import { holidayText, regionStep, weeklyHours } from "../explain/sentences.js";
import type { CaseWith, SupportCase } from "../input/case.js";
import { commerceProductOf } from "../input/product.js";
import { readCase } from "../input/read-case.js";
import { ruleSchema } from "../input/schema.js";
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
