/** supportLanguages and Japan's national holidays: closed by default, named in the reason, checked against a published list. */

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { supportLanguages } from "../../src/index.js";

const dataset = createRequire(import.meta.url)("@holiday-jp/holiday_jp/lib/holidays.js") as Record<
  string,
  { date: Date | string; name: string }
>;
// Keyed by the Tokyo date, YYYY-MM-DD (read the keys: the Date values depend on the machine's zone).
const published = new Set(Object.keys(dataset));

const japanCase = { id: "T-1", subject: "Report", region: "japan", plan: "ultimate" } as const;

describe("supportLanguages: Japan's national holidays close Japanese support by default", () => {
  it("says Japanese is not available on 2026-09-22, the citizens' holiday, with no date given", () => {
    const result = supportLanguages({ ...japanCase, now: "2026-09-22T10:00:00+09:00" });
    expect(result.languages).toEqual(["en"]);
    expect(result.japanese.available).toBe(false);
    expect(result.japanese.reason.code).toBe("national_holiday");
    expect(result.japanese.reason.text).toContain("Citizens' Holiday (国民の休日)");
    expect(result.japanese.nextAvailableAtLocal).toBe("2026-09-24T09:00:00.000+09:00");
    expect(result.explanation).toContain("national holiday in Japan");
  });

  it("reads the date in Tokyo whatever the instant's offset: Thursday noon in Tokyo is a working day", () => {
    const result = supportLanguages({ ...japanCase, now: "2026-09-24T03:00:00Z" });
    expect(result.languages).toEqual(["en", "ja"]);
  });

  it("japaneseNationalHolidays: false turns the built-in list off; the caller's holidays still apply", () => {
    const off = supportLanguages({
      ...japanCase,
      now: "2026-09-22T10:00:00+09:00",
      japaneseNationalHolidays: false,
    });
    expect(off.languages).toEqual(["en", "ja"]);
    expect(off.explanation).toContain("`japaneseNationalHolidays: false`");
    const adobe = supportLanguages({
      ...japanCase,
      now: "2026-09-22T10:00:00+09:00",
      japaneseNationalHolidays: false,
      holidays: ["2026-09-22"],
    });
    expect(adobe.japanese.reason.code).toBe("holiday");
  });

  it("joins the caller's Adobe holidays to the national ones for the next opening", () => {
    // 2026-09-21 (Respect for the Aged Day), 22 (citizens'), 23 (autumnal equinox) are national
    // holidays; the caller adds Adobe's 2026-09-24.
    const result = supportLanguages({
      ...japanCase,
      now: "2026-09-21T10:00:00+09:00",
      holidays: ["2026-09-24"],
    });
    expect(result.japanese.reason.code).toBe("national_holiday");
    expect(result.japanese.nextAvailableAtLocal).toBe("2026-09-25T09:00:00.000+09:00");
    const byFunction = supportLanguages({
      ...japanCase,
      now: "2026-09-21T10:00:00+09:00",
      holidays: (date: string) => date === "2026-09-24",
    });
    expect(byFunction.japanese.nextAvailableAtLocal).toBe("2026-09-25T09:00:00.000+09:00");
  });

  it("says when the holiday is a predicted equinox day", () => {
    const result = supportLanguages({ ...japanCase, now: "2030-03-20T10:00:00+09:00" });
    expect(result.japanese.reason.code).toBe("national_holiday");
    expect(result.japanese.reason.text).toContain("predicted date");
  });

  it("agrees with the @holiday-jp/holiday_jp list on every weekday of 2024-2030 at 10:00 Tokyo time", () => {
    let checked = 0;
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2031, 0, 1); day += 86_400_000) {
      const weekday = new Date(day).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const date = new Date(day).toISOString().slice(0, 10);
      const result = supportLanguages({ region: "japan", now: `${date}T10:00:00+09:00` });
      expect(result.japanese.available, date).toBe(!published.has(date));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1800);
  });
});
