/** Temporal values without a polyfill: instants by `epochMilliseconds`, holidays as `Temporal.PlainDate`, recognised by tag or shape. */

import { describe, expect, it } from "vitest";
import { calendarDefinitionSchema, isOpen, responseDeadline, slaStatus } from "../../src/index.js";
import { inputError } from "./helpers.js";

const opened = "2026-11-20T16:50:00+01:00";
const openedMs = Date.parse(opened);
const request = { plan: "ultimate", priority: "P2", billingCountry: "FR" } as const;
const expected = responseDeadline({ ...request, openedAt: opened });

/** What a Temporal class instance looks like to the library: members on the prototype, and a tag. */
function temporalLike(tag: string, members: Record<string, unknown>): object {
  const proto = Object.create(null, {
    [Symbol.toStringTag]: { value: tag },
    ...Object.fromEntries(
      Object.entries(members).map(([key, value]) => [key, { get: () => value }]),
    ),
  });
  return Object.create(proto);
}

/** A `Temporal.PlainDate` look-alike: a tag, year/month/day getters and `toString()`. */
function plainDate(iso: string, annotation = ""): object {
  const [year, month, day] = iso.split("-").map(Number);
  const proto = Object.create(null, {
    [Symbol.toStringTag]: { value: "Temporal.PlainDate" },
    year: { get: () => year },
    month: { get: () => month },
    day: { get: () => day },
    toString: { value: () => `${iso}${annotation}` },
  });
  return Object.create(proto);
}

describe("instants", () => {
  it.each([
    ["a Temporal.Instant", temporalLike("Temporal.Instant", { epochMilliseconds: openedMs })],
    [
      "a Temporal.ZonedDateTime",
      temporalLike("Temporal.ZonedDateTime", {
        epochMilliseconds: openedMs,
        timeZoneId: "Europe/Paris",
      }),
    ],
    ["any object with a numeric epochMilliseconds", { epochMilliseconds: openedMs }],
  ])("%s is read as its epochMilliseconds", (_, openedAt) => {
    expect(responseDeadline({ ...request, openedAt: openedAt as never })).toEqual(expected);
  });

  it("works in every instant field (now, respondedAt, pauses, history)", () => {
    const instant = (iso: string) => ({ epochMilliseconds: Date.parse(iso) });
    const status = slaStatus({
      ...request,
      openedAt: instant(opened),
      now: instant("2026-11-23T10:00:00Z"),
      respondedAt: instant("2026-11-23T08:10:00Z"),
      pauses: [
        { from: instant("2026-11-20T16:55:00+01:00"), to: instant(opened.replace("50", "58")) },
      ],
      priorityHistory: [{ priority: "P3", at: instant("2026-11-23T08:00:00Z") }],
    });
    expect(status.respondedAt).toBe("2026-11-23T08:10:00.000Z");
    expect(status.priority).toBe("P3");
  });

  it.each([
    [
      "a Temporal.PlainDateTime",
      temporalLike("Temporal.PlainDateTime", { year: 2026 }),
      "no time zone",
    ],
    ["a Temporal.PlainDate", plainDate("2026-11-20"), "a date, not an instant"],
    ["a fractional epochMilliseconds", { epochMilliseconds: 1.5 }, "not a whole number"],
    ["a string epochMilliseconds", { epochMilliseconds: "1795189800000" }, "not a whole number"],
    ["another object", { when: opened }, "Temporal.Instant"],
  ])("%s is rejected, naming the accepted forms", (_, openedAt, text) => {
    const error = inputError(() => responseDeadline({ ...request, openedAt: openedAt as never }));
    expect(error.issues[0]?.code).toBe("invalid_type");
    expect(error.issues[0]?.path).toEqual(["openedAt"]);
    expect(error.issues[0]?.message).toContain(text);
    expect(error.issues[0]?.message).toContain(
      "expected an ISO 8601 string with offset, a Date, epoch milliseconds, a luxon DateTime, a Temporal.Instant or Temporal.ZonedDateTime",
    );
  });

  it("an epochMilliseconds getter that throws is unreadable_input", () => {
    const openedAt = Object.create(null, {
      epochMilliseconds: {
        get() {
          throw new Error("boom");
        },
        enumerable: true,
      },
    });
    const error = inputError(() => responseDeadline({ ...request, openedAt }));
    expect(error.issues[0]).toMatchObject({ path: ["openedAt"], code: "unreadable_input" });
  });
});

describe("holidays as Temporal.PlainDate", () => {
  const p3 = { plan: "expert", priority: "P3", billingCountry: "JP" } as const;
  const openedJp = "2026-11-02T16:00:00+09:00";
  const withString = responseDeadline({ ...p3, openedAt: openedJp, holidays: ["2026-11-03"] });

  it.each([
    ["tagged", plainDate("2026-11-03")],
    ["with a calendar annotation", plainDate("2026-11-03", "[u-ca=japanese]")],
    [
      "by shape (numeric year/month/day and toString)",
      {
        year: 2026,
        month: 11,
        day: 3,
        toString: () => "2026-11-03",
      },
    ],
  ])("%s: the same answer as the string", (_, holiday) => {
    const due = responseDeadline({ ...p3, openedAt: openedJp, holidays: [holiday as never] });
    expect(due).toEqual(withString);
    expect(due.dueAt).toBe("2026-11-04T03:00:00.000Z");
  });

  it("mixed with strings, reused, and changed in place", () => {
    const holidays: unknown[] = [plainDate("2026-11-03"), "2026-11-04"];
    const first = responseDeadline({ ...p3, openedAt: openedJp, holidays: holidays as never });
    expect(first.dueAt).toBe("2026-11-05T03:00:00.000Z");
    expect(responseDeadline({ ...p3, openedAt: openedJp, holidays: holidays as never })).toEqual(
      first,
    );
    holidays[1] = "2026-11-10";
    const second = responseDeadline({ ...p3, openedAt: openedJp, holidays: holidays as never });
    expect(second.dueAt).toBe("2026-11-04T03:00:00.000Z");
  });

  it("in a calendar's closedDates too", () => {
    const calendar = {
      timeZone: "Asia/Tokyo",
      weekly: { tue: [{ start: "09:00", end: "17:00" }] },
      closedDates: [plainDate("2026-11-03")] as never,
    };
    expect(calendarDefinitionSchema.safeParse(calendar).success).toBe(true);
    expect(isOpen(calendar, "2026-11-03T10:00:00+09:00")).toBe(false);
    expect(isOpen(calendar, "2026-11-10T10:00:00+09:00")).toBe(true);
  });

  it.each([
    ["an impossible date", plainDate("2026-02-30")],
    ["a number", 20261103],
    ["a shape whose toString is not a date", { year: 2026, month: 11, day: 3 }],
  ])("rejects %s, naming the accepted forms", (_, holiday) => {
    const error = inputError(() =>
      responseDeadline({ ...p3, openedAt: openedJp, holidays: ["2026-11-04", holiday as never] }),
    );
    expect(error.issues[0]).toMatchObject({ path: ["holidays", 1], code: "invalid_date" });
    expect(error.issues[0]?.message).toContain("YYYY-MM-DD or a Temporal.PlainDate");
  });

  it("a toString that throws is unreadable_input, at the entry", () => {
    const holiday = {
      year: 2026,
      month: 11,
      day: 3,
      toString() {
        throw new Error("boom");
      },
    };
    const error = inputError(() =>
      responseDeadline({ ...p3, openedAt: openedJp, holidays: [holiday as never] }),
    );
    expect(error.issues[0]).toMatchObject({ path: ["holidays", 0], code: "unreadable_input" });
  });
});
