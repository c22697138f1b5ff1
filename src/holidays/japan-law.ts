/** Japan's national holidays as the law states them, 1970-2199: names, yearly rules, equinox constants and one-off days (pure data). */

/**
 * Identifiers of the holidays of the Act on National Holidays (国民の祝日に関する法律) and of the
 * one-off days set by special laws, in calendar order of their first occurrence in a year.
 *
 * @example
 * ```ts
 * import { japaneseHolidayIds } from "adobe-support-sla";
 * japaneseHolidayIds.includes("sports-day") //=> true
 * japaneseHolidayIds.length //=> 23
 * ```
 * @category Holidays
 */
export const japaneseHolidayIds = [
  "new-years-day",
  "coming-of-age-day",
  "national-foundation-day",
  "emperors-birthday",
  "vernal-equinox-day",
  "showa-day",
  "constitution-memorial-day",
  "greenery-day",
  "childrens-day",
  "marine-day",
  "mountain-day",
  "respect-for-the-aged-day",
  "autumnal-equinox-day",
  "health-and-sports-day",
  "sports-day",
  "culture-day",
  "labor-thanksgiving-day",
  "substitute-holiday",
  "citizens-holiday",
  "showa-state-funeral",
  "enthronement-ceremony",
  "crown-prince-wedding",
  "enthronement-day",
] as const;

/**
 * The identifier of a holiday, one of {@link japaneseHolidayIds}: the same every year, whatever
 * the date (`"marine-day"` on July 20, on the third Monday of July, or moved in 2020).
 *
 * @example
 * ```ts
 * import { type JapaneseHolidayId, japaneseHoliday } from "adobe-support-sla";
 * const id: JapaneseHolidayId | undefined = japaneseHoliday("2020-07-23")?.id;
 * id //=> "marine-day"
 * ```
 * @category Holidays
 */
export type JapaneseHolidayId = (typeof japaneseHolidayIds)[number];

/** A holiday's names: English (as the Cabinet Office writes it) and Japanese (as the law does). */
export interface HolidayNames {
  readonly en: string;
  readonly ja: string;
}

/** Names of every holiday, by id (a missing id fails to compile). */
export const holidayNames: Readonly<Record<JapaneseHolidayId, HolidayNames>> = {
  "new-years-day": { en: "New Year's Day", ja: "元日" },
  "coming-of-age-day": { en: "Coming of Age Day", ja: "成人の日" },
  "national-foundation-day": { en: "National Foundation Day", ja: "建国記念の日" },
  "emperors-birthday": { en: "Emperor's Birthday", ja: "天皇誕生日" },
  "vernal-equinox-day": { en: "Vernal Equinox Day", ja: "春分の日" },
  "showa-day": { en: "Showa Day", ja: "昭和の日" },
  "constitution-memorial-day": { en: "Constitution Memorial Day", ja: "憲法記念日" },
  "greenery-day": { en: "Greenery Day", ja: "みどりの日" },
  "childrens-day": { en: "Children's Day", ja: "こどもの日" },
  "marine-day": { en: "Marine Day", ja: "海の日" },
  "mountain-day": { en: "Mountain Day", ja: "山の日" },
  "respect-for-the-aged-day": { en: "Respect for the Aged Day", ja: "敬老の日" },
  "autumnal-equinox-day": { en: "Autumnal Equinox Day", ja: "秋分の日" },
  "health-and-sports-day": { en: "Health and Sports Day", ja: "体育の日" },
  "sports-day": { en: "Sports Day", ja: "スポーツの日" },
  "culture-day": { en: "Culture Day", ja: "文化の日" },
  "labor-thanksgiving-day": { en: "Labor Thanksgiving Day", ja: "勤労感謝の日" },
  "substitute-holiday": { en: "Substitute Holiday", ja: "振替休日" },
  "citizens-holiday": { en: "Citizens' Holiday", ja: "国民の休日" },
  "showa-state-funeral": { en: "State Funeral of Emperor Showa", ja: "大喪の礼" },
  "enthronement-ceremony": { en: "Enthronement Ceremony", ja: "即位礼正殿の儀" },
  "crown-prince-wedding": { en: "Wedding of the Crown Prince", ja: "結婚の儀" },
  "enthronement-day": { en: "Enthronement Day", ja: "天皇の即位の日" },
};

/** Where a yearly holiday falls: a fixed month and day, the nth Monday of a month, or an equinox. */
export type HolidayDateRule =
  | { readonly month: number; readonly day: number }
  | { readonly month: number; readonly mondayOfMonth: number }
  | { readonly equinox: "vernal" | "autumnal" };

/** A yearly national holiday of the Act, in force for the years `from` to `until` (inclusive). */
export interface YearlyHolidayRule {
  readonly id: JapaneseHolidayId;
  readonly from: number;
  readonly until: number;
  readonly on: HolidayDateRule;
}

/** Last year any rule of this library reaches. */
const END = 2199;

/**
 * The yearly holidays of the Act on National Holidays, with the years each rule applied. Every
 * change of a yearly rule since 1970 took effect on January 1 of a year (1989's, made in
 * February, excepted: it only renamed April 29 and added December 23, both after it). Rules
 * before 1970 are left out.
 */
export const yearlyHolidayRules: readonly YearlyHolidayRule[] = [
  { id: "new-years-day", from: 1970, until: END, on: { month: 1, day: 1 } },
  { id: "coming-of-age-day", from: 1970, until: 1999, on: { month: 1, day: 15 } },
  { id: "coming-of-age-day", from: 2000, until: END, on: { month: 1, mondayOfMonth: 2 } },
  { id: "national-foundation-day", from: 1970, until: END, on: { month: 2, day: 11 } },
  { id: "emperors-birthday", from: 2020, until: END, on: { month: 2, day: 23 } },
  { id: "vernal-equinox-day", from: 1970, until: END, on: { equinox: "vernal" } },
  { id: "emperors-birthday", from: 1970, until: 1988, on: { month: 4, day: 29 } },
  { id: "greenery-day", from: 1989, until: 2006, on: { month: 4, day: 29 } },
  { id: "showa-day", from: 2007, until: END, on: { month: 4, day: 29 } },
  { id: "constitution-memorial-day", from: 1970, until: END, on: { month: 5, day: 3 } },
  { id: "greenery-day", from: 2007, until: END, on: { month: 5, day: 4 } },
  { id: "childrens-day", from: 1970, until: END, on: { month: 5, day: 5 } },
  { id: "marine-day", from: 1996, until: 2002, on: { month: 7, day: 20 } },
  { id: "marine-day", from: 2003, until: END, on: { month: 7, mondayOfMonth: 3 } },
  { id: "mountain-day", from: 2016, until: END, on: { month: 8, day: 11 } },
  { id: "respect-for-the-aged-day", from: 1970, until: 2002, on: { month: 9, day: 15 } },
  { id: "respect-for-the-aged-day", from: 2003, until: END, on: { month: 9, mondayOfMonth: 3 } },
  { id: "autumnal-equinox-day", from: 1970, until: END, on: { equinox: "autumnal" } },
  { id: "health-and-sports-day", from: 1970, until: 1999, on: { month: 10, day: 10 } },
  { id: "health-and-sports-day", from: 2000, until: 2019, on: { month: 10, mondayOfMonth: 2 } },
  { id: "sports-day", from: 2020, until: END, on: { month: 10, mondayOfMonth: 2 } },
  { id: "culture-day", from: 1970, until: END, on: { month: 11, day: 3 } },
  { id: "labor-thanksgiving-day", from: 1970, until: END, on: { month: 11, day: 23 } },
  { id: "emperors-birthday", from: 1989, until: 2018, on: { month: 12, day: 23 } },
];

/** A yearly holiday moved to another date for one year by a special law. */
export interface MovedHoliday {
  readonly year: number;
  readonly id: JapaneseHolidayId;
  readonly month: number;
  readonly day: number;
  /** Why, in a few words (completes "moved to July 23 in 2020 ..."). */
  readonly why: string;
}

const OLYMPICS = "for the Tokyo Olympic and Paralympic Games";

/**
 * Holidays moved by the Act on Special Measures for the Tokyo 2020 Olympic and Paralympic Games
 * (2020, and again in 2021 after the Games were postponed). A moved holiday keeps its name and
 * is still a national holiday (2021's Mountain Day fell on a Sunday: its substitute follows from
 * the general rule, not from this table).
 */
export const movedHolidays: readonly MovedHoliday[] = [
  { year: 2020, id: "marine-day", month: 7, day: 23, why: OLYMPICS },
  { year: 2020, id: "sports-day", month: 7, day: 24, why: OLYMPICS },
  { year: 2020, id: "mountain-day", month: 8, day: 10, why: OLYMPICS },
  { year: 2021, id: "marine-day", month: 7, day: 22, why: OLYMPICS },
  { year: 2021, id: "sports-day", month: 7, day: 23, why: OLYMPICS },
  { year: 2021, id: "mountain-day", month: 8, day: 8, why: OLYMPICS },
];

/** A day off set once by its own law. */
export interface OneOffHoliday {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly id: JapaneseHolidayId;
  /**
   * Whether the law treats the day as a national holiday (国民の祝日とみなす), so that it counts
   * for the substitute and citizens' holiday rules. Only the 2019 law says so; the earlier laws
   * made plain days off (休日), with no national holiday next to them.
   */
  readonly countsAsNationalHoliday: boolean;
}

/**
 * The one-off days off inside 1970-2199 (the Crown Prince's wedding of 1959-04-10 is before it).
 * The days around 2019-05-01 (April 30, May 2) are not listed: they are citizens' holidays by the
 * general rule, because May 1 counts as a national holiday.
 */
export const oneOffHolidays: readonly OneOffHoliday[] = [
  { year: 1989, month: 2, day: 24, id: "showa-state-funeral", countsAsNationalHoliday: false },
  { year: 1990, month: 11, day: 12, id: "enthronement-ceremony", countsAsNationalHoliday: false },
  { year: 1993, month: 6, day: 9, id: "crown-prince-wedding", countsAsNationalHoliday: false },
  { year: 2019, month: 5, day: 1, id: "enthronement-day", countsAsNationalHoliday: true },
  { year: 2019, month: 10, day: 22, id: "enthronement-ceremony", countsAsNationalHoliday: true },
];

/**
 * Dates from which the Act's two derived rules applied (`YYYY-MM-DD`, as enacted or amended).
 */
export const derivedRuleDates = {
  /** 1973 amendment: a national holiday on a Sunday makes the next day a holiday. */
  substituteFrom: "1973-04-12",
  /** 2005 amendment, in force 2007: the substitute is the next day that is not a national holiday. */
  substituteNextFreeDayFrom: "2007-01-01",
  /** 1985 amendment: a day between two national holidays is a holiday (not a Sunday nor a substitute). */
  citizensFrom: "1985-12-27",
  /** 2005 amendment, in force 2007: only "not itself a national holiday" is required. */
  citizensAnyDayFrom: "2007-01-01",
} as const;

/** Constants of the equinox approximation for a span of years. */
export interface EquinoxPeriod {
  readonly from: number;
  readonly until: number;
  /** Day of March of the vernal equinox, before the drift and leap-year terms. */
  readonly vernal: number;
  /** Day of September of the autumnal equinox, before the drift and leap-year terms. */
  readonly autumnal: number;
}

/**
 * The constants of the usual approximation of the equinox dates in Japan time:
 * `floor(C + 0.242194 × (year − 1980) − floor((year − 1980) / 4))`. The published constants are
 * kept where they agree, for every year of their period, with the equinox computed by Meeus's
 * algorithm (test/holidays/equinox.test.ts): 1900-1979, 1980-2099, and the vernal one of
 * 2100-2150. The published autumnal constant of 2100-2150 (24.2488) puts the equinox of 2107 on
 * September 24, while it falls at 23:37 in Japan on the 23rd, and no constants are published after
 * 2150: there, `C` is the middle of the range that agrees with Meeus's algorithm for every year
 * (vernal 2151-2199: 21.8658 to 21.8895; autumnal 2100-2199: 24.2177 to 24.2253).
 */
export const equinoxPeriods: readonly EquinoxPeriod[] = [
  { from: 1900, until: 1979, vernal: 20.8357, autumnal: 23.2588 },
  { from: 1980, until: 2099, vernal: 20.8431, autumnal: 23.2488 },
  { from: 2100, until: 2150, vernal: 21.851, autumnal: 24.2215 },
  { from: 2151, until: END, vernal: 21.8776, autumnal: 24.2215 },
];

/** Days by which the equinox advances each year (the tropical year's excess over 365 days). */
export const EQUINOX_DRIFT_PER_YEAR = 0.242194;

/**
 * Last year whose equinox days have been announced in the official gazette (官報). The National
 * Astronomical Observatory publishes the next year's dates each February; equinox days after
 * this year are predictions. Update it when the next announcement is out.
 */
export const LAST_ANNOUNCED_EQUINOX_YEAR = 2027;

/** First and last dates the Japanese holiday rules answer for. */
export const JAPAN_HOLIDAY_FIRST_YEAR = 1970;
export const JAPAN_HOLIDAY_LAST_YEAR = END;

/**
 * What the built-in Japanese holiday calendar covers: the first and last dates it answers for
 * (Tokyo dates, inclusive), and the last year whose equinox days are announced rather than
 * predicted.
 *
 * @example
 * ```ts
 * import { japaneseHolidayCoverage } from "adobe-support-sla";
 * japaneseHolidayCoverage.from //=> "1970-01-01"
 * japaneseHolidayCoverage.until //=> "2199-12-31"
 * japaneseHolidayCoverage.equinoxAnnouncedThrough //=> 2027
 * ```
 * @category Holidays
 */
export const japaneseHolidayCoverage = /* @__PURE__ */ (() =>
  Object.freeze({
    /** First date answered for, `YYYY-MM-DD` in Asia/Tokyo. */
    from: `${JAPAN_HOLIDAY_FIRST_YEAR}-01-01`,
    /** Last date answered for (inclusive), `YYYY-MM-DD` in Asia/Tokyo. */
    until: `${JAPAN_HOLIDAY_LAST_YEAR}-12-31`,
    /** Last year whose equinox days are announced; later equinox days are `predicted`. */
    equinoxAnnouncedThrough: LAST_ANNOUNCED_EQUINOX_YEAR,
  }))();
