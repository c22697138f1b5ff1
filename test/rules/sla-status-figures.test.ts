import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSlaInputError,
  type SlaStatusFigures,
  slaStatus,
  slaStatusFigures,
} from "../../src/index.js";
import { request, toInput } from "./sla-status-arbitraries.js";

// slaStatusFigures: the figures of slaStatus, the same values, and the same errors.

/** What a call gives: the value, or the issues of the SlaInputError it throws. */
function outcome<T>(call: () => T): { value: T } | { issues: unknown } {
  try {
    return { value: call() };
  } catch (error) {
    if (!isSlaInputError(error)) throw error;
    return { issues: error.issues };
  }
}

/** The fields of a full status that figures carry, plus the evaluation instant. */
function expectedFigures(input: Parameters<typeof slaStatus>[0]): SlaStatusFigures {
  const s = slaStatus(input);
  return {
    state: s.state,
    priority: s.priority,
    openedPriority: s.openedPriority,
    dueAt: s.dueAt,
    dueAtLocal: s.dueAtLocal,
    dueAtMs: s.dueAtMs,
    evaluatedAtMs: Date.parse(s.evaluatedAt),
    openedAtMs: Date.parse(s.deadline.openedAt),
    plan: s.deadline.plan,
    region: s.deadline.region?.id ?? null,
    timeZone: s.deadline.timeZone.id,
    clock: s.clock,
    targetMs: s.targetMs,
    elapsedMs: s.elapsedMs,
    remainingMs: s.remainingMs,
    percentUsed: s.percentUsed,
    atRiskThreshold: s.atRiskThreshold,
    pausedMs: s.pausedMs,
  };
}

describe("slaStatusFigures", () => {
  it("gives the figures of slaStatus, frozen, with nothing else", () => {
    const input = {
      plan: "ultimate",
      priority: "P2",
      billingCountry: "FR",
      openedAt: "2026-11-20T16:50:00+01:00",
      now: "2026-11-23T09:15:00+01:00",
      ticketId: "ADB-1",
      respondedAt: null,
    } as const;
    const figures = slaStatusFigures(input);
    expect(figures).toStrictEqual(expectedFigures(input));
    expect(figures.state).toBe("at-risk");
    expect(Object.isFrozen(figures)).toBe(true);
    expect(Object.keys(figures)).not.toContain("explanation");
  });

  it("agrees with slaStatus on generated cases, pauses and responses included", () => {
    fc.assert(
      fc.property(request, fc.boolean(), (r, withPauses) => {
        const input = toInput(r, withPauses);
        const got = outcome(() => slaStatusFigures(input));
        const want = outcome(() => expectedFigures(input));
        expect(got).toStrictEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws the errors of slaStatus, with the same paths and texts", () => {
    const base = {
      plan: "expert",
      priority: "P3",
      region: "emea",
      openedAt: "2026-11-23T09:00:00Z",
      now: "2026-11-23T10:00:00Z",
    };
    const broken = fc.record({
      field: fc.constantFrom(
        "plan",
        "priority",
        "region",
        "openedAt",
        "now",
        "timeZone",
        "product",
      ),
      value: fc.oneof(
        fc.constantFrom("", "P5", "Europe/Pariss", "adobe-commerce", "2026-13-01", null),
        fc.string({ maxLength: 12 }),
        fc.integer(),
      ),
    });
    fc.assert(
      fc.property(broken, ({ field, value }) => {
        const input = { ...base, [field]: value } as unknown as Parameters<typeof slaStatus>[0];
        expect(outcome(() => slaStatusFigures(input))).toStrictEqual(
          outcome(() => expectedFigures(input)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
