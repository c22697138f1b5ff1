/** End to end: the holidays read from the Google, Outlook and Apple fixtures close the right days and parts of days in deadlines and calendars. */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { holidaysFromIcs } from "../../src/ics/index.js";
import { addBusinessTime, createCalendar, isOpen, responseDeadline } from "../../src/index.js";

const fixtures = fileURLToPath(new URL("../fixtures/ics/", import.meta.url));
const holidays = (name: string) => holidaysFromIcs(readFileSync(`${fixtures}${name}`, "utf8"));

/** Expert P3 in EMEA: 4 hours of business time, Mon-Fri 09:00-17:00 in the customer's zone. */
const emeaP3 = {
  plan: "expert",
  priority: "P3",
  region: "emea",
  timeZone: "Europe/Berlin",
} as const;
/** Expert P3 in the Americas: 4 hours of business time, Mon-Fri 06:00-17:30 in the customer's zone. */
const americasP3 = {
  plan: "expert",
  priority: "P3",
  region: "americas",
  timeZone: "America/New_York",
} as const;

const nineToFive = [{ start: "09:00", end: "17:00" }];
const berlinOffice = {
  timeZone: "Europe/Berlin",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};

describe("Google Calendar holidays (Germany)", () => {
  const google = holidays("google-holidays.ics");

  it("close Christmas: a P3 opened Thu 2026-12-24 15:00 is due Mon 28 11:00", () => {
    // Thu 24 15:00-17:00 gives 2 h. Fri 25 (Christmas Day) and Sat 26 are holidays, Sun 27 a
    // weekend: the other 2 h run Mon 28 09:00-11:00 CET (10:00 UTC). Without the file: Fri 25 11:00.
    const opened = { ...emeaP3, openedAt: "2026-12-24T15:00:00+01:00" };
    expect(responseDeadline(opened).dueAtLocal).toBe("2026-12-25T11:00:00.000+01:00");
    expect(responseDeadline({ ...opened, holidays: google }).dueAt).toBe(
      "2026-12-28T10:00:00.000Z",
    );
  });

  it("close the yearly Company Day (10 June): a P3 opened Tue 2026-06-09 15:00 is due Thu 11 11:00", () => {
    // Tue 9 15:00-17:00 gives 2 h; Wed 10 is Company Day (a yearly rule from 2022); Thu 11
    // 09:00-11:00 CEST (09:00 UTC) gives the rest.
    const due = responseDeadline({
      ...emeaP3,
      openedAt: "2026-06-09T15:00:00+02:00",
      holidays: google,
    });
    expect(due.dueAtLocal).toBe("2026-06-11T11:00:00.000+02:00");
  });
});

describe("Outlook office closures (W. Europe Standard Time)", () => {
  const outlook = holidays("outlook-company.ics");

  it("skip 12:00-17:00 on Christmas Eve and the year-end shutdown: a P3 opened Thu 2026-12-24 10:00 is due Mon 2027-01-04 11:00", () => {
    // Thu 24 10:00-12:00 CET gives 2 h; the half-day closure (11:00-16:00 UTC, i.e. 12:00-17:00
    // CET) takes the rest of the day. Fri 25 Christmas Day (yearly rule), Sat 26, Sun 27, Mon 28
    // to Thu 31 (year-end shutdown, DTEND 2027-01-01 exclusive), Fri 2027-01-01 New Year's Day
    // (yearly rule), Sat 2, Sun 3: the other 2 h run Mon 4 09:00-11:00 CET (10:00 UTC).
    const due = responseDeadline({
      ...emeaP3,
      openedAt: "2026-12-24T10:00:00+01:00",
      holidays: outlook,
    });
    expect(due.dueAt).toBe("2027-01-04T10:00:00.000Z");
    // Without the file: 10:00 + 4 h on the 24th.
    expect(responseDeadline({ ...emeaP3, openedAt: "2026-12-24T10:00:00+01:00" }).dueAtLocal).toBe(
      "2026-12-24T14:00:00.000+01:00",
    );
  });

  it("follow the moved Founders' Day: a P3 opened Fri 2026-06-12 15:00 is due Tue 16 11:00", () => {
    // Fri 12 15:00-17:00 gives 2 h. Sun 14 (the rule's date, in `except`) is a weekend anyway;
    // Mon 15 is the moved occurrence (RECURRENCE-ID override); Tue 16 09:00-11:00 CEST gives the rest.
    const due = responseDeadline({
      ...emeaP3,
      openedAt: "2026-06-12T15:00:00+02:00",
      holidays: outlook,
    });
    expect(due.dueAtLocal).toBe("2026-06-16T11:00:00.000+02:00");
  });

  it("close the same times as a calendar's closedDates", () => {
    const office = createCalendar({ ...berlinOffice, closedDates: outlook });
    expect(isOpen(office, "2026-12-24T11:30:00+01:00")).toBe(true);
    expect(isOpen(office, "2026-12-24T13:00:00+01:00")).toBe(false);
    expect(isOpen(office, "2026-12-29T10:00:00+01:00")).toBe(false);
    expect(isOpen(office, "2027-06-14T10:00:00+02:00")).toBe(false);
    // 8 h from Thu 24 09:00: 3 h until noon, then Mon 2027-01-04 09:00-14:00 CET (13:00 UTC).
    const end = addBusinessTime(office, "2026-12-24T09:00:00+01:00", 8 * 3_600_000);
    expect(new Date(end).toISOString()).toBe("2027-01-04T13:00:00.000Z");
  });
});

describe("Apple Calendar US holidays (America/New_York)", () => {
  const apple = holidays("apple-holidays.ics");

  it("close the afternoon before Thanksgiving and Thanksgiving: a P3 opened Wed 2026-11-25 13:00 is due Fri 27 08:00", () => {
    // Wed 25 13:00-15:00 EST gives 2 h; the early closing (15:00-18:00 New York) takes the rest of
    // the day (hours end 17:30). Thu 26 is the 4th Thursday of November (a yearly rule); Fri 27
    // 06:00-08:00 EST (13:00 UTC) gives the other 2 h. Without the file: Wed 25 17:00.
    const opened = { ...americasP3, openedAt: "2026-11-25T13:00:00-05:00" };
    expect(responseDeadline(opened).dueAtLocal).toBe("2026-11-25T17:00:00.000-05:00");
    expect(responseDeadline({ ...opened, holidays: apple }).dueAt).toBe("2026-11-27T13:00:00.000Z");
  });

  it("close Memorial Day (last Monday of May): a P3 opened Fri 2026-05-22 16:00 is due Tue 26 08:30", () => {
    // Fri 22 16:00-17:30 EDT gives 1 h 30; Sat, Sun, and Mon 25 (Memorial Day 2026) are closed;
    // Tue 26 06:00-08:30 EDT (12:30 UTC) gives the other 2 h 30.
    const due = responseDeadline({
      ...americasP3,
      openedAt: "2026-05-22T16:00:00-04:00",
      holidays: apple,
    });
    expect(due.dueAt).toBe("2026-05-26T12:30:00.000Z");
  });
});

describe("every list holidaysFromIcs returns", () => {
  it("is accepted as closedDates and as holidays", () => {
    for (const name of ["google-holidays.ics", "outlook-company.ics", "apple-holidays.ics"]) {
      const list = holidays(name);
      expect(() => createCalendar({ ...berlinOffice, closedDates: list })).not.toThrow();
      expect(() =>
        responseDeadline({ ...emeaP3, openedAt: "2026-01-05T10:00:00+01:00", holidays: list }),
      ).not.toThrow();
    }
  });
});
