/** Invariants of the Japanese holidays: over every year of the range, for random instants, and under other machine time zones. */

import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type JapaneseHoliday,
  japaneseHoliday,
  japaneseHolidaysIn,
} from "../../src/holidays/japan.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const root = fileURLToPath(new URL("../..", import.meta.url));
const years = Array.from({ length: 230 }, (_, i) => 1970 + i);
const dayOf = (date: string) => Date.parse(date) / DAY;
const weekday = (date: string) => new Date(Date.parse(date)).getUTCDay(); // 0 = Sunday
/** Holidays that count for the derived rules: the Act's, and the one-offs of 2019. */
const isNational = (h: JapaneseHoliday | undefined) =>
  h !== undefined && (h.kind === "national" || (h.kind === "one-off" && h.date.startsWith("2019")));

/** A digest of every year's list, to compare processes. */
const digest = () =>
  JSON.stringify(
    years.map((year) => japaneseHolidaysIn(year).map((h) => [h.date, h.id, h.predicted])),
  );

describe("every year from 1970 to 2199 (checked exhaustively)", () => {
  it("lists its holidays sorted, once each, all inside the year", () => {
    for (const year of years) {
      const dates = japaneseHolidaysIn(year).map((h) => h.date);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect([...new Set(dates)].sort()).toEqual(dates);
    }
  });

  it("has one substitute at most after each run of holidays, right after a run that holds a Sunday", () => {
    for (const year of years) {
      const list = japaneseHolidaysIn(year);
      const byDay = new Map(list.map((h) => [dayOf(h.date), h]));
      // Runs of consecutive holidays (any kind).
      const runs: JapaneseHoliday[][] = [];
      for (const h of list) {
        const last = runs.at(-1);
        if (last && dayOf(last.at(-1)?.date ?? "") === dayOf(h.date) - 1) last.push(h);
        else runs.push([h]);
      }
      for (const run of runs) {
        const substitutes = run.filter((h) => h.kind === "substitute");
        expect(substitutes.length, run.map((h) => h.date).join()).toBeLessThanOrEqual(1);
      }
      for (const sub of list.filter((h) => h.kind === "substitute")) {
        const sunday = sub.substituteFor ?? "";
        expect(weekday(sunday)).toBe(0);
        expect(isNational(byDay.get(dayOf(sunday)))).toBe(true);
        for (let d = dayOf(sunday); d < dayOf(sub.date); d++) {
          expect(isNational(byDay.get(d))).toBe(true);
        }
      }
    }
  });

  it("gives every national holiday on a Sunday since 1973-04-12 its substitute", () => {
    for (const year of years) {
      const list = japaneseHolidaysIn(year);
      const sundays = list.filter(
        (h) => isNational(h) && weekday(h.date) === 0 && h.date >= "1973-04-12",
      );
      const covered = new Set(list.map((h) => h.substituteFor));
      const missing = sundays.filter((h) => !covered.has(h.date));
      // Before 2007, none when the next day is a national holiday itself (never happened).
      expect(missing.map((h) => h.date)).toEqual([]);
    }
  });

  it("never makes a Sunday or a substitute holiday a citizens' holiday, and sandwiches each", () => {
    for (const year of years) {
      const list = japaneseHolidaysIn(year);
      const byDay = new Map(list.map((h) => [dayOf(h.date), h]));
      for (const h of list.filter((x) => x.kind === "citizens")) {
        expect(weekday(h.date), h.date).not.toBe(0);
        expect(isNational(byDay.get(dayOf(h.date) - 1))).toBe(true);
        expect(isNational(byDay.get(dayOf(h.date) + 1))).toBe(true);
      }
    }
  });

  it("predicts only equinox days after the last announced year and the days that follow from them", () => {
    for (const year of years) {
      for (const h of japaneseHolidaysIn(year).filter((x) => x.predicted)) {
        expect(year).toBeGreaterThan(2027);
        expect(h.reason).toContain("prediction");
        expect([
          "vernal-equinox-day",
          "autumnal-equinox-day",
          "substitute-holiday",
          "citizens-holiday",
        ]).toContain(h.id);
      }
    }
  });
});

describe("instants", () => {
  const instant = fc.integer({ min: 0, max: Date.UTC(2199, 11, 31, 14, 59, 59, 999) });

  it("answer as their Tokyo date does, as epoch ms, Date or ISO string with any offset", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 60, max: 14 * 60 }), (ms, offsetMinutes) => {
        const tokyoDate = new Date(ms + 9 * HOUR).toISOString().slice(0, 10);
        const expected = japaneseHoliday(tokyoDate);
        expect(japaneseHoliday(ms)).toBe(expected);
        expect(japaneseHoliday(new Date(ms))).toBe(expected);
        const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? "-" : "+";
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        expect(japaneseHoliday(`${local}${offset}`)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("find a holiday on a date exactly when the year's list holds it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 83_965 }), (days) => {
        const date = new Date(days * DAY).toISOString().slice(0, 10);
        const listed = japaneseHolidaysIn(Number(date.slice(0, 4))).find((h) => h.date === date);
        expect(japaneseHoliday(date)).toBe(listed ?? null);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("the machine's time zone", () => {
  it("changes nothing: the lists are identical under TZ=Pacific/Kiritimati and TZ=America/St_Johns", () => {
    const script = [
      'import { japaneseHolidaysIn } from "./src/holidays/japan.ts";',
      `const years = Array.from({ length: 230 }, (_, i) => 1970 + i);`,
      "process.stdout.write(JSON.stringify(years.map((year) => japaneseHolidaysIn(year).map((h) => [h.date, h.id, h.predicted]))));",
    ].join("\n");
    for (const TZ of ["Pacific/Kiritimati", "America/St_Johns"]) {
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        {
          cwd: root,
          encoding: "utf8",
          env: { ...process.env, TZ },
          timeout: 60_000,
        },
      );
      expect(child.stderr).toBe("");
      expect(child.stdout, TZ).toBe(digest());
    }
  });

  it("is never read: the holiday modules use no local-time Date method", () => {
    const dir = `${root}src/holidays`;
    const local =
      /\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(|toLocale|new Date\(/;
    for (const file of readdirSync(dir)) {
      // The code only: the doc comments' examples do build Dates.
      const code = readFileSync(`${dir}/${file}`, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
      expect(code, file).not.toMatch(local);
    }
  });
});
