/** Japan's national holidays for any Tokyo date from 1970 to 2199, computed from the Act on National Holidays and the one-off laws. */

import { issue, SlaInputError } from "../errors.js";
import type { IssueCode } from "../issue-codes.js";
import { createMemo } from "../memo.js";
import {
  civilFromDays,
  daysFromCivil,
  isoDateOfDays,
  MS_PER_DAY,
  MS_PER_HOUR,
  parseIsoDate,
} from "../time/civil.js";
import { type InstantInput, readInstant } from "../time/instant.js";
import { joinField } from "../validation.js";
import {
  JAPAN_HOLIDAY_FIRST_YEAR,
  JAPAN_HOLIDAY_LAST_YEAR,
  type JapaneseHolidayId,
  type japaneseHolidayCoverage,
} from "./japan-law.js";
import { holidaysOfYear } from "./japan-rules.js";

/**
 * Why a day is a holiday in Japan:
 * - `"national"`: a national holiday (国民の祝日) of the Act on National Holidays;
 * - `"substitute"`: a substitute holiday (振替休日), after a national holiday on a Sunday;
 * - `"citizens"`: a citizens' holiday (国民の休日), a day between two national holidays;
 * - `"one-off"`: a day off set once by its own law (an imperial funeral, enthronement or wedding).
 *
 * @example
 * ```ts
 * import { type JapaneseHolidayKind, japaneseHoliday } from "adobe-support-sla";
 * const kind: JapaneseHolidayKind | undefined = japaneseHoliday("2026-09-22")?.kind;
 * kind //=> "citizens"
 * ```
 * @category Holidays
 */
export type JapaneseHolidayKind = "national" | "substitute" | "citizens" | "one-off";

/**
 * A holiday in Japan (a frozen value).
 *
 * @example
 * ```ts
 * import { type JapaneseHoliday, japaneseHoliday } from "adobe-support-sla";
 * const holiday: JapaneseHoliday | null = japaneseHoliday("2023-01-02");
 * holiday?.name //=> "Substitute Holiday"
 * holiday?.substituteFor //=> "2023-01-01"
 * ```
 * @category Holidays
 */
export interface JapaneseHoliday {
  /** The Tokyo date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Stable identifier, e.g. `"sports-day"`, `"substitute-holiday"`. */
  readonly id: JapaneseHolidayId;
  /** English name, as the Cabinet Office writes it: `"Respect for the Aged Day"`. */
  readonly name: string;
  /** Japanese name, as the law writes it: `"敬老の日"`. */
  readonly nameJa: string;
  /** Which rule makes the day a holiday. */
  readonly kind: JapaneseHolidayKind;
  /**
   * `true` when the day rests on an equinox date that is not announced yet (after
   * {@link japaneseHolidayCoverage}`.equinoxAnnouncedThrough`): the equinox day itself, and a
   * substitute or citizens' holiday that follows from one.
   */
  readonly predicted: boolean;
  /** A readable sentence saying why the day is a holiday. */
  readonly reason: string;
  /** For a substitute holiday: the date of the Sunday holiday it follows; else `null`. */
  readonly substituteFor: string | null;
}

/**
 * A date asked about: a `YYYY-MM-DD` string (a Tokyo date), or an instant (an ISO 8601 string
 * with `Z` or an offset, a `Date`, epoch milliseconds, a luxon `DateTime`), read as a date in
 * Asia/Tokyo (UTC+9, with no daylight saving time since 1952).
 *
 * @example
 * ```ts
 * import { type JapaneseDateInput, isJapaneseHoliday } from "adobe-support-sla";
 * const dates: JapaneseDateInput[] = ["2026-09-22", "2026-09-21T15:00:00Z", new Date("2026-09-22T03:00:00Z")];
 * dates.map(isJapaneseHoliday) //=> [true, true, true]
 * ```
 * @category Holidays
 */
export type JapaneseDateInput = InstantInput;

/** One year's holidays, in date order, and the same by day count. */
interface YearTable {
  readonly list: readonly JapaneseHoliday[];
  readonly byDay: ReadonlyMap<number, JapaneseHoliday>;
}

const TOKYO_OFFSET_MS = 9 * MS_PER_HOUR;

/** Works out a year: its list, and the same by day count. */
function computeYear(year: number): YearTable {
  const list = holidaysOfYear(year);
  const byDay = new Map<number, JapaneseHoliday>();
  for (const holiday of list) byDay.set(parseIsoDate(holiday.date) ?? Number.NaN, holiday);
  return { list, byDay };
}

/** Years worked out, most recently used kept: a year is about 20 holidays, some 10 kB. */
const years = /* @__PURE__ */ (() =>
  createMemo<number, YearTable>({
    maxBytes: 320_000,
    sizeOf: (_, table) => 512 + table.list.length * 480,
  }))();

function yearTable(year: number): YearTable {
  return years.getOrCompute(year, () => computeYear(year));
}

const FIRST_DAY = /* @__PURE__ */ (() => daysFromCivil(JAPAN_HOLIDAY_FIRST_YEAR, 1, 1))();
const LAST_DAY = /* @__PURE__ */ (() => daysFromCivil(JAPAN_HOLIDAY_LAST_YEAR, 12, 31))();
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function fail(path: readonly (string | number)[], code: IssueCode, text: string): never {
  throw new SlaInputError([issue(path, code, joinField(path, text))]);
}

/** A short description of a rejected value: the string itself (quoted, cut at 60), else its type. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 60));
  return value === null ? "null" : typeof value;
}

/** The Tokyo date of `value` as a day count from 1970-01-01, or an input error at `path`. */
function tokyoDay(value: unknown, path: readonly (string | number)[]): number {
  let day: number;
  if (typeof value === "string" && DATE_ONLY.test(value)) {
    const parsed = parseIsoDate(value);
    if (parsed === undefined) {
      fail(
        path,
        "invalid_date",
        `is not a real date: ${JSON.stringify(value)}; expected YYYY-MM-DD`,
      );
    }
    day = parsed;
  } else {
    const read = readInstant(value);
    if (typeof read !== "number") {
      if (
        read.code === "invalid_type" ||
        (read.code === "invalid_date" && typeof value === "string")
      ) {
        fail(
          path,
          read.code,
          `expected a YYYY-MM-DD date, or an instant (an ISO 8601 string with Z or an offset, a Date, epoch milliseconds); got ${shown(value)}`,
        );
      }
      fail(path, read.code, read.text);
    }
    day = Math.floor((read + TOKYO_OFFSET_MS) / MS_PER_DAY);
  }
  if (day < FIRST_DAY || day > LAST_DAY) {
    fail(
      path,
      "out_of_range",
      `is ${isoDateOfDays(day)} in Asia/Tokyo, outside the dates the Japanese holidays are known for: ${isoDateOfDays(FIRST_DAY)} to ${isoDateOfDays(LAST_DAY)}`,
    );
  }
  return day;
}

/**
 * The holiday in Japan on a date, or `null` on a day that is not one. A `YYYY-MM-DD` string is a
 * Tokyo date; an instant is read as a date in Asia/Tokyo (UTC+9) whatever the machine's zone:
 * `2026-09-21T15:00:00Z` is already September 22 in Tokyo.
 *
 * National holidays come from the Act on National Holidays as it stood each year, with its two
 * derived rules (substitute and citizens' holidays) and the one-off laws. Gotchas: Saturdays and
 * Sundays are not holidays by themselves (a weekend check is the caller's); equinox days after
 * {@link japaneseHolidayCoverage}`.equinoxAnnouncedThrough` are predictions (`predicted: true`);
 * a future change of the law is not foreseen.
 *
 * @param date - A `YYYY-MM-DD` Tokyo date or an instant, from 1970-01-01 to 2199-12-31 in Tokyo.
 * @returns The holiday (frozen), or `null`.
 * @throws {SlaInputError} With path `["date"]`: `invalid_date` when it is not a real date,
 *   `missing_offset` for a date-time without offset, `invalid_type` for another kind of value,
 *   `out_of_range` outside 1970-01-01 to 2199-12-31 (for an instant, also outside the library's
 *   supported instants, from 1970-01-01T00:00:00Z).
 * @example
 * ```ts
 * import { japaneseHoliday } from "adobe-support-sla";
 * japaneseHoliday("2026-09-22")?.nameJa //=> "国民の休日"
 * japaneseHoliday("2026-09-23")?.name //=> "Autumnal Equinox Day"
 * japaneseHoliday("2019-05-06")?.reason //=> "Substitute Holiday (振替休日): Children's Day (こどもの日) fell on Sunday 2019-05-05, and ..."
 * japaneseHoliday("2030-03-20")?.predicted //=> true
 * japaneseHoliday(new Date("2026-09-24T03:00:00Z")) //=> null (Thursday noon in Tokyo)
 * japaneseHoliday("2026-02-30") //=> throws SlaInputError: `date` is not a real date: "2026-02-30"; expected YYYY-MM-DD
 * ```
 * @category Holidays
 */
export function japaneseHoliday(date: JapaneseDateInput): JapaneseHoliday | null {
  const day = tokyoDay(date, ["date"]);
  return yearTable(civilFromDays(day).year).byDay.get(day) ?? null;
}

/**
 * Whether a date is a holiday in Japan (see {@link japaneseHoliday}, which also says which one).
 *
 * @param date - A `YYYY-MM-DD` Tokyo date or an instant, from 1970-01-01 to 2199-12-31 in Tokyo.
 * @returns `true` on a national, substitute, citizens' or one-off holiday.
 * @throws {SlaInputError} As {@link japaneseHoliday}, with path `["date"]`.
 * @example
 * ```ts
 * import { isJapaneseHoliday } from "adobe-support-sla";
 * isJapaneseHoliday("2026-11-03") //=> true (Culture Day)
 * isJapaneseHoliday("2026-09-21T15:00:00Z") //=> true (2026-09-22 00:00 in Tokyo)
 * isJapaneseHoliday("2026-09-24T03:00:00Z") //=> false (Thursday noon in Tokyo)
 * ```
 * @category Holidays
 */
export function isJapaneseHoliday(date: JapaneseDateInput): boolean {
  return japaneseHoliday(date) !== null;
}

/**
 * Every holiday in Japan in a year, in date order (a frozen list of frozen values).
 *
 * @param year - A year from 1970 to 2199.
 * @returns The year's holidays, each with its date, names, kind, reason and `predicted` flag.
 * @throws {SlaInputError} With path `["year"]`: `invalid_type` when it is not a whole number,
 *   `out_of_range` outside 1970-2199.
 * @example
 * ```ts
 * import { japaneseHolidaysIn } from "adobe-support-sla";
 * japaneseHolidaysIn(2026).length //=> 18
 * japaneseHolidaysIn(2026).filter((h) => h.kind !== "national").map((h) => h.date)
 * //=> ["2026-05-06", "2026-09-22"]
 * japaneseHolidaysIn(2021).find((h) => h.id === "mountain-day")?.date //=> "2021-08-08"
 * japaneseHolidaysIn(2200) //=> throws SlaInputError: `year` is 2200, outside 1970-2199...
 * ```
 * @category Holidays
 */
export function japaneseHolidaysIn(year: number): readonly JapaneseHoliday[] {
  if (typeof year !== "number" || !Number.isInteger(year)) {
    fail(
      ["year"],
      "invalid_type",
      `expected a whole number of years; got ${typeof year === "number" ? year : typeof year}`,
    );
  }
  if (year < JAPAN_HOLIDAY_FIRST_YEAR || year > JAPAN_HOLIDAY_LAST_YEAR) {
    fail(
      ["year"],
      "out_of_range",
      `is ${year}, outside ${JAPAN_HOLIDAY_FIRST_YEAR}-${JAPAN_HOLIDAY_LAST_YEAR}, the years the Japanese holidays are known for`,
    );
  }
  return yearTable(year).list;
}
