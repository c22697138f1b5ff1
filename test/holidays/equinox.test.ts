/** The equinox formula against an independent astronomical computation (Meeus's algorithm), for every year from 1970 to 2199. */

import { describe, expect, it } from "vitest";
import { equinoxDay } from "../../src/holidays/equinox.js";
import { equinoxInstant } from "./meeus.js";

const HOUR = 3_600_000;
const DAY = 86_400_000;
const kinds = ["vernal", "autumnal"] as const;

/** The equinox by Meeus's algorithm in Japan time: its day of the month and minutes from the nearest midnight. */
function meeusInTokyo(year: number, which: "vernal" | "autumnal") {
  const local = equinoxInstant(year, which) + 9 * HOUR;
  const date = new Date(local);
  const minutes = Math.round((local - Math.floor(local / DAY) * DAY) / 60_000);
  return { day: date.getUTCDate(), margin: Math.min(minutes, 1440 - minutes) };
}

describe("the equinox days", () => {
  it("match the instants Meeus's algorithm gives for known equinoxes, to two minutes", () => {
    // Published instants (UTC): 2025-03-20 09:01, 2025-09-22 18:19, 2026-03-20 14:46, 2026-09-23 00:05.
    const published = [
      [2025, "vernal", Date.UTC(2025, 2, 20, 9, 1)],
      [2025, "autumnal", Date.UTC(2025, 8, 22, 18, 19)],
      [2026, "vernal", Date.UTC(2026, 2, 20, 14, 46)],
      [2026, "autumnal", Date.UTC(2026, 8, 23, 0, 5)],
    ] as const;
    for (const [year, which, instant] of published) {
      expect(Math.abs(equinoxInstant(year, which) - instant)).toBeLessThan(2 * 60_000);
    }
  });

  it("fall on the day Meeus's algorithm gives, in Japan time, every year from 1970 to 2199", () => {
    const mismatches: string[] = [];
    const close: string[] = [];
    for (let year = 1970; year <= 2199; year++) {
      for (const which of kinds) {
        const { day, margin } = meeusInTokyo(year, which);
        if (equinoxDay(year, which) !== day) {
          mismatches.push(`${year} ${which}: formula ${equinoxDay(year, which)}, Meeus ${day}`);
        }
        if (margin < 10) close.push(`${year} ${which}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Within ten minutes of midnight, the day depends on ΔT, unknown years ahead: documented.
    expect(close).toEqual(["2074 autumnal", "2187 vernal", "2198 autumnal"]);
  });

  it("keep the published constants where they hold: 1980-2099's formula gives 2026's days", () => {
    expect(equinoxDay(2026, "vernal")).toBe(20);
    expect(equinoxDay(2026, "autumnal")).toBe(23);
    expect(equinoxDay(2027, "vernal")).toBe(21);
    expect(equinoxDay(2027, "autumnal")).toBe(23);
    // 2107's autumnal equinox is at 23:37 on September 23 in Japan; the published 2100-2150
    // constant (24.2488) would say the 24th.
    expect(equinoxDay(2107, "autumnal")).toBe(23);
    expect(Math.floor(24.2488 + 0.242194 * (2107 - 1980) - Math.floor((2107 - 1980) / 4))).toBe(24);
  });
});
