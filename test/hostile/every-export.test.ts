/** Every exported function, fed hostile values: an answer or a named SlaInputError, fast, and instants Date.parse reads the same. */

import fc from "fast-check";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { isSlaInputError, SlaInputError } from "../../src/index.js";

// ---------------------------------------------------------------------------------------------
// Hostile values (made fresh in the property: fast-check would otherwise inspect them)
// ---------------------------------------------------------------------------------------------

const boom = (): never => {
  throw new Error("trap");
};

/** A Proxy that throws on every trap. */
function trapProxy<T extends object>(target: T): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of [
    "get",
    "set",
    "has",
    "ownKeys",
    "getOwnPropertyDescriptor",
    "getPrototypeOf",
    "setPrototypeOf",
    "isExtensible",
    "preventExtensions",
    "defineProperty",
    "deleteProperty",
    "apply",
    "construct",
  ] as const) {
    (handler as Record<string, unknown>)[trap] = boom;
  }
  return new Proxy(target, handler);
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function withThrowingGetter(key: string, base: object = {}): object {
  return Object.defineProperty({ ...base }, key, { enumerable: true, get: boom });
}

/** An array whose `length` claims 2^32-1 without holding anything. */
function hugeLengthProxy(): unknown[] {
  return new Proxy([] as unknown[], {
    get: (target, key) => (key === "length" ? 2 ** 32 - 1 : Reflect.get(target, key)),
  });
}

let manyKeys: Record<string, number> | undefined;
/** An object with 100,000 keys (built once: building it is the slow part). */
function hundredThousandKeys(): Record<string, number> {
  if (manyKeys === undefined) {
    manyKeys = {};
    for (let i = 0; i < 100_000; i++) manyKeys[`k${i}`] = i;
  }
  return manyKeys;
}

const longString = "2026-11-20T16:50:00+01:00".repeat(40_000);

/** Each hostile value, by name. */
const hostiles: Readonly<Record<string, () => unknown>> = {
  "trap proxy {}": () => trapProxy({}),
  "trap proxy []": () => trapProxy([]),
  "trap proxy function": () => trapProxy(() => true),
  "revoked proxy": revokedProxy,
  "throwing getter": () => withThrowingGetter("value"),
  "null-prototype object": () => Object.create(null),
  "null-prototype array": () => Object.setPrototypeOf(["2026-12-25"], null),
  "Object.create(Date.prototype)": () => Object.create(Date.prototype),
  "object with getTime": () => ({ getTime: () => 0 }),
  "Date with a throwing getTime": () =>
    Object.defineProperty(new Date(0), "getTime", { value: boom }),
  "invalid Date": () => new Date(Number.NaN),
  "luxon look-alike without toMillis": () => ({ isLuxonDateTime: true, isValid: true }),
  "luxon look-alike, toMillis throws": () => ({
    isLuxonDateTime: true,
    isValid: true,
    toMillis: boom,
  }),
  "luxon look-alike, isValid throws": () => ({
    isLuxonDateTime: true,
    get isValid() {
      return boom();
    },
  }),
  "luxon look-alike, toMillis -0": () => ({
    isLuxonDateTime: true,
    isValid: true,
    toMillis: () => -0,
  }),
  "invalid luxon DateTime": () => DateTime.invalid("hostile"),
  "Temporal-like instant": () => ({
    epochMilliseconds: 1_795_189_800_000,
    toString: () => "2026-11-20T15:50:00Z",
  }),
  "sparse array": () => new Array(3),
  "array with a hole first": () => {
    const list: string[] = [];
    list[1] = "2026-12-25";
    return list;
  },
  "array of 1e7 holes": () => new Array(1e7),
  "array of length 2^32-1": () => new Array(2 ** 32 - 1),
  "proxy claiming length 2^32-1": hugeLengthProxy,
  "array-like {length: 2^32-1}": () => ({ length: 2 ** 32 - 1 }),
  "array with a throwing index getter": () =>
    Object.defineProperty(["2026-12-25"], 0, { enumerable: true, get: boom }),
  "1,000,000-char string": () => longString,
  "object with 100,000 keys": hundredThousandKeys,
  "-0": () => -0,
  NaN: () => Number.NaN,
  bigint: () => 10n,
  symbol: () => Symbol("s"),
  "throwing function": () => boom,
  "cyclic object": () => {
    const o: Record<string, unknown> = {};
    o.self = o;
    return o;
  },
};
const hostileNames = Object.keys(hostiles);

// ---------------------------------------------------------------------------------------------
// Every exported function, with a plausible input and the places a hostile value can go
// ---------------------------------------------------------------------------------------------

const nineToFive = [{ start: "09:00", end: "17:00" }];
const calendarDefinition = {
  timeZone: "Europe/Paris",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};
const opened = "2026-11-20T16:50:00+01:00";
const p2 = { plan: "ultimate", priority: "P2", region: "emea", openedAt: opened };

/** A function taking one input object (`fields` are its keys and nested places, as paths). */
interface ObjectTarget {
  readonly kind: "object";
  readonly call: (input: unknown) => unknown;
  readonly base: () => Record<string, unknown>;
  readonly places: readonly (readonly (string | number)[])[];
}
/** A function taking positional arguments, each named as its issues name it. */
interface ArgsTarget {
  readonly kind: "args";
  readonly call: (...args: unknown[]) => unknown;
  readonly base: () => unknown[];
  /** The path a problem with each argument is reported at. */
  readonly names: readonly (string | undefined)[];
}
type Target = ObjectTarget | ArgsTarget;

const placeKeys = [["region"], ["billingCountry"], ["timeZone"], ["holidays"], ["holidays", 0]];
const caseKeys = [
  ["plan"],
  ["priority"],
  ["openedAt"],
  ...placeKeys,
  ["product"],
  ["termStart"],
  ["businessDay"],
  ["unknownKey"],
];

const targets: Readonly<Record<string, Target>> = {
  responseDeadline: {
    kind: "object",
    call: (input) => lib.responseDeadline(input as never),
    base: () => ({ ...p2, holidays: ["2026-12-25"] }),
    places: caseKeys,
  },
  slaStatus: {
    kind: "object",
    call: (input) => lib.slaStatus(input as never),
    base: () => ({
      ...p2,
      now: "2026-11-23T09:15:00+01:00",
      priorityHistory: [{ priority: "P3", at: "2026-11-20T17:00:00+01:00" }],
      pauses: [{ from: "2026-11-23T09:00:00+01:00", reason: "waiting" }],
    }),
    places: [
      ...caseKeys,
      ["now"],
      ["respondedAt"],
      ["priorityHistory"],
      ["priorityHistory", 0],
      ["priorityHistory", 0, "at"],
      ["measureFrom"],
      ["atRiskThreshold"],
      ["pauses"],
      ["pauses", 0],
      ["pauses", 0, "from"],
      ["pauses", 0, "to"],
      ["pauses", 0, "reason"],
    ],
  },
  // The same case as slaStatus, through its figures-only entry.
  get slaStatusFigures(): Target {
    const status = targets.slaStatus as Target;
    return { ...status, call: (input: unknown) => lib.slaStatusFigures(input as never) };
  },
  downgradeEligibility: {
    kind: "object",
    call: (input) => lib.downgradeEligibility(input as never),
    base: () => ({
      ...p2,
      namedContacts: ["ana@example.com"],
      contactAttempts: [
        { at: "2026-11-23T10:00:00+01:00", contact: "ana@example.com", outcome: "no-response" },
      ],
      now: "2026-11-23T11:00:00+01:00",
    }),
    places: [
      ...caseKeys,
      ["namedContacts"],
      ["namedContacts", 0],
      ["contactAttempts"],
      ["contactAttempts", 0],
      ["contactAttempts", 0, "at"],
      ["contactAttempts", 0, "contact"],
      ["continuousEngagement"],
      ["now"],
      ["measureFrom"],
      ["lowerTo"],
    ],
  },
  adobeMayContact: {
    kind: "object",
    call: (input) => lib.adobeMayContact(input as never),
    base: () => ({ priority: "P3", region: "emea", now: "2026-11-22T03:00:00+01:00" }),
    places: [["priority"], ["at"], ...placeKeys],
  },
  supportChannels: {
    kind: "object",
    call: (input) => lib.supportChannels(input as never),
    base: () => ({ plan: "expert", priority: "P3", region: "emea", now: "2026-11-22T03:00:00Z" }),
    places: [["plan"], ["priority"], ["at"], ...placeKeys],
  },
  supportLanguages: {
    kind: "object",
    call: (input) => lib.supportLanguages(input as never),
    base: () => ({ region: "japan", now: "2026-11-20T18:00:00+09:00", product: "target" }),
    places: [["at"], ["product"], ...placeKeys],
  },
  submissionCheck: {
    kind: "object",
    call: (input) => lib.submissionCheck(input as never),
    base: () => ({ submitter: "ana@example.com", namedContacts: ["ana@example.com"] }),
    places: [["submitter"], ["namedContacts"], ["namedContacts", 0]],
  },
  addOnEligibility: {
    kind: "object",
    call: (input) => lib.addOnEligibility(input as never),
    base: () => ({ plan: "expert", products: ["experience-manager"], aemCloudService: true }),
    places: [
      ["plan"],
      ["products"],
      ["products", 0],
      ["aemCloudService"],
      ["migratingToAemCloudService"],
    ],
  },
  planFeaturesFor: {
    kind: "args",
    call: (plan) => lib.planFeaturesFor(plan as never),
    base: () => ["ultimate"],
    names: ["plan"],
  },
  fieldServiceActivitiesFor: {
    kind: "args",
    call: (solution) => lib.fieldServiceActivitiesFor(solution as never),
    base: () => ["target"],
    names: ["solution"],
  },
  regionForCountry: {
    kind: "args",
    call: (country) => lib.regionForCountry(country as never),
    base: () => ["FR"],
    names: ["country"],
  },
  launchAdvisoryDeliverables: {
    kind: "args",
    call: (...args) => (lib.launchAdvisoryDeliverables as (...a: unknown[]) => unknown)(...args),
    base: () => [],
    names: [],
  },
  isSlaError: {
    kind: "args",
    call: (error) => lib.isSlaError(error),
    base: () => [new Error("x")],
    names: [undefined],
  },
  isSlaInputError: {
    kind: "args",
    call: (error) => lib.isSlaInputError(error),
    base: () => [new Error("x")],
    names: [undefined],
  },
  japaneseHoliday: {
    kind: "args",
    call: (date) => lib.japaneseHoliday(date as never),
    base: () => ["2026-11-03"],
    names: ["date"],
  },
  isJapaneseHoliday: {
    kind: "args",
    call: (date) => lib.isJapaneseHoliday(date as never),
    base: () => ["2026-11-03"],
    names: ["date"],
  },
  japaneseHolidaysIn: {
    kind: "args",
    call: (year) => lib.japaneseHolidaysIn(year as never),
    base: () => [2026],
    names: ["year"],
  },
  createCalendar: {
    kind: "object",
    call: (input) => lib.createCalendar(input as never),
    base: () => ({ ...calendarDefinition, closedDates: ["2026-12-25"] }),
    places: [["timeZone"], ["weekly"], ["weekly", "mon"], ["closedDates"], ["dateHours"]],
  },
  isOpen: {
    kind: "args",
    call: (calendar, at) => lib.isOpen(calendar as never, at as never),
    base: () => [calendarDefinition, "2026-11-23T10:00:00+01:00"],
    names: [undefined, "at"],
  },
  nextOpening: {
    kind: "args",
    call: (calendar, at) => lib.nextOpening(calendar as never, at as never),
    base: () => [calendarDefinition, "2026-11-22T10:00:00+01:00"],
    names: [undefined, "at"],
  },
  addBusinessTime: {
    kind: "args",
    call: (calendar, start, ms) =>
      lib.addBusinessTime(calendar as never, start as never, ms as never),
    base: () => [calendarDefinition, "2026-11-20T16:50:00+01:00", 1_800_000],
    names: [undefined, "start", "durationMs"],
  },
  businessTimeBetween: {
    kind: "args",
    call: (calendar, from, to) =>
      lib.businessTimeBetween(calendar as never, from as never, to as never),
    base: () => [calendarDefinition, "2026-11-20T16:50:00+01:00", "2026-11-23T10:00:00+01:00"],
    names: [undefined, "from", "to"],
  },
};
const targetNames = Object.keys(targets);

/** Exported functions that take no input worth attacking (classes are built by the library). */
const notTargets = new Set(["SlaError", "SlaInputError", "BusinessCalendar"]);

// ---------------------------------------------------------------------------------------------
// Outcome checks
// ---------------------------------------------------------------------------------------------

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})$/;

/** Every number in the result is not -0; every instant text is read by Date.parse to its twin's instant. */
function checkResult(value: unknown, path: string, seen = new Set<object>()): void {
  if (typeof value === "number") {
    if (Object.is(value, -0)) throw new Error(`${path} is -0`);
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  for (const [key, inner] of Object.entries(record)) {
    const at = `${path}.${key}`;
    if (typeof inner === "string" && ISO_INSTANT.test(inner)) {
      const ms = Date.parse(inner);
      if (!Number.isFinite(ms)) throw new Error(`${at} = ${inner} is not read by Date.parse`);
      if (key.endsWith("Local")) {
        const twin = record[key.slice(0, -"Local".length)];
        if (typeof twin !== "string") throw new Error(`${at} has no UTC twin`);
        if (Date.parse(twin) !== ms) throw new Error(`${at} = ${inner} is not ${twin}`);
      }
    } else if (typeof inner === "string" && /(?:At|Local)$/.test(key) && /^\d{4}-/.test(inner)) {
      throw new Error(`${at} = ${inner} does not look like an ISO 8601 instant`);
    }
    if (
      key === "dueAtMs" &&
      record.dueAt !== undefined &&
      Date.parse(String(record.dueAt)) !== inner
    ) {
      throw new Error(`${at} is not dueAt`);
    }
    checkResult(inner, at, seen);
  }
}

function text(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an unprintable value";
  }
}

function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path)
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "input" : out;
}

/**
 * Fails unless `error` is an SlaInputError whose issues each name their field: with `field` (a
 * specific field was at fault), every issue has a non-empty path.
 */
function checkError(error: unknown, field: readonly (string | number)[] | undefined): void {
  if (!(error instanceof SlaInputError) || !isSlaInputError(error)) {
    throw new Error(`threw something other than SlaInputError: ${text(error)}`);
  }
  if (error.issues.length === 0 || error.issues.length > 51) {
    throw new Error(`${error.issues.length} issues`);
  }
  for (const issue of error.issues) {
    if (!/^[a-z_]+$/.test(issue.code)) throw new Error(`bad code ${issue.code}`);
    if (field !== undefined && issue.path.length === 0) {
      throw new Error(`empty path for a fault in \`${formatPath(field)}\`: ${issue.message}`);
    }
    const name = `\`${formatPath(issue.path)}\``;
    if (issue.path.length > 0 && !issue.message.includes(name)) {
      throw new Error(`message does not name ${name}: ${issue.message}`);
    }
  }
  if (error.message.length > 20_000) throw new Error(`message of ${error.message.length} chars`);
}

/** Puts `value` at `path` of a copy of `base` (copying the containers on the way). */
function placeAt(base: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = Array.isArray(base)
    ? [...base]
    : { ...(typeof base === "object" && base !== null ? base : {}) };
  (container as Record<string | number, unknown>)[head] = placeAt(
    (base as Record<string | number, unknown> | undefined)?.[head],
    rest,
    value,
  );
  return container;
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

/** The slowest calls seen, for the report. */
const slowest: { ms: number; label: string }[] = [];
const BUDGET_MS = 50;
/** Fail only far above the budget: shared CI machines pause. */
const FAIL_MS = 500;

function timed(
  label: string,
  run: () => unknown,
): { value?: unknown; error?: unknown; thrown: boolean } {
  const t0 = performance.now();
  let outcome: { value?: unknown; error?: unknown; thrown: boolean };
  try {
    outcome = { value: run(), thrown: false };
  } catch (error) {
    outcome = { error, thrown: true };
  }
  const ms = performance.now() - t0;
  slowest.push({ ms, label });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 5);
  if (ms > FAIL_MS) throw new Error(`${label} took ${Math.round(ms)} ms`);
  return outcome;
}

/** One call: `target` with `hostile` at `slot` (a place of its input, or an argument), or the whole input. */
function attack(name: string, slot: number, hostile: string): void {
  const target = targets[name] as Target;
  const value = (hostiles[hostile] as () => unknown)();
  let run: () => unknown;
  let field: readonly (string | number)[] | undefined;
  if (target.kind === "object") {
    const place = slot < 0 ? [] : (target.places[slot % target.places.length] ?? []);
    const input = placeAt(target.base(), place, value);
    run = () => target.call(input);
    field = place.length > 0 ? place : undefined;
  } else {
    const args = target.base();
    const index = args.length === 0 ? 0 : Math.abs(slot) % args.length;
    args[index] = value;
    run = () => target.call(...args);
    const argName = target.names[index];
    field = argName === undefined ? undefined : [argName];
  }
  const label = `${name} with ${hostile} at ${field ? formatPath(field) : "the whole input"}`;
  const outcome = timed(label, run);
  try {
    if (outcome.thrown) checkError(outcome.error, field);
    else checkResult(outcome.value, name);
  } catch (error) {
    throw new Error(`${label}: ${text(error)}`);
  }
}

describe("every exported function, fed hostile values", () => {
  afterAll(() => {
    // The measurements the issue asks for: the slowest calls of this file.
    console.info(
      `slowest calls (budget ${BUDGET_MS} ms):\n${slowest.map((s) => `  ${s.ms.toFixed(1)} ms  ${s.label}`).join("\n")}`,
    );
  });

  it("covers every exported function", () => {
    const exported = Object.entries(lib)
      .filter(([name, value]) => typeof value === "function" && !notTargets.has(name))
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual([...targetNames].sort());
  });

  it("answers or throws an SlaInputError naming the field, within the time budget", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...targetNames),
        fc.integer({ min: -1, max: 40 }),
        fc.constantFrom(...hostileNames),
        (name, slot, hostile) => attack(name, slot, hostile),
      ),
      { numRuns: 3_000 },
    );
  });

  it("every hostile value at every place of every function", () => {
    const failures: string[] = [];
    for (const name of targetNames) {
      const target = targets[name] as Target;
      const slots =
        target.kind === "object" ? target.places.length : Math.max(1, target.names.length);
      for (let slot = -1; slot < slots; slot++) {
        for (const hostile of hostileNames) {
          try {
            attack(name, slot, hostile);
          } catch (error) {
            failures.push(text(error));
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
