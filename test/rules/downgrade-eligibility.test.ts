import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ContactAttempt,
  createCalendar,
  isOpen,
  type Priority,
  type ResponseDeadlineInput,
  regionIds,
  responseDeadline,
  SlaInputError,
  type SlaIssue,
} from "../../src/index.js";
import { downgradeEligibility } from "../../src/rules/downgrade-eligibility.js";
import type {
  DowngradeEligibility,
  DowngradeEligibilityInput,
} from "../../src/rules/downgrade-eligibility-types.js";

// SPEC section 5: may Adobe lower a request's priority? One test per rule, input errors, invariants.

const ANA = "ana@example.com";
const BOB = "bob@example.com";

/** An Expert P2 in Paris, opened Monday 09:00 CET; each test adds its attempts. */
const p2 = {
  plan: "expert",
  priority: "P2",
  region: "emea",
  timeZone: "Europe/Paris",
  openedAt: "2026-11-23T09:00:00+01:00",
  namedContacts: [ANA, BOB],
} as const;

/** An Ultimate P1 billed in France, opened Sunday 23:00 CET. */
const p1 = {
  plan: "ultimate",
  priority: "P1",
  billingCountry: "FR",
  openedAt: "2026-11-22T23:00:00+01:00",
  namedContacts: [ANA],
} as const;

const attempt = (
  at: string,
  outcome: ContactAttempt["outcome"] = "no-response",
  contact: string = ANA,
): ContactAttempt => ({ at, contact, outcome });

/** Calls `downgradeEligibility` with any value and returns the `SlaInputError` it must throw. */
function rejection(input: unknown): SlaInputError {
  try {
    const result = downgradeEligibility(input as DowngradeEligibilityInput);
    throw new Error(`expected an SlaInputError, got ${JSON.stringify(result.reasons)}`);
  } catch (error) {
    expect(error).toBeInstanceOf(SlaInputError);
    return error as SlaInputError;
  }
}

function issueAt(error: SlaInputError, path: readonly (string | number)[]): SlaIssue {
  const found = error.issues.filter((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(found, JSON.stringify(error.issues)).toHaveLength(1);
  return found[0] as SlaIssue;
}

/** What every "no" must carry. */
function expectNo(result: DowngradeEligibility, codes: readonly string[]): void {
  expect(result.eligible).toBe(false);
  expect(result.reasons.map((r) => r.code)).toEqual(codes);
  for (const reason of result.reasons) {
    expect(reason.text.length).toBeGreaterThan(10);
    expect(result.explanation).toContain(reason.text);
  }
  expect(result.lowerPriorities).toEqual([]);
  expect(result.suggested).toBeNull();
  expect(result.newDeadline).toBeNull();
  expect(result.measuredFrom).toBeNull();
  expect(result.explanation).toContain("not eligible");
}

describe("downgradeEligibility: SPEC section 5 rules", () => {
  it("P2 counts only attempts inside business hours", () => {
    const evening = attempt("2026-11-23T20:00:00+01:00"); // Monday after 17:00 in Paris
    const saturday = attempt("2026-11-28T10:00:00+01:00");
    const holiday = attempt("2026-11-24T10:00:00+01:00"); // Tuesday, closed below
    const outside = downgradeEligibility({
      ...p2,
      holidays: ["2026-11-24"],
      contactAttempts: [evening, saturday, holiday],
    });
    expectNo(outside, ["no_counted_attempt"]);
    expect(outside.attempts.map((a) => a.reason)).toEqual([
      "outside_business_hours",
      "outside_business_hours",
      "outside_business_hours",
    ]);
    expect(outside.reasons[0]?.text).toContain("3 outside business hours");

    const inside = downgradeEligibility({
      ...p2,
      contactAttempts: [evening, attempt("2026-11-23T16:59:00+01:00")],
    });
    expect(inside.eligible).toBe(true);
    expect(inside.attempts.map((a) => a.counted)).toEqual([false, true]);
    expect(inside.attempts[1]).toEqual({
      at: "2026-11-23T15:59:00.000Z",
      contact: ANA,
      outcome: "no-response",
      counted: true,
    });

    // Closing time itself is outside: the window is [09:00, 17:00).
    const atClosing = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T17:00:00+01:00")],
    });
    expect(atClosing.attempts[0]?.reason).toBe("outside_business_hours");

    // P1 attempts count at any time: the same evening attempt is enough.
    const night = downgradeEligibility({
      ...p1,
      continuousEngagement: false,
      contactAttempts: [evening],
    });
    expect(night.eligible).toBe(true);
    expect(night.attempts[0]?.counted).toBe(true);
  });

  it("reads Americas P2 hours in Pacific time across the March DST change", () => {
    const base = {
      plan: "expert",
      priority: "P2",
      region: "americas",
      openedAt: "2026-03-06T16:00:00-08:00",
      namedContacts: [ANA],
    } as const;
    // Monday 06:10 PDT is open; Monday 05:50 PDT is not (it would be 06:50 in PST).
    const open = downgradeEligibility({
      ...base,
      contactAttempts: [attempt("2026-03-09T06:10:00-07:00")],
    });
    expect(open.eligible).toBe(true);
    const early = downgradeEligibility({
      ...base,
      contactAttempts: [attempt("2026-03-09T05:50:00-07:00")],
    });
    expect(early.attempts[0]?.reason).toBe("outside_business_hours");
  });

  it("attempts to someone not named do not count", () => {
    const stranger = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00", "no-response", "carol@example.com")],
    });
    expectNo(stranger, ["no_counted_attempt"]);
    expect(stranger.attempts[0]?.reason).toBe("not_a_named_contact");

    // Matching ignores case and surrounding spaces; the contact is reported as given.
    const named = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00", "no-response", "  Ana@Example.COM ")],
    });
    expect(named.eligible).toBe(true);
    expect(named.attempts[0]?.contact).toBe("  Ana@Example.COM ");

    // A stranger's answer after a named contact's silence changes nothing.
    const answeredByStranger = downgradeEligibility({
      ...p2,
      contactAttempts: [
        attempt("2026-11-23T10:00:00+01:00"),
        attempt("2026-11-23T11:00:00+01:00", "answered", "carol@example.com"),
      ],
    });
    expect(answeredByStranger.eligible).toBe(true);
  });

  it("does not count attempts before the opening or after now", () => {
    const result = downgradeEligibility({
      ...p2,
      now: "2026-11-23T12:00:00+01:00",
      contactAttempts: [
        attempt("2026-11-20T10:00:00+01:00"),
        attempt("2026-11-23T13:00:00+01:00"),
        attempt("2026-11-23T09:00:00+01:00", "answered"),
      ],
    });
    expect(result.attempts.map((a) => a.reason ?? "counted")).toEqual([
      "before_opening",
      "after_now",
      "counted",
    ]);
    expectNo(result, ["critical_information_obtained"]);
  });

  it("P3 is never eligible: no clause", () => {
    const result = downgradeEligibility({
      ...p2,
      priority: "P3",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    expectNo(result, ["no_downgrade_clause"]);
    expect(result.clause).toBeNull();
    expect(result.reasons[0]?.text).toContain("no downgrade clause");
    // Attempts are still judged, with the P3 contact rule (business hours only).
    expect(result.attempts[0]?.counted).toBe(true);
  });

  it("P4 is never eligible: already the lowest", () => {
    const result = downgradeEligibility({
      ...p2,
      priority: "P4",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    expectNo(result, ["already_lowest"]);
    expect(result.clause).toBeNull();
    expect(result.reasons[0]?.text).toContain("already the lowest");
  });

  it("P1 needs the customer to have stopped continuous engagement", () => {
    const failed = [attempt("2026-11-23T02:00:00+01:00", "missing-critical-information")];
    const kept = downgradeEligibility({
      ...p1,
      continuousEngagement: true,
      contactAttempts: failed,
    });
    expectNo(kept, ["continuous_engagement_kept"]);
    expect(kept.clause?.priority).toBe("P1");

    const stopped = downgradeEligibility({
      ...p1,
      continuousEngagement: false,
      contactAttempts: failed,
    });
    expect(stopped.eligible).toBe(true);
    expect(stopped.reasons.map((r) => r.code)).toEqual([
      "critical_information_not_obtained",
      "continuous_engagement_not_kept",
    ]);

    // Stopped engagement alone is not enough: the information must also be missing.
    const answered = downgradeEligibility({
      ...p1,
      continuousEngagement: false,
      contactAttempts: [attempt("2026-11-23T02:00:00+01:00", "answered")],
    });
    expectNo(answered, ["critical_information_obtained"]);

    // Both blockers are listed.
    const both = downgradeEligibility({ ...p1, continuousEngagement: true, contactAttempts: [] });
    expectNo(both, ["no_counted_attempt", "continuous_engagement_kept"]);
  });

  it("an answer after failures means the information was obtained", () => {
    const failures = [
      attempt("2026-11-23T10:00:00+01:00", "no-response"),
      attempt("2026-11-23T11:00:00+01:00", "missing-critical-information", BOB),
    ];
    const answered = attempt("2026-11-23T14:00:00+01:00", "answered", BOB);
    const result = downgradeEligibility({ ...p2, contactAttempts: [answered, ...failures] });
    expectNo(result, ["critical_information_obtained"]);
    expect(result.reasons[0]?.text).toContain("Mon 2026-11-23 14:00 CET");

    // A new failure after the answer makes it eligible again (input order does not matter).
    const again = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T15:00:00+01:00"), answered, ...failures],
    });
    expect(again.eligible).toBe(true);

    // At the same instant, the later one in the list is the latest.
    const tie = (order: ContactAttempt[]) =>
      downgradeEligibility({ ...p2, contactAttempts: order }).eligible;
    const silent = attempt("2026-11-23T14:00:00+01:00", "no-response");
    expect(tie([silent, answered])).toBe(false);
    expect(tie([answered, silent])).toBe(true);
  });

  it("the suggestion is one level down", () => {
    const fromP1 = downgradeEligibility({
      ...p1,
      continuousEngagement: false,
      contactAttempts: [attempt("2026-11-23T02:00:00+01:00")],
    });
    expect(fromP1.lowerPriorities).toEqual(["P2", "P3", "P4"]);
    expect(fromP1.suggested).toBe("P2");
    expect(fromP1.newDeadline?.priority).toBe("P2");

    const fromP2 = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    expect(fromP2.lowerPriorities).toEqual(["P3", "P4"]);
    expect(fromP2.suggested).toBe("P3");
    expect(fromP2.newDeadline?.priority).toBe("P3");

    // lowerTo picks another target; the suggestion stays one level down.
    const toP4 = downgradeEligibility({
      ...p2,
      lowerTo: "P4",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    expect(toP4.suggested).toBe("P3");
    expect(toP4.newDeadline?.priority).toBe("P4");
    // One full business day from Monday 09:00 CET: Monday 17:00 CET.
    expect(toP4.newDeadline?.dueAt).toBe("2026-11-23T16:00:00.000Z");
  });

  it("the new deadline is measured from the original opening by default", () => {
    const result = downgradeEligibility({
      ...p2,
      now: "2026-11-23T16:00:00+01:00",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    const expected = responseDeadline({
      plan: "expert",
      priority: "P3",
      region: "emea",
      timeZone: "Europe/Paris",
      openedAt: "2026-11-23T09:00:00+01:00",
    });
    expect(result.newDeadline).toEqual(expected);
    expect(result.newDeadline?.dueAt).toBe("2026-11-23T12:00:00.000Z"); // 13:00 CET
    expect(result.measuredFrom?.at).toBe("2026-11-23T08:00:00.000Z");
    expect(result.explanation).toContain("measured from the original opening");
    expect(result.explanation).toContain("the P2 deadline was Mon 2026-11-23 11:00 CET");
    expect(Object.isFrozen(result.newDeadline)).toBe(true);
  });

  it("the new deadline is measured from the change with measureFrom change", () => {
    const withNow = downgradeEligibility({
      ...p2,
      measureFrom: "change",
      now: "2026-11-23T16:00:00+01:00",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    // Expert P3: 4 business hours from Monday 16:00 CET: 1 h Monday, 3 h Tuesday.
    expect(withNow.newDeadline?.dueAt).toBe("2026-11-24T11:00:00.000Z");
    expect(withNow.newDeadline?.openedAt).toBe("2026-11-23T15:00:00.000Z");
    expect(withNow.measuredFrom?.reason).toContain("`now`");

    // Without `now`, the change is the latest counted attempt (the one the downgrade rests on).
    const fromAttempt = downgradeEligibility({
      ...p2,
      measureFrom: "change",
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00"), attempt("2026-11-23T15:30:00+01:00")],
    });
    expect(fromAttempt.measuredFrom?.at).toBe("2026-11-23T14:30:00.000Z");
    expect(fromAttempt.newDeadline).toEqual(
      responseDeadline({
        plan: "expert",
        priority: "P3",
        region: "emea",
        timeZone: "Europe/Paris",
        openedAt: "2026-11-23T15:30:00+01:00",
      }),
    );

    // A P1 lowered to P2 from the change: 30 business minutes from Monday 02:00 start at 09:00.
    const p1Change = downgradeEligibility({
      ...p1,
      continuousEngagement: false,
      measureFrom: "change",
      contactAttempts: [attempt("2026-11-23T02:00:00+01:00")],
    });
    expect(p1Change.newDeadline?.dueAtLocal).toBe("2026-11-23T09:30:00.000+01:00");
  });

  it("every no says why", () => {
    const noes: DowngradeEligibility[] = [
      downgradeEligibility({ ...p2, contactAttempts: [] }),
      downgradeEligibility({ ...p2, priority: "P3", contactAttempts: [] }),
      downgradeEligibility({ ...p2, priority: "P4", contactAttempts: [] }),
      downgradeEligibility({
        ...p2,
        contactAttempts: [attempt("2026-11-23T10:00:00+01:00", "answered")],
      }),
      downgradeEligibility({
        ...p1,
        continuousEngagement: true,
        contactAttempts: [attempt("2026-11-23T02:00:00+01:00")],
      }),
    ];
    expect(noes.map((r) => r.reasons.map((x) => x.code))).toEqual([
      ["no_counted_attempt"],
      ["no_downgrade_clause"],
      ["already_lowest"],
      ["critical_information_obtained"],
      ["continuous_engagement_kept"],
    ]);
    for (const result of noes) expect(result.reasons.length).toBeGreaterThan(0);
    expect(noes[0]?.reasons[0]?.text).toContain("no contact attempt was given");
  });

  it("returns a deeply frozen result", () => {
    const result = downgradeEligibility({
      ...p2,
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    });
    for (const part of [
      result,
      result.clause,
      result.reasons,
      result.reasons[0],
      result.lowerPriorities,
      result.attempts,
      result.attempts[0],
      result.steps,
      result.measuredFrom,
      result.newDeadline,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });

  it("does not need a region for a P1 that stays P1, but does for the new deadline of a lowered one", () => {
    const base = {
      plan: "expert",
      priority: "P1",
      openedAt: "2026-11-23T09:00:00+01:00",
      namedContacts: [ANA],
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00")],
    } as const;
    expectNo(downgradeEligibility({ ...base, continuousEngagement: true }), [
      "continuous_engagement_kept",
    ]);
    const error = rejection({ ...base, continuousEngagement: false });
    expect(issueAt(error, ["region"]).code).toBe("required");
    expect(error.message).toContain("new deadline");
  });
});

describe("downgradeEligibility input errors", () => {
  it("requires continuousEngagement for P1", () => {
    const { continuousEngagement: _, ...input } = { ...p1, continuousEngagement: false };
    const issue = issueAt(rejection({ ...input, contactAttempts: [] }), ["continuousEngagement"]);
    expect(issue.code).toBe("required");
    expect(issue.message).toContain("`continuousEngagement`");
  });

  it("rejects a lowerTo that is not lower", () => {
    const base = { ...p2, contactAttempts: [] };
    for (const lowerTo of ["P1", "P2"]) {
      const issue = issueAt(rejection({ ...base, lowerTo }), ["lowerTo"]);
      expect(issue.code).toBe("not_lower");
      expect(issue.message).toContain('expected one of "P3", "P4"');
    }
    const lowest = issueAt(rejection({ ...base, priority: "P4", lowerTo: "P4" }), ["lowerTo"]);
    expect(lowest.message).toContain("already the lowest");
  });

  it("rejects a bad attempt date", () => {
    const noOffset = rejection({ ...p2, contactAttempts: [attempt("2026-11-23T10:00")] });
    expect(issueAt(noOffset, ["contactAttempts", 0, "at"]).code).toBe("missing_offset");
    const impossible = rejection({
      ...p2,
      contactAttempts: [attempt("2026-11-23T10:00:00+01:00"), attempt("2026-02-30T10:00:00Z")],
    });
    const issue = issueAt(impossible, ["contactAttempts", 1, "at"]);
    expect(issue.code).toBe("invalid_date");
    expect(issue.message).toContain("`contactAttempts[1].at`");
  });

  it("rejects an unknown outcome with a did-you-mean", () => {
    const error = rejection({
      ...p2,
      contactAttempts: [{ at: "2026-11-23T10:00:00+01:00", contact: ANA, outcome: "no_response" }],
    });
    const issue = issueAt(error, ["contactAttempts", 0, "outcome"]);
    expect(issue.code).toBe("invalid_value");
    expect(issue.message).toContain('did you mean "no-response"?');
  });

  it("rejects unknown keys with a did-you-mean, at the top and in an attempt", () => {
    const error = rejection({
      ...p2,
      namedContacts: undefined,
      namedContact: [ANA],
      contactAttempts: [{ at: "2026-11-23T10:00:00+01:00", contact: ANA, outcom: "answered" }],
    });
    expect(issueAt(error, ["namedContact"]).message).toContain("did you mean `namedContacts`?");
    expect(issueAt(error, ["contactAttempts", 0, "outcom"]).message).toContain(
      "did you mean `outcome`?",
    );
  });

  it("rejects now before the opening, empty contacts, and missing regions for P2", () => {
    const early = rejection({ ...p2, now: "2026-11-22T09:00:00+01:00", contactAttempts: [] });
    expect(issueAt(early, ["now"]).code).toBe("before_opening");
    const none = rejection({ ...p2, namedContacts: [], contactAttempts: [] });
    expect(issueAt(none, ["namedContacts"]).code).toBe("too_small");
    const blank = rejection({ ...p2, namedContacts: [" "], contactAttempts: [] });
    expect(issueAt(blank, ["namedContacts", 0]).code).toBe("empty");
    const { region: _, timeZone: __, ...nowhere } = p2;
    const noRegion = rejection({ ...nowhere, contactAttempts: [] });
    expect(issueAt(noRegion, ["region"]).code).toBe("required");
  });

  it("caps the lists at 1,000 entries", () => {
    const many = Array.from({ length: 1_001 }, () => attempt("2026-11-23T10:00:00+01:00"));
    const error = rejection({ ...p2, contactAttempts: many });
    const issue = issueAt(error, ["contactAttempts"]);
    expect(issue.code).toBe("too_big");
    expect(issue.message).toContain("at most 1000 ");
    const contacts = Array.from({ length: 1_001 }, (_, i) => `c${i}@example.com`);
    expect(
      issueAt(rejection({ ...p2, namedContacts: contacts, contactAttempts: [] }), ["namedContacts"])
        .code,
    ).toBe("too_big");
    // 1,000 attempts are accepted.
    expect(downgradeEligibility({ ...p2, contactAttempts: many.slice(1) }).eligible).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Invariants over generated cases in zones from every continent.

const RUNS = 2000;
const FROM = Date.UTC(2000, 0, 1);
const UNTIL = Date.UTC(2100, 0, 1);
const DAY = 86_400_000;
const lower = (p: Priority): Priority[] => (["P1", "P2", "P3", "P4"] as const).filter((q) => q > p);

const where = fc.oneof(
  fc.record({
    billingCountry: fc.constantFrom("FR", "GB", "ZA", "IR", "IN", "NP", "AU", "NZ", "JP", "US"),
  }),
  fc.record({ region: fc.constantFrom(...regionIds) }),
  fc.record({
    region: fc.constantFrom(...regionIds),
    timeZone: fc.constantFrom(
      "Pacific/Chatham",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "America/St_Johns",
      "America/Santiago",
      "Africa/Casablanca",
      "Antarctica/Troll",
    ),
  }),
);

const holidays = fc.array(
  fc
    .date({ min: new Date(FROM), max: new Date(UNTIL), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { maxLength: 5 },
);

/** A request as for responseDeadline (every plan and table, both P4 readings). */
const request = (priority: fc.Arbitrary<Priority>) =>
  fc
    .record({
      plan: fc.constantFrom("expert" as const, "ultimate" as const),
      priority,
      openedAt: fc.integer({ min: FROM, max: UNTIL }),
      where,
      holidays,
      businessDay: fc.constantFrom(
        "full-business-day" as const,
        "end-of-next-business-day" as const,
      ),
      commerce: fc.option(fc.constantFrom("2021-09-19", "2021-09-20", "2025-01-01"), {
        nil: undefined,
      }),
    })
    .map((r): ResponseDeadlineInput => {
      const input: { -readonly [K in keyof ResponseDeadlineInput]: ResponseDeadlineInput[K] } = {
        plan: r.plan,
        priority: r.priority,
        openedAt: r.openedAt,
        holidays: r.holidays,
        businessDay: r.businessDay,
        ...r.where,
      };
      if (r.commerce !== undefined) {
        input.product = "commerce-managed-services";
        input.termStart = r.commerce;
      }
      return input;
    });

const iso = (ms: number) => new Date(ms).toISOString();
const openedMs = (input: ResponseDeadlineInput) => input.openedAt as number;

/** The regional calendar a deadline says it used (built independently of the downgrade code). */
function hoursCalendar(input: ResponseDeadlineInput) {
  const hours = responseDeadline({ ...input, priority: "P2" }).hours;
  if (hours === null) throw new Error("no hours");
  const day = [{ start: hours.opens, end: hours.closes }];
  return createCalendar({
    timeZone: hours.timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
    closedDates: (input.holidays as readonly string[] | undefined) ?? [],
  });
}

describe("downgradeEligibility invariants", () => {
  it("never yields an earlier deadline than the original priority's from the same start", () => {
    fc.assert(
      fc.property(
        request(fc.constantFrom("P1" as const, "P2" as const)),
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.option(fc.integer({ min: 0, max: 5 * DAY }), { nil: undefined }),
        fc.constantFrom("opening" as const, "change" as const),
        (input, delay, nowAfter, measureFrom) => {
          // A failed attempt that counts: for P2 at the clock start (an open instant).
          const original = responseDeadline(input);
          const at =
            input.priority === "P2" ? Date.parse(original.clockStartedAt) : openedMs(input) + delay;
          const base: DowngradeEligibilityInput = {
            ...input,
            namedContacts: [ANA],
            contactAttempts: [{ at: iso(at), contact: ANA, outcome: "no-response" }],
            continuousEngagement: false,
            measureFrom,
            ...(nowAfter === undefined ? {} : { now: iso(at + nowAfter) }),
          };
          for (const lowerTo of lower(input.priority)) {
            const result = downgradeEligibility({ ...base, lowerTo });
            expect(result.eligible).toBe(true);
            const start = Date.parse(result.measuredFrom?.at ?? "");
            expect(start).toBe(
              measureFrom === "opening"
                ? openedMs(input)
                : nowAfter === undefined
                  ? at
                  : at + nowAfter,
            );
            const before = responseDeadline({ ...input, openedAt: start });
            const after = responseDeadline({ ...input, priority: lowerTo, openedAt: start });
            expect(result.newDeadline?.dueAtMs).toBe(after.dueAtMs);
            expect(after.dueAtMs).toBeGreaterThanOrEqual(before.dueAtMs);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never lets attempts that do not count change the answer", () => {
    const outcome = fc.constantFrom("no-response", "missing-critical-information", "answered");
    fc.assert(
      fc.property(
        request(fc.constantFrom("P1" as const, "P2" as const)),
        fc.array(
          fc.record({ after: fc.integer({ min: 0, max: 7 * DAY }), outcome, shout: fc.boolean() }),
          { maxLength: 4 },
        ),
        fc.array(
          fc.record({
            kind: fc.constantFrom("before", "after-now", "stranger", "closed"),
            offset: fc.integer({ min: 1, max: 10 * DAY }),
            outcome,
            position: fc.nat(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.option(fc.integer({ min: 0, max: 8 * DAY }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom("opening" as const, "change" as const),
        (input, real, noise, nowAfter, engaged, measureFrom) => {
          const opened = openedMs(input);
          const now = nowAfter === undefined ? undefined : opened + nowAfter;
          const attempts: ContactAttempt[] = real.map((a) => ({
            at: iso(opened + a.after),
            contact: a.shout ? ANA.toUpperCase() : ANA,
            outcome: a.outcome,
          }));
          const base: DowngradeEligibilityInput = {
            ...input,
            namedContacts: [ANA, BOB],
            contactAttempts: attempts,
            continuousEngagement: engaged,
            measureFrom,
            ...(now === undefined ? {} : { now: iso(now) }),
          };
          const calendar = input.priority === "P2" ? hoursCalendar(input) : null;
          const withNoise = [...attempts];
          const added: number[] = [];
          for (const n of noise) {
            let extra: ContactAttempt;
            const t = opened + n.offset;
            if (n.kind === "before") {
              extra = { at: iso(opened - n.offset), contact: ANA, outcome: n.outcome };
            } else if (n.kind === "after-now" && now !== undefined) {
              extra = { at: iso(now + n.offset), contact: BOB, outcome: n.outcome };
            } else if (n.kind === "closed" && calendar !== null && !isOpen(calendar, t)) {
              extra = { at: iso(t), contact: ANA, outcome: n.outcome };
            } else {
              extra = { at: iso(t), contact: "mallory@example.com", outcome: n.outcome };
            }
            withNoise.splice(n.position % (withNoise.length + 1), 0, extra);
          }
          for (const [i, a] of withNoise.entries()) if (!attempts.includes(a)) added.push(i);

          const plain = downgradeEligibility(base);
          const noisy = downgradeEligibility({ ...base, contactAttempts: withNoise });
          for (const i of added) expect(noisy.attempts[i]?.counted).toBe(false);
          expect(noisy.eligible).toBe(plain.eligible);
          expect(noisy.reasons.map((r) => r.code)).toEqual(plain.reasons.map((r) => r.code));
          expect(noisy.suggested).toBe(plain.suggested);
          expect(noisy.newDeadline?.dueAtMs).toBe(plain.newDeadline?.dueAtMs);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never finds P3 or P4 eligible, whatever the attempts", () => {
    fc.assert(
      fc.property(
        request(fc.constantFrom("P3" as const, "P4" as const)),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -2 * DAY, max: 10 * DAY }),
            contact: fc.constantFrom(ANA, BOB, "Ana@Example.com", "mallory@example.com"),
            outcome: fc.constantFrom("no-response", "missing-critical-information", "answered"),
          }),
          { maxLength: 8 },
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.boolean(),
        (input, tries, engaged, toP4) => {
          const opened = openedMs(input);
          const result = downgradeEligibility({
            ...input,
            namedContacts: [ANA, BOB],
            contactAttempts: tries.map((t) => ({
              at: iso(opened + t.offset),
              contact: t.contact,
              outcome: t.outcome as ContactAttempt["outcome"],
            })),
            ...(engaged === undefined ? {} : { continuousEngagement: engaged }),
            ...(toP4 && input.priority === "P3" ? { lowerTo: "P4" as const } : {}),
          });
          expectNo(result, [input.priority === "P3" ? "no_downgrade_clause" : "already_lowest"]);
          expect(result.clause).toBeNull();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
