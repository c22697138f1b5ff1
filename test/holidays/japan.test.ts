/** Japan's national holidays: the cases rule-based calendars get wrong, the one-off laws, instants read in Tokyo, and input errors. */

import { describe, expect, it } from "vitest";
import {
  isJapaneseHoliday,
  japaneseHoliday,
  japaneseHolidaysIn,
} from "../../src/holidays/japan.js";
import { japaneseHolidayCoverage } from "../../src/holidays/japan-law.js";
import { inputError } from "../input/helpers.js";

/** The kind of holiday on a Tokyo date, or `null`. */
const kindOn = (date: string) => japaneseHoliday(date)?.kind ?? null;

describe("citizens' holidays (国民の休日)", () => {
  it.each([
    ["2009-09-22", "Respect for the Aged Day", "Autumnal Equinox Day"],
    ["2015-09-22", "Respect for the Aged Day", "Autumnal Equinox Day"],
    ["2026-09-22", "Respect for the Aged Day", "Autumnal Equinox Day"],
    ["2032-09-21", "Respect for the Aged Day", "Autumnal Equinox Day"],
    ["2049-09-21", "Respect for the Aged Day", "Autumnal Equinox Day"],
  ])("makes %s, between %s and %s, a citizens' holiday", (date, before, after) => {
    const holiday = japaneseHoliday(date);
    expect(holiday?.kind).toBe("citizens");
    expect(holiday?.nameJa).toBe("国民の休日");
    expect(holiday?.reason).toContain(before);
    expect(holiday?.reason).toContain(after);
  });

  it("starts with 1988-05-04, the first weekday May 4 after the 1985 amendment", () => {
    expect(kindOn("1988-05-04")).toBe("citizens");
    expect(kindOn("1985-05-04")).toBeNull(); // before the amendment of 1985-12-27
    expect(kindOn("1986-05-04")).toBeNull(); // a Sunday: excluded before 2007
    expect(kindOn("1987-05-04")).toBe("substitute"); // May 3 was a Sunday
  });

  it("marks one that depends on a predicted equinox as predicted", () => {
    expect(japaneseHoliday("2026-09-22")?.predicted).toBe(false);
    const later = japaneseHoliday("2032-09-21");
    expect(later?.predicted).toBe(true);
    expect(later?.reason).toContain("prediction");
  });
});

describe("substitute holidays (振替休日)", () => {
  it("gives none before the 1973 amendment: 1973-02-11 was a Sunday, 1973-02-12 a working day", () => {
    expect(kindOn("1973-02-11")).toBe("national");
    expect(kindOn("1973-02-12")).toBeNull();
  });

  it("gives the first one on 1973-04-30, after the Emperor's Birthday on Sunday 1973-04-29", () => {
    expect(japaneseHoliday("1973-04-30")).toMatchObject({
      kind: "substitute",
      substituteFor: "1973-04-29",
    });
  });

  it("moves to the next day that is not a national holiday from 2007: 2008-05-06 after Sunday 05-04", () => {
    expect(japaneseHoliday("2008-05-06")).toMatchObject({
      kind: "substitute",
      substituteFor: "2008-05-04",
    });
  });

  it("ends 2019's ten-day Golden Week with Monday 2019-05-06", () => {
    const days = ["04-27", "04-28", "04-29", "04-30", "05-01", "05-02", "05-03", "05-04", "05-05"];
    const holidays = days.map((d) => kindOn(`2019-${d}`));
    expect(holidays).toEqual([
      null, // Saturday
      null, // Sunday
      "national",
      "citizens",
      "one-off",
      "citizens",
      "national",
      "national",
      "national",
    ]);
    expect(japaneseHoliday("2019-05-06")).toMatchObject({
      kind: "substitute",
      substituteFor: "2019-05-05",
    });
    expect(kindOn("2019-05-07")).toBeNull();
  });

  it("follows New Year's Day on a Sunday: 2023-01-02", () => {
    expect(japaneseHoliday("2023-01-02")).toMatchObject({
      name: "Substitute Holiday",
      substituteFor: "2023-01-01",
      predicted: false,
    });
  });
});

describe("the imperial and Olympic one-offs", () => {
  it.each([
    ["1989-02-24", "showa-state-funeral"],
    ["1990-11-12", "enthronement-ceremony"],
    ["1993-06-09", "crown-prince-wedding"],
    ["2019-05-01", "enthronement-day"],
    ["2019-10-22", "enthronement-ceremony"],
  ])("makes %s a one-off holiday (%s)", (date, id) => {
    expect(japaneseHoliday(date)).toMatchObject({ id, kind: "one-off" });
  });

  it("has no Emperor's Birthday in 2019, and has it on 12-23 until 2018 and 02-23 from 2020", () => {
    const birthdays = (year: number) =>
      japaneseHolidaysIn(year)
        .filter((h) => h.id === "emperors-birthday")
        .map((h) => h.date);
    expect(birthdays(1988)).toEqual(["1988-04-29"]);
    expect(birthdays(2018)).toEqual(["2018-12-23"]);
    expect(birthdays(2019)).toEqual([]);
    expect(birthdays(2020)).toEqual(["2020-02-23"]);
  });

  it("moves 2020's Marine, Sports and Mountain Days for the Olympics", () => {
    const moved = japaneseHolidaysIn(2020)
      .filter((h) => ["marine-day", "sports-day", "mountain-day"].includes(h.id))
      .map((h) => `${h.date} ${h.nameJa}`);
    expect(moved).toEqual(["2020-07-23 海の日", "2020-07-24 スポーツの日", "2020-08-10 山の日"]);
    expect(kindOn("2020-10-12")).toBeNull(); // the second Monday of October, this year a working day
  });

  it("moves 2021's too, with the Sunday Mountain Day's substitute on 08-09", () => {
    expect(japaneseHoliday("2021-07-22")?.id).toBe("marine-day");
    expect(japaneseHoliday("2021-07-23")?.id).toBe("sports-day");
    expect(japaneseHoliday("2021-08-08")?.id).toBe("mountain-day");
    expect(japaneseHoliday("2021-08-09")).toMatchObject({
      kind: "substitute",
      substituteFor: "2021-08-08",
    });
    expect(kindOn("2021-07-19")).toBeNull(); // the third Monday of July
    expect(kindOn("2021-08-11")).toBeNull();
    expect(kindOn("2021-10-11")).toBeNull();
  });
});

describe("the yearly rules", () => {
  it("renames October's holiday Sports Day (スポーツの日) from 2020", () => {
    expect(japaneseHoliday("2019-10-14")?.nameJa).toBe("体育の日");
    expect(japaneseHoliday("2022-10-10")?.nameJa).toBe("スポーツの日");
  });

  it("moves Greenery Day from 04-29 to 05-04 in 2007, when 04-29 becomes Showa Day", () => {
    expect(japaneseHoliday("2006-04-29")?.id).toBe("greenery-day");
    expect(japaneseHoliday("2007-04-29")?.id).toBe("showa-day");
    expect(japaneseHoliday("2007-05-04")?.id).toBe("greenery-day");
  });

  it("starts the Happy Monday rules in 2000 and 2003, and Marine and Mountain Days in 1996 and 2016", () => {
    expect(japaneseHoliday("1999-01-15")?.id).toBe("coming-of-age-day");
    expect(japaneseHoliday("2000-01-10")?.id).toBe("coming-of-age-day");
    expect(japaneseHoliday("2002-07-20")?.id).toBe("marine-day");
    expect(japaneseHoliday("2003-07-21")?.id).toBe("marine-day");
    expect(kindOn("1995-07-20")).toBeNull();
    expect(kindOn("2015-08-11")).toBeNull();
    expect(japaneseHoliday("2016-08-11")?.id).toBe("mountain-day");
  });

  it("marks equinox days after the last announced year as predictions, and says so", () => {
    const last = japaneseHolidayCoverage.equinoxAnnouncedThrough;
    const equinoxes = (year: number) =>
      japaneseHolidaysIn(year).filter((h) => h.id.endsWith("equinox-day"));
    expect(equinoxes(last).map((h) => h.predicted)).toEqual([false, false]);
    expect(equinoxes(last + 1).map((h) => h.predicted)).toEqual([true, true]);
    expect(equinoxes(last + 1)[1]?.reason).toBe(
      `Autumnal Equinox Day (秋分の日): a national holiday on the day of the autumnal equinox in Japan; the equinox date after ${last} is a prediction: it is announced in February of the year before`,
    );
    expect(
      japaneseHolidaysIn(2030)
        .filter((h) => h.predicted)
        .map((h) => h.date),
    ).toEqual(["2030-03-20", "2030-09-23"]);
  });

  it("has no holiday in the last week of any year, so no rule crosses into the next", () => {
    for (let year = 1970; year <= 2199; year++) {
      expect(japaneseHolidaysIn(year).filter((h) => h.date.slice(5) > "12-24")).toEqual([]);
    }
  });
});

describe("dates and instants", () => {
  it("reads an instant as a date in Tokyo, whatever the machine's zone", () => {
    // Thursday 2026-09-24 12:00 in Tokyo: a working day, although 2026-09-23 in the Americas.
    expect(japaneseHoliday(new Date("2026-09-24T03:00:00Z"))).toBeNull();
    expect(japaneseHoliday("2026-09-23T20:00:00-07:00")).toBeNull();
    // 2026-09-22 00:00 in Tokyo is still September 21 in UTC.
    expect(kindOn("2026-09-21T15:00:00Z")).toBe("citizens");
    expect(japaneseHoliday(Date.UTC(2026, 8, 21, 14, 59, 59, 999))?.id).toBe(
      "respect-for-the-aged-day",
    );
    expect(japaneseHoliday("2026-09-22T00:00:00+09:00")?.date).toBe("2026-09-22");
  });

  it("answers for the first and last dates of its range", () => {
    expect(japaneseHoliday("1970-01-01")?.name).toBe("New Year's Day");
    expect(japaneseHoliday("2199-12-31")).toBeNull();
    expect(japaneseHolidaysIn(2199).length).toBeGreaterThan(15);
  });

  it("returns frozen values, the same list object for a year asked twice", () => {
    const list = japaneseHolidaysIn(2026);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((h) => Object.isFrozen(h))).toBe(true);
    expect(japaneseHolidaysIn(2026)).toBe(list);
    expect(isJapaneseHoliday("2026-11-03")).toBe(true);
  });
});

describe("input errors", () => {
  it.each([
    ["2026-02-30", "invalid_date", '`date` is not a real date: "2026-02-30"; expected YYYY-MM-DD'],
    ["tomorrow", "invalid_date", "`date`: expected a YYYY-MM-DD date, or an instant ..."],
    ["2026-09-24T12:00", "missing_offset", "`date` has no UTC offset: ..."],
    [
      "1969-12-31",
      "out_of_range",
      "`date` is 1969-12-31 in Asia/Tokyo, outside the dates the Japanese holidays are known for: 1970-01-01 to 2199-12-31",
    ],
    ["2200-01-01", "out_of_range", "`date` is 2200-01-01 in Asia/Tokyo, outside ..."],
    ["2199-12-31T15:00:00Z", "out_of_range", "`date` is 2200-01-01 in Asia/Tokyo, outside ..."],
    [Number.NaN, "invalid_date", "`date` is NaN; expected epoch milliseconds"],
    [new Date(Number.NaN), "invalid_date", "`date` is an invalid Date"],
    [null, "invalid_type", "`date`: expected a YYYY-MM-DD date, or an instant ...; got null"],
  ] as const)("rejects %s with %s", (value, code, message) => {
    const error = inputError(() => japaneseHoliday(value as never));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(["date"]);
    expect(error.issues[0]?.code).toBe(code);
    const pattern = new RegExp(
      `^${message
        .split("...")
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    expect(error.message).toMatch(pattern);
  });

  it("rejects a year that is not a whole number from 1970 to 2199", () => {
    expect(inputError(() => japaneseHolidaysIn(1969)).issues[0]).toMatchObject({
      path: ["year"],
      code: "out_of_range",
      message: "`year` is 1969, outside 1970-2199, the years the Japanese holidays are known for",
    });
    expect(inputError(() => japaneseHolidaysIn(2026.5)).issues[0]?.code).toBe("invalid_type");
    expect(inputError(() => japaneseHolidaysIn("2026" as never)).issues[0]?.message).toBe(
      "`year`: expected a whole number of years; got string",
    );
  });
});
