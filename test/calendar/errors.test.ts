import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  type BusinessCalendar,
  businessTimeBetween,
  type CalendarDefinition,
  createCalendar,
  isOpen,
  isSlaInputError,
  nextOpening,
  SlaInputError,
  type SlaIssue,
} from "../../src/index.js";
import { issueAt } from "../helpers/issues.js";

const nineToFive = [{ start: "09:00", end: "17:00" }];
const weekdays9to5: CalendarDefinition = {
  timeZone: "Europe/Paris",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};
const allDay = [{ start: "00:00", end: "24:00" }];
const alwaysOpenUtc: CalendarDefinition = {
  timeZone: "UTC",
  weekly: {
    mon: allDay,
    tue: allDay,
    wed: allDay,
    thu: allDay,
    fri: allDay,
    sat: allDay,
    sun: allDay,
  },
};
const HOUR = 3_600_000;

/** Runs `f` and returns the `SlaInputError` it must throw. */
function rejection(f: () => unknown): SlaInputError {
  let result: unknown;
  try {
    result = f();
  } catch (error) {
    expect(error).toBeInstanceOf(SlaInputError);
    expect(isSlaInputError(error)).toBe(true);
    const e = error as SlaInputError;
    expect(e.name).toBe("SlaInputError");
    expect(e.issues.length).toBeGreaterThan(0);
    return e;
  }
  throw new Error(`expected an SlaInputError, got ${JSON.stringify(result)}`);
}

function define(definition: unknown): () => BusinessCalendar {
  return () => createCalendar(definition as CalendarDefinition);
}

function expectIssue(
  error: SlaInputError,
  path: readonly (string | number)[],
  code: string,
  hints: readonly string[] = [],
): SlaIssue {
  const issue = issueAt(error, path);
  expect(issue.code).toBe(code);
  const field = path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
  expect(issue.message).toContain(`\`${field}\``);
  for (const hint of hints) expect(issue.message).toContain(hint);
  return issue;
}

describe("createCalendar definition errors", () => {
  it("accepts the base definition (sanity check)", () => {
    expect(createCalendar(weekdays9to5).timeZone).toBe("Europe/Paris");
  });

  it("rejects an unknown zone, naming the field", () => {
    const e = rejection(define({ ...weekdays9to5, timeZone: "Europe/Atlantis" }));
    const issue = issueAt(e, ["calendar", "timeZone"]);
    expect(issue.message).toContain("`calendar.timeZone`");
    expect(issue.message).toContain('"Europe/Atlantis"');
  });

  it("gives an unknown zone the code unknown_time_zone, not zod's generic `custom`", () => {
    const e = rejection(define({ ...weekdays9to5, timeZone: "Europe/Atlantis" }));
    expect(issueAt(e, ["calendar", "timeZone"]).code).toBe("unknown_time_zone");
  });

  it("rejects a missing zone (required)", () => {
    const e = rejection(define({ weekly: weekdays9to5.weekly }));
    expectIssue(e, ["calendar", "timeZone"], "required");
  });

  it("rejects a start time 25:00 (invalid_time)", () => {
    const e = rejection(
      define({ timeZone: "UTC", weekly: { mon: [{ start: "25:00", end: "26:00" }] } }),
    );
    expectIssue(e, ["calendar", "weekly", "mon", 0, "start"], "invalid_time", ['"25:00"', "HH:mm"]);
  });

  it("rejects an end time 25:00 (invalid_time) but accepts 24:00", () => {
    const e = rejection(
      define({ timeZone: "UTC", weekly: { tue: [{ start: "09:00", end: "25:00" }] } }),
    );
    expectIssue(e, ["calendar", "weekly", "tue", 0, "end"], "invalid_time", ['"25:00"', "24:00"]);
    expect(() =>
      createCalendar({ timeZone: "UTC", weekly: { tue: [{ start: "09:00", end: "24:00" }] } }),
    ).not.toThrow();
  });

  it("rejects malformed times (9:00, 09:60, 09h00, numbers)", () => {
    for (const start of ["9:00", "09:60", "09h00", " 09:00", 900]) {
      const e = rejection(define({ timeZone: "UTC", weekly: { mon: [{ start, end: "17:00" }] } }));
      expect(e.issues[0]?.path).toEqual(["calendar", "weekly", "mon", 0, "start"]);
    }
  });

  it("rejects a window whose start equals its end (empty_window)", () => {
    const e = rejection(
      define({ timeZone: "UTC", weekly: { wed: [{ start: "09:00", end: "09:00" }] } }),
    );
    expectIssue(e, ["calendar", "weekly", "wed", 0], "empty_window", ["00:00-24:00"]);
  });

  it("rejects overlapping windows on the same day (overlapping_windows)", () => {
    const e = rejection(
      define({
        timeZone: "UTC",
        weekly: {
          thu: [
            { start: "13:00", end: "18:00" },
            { start: "09:00", end: "13:30" },
          ],
        },
      }),
    );
    expectIssue(e, ["calendar", "weekly", "thu"], "overlapping_windows", ["overlapping"]);
  });

  it("rejects overlapping windows in dateHours", () => {
    const e = rejection(
      define({
        ...weekdays9to5,
        dateHours: {
          "2026-12-24": [
            { start: "09:00", end: "12:00" },
            { start: "11:00", end: "13:00" },
          ],
        },
      }),
    );
    expectIssue(e, ["calendar", "dateHours", "2026-12-24"], "overlapping_windows");
  });

  it("rejects a calendar that is never open (calendar_never_open)", () => {
    for (const definition of [
      { timeZone: "UTC", weekly: {} },
      { timeZone: "UTC", weekly: { mon: [], sat: [] } },
      { timeZone: "UTC", weekly: {}, dateHours: { "2026-01-05": [] } },
    ]) {
      const e = rejection(define(definition));
      expectIssue(e, ["calendar", "weekly"], "calendar_never_open", ["open"]);
    }
  });

  it("rejects an unknown weekday key `monday` with did you mean `mon`", () => {
    const e = rejection(define({ timeZone: "UTC", weekly: { monday: nineToFive } }));
    expectIssue(e, ["calendar", "weekly", "monday"], "unknown_key", ["did you mean `mon`?"]);
  });

  it("rejects an unknown weekday key `tues` with did you mean `tue`", () => {
    const e = rejection(define({ timeZone: "UTC", weekly: { tues: nineToFive } }));
    expectIssue(e, ["calendar", "weekly", "tues"], "unknown_key", ["did you mean `tue`?"]);
  });

  it("rejects a top-level typo `closedDate` with did you mean `closedDates`", () => {
    const e = rejection(define({ ...weekdays9to5, closedDate: ["2026-12-25"] }));
    expectIssue(e, ["calendar", "closedDate"], "unknown_key", ["did you mean `closedDates`?"]);
  });

  it("rejects closed dates that are not real dates", () => {
    const e = rejection(define({ ...weekdays9to5, closedDates: ["2026-02-30"] }));
    expect(e.issues[0]?.path.slice(0, 2)).toEqual(["calendar", "closedDates"]);
    expect(e.issues[0]?.message).toContain("YYYY-MM-DD");
  });

  it("rejects dateHours keyed by something that is not a date", () => {
    const e = rejection(define({ ...weekdays9to5, dateHours: { tomorrow: nineToFive } }));
    expect(e.issues[0]?.path.slice(0, 2)).toEqual(["calendar", "dateHours"]);
    expect(e.issues[0]?.message).toContain("YYYY-MM-DD");
  });

  it("reports a closed-dates predicate that throws as an SlaInputError under closedDates", () => {
    const calendar = createCalendar({
      ...weekdays9to5,
      closedDates: () => {
        throw new Error("no data");
      },
    });
    const e = rejection(() => isOpen(calendar, "2026-11-23T10:00:00Z"));
    expect(e.issues[0]?.path).toContain("closedDates");
    expect(e.issues[0]?.message).toContain("no data");
  });

  it("lists every definition problem at once", () => {
    const e = rejection(
      define({
        timeZone: "UTC",
        weekly: {
          mon: [{ start: "25:00", end: "26:00" }],
          tue: [{ start: "10:00", end: "10:00" }],
        },
      }),
    );
    expect(e.issues.map((issue) => issue.code)).toEqual(["invalid_time", "empty_window"]);
  });
});

describe("engine call errors", () => {
  const calendar = createCalendar(weekdays9to5);
  const start = "2026-11-20T15:50:00Z";

  it("rejects a negative duration", () => {
    const e = rejection(() => addBusinessTime(calendar, start, -1));
    expectIssue(e, ["durationMs"], "too_small", ["non-negative"]);
  });

  it("rejects a fractional duration", () => {
    const e = rejection(() => addBusinessTime(calendar, start, 1.5));
    expectIssue(e, ["durationMs"], "invalid_type", ["whole"]);
  });

  it("rejects a NaN or infinite duration", () => {
    for (const duration of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const e = rejection(() => addBusinessTime(calendar, start, duration));
      expect(issueAt(e, ["durationMs"]).message).toContain("`durationMs`");
    }
  });

  it("rejects a duration that is not a number", () => {
    const e = rejection(() => addBusinessTime(calendar, start, "30" as unknown as number));
    expectIssue(e, ["durationMs"], "invalid_type");
  });

  it("rejects instants outside the supported range in every function", () => {
    const before = "1969-12-31T23:59:59.999Z";
    const after = "2200-01-01T00:00:00Z";
    expectIssue(
      rejection(() => isOpen(calendar, before)),
      ["at"],
      "out_of_range",
      ["1970"],
    );
    expectIssue(
      rejection(() => nextOpening(calendar, after)),
      ["at"],
      "out_of_range",
      ["2200"],
    );
    expectIssue(
      rejection(() => addBusinessTime(calendar, -1, 0)),
      ["start"],
      "out_of_range",
    );
    expectIssue(
      rejection(() => businessTimeBetween(calendar, start, new Date(Date.UTC(2200, 0, 1)))),
      ["to"],
      "out_of_range",
    );
    expectIssue(
      rejection(() => businessTimeBetween(calendar, Number.NaN, start)),
      ["from"],
      "invalid_date",
    );
  });

  it("rejects an instant without offset in engine calls", () => {
    const e = rejection(() => isOpen(calendar, "2026-11-23T10:00:00"));
    expectIssue(e, ["at"], "missing_offset");
  });

  it("rejects an invalid calendar definition passed straight to an engine call", () => {
    const e = rejection(() =>
      isOpen({ timeZone: "UTC", weekly: { mon: [{ start: "25:00", end: "26:00" }] } }, 0),
    );
    expect(e.issues[0]?.code).toBe("invalid_time");
  });

  it("raises beyond_supported_range quickly for a calendar open on one dateHours date only", () => {
    const once = createCalendar({
      timeZone: "America/Sao_Paulo",
      weekly: {},
      dateHours: { "2026-01-05": nineToFive },
    });
    const t0 = performance.now();
    // Exactly the open time: fine.
    expect(addBusinessTime(once, "2026-01-01T00:00:00Z", 8 * HOUR)).toBe(
      Date.parse("2026-01-05T20:00:00Z"),
    );
    // One millisecond more: no answer before 2200.
    const e = rejection(() => addBusinessTime(once, "2026-01-01T00:00:00Z", 8 * HOUR + 1));
    expect(e.issues[0]?.code).toBe("beyond_supported_range");
    expect(e.issues[0]?.message).toContain("2200");
    // No opening after the date either.
    const e2 = rejection(() => nextOpening(once, "2026-01-06T00:00:00Z"));
    expect(e2.issues[0]?.code).toBe("beyond_supported_range");
    // And the total over the whole range is just that one day.
    expect(businessTimeBetween(once, 0, "2199-12-31T23:59:59.999Z")).toBe(8 * HOUR);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("raises beyond_supported_range quickly for a predicate that closes every date", () => {
    const closed = createCalendar({ ...weekdays9to5, closedDates: () => true });
    const t0 = performance.now();
    const e = rejection(() => addBusinessTime(closed, "1970-01-01T00:00:00Z", 1));
    expect(e.issues[0]?.code).toBe("beyond_supported_range");
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("raises beyond_supported_range for the largest accepted duration", () => {
    const e = rejection(() => addBusinessTime(alwaysOpenUtc, 0, 7_258_118_400_000));
    expect(e.issues[0]?.code).toBe("beyond_supported_range");
  });

  it("never returns the exclusive end of the range 2200-01-01T00:00Z", () => {
    const e = rejection(() => addBusinessTime(alwaysOpenUtc, "2199-12-31T23:00:00Z", HOUR));
    expect(e.issues[0]?.code).toBe("beyond_supported_range");
  });

  it("answers at the last supported millisecond", () => {
    const last = "2199-12-31T23:59:59.999Z";
    expect(isOpen(alwaysOpenUtc, last)).toBe(true);
    expect(nextOpening(alwaysOpenUtc, last)).toBe(Date.parse(last));
    expect(addBusinessTime(alwaysOpenUtc, last, 0)).toBe(Date.parse(last));
  });
});
