/**
 * A calendar with no open time left answers `beyond_supported_range` quickly across the whole
 * supported range (was up to 1.2 s), and `isOpen` / `businessTimeBetween` answer exactly.
 */

import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  type CalendarDefinition,
  isOpen,
  isSlaInputError,
  nextOpening,
} from "../../src/index.js";

const codeOf = (call: () => unknown) => {
  try {
    return call();
  } catch (error) {
    if (!isSlaInputError(error)) throw error;
    return error.issues.map((i) => i.code);
  }
};

const neverOpen = (zone: string): Record<string, CalendarDefinition> => ({
  "every date closed": {
    timeZone: zone,
    weekly: { mon: [{ start: "09:00", end: "17:00" }], sat: [{ start: "00:00", end: "24:00" }] },
    closedDates: () => true,
  },
  "only dateHours, in the past": {
    timeZone: zone,
    weekly: {},
    dateHours: { "1970-01-02": [{ start: "09:00", end: "10:00" }] },
  },
});

describe("a calendar that is never open again", () => {
  for (const zone of ["Europe/Paris", "America/New_York", "Australia/Lord_Howe"]) {
    for (const [name, definition] of Object.entries(neverOpen(zone))) {
      it(`answers at once over 1970-2199: ${name}, ${zone}`, () => {
        const start = performance.now();
        expect(codeOf(() => nextOpening(definition, "1970-01-03T00:00:00Z"))).toEqual([
          "beyond_supported_range",
        ]);
        expect(codeOf(() => addBusinessTime(definition, "1970-01-03T00:00:00Z", 1))).toEqual([
          "beyond_supported_range",
        ]);
        expect(isOpen(definition, "2199-12-31T12:00:00Z")).toBe(false);
        expect(
          businessTimeBetween(definition, "1970-01-03T00:00:00Z", "2199-12-31T23:59:59Z"),
        ).toBe(0);
        const elapsed = performance.now() - start;
        process.stdout.write(`never open (${name}, ${zone}): ${elapsed.toFixed(1)} ms\n`);
      });
    }
  }

  it("still finds the one window it has, exactly", () => {
    const definition = neverOpen("UTC")["only dateHours, in the past"] as CalendarDefinition;
    expect(nextOpening(definition, "1970-01-01T00:00:00Z")).toBe(Date.UTC(1970, 0, 2, 9));
    expect(businessTimeBetween(definition, "1970-01-01T00:00:00Z", "2199-01-01T00:00:00Z")).toBe(
      3_600_000,
    );
  });

  it("asks a closed-dates function only about dates that would otherwise open", () => {
    const asked: string[] = [];
    const definition = {
      timeZone: "UTC",
      weekly: { wed: [{ start: "09:00", end: "17:00" }] },
      closedDates: (isoDate: string) => {
        asked.push(isoDate);
        return true;
      },
    };
    businessTimeBetween(definition, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 3)).toBe(true);
  });
});
