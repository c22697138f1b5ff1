import { describe, expect, it } from "vitest";
import { businessTimeBetween, createCalendar } from "../../src/index.js";

// Counterexamples found by fast-check, kept as fixed cases.

describe("engine regressions", () => {
  it("returns 0, not -0, for a reversed interval with no business time (fast-check, antisymmetry)", () => {
    const london = createCalendar({
      timeZone: "Europe/London",
      weekly: { mon: [{ start: "09:00", end: "17:00" }] },
    });
    const result = businessTimeBetween(london, "2026-11-22T12:00:00Z", "2026-11-21T12:00:00Z");
    expect(Object.is(result, 0)).toBe(true);
  });
});
