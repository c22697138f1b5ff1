import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSlaInputError, responseDeadline } from "../../src/index.js";
import { slaStatus } from "../../src/rules/sla-status.js";
import type { SlaStatusInput } from "../../src/rules/sla-status-types.js";
import { request, toInput } from "./sla-status-arbitraries.js";

// slaStatus: named rules of the issue and SPEC section 4, then properties.

const paris = {
  plan: "ultimate",
  priority: "P2",
  billingCountry: "FR",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;

describe("slaStatus states", () => {
  it("is pending while less than 75% of the target is used", () => {
    const s = slaStatus({ ...paris, now: "2026-11-23T09:05:00+01:00" });
    expect(s.state).toBe("pending");
    expect(s.elapsedMs).toBe(15 * 60_000);
    expect(s.remainingMs).toBe(15 * 60_000);
    expect(s.percentUsed).toBe(50);
  });

  it("is at-risk from 75% of the target, and the threshold is an option", () => {
    expect(slaStatus({ ...paris, now: "2026-11-23T09:15:00+01:00" }).state).toBe("at-risk");
    expect(
      slaStatus({ ...paris, now: "2026-11-23T09:15:00+01:00", atRiskThreshold: 0.9 }).state,
    ).toBe("pending");
    expect(slaStatus({ ...paris, now: "2026-11-23T09:15:00+01:00" }).atRiskAt).toBe(
      "2026-11-23T08:12:30.000Z",
    );
  });

  it("is breached once now is after the deadline with no response, with negative time remaining", () => {
    const s = slaStatus({ ...paris, now: "2026-11-23T10:00:00+01:00" });
    expect(s.state).toBe("breached");
    expect(s.remainingMs).toBe(-40 * 60_000);
    expect(s.explanation).toContain("40 min of business time overdue");
  });

  it("is at-risk, not breached, exactly at the deadline", () => {
    const s = slaStatus({ ...paris, now: "2026-11-23T09:20:00+01:00" });
    expect(s.state).toBe("at-risk");
    expect(s.remainingMs).toBe(0);
  });

  it("is met when the response comes by the deadline, met-late after it", () => {
    expect(
      slaStatus({
        ...paris,
        now: "2026-11-24T10:00:00+01:00",
        respondedAt: "2026-11-23T09:20:00+01:00",
      }).state,
    ).toBe("met");
    const late = slaStatus({
      ...paris,
      now: "2026-11-24T10:00:00+01:00",
      respondedAt: "2026-11-23T09:21:00+01:00",
    });
    expect(late.state).toBe("met-late");
    expect(late.evaluatedAt).toBe("2026-11-23T08:21:00.000Z");
  });

  it("counts a 24x7 P1 in absolute time", () => {
    const s = slaStatus({
      plan: "expert",
      priority: "P1",
      openedAt: "2026-11-21T03:00:00Z",
      now: "2026-11-21T03:45:00Z",
    });
    expect(s.clock).toBe("24x7");
    expect(s.elapsedMs).toBe(45 * 60_000);
    expect(s.state).toBe("at-risk");
  });
});

describe("slaStatus priority changes (SPEC section 4)", () => {
  const history = [{ priority: "P3" as const, at: "2026-11-23T09:00:00+01:00" }];

  it("measures a changed priority from the original opening by default", () => {
    const s = slaStatus({ ...paris, now: "2026-11-23T10:00:00+01:00", priorityHistory: history });
    expect(s.priority).toBe("P3");
    expect(s.openedPriority).toBe("P2");
    // P3 Ultimate: 1 business hour from Friday 16:50 -> Monday 09:50 CET.
    expect(s.dueAt).toBe("2026-11-23T08:50:00.000Z");
    expect(s.measuredFrom.at).toBe("2026-11-20T15:50:00.000Z");
  });

  it("measures it from the change instant with measureFrom: change", () => {
    const s = slaStatus({
      ...paris,
      now: "2026-11-23T10:00:00+01:00",
      priorityHistory: history,
      measureFrom: "change",
    });
    expect(s.dueAt).toBe("2026-11-23T09:00:00.000Z");
    expect(s.measuredFrom.at).toBe("2026-11-23T08:00:00.000Z");
  });

  it("uses the priority in force at the response, ignoring later changes", () => {
    const s = slaStatus({
      ...paris,
      now: "2026-11-23T12:00:00+01:00",
      respondedAt: "2026-11-23T09:10:00+01:00",
      priorityHistory: [{ priority: "P4", at: "2026-11-23T11:00:00+01:00" }],
    });
    expect(s.priority).toBe("P2");
    expect(s.state).toBe("met");
  });
});

describe("slaStatus pauses", () => {
  it("stops the clock during a pause and says so", () => {
    const s = slaStatus({
      ...paris,
      now: "2026-11-23T10:00:00+01:00",
      pauses: [
        {
          from: "2026-11-20T16:55:00+01:00",
          to: "2026-11-23T09:30:00+01:00",
          reason: "waiting on customer",
        },
      ],
    });
    expect(s.dueAt).toBe("2026-11-23T08:55:00.000Z");
    expect(s.pausedMs).toBe(35 * 60_000);
    expect(s.elapsedMs).toBe(35 * 60_000);
    expect(s.explanation).toContain("waiting on customer");
  });

  it("counts an ongoing pause (no `to`) up to now", () => {
    const s = slaStatus({
      ...paris,
      now: "2026-11-23T09:30:00+01:00",
      pauses: [{ from: "2026-11-23T09:00:00+01:00" }],
    });
    expect(s.pauses[0]?.ongoing).toBe(true);
    expect(s.elapsedMs).toBe(10 * 60_000);
    expect(s.state).toBe("pending");
  });

  it("applies no pause unless one is given", () => {
    const s = slaStatus({ ...paris, now: "2026-11-23T10:00:00+01:00" });
    expect(s.pauses).toEqual([]);
    expect(s.explanation).not.toContain("paused");
  });
});

describe("slaStatus input errors", () => {
  const reject = (input: unknown, path: (string | number)[], code: string) => {
    try {
      slaStatus(input as SlaStatusInput);
    } catch (error) {
      expect(isSlaInputError(error)).toBe(true);
      if (isSlaInputError(error))
        expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
      return;
    }
    throw new Error("expected an SlaInputError");
  };

  it("needs `now`", () => reject({ ...paris }, ["now"], "required"));
  it("rejects a response after now", () =>
    reject(
      { ...paris, now: "2026-11-23T09:00:00+01:00", respondedAt: "2026-11-23T10:00:00+01:00" },
      ["respondedAt"],
      "after_now",
    ));
  it("rejects a response before the opening", () =>
    reject(
      { ...paris, now: "2026-11-23T09:00:00+01:00", respondedAt: "2026-11-20T10:00:00+01:00" },
      ["respondedAt"],
      "before_opening",
    ));
  it("rejects a priority change before the opening", () =>
    reject(
      {
        ...paris,
        now: "2026-11-23T09:00:00+01:00",
        priorityHistory: [{ priority: "P3", at: "2026-11-19T10:00:00Z" }],
      },
      ["priorityHistory", 0, "at"],
      "before_opening",
    ));
  it("rejects a pause that ends before it starts", () =>
    reject(
      {
        ...paris,
        now: "2026-11-23T09:00:00+01:00",
        pauses: [{ from: "2026-11-21T10:00:00Z", to: "2026-11-21T09:00:00Z" }],
      },
      ["pauses", 0, "to"],
      "before_start",
    ));
  it("rejects a threshold outside (0, 1]", () =>
    reject(
      { ...paris, now: "2026-11-23T09:00:00+01:00", atRiskThreshold: 75 },
      ["atRiskThreshold"],
      "too_big",
    ));
  it("suggests `respondedAt` for a typo", () => {
    try {
      slaStatus({
        ...paris,
        now: "2026-11-23T09:00:00+01:00",
        respondedat: "2026-11-23T09:00:00+01:00",
      } as never);
    } catch (error) {
      expect(String(error)).toContain("did you mean `respondedAt`?");
      return;
    }
    throw new Error("expected an SlaInputError");
  });
});

describe("slaStatus properties", () => {
  it("is breached if and only if now is after the deadline with no response", () => {
    fc.assert(
      fc.property(request, fc.boolean(), (r, withPauses) => {
        const input = toInput(r, withPauses);
        const s = slaStatus(input);
        const now = Date.parse(s.now);
        expect(s.state === "breached").toBe(s.respondedAt === null && now > s.dueAtMs);
      }),
      { numRuns: 1500 },
    );
  });

  it("keeps elapsed + remaining = target, with finite numbers", () => {
    fc.assert(
      fc.property(request, fc.boolean(), (r, withPauses) => {
        const s = slaStatus(toInput(r, withPauses));
        expect(
          Number.isFinite(s.elapsedMs) &&
            Number.isFinite(s.remainingMs) &&
            Number.isFinite(s.percentUsed),
        ).toBe(true);
        expect(s.elapsedMs + s.remainingMs).toBe(s.targetMs);
        expect(s.elapsedMs).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1500 },
    );
  });

  it("never shortens the deadline with pauses", () => {
    fc.assert(
      fc.property(request, (r) => {
        const without = slaStatus(toInput(r, false));
        const withPauses = slaStatus(toInput(r, true));
        expect(withPauses.dueAtMs).toBeGreaterThanOrEqual(without.dueAtMs);
      }),
      { numRuns: 1500 },
    );
  });

  it("without pauses or changes, has exactly responseDeadline's deadline", () => {
    fc.assert(
      fc.property(request, (r) => {
        const input = toInput(r, false);
        const s = slaStatus(input);
        const { now: _now, respondedAt: _r, atRiskThreshold: _t, ...deadlineInput } = input;
        expect(s.dueAt).toBe(responseDeadline(deadlineInput).dueAt);
      }),
      { numRuns: 1000 },
    );
  });

  it("is met or met-late exactly as the response falls by or after the deadline", () => {
    fc.assert(
      fc.property(request, (r) => {
        const s = slaStatus(toInput({ ...r, responded: r.responded ?? 0.5 }, true));
        const responded = Date.parse(s.respondedAt as string);
        expect(s.state).toBe(responded <= s.dueAtMs ? "met" : "met-late");
      }),
      { numRuns: 1000 },
    );
  });
});
