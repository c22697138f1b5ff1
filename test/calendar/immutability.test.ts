/**
 * Calendars cannot be altered: every object reachable from a returned calendar is attacked with
 * every kind of mutation, and no answer changes, for that caller or any other (issue: "calendars
 * cannot be altered").
 */

import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  BusinessCalendar,
  businessTimeBetween,
  type CalendarDefinition,
  createCalendar,
  isOpen,
  nextOpening,
  responseDeadline,
} from "../../src/index.js";

const nineToFive = [{ start: "09:00", end: "17:00" }];
/** The EMEA regional hours in London: the calendar `responseDeadline` builds for an EMEA case. */
const londonHours: CalendarDefinition = {
  timeZone: "Europe/London",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};
const withEverything: CalendarDefinition = {
  timeZone: "Europe/Paris",
  weekly: { mon: nineToFive, fri: [{ start: "22:00", end: "02:00" }] },
  closedDates: ["2026-12-25", "2026-11-27"],
  dateHours: { "2026-11-28": [{ start: "10:00", end: "12:00" }] },
};
const withPredicate: CalendarDefinition = {
  timeZone: "Asia/Tokyo",
  weekly: { tue: nineToFive },
  closedDates: (isoDate) => isoDate.endsWith("-12-01"),
};

/** Objects of the language itself: shared by everything, never the library's to protect. */
const intrinsics = new Set<unknown>([
  Object.prototype,
  Function.prototype,
  Array.prototype,
  Map.prototype,
  Set.prototype,
  Object,
  Function,
  Array,
  Map,
  Set,
  Object.getPrototypeOf(Int8Array),
  Object.getPrototypeOf(Int8Array.prototype),
  Float64Array.prototype,
  Int32Array.prototype,
  Symbol.prototype,
  String.prototype,
]);

/** Every object reachable from `root`: own properties of any kind, getters' results, Set and Map contents, prototypes. */
function reachable(root: object): Set<object> {
  const seen = new Set<object>();
  const queue: unknown[] = [root];
  while (queue.length > 0) {
    const value = queue.pop();
    if (value === null || (typeof value !== "object" && typeof value !== "function")) continue;
    const object = value as object;
    if (seen.has(object) || intrinsics.has(object)) continue;
    seen.add(object);
    queue.push(Object.getPrototypeOf(object));
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
      if (descriptor === undefined) continue;
      if ("value" in descriptor) queue.push(descriptor.value);
      else {
        queue.push(descriptor.get, descriptor.set);
        // A getter on a prototype: what it returns for the root.
        try {
          queue.push(descriptor.get?.call(root));
        } catch {
          // A getter that refuses this receiver shows nothing.
        }
      }
    }
    if (object instanceof Set) for (const item of object) queue.push(item);
    if (object instanceof Map) for (const [k, v] of object) queue.push(k, v);
  }
  return seen;
}

const attempt = (mutate: () => unknown) => {
  try {
    mutate();
  } catch {
    // A frozen object refuses: that is the point.
  }
};

/** Tries every kind of mutation on `object`. */
function attack(object: object): void {
  const target = object as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(object)) {
    attempt(() => {
      target[key] = { start: "00:00", end: "00:01" };
    });
    attempt(() => Object.defineProperty(object, key, { value: 0, writable: true }));
    attempt(() => delete target[key]);
  }
  attempt(() => {
    target.added = 1;
  });
  if (Array.isArray(object)) {
    const list = object as unknown[];
    attempt(() => list.push({ start: "00:00", end: "24:00" }));
    attempt(() => list.splice(0, 1));
    attempt(() => list.reverse());
    attempt(() => list.fill(undefined));
    attempt(() => {
      list.length = 0;
    });
  }
  if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
    attempt(() => (object as Float64Array).fill(0));
  }
  if (object instanceof Set) {
    attempt(() => object.add(0));
    attempt(() => object.clear());
  }
  if (object instanceof Map) {
    attempt(() => object.set(0, []));
    attempt(() => object.clear());
  }
  attempt(() => Object.setPrototypeOf(object, null));
}

const emeaCase = {
  plan: "expert",
  priority: "P2",
  region: "emea",
  openedAt: "2026-11-20T16:50:00Z",
} as const;

/** Answers that depend on every part of a calendar. */
function answers(definition: CalendarDefinition) {
  const calendar = createCalendar(definition);
  const week = ["2026-11-23T08:30:00Z", "2026-11-27T23:30:00Z", "2026-12-01T03:00:00Z"];
  return {
    open: week.map((t) => isOpen(calendar, t)),
    next: week.map((t) => nextOpening(calendar, t)),
    added: week.map((t) => addBusinessTime(calendar, t, 3 * 3_600_000)),
    between: businessTimeBetween(calendar, "2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z"),
    definition: JSON.stringify(calendar.definition),
    timeZone: calendar.timeZone,
  };
}

describe("a returned calendar cannot be altered", () => {
  it("keeps every answer after every object reachable from calendars and a deadline is attacked", () => {
    const definitions = [londonHours, withEverything, withPredicate];
    const before = definitions.map(answers);
    const deadlineBefore = responseDeadline(emeaCase);
    expect(deadlineBefore.dueAt).toBe("2026-11-23T10:50:00.000Z");

    const roots: object[] = [...definitions.map((d) => createCalendar(d)), deadlineBefore];
    const objects = new Set<object>();
    for (const root of roots) for (const object of reachable(root)) objects.add(object);
    // The caller's own predicate is the caller's: the library calls it, never trusts its properties.
    objects.delete(withPredicate.closedDates as object);
    // The walk reached the calendars, their definitions, windows and the class.
    expect(objects.size).toBeGreaterThan(20);
    expect(objects.has(BusinessCalendar)).toBe(true);
    for (const object of objects) attack(object);

    expect(definitions.map(answers)).toEqual(before);
    expect(responseDeadline(emeaCase)).toEqual(deadlineBefore);
    // The class still tells real calendars from look-alikes.
    expect(BusinessCalendar.isCalendar(createCalendar(londonHours))).toBe(true);
    expect(BusinessCalendar.isCalendar({ ...createCalendar(londonHours) })).toBe(false);
  });

  it("keeps the EMEA deadline after `spec.weekly[0].length = 0` (the reported case)", () => {
    const calendar = createCalendar(londonHours) as unknown as Record<string, unknown>;
    expect(calendar.spec).toBeUndefined();
    attempt(() => {
      ((calendar.spec as { weekly: unknown[][] }).weekly[0] as unknown[]).length = 0;
    });
    expect(responseDeadline(emeaCase).dueAt).toBe("2026-11-23T10:50:00.000Z");
  });

  it("is deeply frozen, with no Set, Map or typed array in reach", () => {
    const calendar = createCalendar(withEverything);
    for (const object of reachable(calendar)) {
      if (typeof object === "function") continue;
      expect(Object.isFrozen(object)).toBe(true);
      expect(object instanceof Set || object instanceof Map || ArrayBuffer.isView(object)).toBe(
        false,
      );
    }
  });

  it("cannot be made with its constructor", () => {
    const Calendar = BusinessCalendar as unknown as new (...args: unknown[]) => unknown;
    expect(() => new Calendar({}, londonHours, {})).toThrow(TypeError);
  });

  it("does not share the caller's arrays: changing them later changes nothing", () => {
    const holidays = ["2026-12-25"];
    const hours = [{ start: "09:00", end: "17:00" }];
    const definition = { timeZone: "UTC", weekly: { fri: hours }, closedDates: holidays };
    const calendar = createCalendar(definition);
    holidays.push("2026-11-27");
    hours[0] = { start: "00:00", end: "01:00" };
    expect(isOpen(calendar, "2026-11-27T10:00:00Z")).toBe(true);
    expect(calendar.definition.closedDates).toEqual(["2026-12-25"]);
    // The changed definition is a different calendar.
    expect(isOpen(definition, "2026-11-27T10:00:00Z")).toBe(false);
    expect(isOpen(definition, "2026-11-20T00:30:00Z")).toBe(true);
  });
});
