import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextOpening,
  priorities,
  type ResponseDeadline,
  type ResponseDeadlineInput,
  regionIds,
  responseDeadline,
} from "../../../src/index.js";

// Invariants of responseDeadline over generated requests in zones from every continent.

const RUNS = 2000;
const FROM = Date.UTC(2000, 0, 1);
const UNTIL = Date.UTC(2100, 0, 1);

const countries = [
  "FR",
  "GB",
  "DE",
  "ZA",
  "EG",
  "AE",
  "MA",
  "IR",
  "RU",
  "KZ",
  "IN",
  "NP",
  "SG",
  "CN",
  "AU",
  "NZ",
  "JP",
  "US",
  "CA",
  "BR",
  "AR",
  "CL",
  "MX",
  "FJ",
];
const zones = [
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Tehran",
  "Africa/Casablanca",
  "Pacific/Kiritimati",
  "Europe/Dublin",
  "America/Havana",
  "Antarctica/Troll", // a 2-hour DST shift
  "Antarctica/Macquarie",
];

const where = fc.oneof(
  fc.record({ billingCountry: fc.constantFrom(...countries) }),
  fc.record({ region: fc.constantFrom(...regionIds) }),
  fc.record({ region: fc.constantFrom(...regionIds), timeZone: fc.constantFrom(...zones) }),
);

const holidays = fc.array(
  fc
    .date({ min: new Date(FROM), max: new Date(UNTIL), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { maxLength: 5 },
);

const request = fc
  .record({
    plan: fc.constantFrom("expert" as const, "ultimate" as const),
    priority: fc.constantFrom(...priorities),
    openedAt: fc.integer({ min: FROM, max: UNTIL }),
    where,
    holidays,
    businessDay: fc.constantFrom("full-business-day" as const, "end-of-next-business-day" as const),
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

/** The calendar the result says it used. */
function calendarOf(result: ResponseDeadline, input: ResponseDeadlineInput) {
  const hours = result.hours;
  if (hours === null) throw new Error("no hours for a 24x7 target");
  const day = [{ start: hours.opens, end: hours.closes }];
  return createCalendar({
    timeZone: hours.timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
    closedDates: (input.holidays as readonly string[] | undefined) ?? [],
  });
}

describe("responseDeadline invariants", () => {
  it("never puts the deadline before the opening", () => {
    fc.assert(
      fc.property(request, (input) => {
        const result = responseDeadline(input);
        expect(result.dueAtMs).toBeGreaterThanOrEqual(Date.parse(result.openedAt));
        expect(Date.parse(result.dueAt)).toBe(result.dueAtMs);
        expect(Date.parse(result.dueAtLocal)).toBe(result.dueAtMs);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives P1 a deadline exactly the target after the opening, in absolute milliseconds", () => {
    fc.assert(
      fc.property(request, (input) => {
        const result = responseDeadline({ ...input, priority: "P1" });
        expect(result.dueAtMs - Date.parse(result.openedAt)).toBe(result.target.milliseconds);
        expect(result.clockStartedAt).toBe(result.openedAt);
      }),
      { numRuns: RUNS },
    );
  });

  it("spends exactly the target in business time between clock start and deadline, ending inside or at the end of a window", () => {
    fc.assert(
      fc.property(
        request.filter((i) => i.priority !== "P1"),
        (input) => {
          const result = responseDeadline(input);
          const calendar = calendarOf(result, input);
          const start = Date.parse(result.clockStartedAt);
          expect(nextOpening(calendar, input.openedAt)).toBe(start);
          expect(isOpen(calendar, start)).toBe(true);
          expect(businessTimeBetween(calendar, start, result.dueAtMs)).toBe(
            result.target.milliseconds,
          );
          expect(businessTimeBetween(calendar, input.openedAt, result.dueAtMs)).toBe(
            result.target.milliseconds,
          );
          // Inside a window or at its end: the millisecond before the deadline is open.
          expect(isOpen(calendar, result.dueAtMs - 1)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never gives a later opening an earlier deadline", () => {
    fc.assert(
      fc.property(request, fc.integer({ min: 0, max: 10 * 86_400_000 }), (input, later) => {
        const first = responseDeadline(input);
        const second = responseDeadline({ ...input, openedAt: (input.openedAt as number) + later });
        expect(second.dueAtMs).toBeGreaterThanOrEqual(first.dueAtMs);
      }),
      { numRuns: RUNS },
    );
  });

  it("never makes Ultimate later than Expert for the same request", () => {
    fc.assert(
      fc.property(request, (input) => {
        const expert = responseDeadline({ ...input, plan: "expert" });
        const ultimate = responseDeadline({ ...input, plan: "ultimate" });
        expect(ultimate.dueAtMs).toBeLessThanOrEqual(expert.dueAtMs);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives a request opened outside hours the deadline of one opened at the next opening", () => {
    fc.assert(
      fc.property(
        request.filter((i) => i.priority !== "P1"),
        (input) => {
          const result = responseDeadline(input);
          const atOpening = responseDeadline({
            ...input,
            openedAt: Date.parse(result.clockStartedAt),
          });
          expect(atOpening.dueAtMs).toBe(result.dueAtMs);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("engine invariants", () => {
  const calendars = [
    createCalendar({
      timeZone: "Europe/London",
      weekly: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [{ start: "09:00", end: "17:00" }]]),
      ),
    }),
    createCalendar({
      timeZone: "Australia/Lord_Howe",
      weekly: {
        mon: [
          { start: "01:00", end: "03:00" },
          { start: "22:00", end: "02:30" },
        ],
        sat: [{ start: "00:00", end: "24:00" }],
      },
      closedDates: ["2026-10-05"],
    }),
    createCalendar({
      timeZone: "America/Santiago",
      weekly: { sun: [{ start: "00:00", end: "01:30" }], wed: [{ start: "12:00", end: "13:00" }] },
    }),
  ];
  const calendar = fc.constantFrom(...calendars);
  const instant = fc.integer({ min: FROM, max: UNTIL });
  const duration = fc.integer({ min: 0, max: 40 * 86_400_000 });

  it("adds a then b the same as a + b", () => {
    fc.assert(
      fc.property(calendar, instant, duration, duration, (cal, t, a, b) => {
        expect(addBusinessTime(cal, addBusinessTime(cal, t, a), b)).toBe(
          addBusinessTime(cal, t, a + b),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("measures back exactly what it added", () => {
    fc.assert(
      fc.property(calendar, instant, duration, (cal, t, d) => {
        const end = addBusinessTime(cal, t, d);
        expect(end).toBeGreaterThanOrEqual(t);
        expect(businessTimeBetween(cal, t, end)).toBe(d);
        // Earliest: one millisecond earlier is not enough (for a positive duration).
        if (d > 0) expect(businessTimeBetween(cal, t, end - 1)).toBe(d - 1);
      }),
      { numRuns: RUNS },
    );
  });

  it("splits business time additively and antisymmetrically", () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (cal, a, b, c) => {
        expect(businessTimeBetween(cal, a, b) + businessTimeBetween(cal, b, c)).toBe(
          businessTimeBetween(cal, a, c),
        );
        expect(businessTimeBetween(cal, b, a)).toBe(0 - businessTimeBetween(cal, a, b));
      }),
      { numRuns: RUNS },
    );
  });

  it("opens the next opening, and is closed everywhere before it", () => {
    fc.assert(
      fc.property(calendar, instant, (cal, t) => {
        const next = nextOpening(cal, t);
        expect(isOpen(cal, next)).toBe(true);
        expect(businessTimeBetween(cal, t, next)).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("costs the same code path for 15 minutes and 250 business days (no day-by-day stepping)", () => {
    // Correctness of long targets: 250 business days of 8 hours land after the equivalent sum of single days.
    const cal = calendars[0];
    if (cal === undefined) throw new Error("missing calendar");
    const start = Date.parse("2026-01-05T09:00:00Z");
    let stepwise = start;
    for (let i = 0; i < 250; i++) stepwise = addBusinessTime(cal, stepwise, 8 * 3_600_000);
    expect(addBusinessTime(cal, start, 250 * 8 * 3_600_000)).toBe(stepwise);
  });
});
