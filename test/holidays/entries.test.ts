/** Holiday entries beyond a flat list: named dates, parts of days, yearly rules; in calendars, cases and explanations. */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  adobeMayContact,
  createCalendar,
  type HolidayEntry,
  isOpen,
  isSlaInputError,
  responseDeadline,
  slaStatus,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";

const nineToFive = [{ start: "09:00", end: "17:00" }];
const weekdays = {
  mon: nineToFive,
  tue: nineToFive,
  wed: nineToFive,
  thu: nineToFive,
  fri: nineToFive,
};
const london = (closedDates: readonly HolidayEntry[]) =>
  createCalendar({ timeZone: "Europe/London", weekly: weekdays, closedDates });

/** The issues of the SlaInputError a call throws. */
function issuesOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (isSlaInputError(error)) return error.issues;
    throw error;
  }
  throw new Error("expected an SlaInputError");
}

describe("yearly rules", () => {
  it("closes a fixed date every year, within firstYear and lastYear", () => {
    const calendar = london([
      { month: 12, day: 24, name: "Christmas Eve", firstYear: 2025, lastYear: 2027 },
    ]);
    expect(isOpen(calendar, "2024-12-24T10:00:00Z")).toBe(true); // Tuesday, before firstYear
    expect(isOpen(calendar, "2025-12-24T10:00:00Z")).toBe(false); // Wednesday
    expect(isOpen(calendar, "2027-12-24T10:00:00Z")).toBe(false); // Friday
    expect(isOpen(calendar, "2030-12-24T10:00:00Z")).toBe(true); // Tuesday, after lastYear
  });

  it("closes the nth weekday and the last weekday of a month", () => {
    const calendar = london([
      { month: 11, weekday: "thu", nth: 4, name: "Thanksgiving" },
      { month: 5, weekday: "mon", nth: "last", name: "Spring bank holiday" },
    ]);
    expect(isOpen(calendar, "2026-11-26T10:00:00Z")).toBe(false); // the fourth Thursday
    expect(isOpen(calendar, "2026-11-19T10:00:00Z")).toBe(true);
    expect(isOpen(calendar, "2026-05-25T10:00:00+01:00")).toBe(false); // the last Monday
    expect(isOpen(calendar, "2026-05-18T10:00:00+01:00")).toBe(true);
    expect(isOpen(calendar, "2027-05-31T10:00:00+01:00")).toBe(false);
  });

  it("closes nothing in a year without the day: a fifth Friday, 29 February", () => {
    const calendar = london([
      { month: 2, day: 29, name: "Leap day" },
      { month: 6, weekday: "fri", nth: 5, name: "Fifth Friday" },
    ]);
    expect(isOpen(calendar, "2028-02-29T10:00:00Z")).toBe(false);
    expect(isOpen(calendar, "2027-03-01T10:00:00Z")).toBe(true); // not moved to 1 March
    expect(isOpen(calendar, "2029-06-29T10:00:00+01:00")).toBe(false); // June 2029 has five Fridays
    expect(isOpen(calendar, "2026-06-26T10:00:00+01:00")).toBe(true); // June 2026 has four
  });

  it("skips the dates in `except`", () => {
    const calendar = london([{ month: 12, day: 24, except: ["2026-12-24"] }]);
    expect(isOpen(calendar, "2026-12-24T10:00:00Z")).toBe(true);
    expect(isOpen(calendar, "2025-12-24T10:00:00Z")).toBe(false);
  });

  it("agrees with the list of its dates on every query (property)", () => {
    const rule = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      form: fc.oneof(
        fc.record({ day: fc.integer({ min: 1, max: 31 }) }),
        fc.record({
          weekday: fc.constantFrom(
            "mon" as const,
            "tue" as const,
            "wed" as const,
            "thu" as const,
            "fri" as const,
          ),
          nth: fc.constantFrom(
            1 as const,
            2 as const,
            3 as const,
            4 as const,
            5 as const,
            "last" as const,
          ),
        }),
      ),
    });
    fc.assert(
      fc.property(rule, fc.integer({ min: 2020, max: 2030 }), ({ month, form }, year) => {
        // A rule names a day its month can have (29 February included).
        if ("day" in form && form.day > new Date(Date.UTC(2000, month, 0)).getUTCDate()) return;
        const entry = { month, ...form } as HolidayEntry;
        // The dates of the rule, found by walking every day of the year with Date (UTC fields).
        const dates: string[] = [];
        for (let d = Date.UTC(year, 0, 1); d < Date.UTC(year + 1, 0, 1); d += 86_400_000) {
          const date = new Date(d);
          if (date.getUTCMonth() + 1 !== month) continue;
          const day = date.getUTCDate();
          if ("day" in form) {
            if (day === form.day) dates.push(date.toISOString().slice(0, 10));
            continue;
          }
          const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][date.getUTCDay()];
          const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          const nth = form.nth === "last" ? day + 7 > last : Math.ceil(day / 7) === form.nth;
          if (weekday === form.weekday && nth) dates.push(date.toISOString().slice(0, 10));
        }
        const byRule = london([
          { ...(entry as object), firstYear: year, lastYear: year } as HolidayEntry,
        ]);
        const byDates = london(dates);
        const start = Date.UTC(year, month - 1, 1) - 3 * 86_400_000;
        expect(addBusinessTime(byRule, start, 40 * 3_600_000)).toBe(
          addBusinessTime(byDates, start, 40 * 3_600_000),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("parts of days", () => {
  const eve: HolidayEntry = {
    date: "2026-12-24",
    from: "13:00",
    to: "17:00",
    name: "Christmas Eve",
  };

  it("closes from `from` to `to` in the calendar's wall time", () => {
    const calendar = london([eve]);
    expect(isOpen(calendar, "2026-12-24T12:59:00Z")).toBe(true);
    expect(isOpen(calendar, "2026-12-24T13:00:00Z")).toBe(false);
    // Four hours of business time from 09:00 end at 13:00; the fifth waits for Friday 09:00.
    expect(addBusinessTime(calendar, "2026-12-24T09:00:00Z", 5 * 3_600_000)).toBe(
      Date.parse("2026-12-25T10:00:00Z"),
    );
  });

  it("reads `from` and `to` in their own zone when one is given", () => {
    // 09:00-10:00 in New York is 14:00-15:00 in London (both in winter time).
    const calendar = london([
      { date: "2026-12-23", from: "09:00", to: "10:00", timeZone: "America/New_York" },
    ]);
    expect(isOpen(calendar, "2026-12-23T13:59:00Z")).toBe(true);
    expect(isOpen(calendar, "2026-12-23T14:30:00Z")).toBe(false);
    expect(isOpen(calendar, "2026-12-23T15:00:00Z")).toBe(true);
  });

  it("applies to yearly rules too, and `24:00` ends the day", () => {
    const calendar = london([
      { month: 12, day: 31, from: "12:00", to: "24:00", name: "New Year's Eve" },
    ]);
    expect(isOpen(calendar, "2026-12-31T11:00:00Z")).toBe(true);
    expect(isOpen(calendar, "2026-12-31T12:00:00Z")).toBe(false);
    expect(isOpen(calendar, "2027-12-31T16:00:00Z")).toBe(false);
  });

  it("resolves wall times on a DST day like the windows do", () => {
    // 2026-03-29: London moves from GMT to BST at 01:00 UTC; 10:00-11:00 BST is 09:00-10:00 UTC.
    const sunday = createCalendar({
      timeZone: "Europe/London",
      weekly: { sun: [{ start: "09:00", end: "17:00" }] },
      closedDates: [{ date: "2026-03-29", from: "10:00", to: "11:00" }],
    });
    expect(isOpen(sunday, "2026-03-29T08:30:00Z")).toBe(true);
    expect(isOpen(sunday, "2026-03-29T09:30:00Z")).toBe(false);
    expect(isOpen(sunday, "2026-03-29T10:00:00Z")).toBe(true);
  });
});

describe("invalid entries", () => {
  const cases: readonly [string, unknown, readonly (string | number)[], string][] = [
    ["`from` without `to`", { date: "2026-12-24", from: "13:00" }, ["to"], "required"],
    [
      "`to` not after `from`",
      { date: "2026-12-24", from: "13:00", to: "12:00" },
      ["to"],
      "empty_window",
    ],
    [
      "a time that is not HH:mm",
      { date: "2026-12-24", from: "1pm", to: "17:00" },
      ["from"],
      "invalid_time",
    ],
    ["a misspelt key", { date: "2026-12-24", form: "13:00", to: "17:00" }, ["form"], "unknown_key"],
    ["an impossible date", { date: "2026-02-30" }, ["date"], "invalid_date"],
    ["a month out of range", { month: 13, day: 1 }, ["month"], "invalid_value"],
    ["a day the month never has", { month: 4, day: 31 }, ["day"], "invalid_value"],
    ["a day and a weekday", { month: 4, day: 1, weekday: "mon", nth: 1 }, ["day"], "invalid_value"],
    ["a weekday without nth", { month: 4, weekday: "mon" }, ["nth"], "invalid_value"],
    ["an unknown weekday", { month: 4, weekday: "monday", nth: 1 }, ["weekday"], "invalid_value"],
    [
      "lastYear before firstYear",
      { month: 4, day: 1, firstYear: 2030, lastYear: 2020 },
      ["lastYear"],
      "out_of_range",
    ],
    [
      "a zone without a part of a day",
      { date: "2026-12-24", timeZone: "Europe/Paris" },
      ["timeZone"],
      "invalid_value",
    ],
    [
      "an unknown zone",
      { date: "2026-12-24", from: "13:00", to: "17:00", timeZone: "Europe/Pariss" },
      ["timeZone"],
      "unknown_time_zone",
    ],
    [
      "a bad exception",
      { month: 4, day: 1, except: ["2026-04-31"] },
      ["except", 0],
      "invalid_date",
    ],
  ];
  it.each(cases)("rejects %s, at its path", (_, entry, path, code) => {
    const issues = issuesOf(() =>
      responseDeadline({
        plan: "expert",
        priority: "P3",
        region: "emea",
        openedAt: "2026-12-23T10:00:00Z",
        holidays: ["2026-12-25", entry as HolidayEntry],
      }),
    );
    expect(issues[0]).toMatchObject({ path: ["holidays", 1, ...path], code });
    expect(issues[0]?.message).toMatch(/^`holidays\[1\]/);
  });
});

describe("holiday lists are values", () => {
  it("keeps the answer when an entry object is changed after the call", () => {
    const eve = { date: "2026-12-24", from: "13:00", to: "17:00", name: "Christmas Eve" };
    const request = {
      plan: "expert",
      priority: "P3",
      region: "emea",
      openedAt: "2026-12-24T12:00:00Z",
    } as const;
    const before = responseDeadline({ ...request, holidays: [eve] });
    eve.from = "09:00";
    expect(before.dueAt).toBe("2026-12-25T12:00:00.000Z");
    // A new call reads the entry as it is now: closed from 09:00, so the clock starts on Friday.
    expect(responseDeadline({ ...request, holidays: [eve] }).dueAt).toBe(
      "2026-12-25T13:00:00.000Z",
    );
  });

  it("keeps a frozen canonical copy in a calendar's definition", () => {
    const entry = { month: 12, day: 25, name: null, firstYear: undefined };
    const calendar = createCalendar({
      timeZone: "Europe/London",
      weekly: weekdays,
      closedDates: ["2026-12-24", entry],
    });
    expect(calendar.definition.closedDates).toEqual(["2026-12-24", { month: 12, day: 25 }]);
    expect(Object.isFrozen((calendar.definition.closedDates as readonly object[])[1])).toBe(true);
  });
});

describe("explanations name what was closed", () => {
  const holidays: HolidayEntry[] = [
    { date: "2026-12-24", from: "13:00", to: "17:00", name: "Christmas Eve" },
    { month: 12, day: 25, name: "Christmas Day" },
    "2026-12-28",
  ];
  const request = {
    plan: "expert",
    priority: "P4",
    region: "emea",
    timeZone: "Europe/London",
    holidays,
  } as const;

  it("lists the closed days and parts of days a deadline skipped, by name", () => {
    const due = responseDeadline({ ...request, openedAt: "2026-12-24T09:00:00Z" });
    expect(due.dueAt).toBe("2026-12-29T13:00:00.000Z");
    expect(due.steps).toContain(
      "closed on the way: Thu 2026-12-24 13:00-17:00 (Christmas Eve), Fri 2026-12-25 (Christmas Day), Mon 2026-12-28 (a given holiday)",
    );
    expect(due.hours?.holidays).toBe(3);
    expect(due.explanation).toContain("3 holiday entries closed");
  });

  it("says why the clock waits when a case is opened on a holiday", () => {
    const due = responseDeadline({ ...request, openedAt: "2026-12-25T10:00:00Z" });
    expect(due.explanation).toContain(
      "outside EMEA hours; closed: Fri 2026-12-25 (Christmas Day); the clock starts",
    );
  });

  it("carries the deadline's closures into a status", () => {
    const status = slaStatus({
      ...request,
      openedAt: "2026-12-24T09:00:00Z",
      now: "2026-12-28T10:00:00Z",
    });
    expect(status.explanation).toContain("Fri 2026-12-25 (Christmas Day)");
  });

  it("names the holiday in contact and channel answers", () => {
    const at = { ...request, priority: "P3", now: "2026-12-25T10:00:00Z" } as const;
    expect(adobeMayContact(at).explanation).toContain(
      "closed: Fri 2026-12-25 (Christmas Day): not allowed",
    );
    expect(supportChannels(at).explanation).toContain("closed: Fri 2026-12-25 (Christmas Day)");
  });

  it("names a given holiday in the Japanese-language answer", () => {
    const languages = supportLanguages({
      region: "japan",
      holidays: [{ date: "2026-11-06", name: "Company day" }],
      now: "2026-11-06T10:00:00+09:00",
    });
    expect(languages.japanese.reason.code).toBe("holiday");
    expect(languages.japanese.reason.text).toContain("falls on Company day (a given holiday)");
  });
});

describe("frozen holiday lists", () => {
  const request = {
    plan: "expert",
    priority: "P3",
    region: "emea",
    openedAt: "2026-12-24T12:00:00Z",
  } as const;

  it("are remembered by identity when every entry is frozen plain data, and read again otherwise", () => {
    let reads = 0;
    const counted = (frozen: boolean) => {
      const entry = {
        get date() {
          reads += 1;
          return "2026-12-25";
        },
      };
      return frozen ? Object.freeze(entry) : entry;
    };
    // A getter is not plain data: such a list is read on every call, even frozen.
    const withGetter = Object.freeze([counted(true)]);
    responseDeadline({ ...request, holidays: withGetter });
    const first = reads;
    responseDeadline({ ...request, holidays: withGetter });
    expect(reads).toBeGreaterThan(first);
    // Frozen plain entries give the same answers on every call.
    const plain = Object.freeze([Object.freeze({ date: "2026-12-25", name: "Christmas Day" })]);
    const a = responseDeadline({ ...request, holidays: plain });
    const b = responseDeadline({ ...request, holidays: plain });
    expect(b.dueAt).toBe(a.dueAt);
    expect(b.explanation).toBe(a.explanation);
  });
});
