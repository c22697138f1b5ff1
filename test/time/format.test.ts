/** The ISO formatter behind every `dueAt` and `dueAtLocal`, against the runtime's own Date. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoInstant } from "../../src/time/civil.js";
import { SUPPORTED_RANGE } from "../../src/time/range.js";

const from = Date.parse(SUPPORTED_RANGE.from);
const until = Date.parse(SUPPORTED_RANGE.until);
/** Offsets seen in the tz database, whole minutes from -12:00 to +14:00, and LMT-like seconds. */
const offset = fc.oneof(
  fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m * 60_000),
  fc.integer({ min: -12 * 3600, max: 14 * 3600 }).map((s) => s * 1000),
);

/**
 * What the text must say: the offset rounded to the minute (half away from zero), and the wall
 * time at that offset as Date writes it for UTC, so that the text names the instant itself.
 */
function expected(ms: number, offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  const rounded = Math.sign(offsetMs) * minutes * 60_000;
  const body = new Date(ms + rounded).toISOString().slice(0, 23);
  if (minutes === 0) return `${body}+00:00`;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${body}${offsetMs < 0 ? "-" : "+"}${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

describe("formatIsoInstant", () => {
  it("writes UTC exactly as Date.prototype.toISOString does, over the supported range", () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: until - 1 }), (ms) => {
        expect(formatIsoInstant(ms, 0, true)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it("writes the local wall time and the offset, whatever day it last formatted", () => {
    // Many instants on few days and far-apart days sharing a memo slot (days 1024 apart).
    const day = fc
      .integer({ min: 0, max: 3 })
      .map((k) => Date.UTC(2026, 10, 20) + k * 1024 * 86_400_000);
    const ms = fc.oneof(
      fc.integer({ min: from + 86_400_000, max: until - 86_400_001 }),
      fc.tuple(day, fc.integer({ min: 0, max: 86_399_999 })).map(([d, t]) => d + t),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(ms, offset), { minLength: 1, maxLength: 20 }), (pairs) => {
        for (const [at, off] of pairs) {
          const text = formatIsoInstant(at, off);
          expect(text).toBe(expected(at, off));
          expect(Date.parse(text), text).toBe(at);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("writes an offset with seconds rounded to the minute, the wall time shifted to match", () => {
    // Africa/Monrovia before 1972 was -00:44:30: 13:15:30 local is 14:00:00Z.
    const at = Date.UTC(1971, 5, 1, 14);
    const monrovia = -(44 * 60 + 30) * 1000;
    expect(formatIsoInstant(at, monrovia)).toBe("1971-06-01T13:15:00.000-00:45");
    expect(Date.parse(formatIsoInstant(at, monrovia))).toBe(at);
    // Half away from zero both ways; under half a minute is +00:00, never -00:00.
    expect(formatIsoInstant(at, -monrovia)).toBe("1971-06-01T14:45:00.000+00:45");
    expect(formatIsoInstant(at, 29_000)).toBe("1971-06-01T14:00:00.000+00:00");
    expect(formatIsoInstant(at, -29_000)).toBe("1971-06-01T14:00:00.000+00:00");
    expect(formatIsoInstant(at + 123, -(44 * 60 + 29) * 1000)).toBe(
      "1971-06-01T13:16:00.123-00:44",
    );
  });

  it("writes the local day before 1970 when a negative offset reaches back over the epoch", () => {
    expect(formatIsoInstant(from, -5 * 3_600_000)).toBe("1969-12-31T19:00:00.000-05:00");
    // Day 1023 shares the memo slot of day -1.
    expect(formatIsoInstant(from + 1023 * 86_400_000, 0)).toBe("1972-10-20T00:00:00.000+00:00");
    expect(formatIsoInstant(from, -5 * 3_600_000)).toBe("1969-12-31T19:00:00.000-05:00");
  });
});
