import { describe, expect, it } from "vitest";
import { type ResponseDeadlineInput, responseDeadline } from "../../../src/index.js";

// SPEC section 7: every worked example, by name, with its UTC and local answers.
function due(input: ResponseDeadlineInput) {
  return responseDeadline(input);
}

describe("SPEC worked examples", () => {
  it("moves an Ultimate P2 opened Friday 16:50 in Paris to Monday 09:20 (10 min Friday, 20 min Monday)", () => {
    const result = due({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      timeZone: "Europe/Paris",
      openedAt: "2026-11-20T16:50:00+01:00",
    });
    expect(result.dueAt).toBe("2026-11-23T08:20:00.000Z");
    expect(result.dueAtLocal).toBe("2026-11-23T09:20:00.000+01:00");
    expect(result.explanation).toContain("10 min on Fri 2026-11-20, 20 min on Mon 2026-11-23");
    expect(result.explanation).toContain("due Mon 2026-11-23 09:20");
  });

  it("counts an Expert P2 in the Americas across the Sunday DST change: Monday 06:30 PDT", () => {
    const result = due({
      plan: "expert",
      priority: "P2",
      region: "americas",
      openedAt: "2026-03-06T16:00:00-08:00",
    });
    expect(result.dueAt).toBe("2026-03-09T13:30:00.000Z");
    expect(result.dueAtLocal).toBe("2026-03-09T06:30:00.000-07:00");
    expect(result.timeZone.id).toBe("America/Los_Angeles");
  });

  it("skips a Japanese holiday: Expert P3 from Monday 16:00 JST is due Wednesday 12:00", () => {
    const result = due({
      plan: "expert",
      priority: "P3",
      billingCountry: "JP",
      holidays: ["2026-11-03"],
      openedAt: "2026-11-02T16:00:00+09:00",
    });
    expect(result.dueAt).toBe("2026-11-04T03:00:00.000Z");
    expect(result.dueAtLocal).toBe("2026-11-04T12:00:00.000+09:00");
    expect(result.region?.id).toBe("japan");
  });

  it("counts an Ultimate P1 as 15 minutes of absolute time across Sydney's DST jump", () => {
    const result = due({
      plan: "ultimate",
      priority: "P1",
      region: "apac",
      openedAt: "2026-10-04T01:50:00+10:00",
    });
    expect(result.dueAt).toBe("2026-10-03T16:05:00.000Z");
    expect(result.target.clock).toBe("24x7");
    expect(result.clockStartedAt).toBe("2026-10-03T15:50:00.000Z");
    const inSydney = due({
      plan: "ultimate",
      priority: "P1",
      billingCountry: "AU",
      openedAt: "2026-10-04T01:50:00+10:00",
    });
    expect(inSydney.dueAtLocal).toBe("2026-10-04T03:05:00.000+11:00");
  });

  it("starts a P4 opened on Saturday at Monday 09:00 and gives one full business day: Monday 17:00", () => {
    const result = due({
      plan: "expert",
      priority: "P4",
      region: "emea",
      openedAt: "2026-11-21T10:00:00Z",
    });
    expect(result.dueAt).toBe("2026-11-23T17:00:00.000Z");
    expect(result.clockStartedAt).toBe("2026-11-23T09:00:00.000Z");
  });

  it("gives a P4 opened Tuesday 10:00 until Wednesday 10:00 (full business day)", () => {
    const result = due({
      plan: "expert",
      priority: "P4",
      region: "emea",
      openedAt: "2026-11-24T10:00:00Z",
    });
    expect(result.dueAt).toBe("2026-11-25T10:00:00.000Z");
    expect(result.target.milliseconds).toBe(480 * 60_000);
  });

  it("gives a P4 opened Tuesday 10:00 until Wednesday 17:00 when reading end-of-next-business-day", () => {
    const result = due({
      plan: "expert",
      priority: "P4",
      region: "emea",
      openedAt: "2026-11-24T10:00:00Z",
      businessDay: "end-of-next-business-day",
    });
    expect(result.dueAt).toBe("2026-11-25T17:00:00.000Z");
    expect(result.target.businessDay).toBe("end-of-next-business-day");
  });

  it("uses the Commerce table (2 h) for a term starting on 2021-09-20", () => {
    const result = due({
      plan: "ultimate",
      priority: "P3",
      product: "commerce-managed-services",
      termStart: "2021-09-20",
      region: "americas",
      openedAt: "2026-03-06T17:00:00-08:00",
    });
    expect(result.dueAt).toBe("2026-03-09T14:30:00.000Z");
    expect(result.table.id).toBe("commerce-managed-services");
    expect(result.dueAtLocal).toBe("2026-03-09T07:30:00.000-07:00");
  });

  it("keeps the Ultimate table (1 h) for a Commerce term starting on 2021-09-19", () => {
    const result = due({
      plan: "ultimate",
      priority: "P3",
      product: "commerce-managed-services",
      termStart: "2021-09-19",
      region: "americas",
      openedAt: "2026-03-06T17:00:00-08:00",
    });
    expect(result.dueAt).toBe("2026-03-09T13:30:00.000Z");
    expect(result.table.id).toBe("ultimate");
    expect(result.table.reason).toContain("before 2021-09-20");
  });

  it("reads Australian hours in Sydney after the DST end: Expert P2 Friday 16:30 AEDT is due Monday 10:30 AEST", () => {
    const result = due({
      plan: "expert",
      priority: "P2",
      billingCountry: "AU",
      openedAt: "2026-04-03T16:30:00+11:00",
    });
    expect(result.dueAt).toBe("2026-04-06T00:30:00.000Z");
    expect(result.dueAtLocal).toBe("2026-04-06T10:30:00.000+10:00");
    expect(result.timeZone.id).toBe("Australia/Sydney");
  });

  it("starts the clock on Monday for an Indian P2 opened at Friday's closing time", () => {
    const result = due({
      plan: "ultimate",
      priority: "P2",
      billingCountry: "IN",
      openedAt: "2026-11-20T17:00:00+05:30",
    });
    expect(result.dueAt).toBe("2026-11-23T04:00:00.000Z");
    expect(result.dueAtLocal).toBe("2026-11-23T09:30:00.000+05:30");
    expect(result.clockStartedAt).toBe("2026-11-23T03:30:00.000Z");
  });
});

describe("SPEC rules around the examples", () => {
  it("ends a deadline that uses up the last minute of the day at closing time, not at the next opening", () => {
    const result = due({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      openedAt: "2026-11-20T16:30:00Z",
    });
    expect(result.dueAt).toBe("2026-11-20T17:00:00.000Z");
  });

  /** An Ultimate P2 in Paris: the case of the instant-form tests. */
  const parisP2 = {
    plan: "ultimate",
    priority: "P2",
    region: "emea",
    timeZone: "Europe/Paris",
  } as const;

  it("accepts every instant form: ISO string, Date, epoch ms and luxon DateTime give one deadline", async () => {
    const { DateTime } = await import("luxon");
    const iso = "2026-11-20T16:50:00+01:00";
    const base = parisP2;
    const expected = due({ ...base, openedAt: iso }).dueAt;
    expect(due({ ...base, openedAt: new Date(iso) }).dueAt).toBe(expected);
    expect(due({ ...base, openedAt: Date.parse(iso) }).dueAt).toBe(expected);
    expect(due({ ...base, openedAt: DateTime.fromISO(iso, { setZone: true }) }).dueAt).toBe(
      expected,
    );
  });

  it("reads a luxon DateTime by luxon's own marker, so any copy of luxon works", () => {
    const base = parisP2;
    const millis = Date.parse("2026-11-20T16:50:00+01:00");
    // What a DateTime from another copy of luxon looks like to us: the marker and toMillis().
    const foreign = {
      isLuxonDateTime: true,
      isValid: true,
      invalidReason: null,
      toMillis: () => millis,
    };
    expect(due({ ...base, openedAt: foreign }).dueAt).toBe("2026-11-23T08:20:00.000Z");
    // Without the marker, an object is not a DateTime, whatever methods it has.
    const unmarked = { isValid: true, invalidReason: null, toMillis: () => millis };
    expect(() => due({ ...base, openedAt: unmarked })).toThrow(
      /luxon DateTime, a Temporal.Instant .*; got an object/,
    );
  });

  it("needs no region for P1 and then shows times in UTC", () => {
    const result = due({ plan: "expert", priority: "P1", openedAt: "2026-11-20T16:50:00Z" });
    expect(result.dueAt).toBe("2026-11-20T17:50:00.000Z");
    expect(result.region).toBeNull();
    expect(result.timeZone.id).toBe("UTC");
    expect(result.dueAtLocal).toBe("2026-11-20T17:50:00.000+00:00");
  });

  it("reads EMEA hours in the billing country's zone (FR -> Europe/Paris) and falls back to London", () => {
    const fr = due({
      plan: "expert",
      priority: "P3",
      billingCountry: "FR",
      openedAt: "2026-11-20T08:00:00Z",
    });
    expect(fr.timeZone.id).toBe("Europe/Paris");
    const none = due({
      plan: "expert",
      priority: "P3",
      region: "emea",
      openedAt: "2026-11-20T08:00:00Z",
    });
    expect(none.timeZone.id).toBe("Europe/London");
    expect(none.timeZone.reason).toContain("default");
  });

  it("reads APAC hours in Singapore when the customer's zone is unknown, and Japan always in Tokyo", () => {
    expect(
      due({ plan: "expert", priority: "P3", region: "apac", openedAt: "2026-11-20T08:00:00Z" })
        .timeZone.id,
    ).toBe("Asia/Singapore");
    expect(
      due({ plan: "expert", priority: "P3", region: "japan", openedAt: "2026-11-20T08:00:00Z" })
        .timeZone.id,
    ).toBe("Asia/Tokyo");
  });

  it("reads Americas hours in Pacific time even for a New York customer, unless timeZone overrides", () => {
    const ny = due({
      plan: "expert",
      priority: "P3",
      billingCountry: "US",
      openedAt: "2026-11-20T08:00:00Z",
    });
    expect(ny.timeZone.id).toBe("America/Los_Angeles");
    const explicit = due({
      plan: "expert",
      priority: "P3",
      billingCountry: "US",
      timeZone: "America/New_York",
      openedAt: "2026-11-20T08:00:00Z",
    });
    expect(explicit.timeZone.id).toBe("America/New_York");
    expect(explicit.timeZone.reason).toBe("explicit `timeZone` input");
  });

  it("gives the Americas a 690-minute business day for P4", () => {
    const result = due({
      plan: "ultimate",
      priority: "P4",
      region: "americas",
      openedAt: "2026-11-24T14:00:00Z",
    });
    expect(result.target.milliseconds).toBe(690 * 60_000);
    // Opened at Tue 06:00 PST: the whole day's 690 minutes end at Tue 17:30 PST, closing time.
    expect(result.dueAt).toBe("2026-11-25T01:30:00.000Z");
  });

  it("keeps the plan's table for other products of a Commerce customer", () => {
    const result = due({
      plan: "expert",
      priority: "P2",
      product: "experience-manager",
      termStart: "2024-01-01",
      region: "emea",
      openedAt: "2026-11-20T10:00:00Z",
    });
    expect(result.table.id).toBe("expert");
  });

  it("accepts holidays as a predicate", () => {
    const result = due({
      plan: "expert",
      priority: "P3",
      billingCountry: "JP",
      holidays: (date) => date === "2026-11-03",
      openedAt: "2026-11-02T16:00:00+09:00",
    });
    expect(result.dueAt).toBe("2026-11-04T03:00:00.000Z");
    expect(result.hours?.holidays).toBe("predicate");
  });

  it("returns a deeply frozen result", () => {
    const result = due({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      openedAt: "2026-11-20T16:50:00+01:00",
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.steps)).toBe(true);
    expect(Object.isFrozen(result.table)).toBe(true);
  });
});
