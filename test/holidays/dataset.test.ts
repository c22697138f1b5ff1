/**
 * Every date from 1970-01-01 to 2050-12-31 against the @holiday-jp/holiday_jp data set (checked
 * by its maintainers against the Cabinet Office's list): the same holiday dates exactly, and the
 * same Japanese names once the data set's own naming conventions are applied.
 */

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  type JapaneseHoliday,
  japaneseHoliday,
  japaneseHolidaysIn,
} from "../../src/holidays/japan.js";

interface DatasetHoliday {
  readonly date: string;
  readonly name: string;
  readonly name_en: string;
}

// The data set ships as one CommonJS object keyed by date (lib/holidays.js).
const dataset = createRequire(import.meta.url)("@holiday-jp/holiday_jp/lib/holidays.js") as Record<
  string,
  DatasetHoliday
>;

const FIRST = Date.UTC(1970, 0, 1);
const LAST = Date.UTC(2050, 11, 31);
const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The name the data set gives a holiday. It differs from the law's name in four documented ways:
 * - a substitute holiday is "<a holiday's name> 振替休日" (the law: 振替休日; the Cabinet Office's
 *   CSV: 休日), after the Sunday holiday or after the holiday the day before: the data set is not
 *   consistent (2020-05-06 is 憲法記念日 振替休日, after Sunday May 3; 2026-05-06 is こどもの日
 *   振替休日, after May 5, with the same Sunday);
 * - a citizens' holiday is 休日 (the law: 国民の休日; the CSV: 休日);
 * - the two 2019 days that its own law counts as national holidays are 休日（祝日扱い） (as in the
 *   CSV; the law names them 天皇の即位の日 and 即位礼正殿の儀の行われる日);
 * - 2019's Health and Sports Day is 体育の日（スポーツの日）, with the name it took in 2020.
 */
function datasetNames(holiday: JapaneseHoliday): readonly string[] {
  if (holiday.kind === "substitute") {
    const dayBefore = isoDate(Date.parse(holiday.date) - DAY);
    const after = [holiday.substituteFor ?? "", dayBefore].map((date) => japaneseHoliday(date));
    return after.map((sunday) => `${sunday?.nameJa} 振替休日`);
  }
  if (holiday.kind === "citizens") return ["休日"];
  if (holiday.kind === "one-off" && holiday.date.startsWith("2019-")) return ["休日（祝日扱い）"];
  if (holiday.id === "health-and-sports-day" && holiday.date.startsWith("2019-")) {
    return ["体育の日（スポーツの日）"];
  }
  return [holiday.nameJa];
}

/** English names where the data set's differ (the Cabinet Office's English page uses ours). */
const datasetEnglish: Readonly<Record<string, string>> = {
  "Culture Day": "National Culture Day",
  "Sports Day": "Health and Sports Day",
};

describe("the Japanese holidays against @holiday-jp/holiday_jp, 1970-2050", () => {
  it("has the data set's holidays on exactly the same dates, day by day", () => {
    const ours: string[] = [];
    let checked = 0;
    for (let ms = FIRST; ms <= LAST; ms += DAY) {
      const date = isoDate(ms);
      if (japaneseHoliday(date) !== null) ours.push(date);
      checked++;
    }
    const theirs = Object.keys(dataset).filter((date) => date <= "2050-12-31");
    expect(checked).toBe(29_585);
    expect(ours.filter((date) => !(date in dataset))).toEqual([]);
    expect(theirs.filter((date) => !ours.includes(date))).toEqual([]);
    expect(ours).toHaveLength(theirs.length);
  });

  it("gives each of them the data set's Japanese name, by the documented conventions", () => {
    const mismatches: string[] = [];
    for (let year = 1970; year <= 2050; year++) {
      for (const holiday of japaneseHolidaysIn(year)) {
        const theirs = dataset[holiday.date]?.name;
        if (!datasetNames(holiday).includes(theirs ?? "")) {
          mismatches.push(`${holiday.date}: ${holiday.nameJa} (${holiday.kind}) vs ${theirs}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("gives the national holidays the data set's English names, but for two documented ones", () => {
    const mismatches: string[] = [];
    for (let year = 1970; year <= 2050; year++) {
      for (const holiday of japaneseHolidaysIn(year)) {
        if (holiday.kind !== "national") continue;
        const theirs = dataset[holiday.date]?.name_en;
        if (theirs !== (datasetEnglish[holiday.name] ?? holiday.name)) {
          mismatches.push(`${holiday.date}: ${holiday.name} vs ${theirs}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
