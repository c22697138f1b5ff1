/**
 * Odd but legal calendar definitions never crash, limits are checked before any entry is read,
 * and a definition passed again is not validated again unless it changed.
 */

import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  type CalendarDefinition,
  createCalendar,
  inputLimits,
  isOpen,
  isSlaInputError,
  nextOpening,
} from "../../src/index.js";

const W = [{ start: "09:00", end: "17:00" }];
const monday10 = "2026-01-05T10:00:00Z";

/** Runs every engine function on a definition; returns their answers or the issues thrown. */
function everyAnswer(definition: unknown) {
  const calls = {
    isOpen: () => isOpen(definition as CalendarDefinition, monday10),
    nextOpening: () => nextOpening(definition as CalendarDefinition, "2026-01-03T10:00:00Z"),
    addBusinessTime: () => addBusinessTime(definition as CalendarDefinition, monday10, 60_000),
    businessTimeBetween: () =>
      businessTimeBetween(definition as CalendarDefinition, monday10, "2026-01-06T10:00:00Z"),
  };
  return Object.fromEntries(
    Object.entries(calls).map(([name, call]) => {
      try {
        return [name, call()];
      } catch (error) {
        if (!isSlaInputError(error)) throw error;
        return [name, error.issues.map((i) => i.code)];
      }
    }),
  );
}

const plainAnswers = everyAnswer({ timeZone: "UTC", weekly: { mon: W } });

describe("odd but legal definitions", () => {
  it("treats `sat: undefined` as an absent weekday (was a raw TypeError)", () => {
    const calendar = createCalendar({
      timeZone: "UTC",
      weekly: { mon: [{ start: "09:00", end: "17:00" }], sat: undefined as never },
    });
    expect(calendar.definition.weekly).toEqual({ mon: W });
    expect(everyAnswer({ timeZone: "UTC", weekly: { mon: W, sat: undefined } })).toEqual(
      plainAnswers,
    );
  });

  it("treats `dateHours: undefined` and `closedDates: undefined` as absent", () => {
    const definition = {
      timeZone: "UTC",
      weekly: { mon: W },
      dateHours: undefined,
      closedDates: undefined,
    };
    expect(everyAnswer(definition)).toEqual(plainAnswers);
    expect(Object.keys(createCalendar(definition).definition)).toEqual(["timeZone", "weekly"]);
  });

  it("reads null-prototype objects and arrays, frozen inputs, getters and proxies like plain ones", () => {
    const bare = <T extends object>(o: T): T => Object.assign(Object.create(null), o);
    const variants: unknown[] = [
      bare({ timeZone: "UTC", weekly: bare({ mon: [bare({ start: "09:00", end: "17:00" })] }) }),
      { timeZone: "UTC", weekly: { mon: Object.setPrototypeOf([{ ...W[0] }], null) } },
      Object.freeze({
        timeZone: "UTC",
        weekly: Object.freeze({ mon: Object.freeze([Object.freeze({ ...W[0] })]) }),
        closedDates: Object.freeze([]),
      }),
      {
        timeZone: "UTC",
        get weekly() {
          return { mon: [{ start: "09:00", end: "17:00" }] };
        },
      },
      new Proxy({ timeZone: "UTC", weekly: { mon: W } }, {}),
      { timeZone: "UTC", weekly: { mon: W, [Symbol("ignored")]: 1 } },
    ];
    for (const definition of variants) {
      expect(everyAnswer(definition)).toEqual(plainAnswers);
      expect(everyAnswer(definition)).toEqual(plainAnswers);
    }
  });

  it("reports holes in sparse arrays and values that throw as input errors, never as crashes", () => {
    const hole: unknown[] = [];
    hole[1] = { start: "09:00", end: "17:00" };
    const cases: [unknown, string][] = [
      [{ timeZone: "UTC", weekly: { mon: hole } }, "required"],
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
      [{ timeZone: "UTC", weekly: { mon: W }, closedDates: [, "2026-01-05"] }, "invalid_date"],
      [{ timeZone: "UTC", weekly: { mon: null } }, "invalid_type"],
      [{ timeZone: "UTC", weekly: { mon: W }, dateHours: null }, "invalid_type"],
      [{ timeZone: "UTC", weekly: { mon: W }, dateHours: { "2026-01-01": undefined } }, "required"],
      [
        {
          timeZone: "UTC",
          weekly: {
            get mon() {
              throw new Error("boom");
            },
          },
        },
        "unreadable_input",
      ],
    ];
    for (const [definition, code] of cases) {
      for (const answer of Object.values(everyAnswer(definition))) expect(answer).toEqual([code]);
    }
  });
});

describe("limits of a calendar (inputLimits)", () => {
  const tooBig = (definition: unknown) => {
    try {
      createCalendar(definition as CalendarDefinition);
    } catch (error) {
      if (!isSlaInputError(error)) throw error;
      return error.issues.map(({ path, code, message }) => ({ path, code, message }));
    }
    throw new Error("accepted");
  };

  it("rejects more than windowsPerDay windows in a day, naming the field and the limit", () => {
    const windows = Array.from({ length: inputLimits.windowsPerDay + 1 }, () => W[0]);
    expect(tooBig({ timeZone: "UTC", weekly: { mon: windows } })).toEqual([
      {
        path: ["calendar", "weekly", "mon"],
        code: "too_big",
        message:
          "`calendar.weekly.mon` has 97 windows; at most 96 per day are accepted (inputLimits.windowsPerDay)",
      },
    ]);
  });

  it("rejects more than `holidays` closed dates before reading one (the entries here are not even dates)", () => {
    const closedDates = new Array(inputLimits.holidays + 1).fill(42);
    expect(tooBig({ timeZone: "UTC", weekly: { mon: W }, closedDates })).toEqual([
      {
        path: ["calendar", "closedDates"],
        code: "too_big",
        message:
          "`calendar.closedDates` has 10001 entries; at most 10000 are accepted (inputLimits.holidays; use a yearly rule or a function for more)",
      },
    ]);
  });

  it("rejects more than `dateHours` dates before reading one", () => {
    const dateHours = Object.fromEntries(
      Array.from({ length: inputLimits.dateHours + 1 }, (_, i) => [`not a date ${i}`, 42]),
    );
    expect(tooBig({ timeZone: "UTC", weekly: { mon: W }, dateHours })).toEqual([
      {
        path: ["calendar", "dateHours"],
        code: "too_big",
        message:
          "`calendar.dateHours` has 4001 dates; at most 4000 are accepted (inputLimits.dateHours)",
      },
    ]);
  });

  it("rejects more than `dateHourWindows` windows in all the dates together, before reading one", () => {
    const full = Array.from({ length: inputLimits.windowsPerDay }, () => 42);
    const dates = Math.ceil((inputLimits.dateHourWindows + 1) / inputLimits.windowsPerDay);
    const dateHours = Object.fromEntries(
      Array.from({ length: dates }, (_, i) => [`not a date ${i}`, full]),
    );
    expect(tooBig({ timeZone: "UTC", weekly: { mon: W }, dateHours })).toEqual([
      {
        path: ["calendar", "dateHours"],
        code: "too_big",
        message: `\`calendar.dateHours\` has ${dates * inputLimits.windowsPerDay} windows in all; at most 10000 are accepted (inputLimits.dateHourWindows)`,
      },
    ]);
  });
});

/** Dates from `first`, one a day. */
const days = (count: number, first: string) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(first) + i * 86_400_000).toISOString().slice(0, 10),
  );
const quarterHours = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const text = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    return { start: text(i * 15), end: text(i * 15 + 10) };
  });

describe("a definition at the limits, passed again and again", () => {
  const largest = {
    timeZone: "Europe/Paris",
    weekly: { mon: quarterHours(inputLimits.windowsPerDay) },
    closedDates: days(inputLimits.holidays, "1990-01-01"),
    dateHours: Object.fromEntries(
      days(inputLimits.dateHours, "2020-01-01").map((d) => [
        d,
        quarterHours(Math.floor(inputLimits.dateHourWindows / inputLimits.dateHours)),
      ]),
    ),
  };

  it("is validated once, then only compared (times printed, not asserted)", () => {
    const timed = (call: () => unknown) => {
      const start = performance.now();
      call();
      return performance.now() - start;
    };
    const first = timed(() => createCalendar(largest));
    const again = Array.from({ length: 5 }, () =>
      timed(() => isOpen(largest, "2026-01-05T10:00:00Z")),
    );
    const copy = timed(() => createCalendar(structuredClone(largest)));
    process.stdout.write(
      `largest definition: first validation ${first.toFixed(0)} ms, an equal copy ${copy.toFixed(0)} ms, the same object again ${again.map((t) => t.toFixed(1)).join(", ")} ms\n`,
    );
    expect(createCalendar(largest)).toBe(createCalendar(largest));
  });

  it("notices a change in place, however deep, and validates again", () => {
    const definition = {
      timeZone: "UTC",
      weekly: { mon: [{ start: "09:00", end: "17:00" }] },
      closedDates: ["2026-01-12"],
      dateHours: { "2026-01-19": [{ start: "09:00", end: "10:00" }] },
    };
    const before = createCalendar(definition);
    expect(isOpen(definition, "2026-01-05T16:30:00Z")).toBe(true);
    (definition.weekly.mon[0] as { end: string }).end = "16:00";
    expect(isOpen(definition, "2026-01-05T16:30:00Z")).toBe(false);
    definition.closedDates.push("2026-01-05");
    expect(isOpen(definition, "2026-01-05T09:30:00Z")).toBe(false);
    (definition.dateHours as Record<string, unknown>)["2026-01-19"] = [];
    expect(isOpen(definition, "2026-01-19T09:30:00Z")).toBe(false);
    (definition.weekly.mon[0] as { end: unknown }).end = 17;
    expect(() => isOpen(definition, monday10)).toThrow(/calendar\.weekly\.mon\[0\]\.end/);
    // The calendar made before is a value: it did not follow the changes.
    expect(isOpen(before, "2026-01-05T16:30:00Z")).toBe(true);
  });
});
