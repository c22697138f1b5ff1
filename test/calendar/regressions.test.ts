import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextOpening,
} from "../../src/index.js";

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

  it("never answers -0: addBusinessTime and nextOpening at epoch -0 give 0", () => {
    const always = createCalendar({
      timeZone: "UTC",
      weekly: { thu: [{ start: "00:00", end: "24:00" }] },
    });
    // 1970-01-01 was a Thursday: the calendar is open at -0.
    expect(isOpen(always, -0)).toBe(true);
    for (const answer of [
      addBusinessTime(always, -0, 0),
      nextOpening(always, -0),
      businessTimeBetween(always, -0, 0),
      businessTimeBetween(always, 0, -0),
    ]) {
      expect(Object.is(answer, 0)).toBe(true);
    }
    expect(addBusinessTime(always, -0, 1)).toBe(1);
  });
});

describe("ISO instant parsing", () => {
  it("reads the common shape exactly as the full parser does (fast path vs regex)", async () => {
    const fc = (await import("fast-check")).default;
    const { parseIsoInstant, parseIsoInstantFully } = await import("../../src/time/iso-instant.js");
    const pad = (n: number, w: number) => String(n).padStart(w, "0");
    const text = fc
      .record({
        y: fc.integer({ min: 1900, max: 2300 }),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 24 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        ms: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
        zone: fc.oneof(
          fc.constant("Z"),
          fc
            .tuple(
              fc.constantFrom("+", "-"),
              fc.integer({ min: 0, max: 19 }),
              fc.integer({ min: 0, max: 60 }),
            )
            .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
        ),
      })
      .map(
        (r) =>
          `${pad(r.y, 4)}-${pad(r.mo, 2)}-${pad(r.d, 2)}T${pad(r.h, 2)}:${pad(r.mi, 2)}:${pad(r.s, 2)}${r.ms === undefined ? "" : `.${pad(r.ms, 3)}`}${r.zone}`,
      );
    fc.assert(
      fc.property(text, (t) => {
        expect(parseIsoInstant(t)).toEqual(parseIsoInstantFully(t));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("instant validation without the zod layer", () => {
  it("gives exactly what parseInput(instantSchema) gives, for any present value", async () => {
    const fc = (await import("fast-check")).default;
    const { instantSchema, instantVerdict } = await import("../../src/time/instant.js");
    const { parseInput } = await import("../../src/validation.js");
    const { isSlaInputError } = await import("../../src/errors.js");
    const isoish = fc.oneof(
      fc
        .date({ min: new Date(-1e14), max: new Date(1e14) })
        .map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
      fc.constantFrom(
        "2026-11-20T10:00",
        "2026-11-20",
        "2021-02-30T10:00:00Z",
        "2026-11-20T16:50:00+01:00",
        "2300-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
      ),
      fc.string(),
    );
    const value = fc.oneof(
      isoish,
      fc.double(),
      fc.integer(),
      fc.anything().filter((v) => v !== undefined),
    );
    fc.assert(
      fc.property(value, (raw) => {
        let viaZod: unknown;
        try {
          viaZod = { value: parseInput(instantSchema(), raw, ["openedAt"]) };
        } catch (error) {
          if (!isSlaInputError(error)) throw error;
          viaZod = { issue: error.issues[0] };
        }
        const direct = instantVerdict(raw, ["openedAt"]);
        expect(
          direct.issue === undefined ? { value: direct.value } : { issue: direct.issue },
        ).toEqual(viaZod);
      }),
      { numRuns: 5_000 },
    );
  });
});
