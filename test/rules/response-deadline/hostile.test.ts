import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  BusinessCalendar,
  businessTimeBetween,
  type CalendarDefinition,
  createCalendar,
  isOpen,
  isSlaInputError,
  nextOpening,
  type ResponseDeadline,
  type ResponseDeadlineInput,
  responseDeadline,
  SlaInputError,
} from "../../../src/index.js";

// ---------------------------------------------------------------------------------------------
// Outcome checks
// ---------------------------------------------------------------------------------------------

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const FROM_MS = 0;
const UNTIL_MS = Date.UTC(2200, 0, 1);

/** Text for anything thrown, even a value whose own conversion throws. */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
    return `${typeof error}: ${String(error)}`;
  } catch {
    return `${typeof error} that cannot be printed`;
  }
}

/** Fails unless `error` is a well-formed SlaInputError. */
function checkThrown(error: unknown): void {
  if (!(error instanceof SlaInputError) || !isSlaInputError(error)) {
    throw new Error(`threw something other than SlaInputError: ${describeThrown(error)}`);
  }
  if (error.name !== "SlaInputError") throw new Error(`bad name ${error.name}`);
  if (error.issues.length === 0) throw new Error("SlaInputError without issues");
  for (const issue of error.issues) {
    if (!Array.isArray(issue.path)) throw new Error("issue path is not an array");
    for (const part of issue.path) {
      if (typeof part !== "string" && typeof part !== "number") {
        throw new Error(`issue path part of type ${typeof part}`);
      }
    }
    if (typeof issue.code !== "string" || !/^[a-z_]+$/.test(issue.code)) {
      throw new Error(`bad issue code ${String(issue.code)}`);
    }
    if (typeof issue.message !== "string" || issue.message.length === 0) {
      throw new Error("empty issue message");
    }
  }
}

/** Runs `f`: either it returns a value that passes `check`, or it throws a well-formed SlaInputError. */
function expectSafe<T>(f: () => T, check: (value: T) => void): "result" | "error" {
  let value: T;
  try {
    value = f();
  } catch (error) {
    checkThrown(error);
    return "error";
  }
  check(value);
  return "result";
}

function checkInstantText(name: string, text: unknown): number {
  if (typeof text !== "string" || !ISO_UTC.test(text)) {
    throw new Error(`${name} is not an ISO UTC instant: ${String(text)}`);
  }
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) throw new Error(`${name} does not parse: ${text}`);
  if (ms < FROM_MS || ms >= UNTIL_MS) throw new Error(`${name} is outside 1970-2200: ${text}`);
  return ms;
}

function checkDeadline(result: ResponseDeadline): void {
  const due = checkInstantText("dueAt", result.dueAt);
  const opened = checkInstantText("openedAt", result.openedAt);
  const started = checkInstantText("clockStartedAt", result.clockStartedAt);
  if (result.dueAtMs !== due) throw new Error(`dueAtMs ${result.dueAtMs} != dueAt ${result.dueAt}`);
  if (!(opened <= started && started <= due)) {
    throw new Error(`order broken: opened ${opened}, started ${started}, due ${due}`);
  }
  if (typeof result.explanation !== "string" || result.explanation.length === 0) {
    throw new Error("empty explanation");
  }
}

const deadline = (input: unknown) => () => responseDeadline(input as ResponseDeadlineInput);

function checkEpoch(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new Error(`${name} returned ${String(value)}, not a whole number`);
  }
  if (value < FROM_MS || value >= UNTIL_MS)
    throw new Error(`${name} returned ${value}, out of range`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

const boom = (): never => {
  throw new Error("trap");
};

/** A Proxy that throws on every trap. */
function trapProxy<T extends object>(target: T): T {
  return new Proxy(target, {
    get: boom,
    set: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    setPrototypeOf: boom,
    isExtensible: boom,
    preventExtensions: boom,
    defineProperty: boom,
    deleteProperty: boom,
    apply: boom,
    construct: boom,
  });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An Error whose `message` getter throws. */
function errorWithThrowingMessage(): Error {
  const error = new Error("x");
  Object.defineProperty(error, "message", { get: boom });
  return error;
}

/** Values that are hard to even look at: thrown, converted or inspected, they misbehave. */
const unprintables: ReadonlyArray<readonly [string, () => unknown]> = [
  ["an Error", () => new Error("plain")],
  ["a string", () => "a thrown string"],
  ["undefined", () => undefined],
  ["a null-prototype object", () => Object.create(null)],
  ["an object whose toString throws", () => ({ toString: boom, valueOf: boom })],
  ["an Error whose message getter throws", errorWithThrowingMessage],
  ["a Proxy that throws on every trap", () => trapProxy({})],
  ["a revoked Proxy", revokedProxy],
  ["a Symbol", () => Symbol("thrown")],
];

/** Values that are not what a field wants, and fight back when inspected; each with a label. */
function hostileValues(): (readonly [string, unknown])[] {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cyclicArray: unknown[] = [];
  cyclicArray.push(cyclicArray);
  const sparse: string[] = [];
  sparse.length = 3;
  const dateWithThrowingGetTime = new Date(0);
  Object.defineProperty(dateWithThrowingGetTime, "getTime", { value: boom });
  return [
    ["trap proxy {}", trapProxy({})],
    ["trap proxy function", trapProxy(() => true)],
    ["trap proxy []", trapProxy([])],
    ["revoked proxy", revokedProxy()],
    [
      "object with a throwing getter",
      {
        get value() {
          return boom();
        },
      },
    ],
    [
      "object whose conversions throw",
      { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom },
    ],
    ["Object.create(Date.prototype)", Object.create(Date.prototype)],
    ["Date with a throwing getTime", dateWithThrowingGetTime],
    [
      "fake DateTime, toMillis string",
      { isLuxonDateTime: true, isValid: true, toMillis: () => "5" },
    ],
    ["fake DateTime, toMillis throws", { isLuxonDateTime: true, isValid: true, toMillis: boom }],
    [
      "fake DateTime, isValid throws",
      {
        isLuxonDateTime: true,
        get isValid() {
          return boom();
        },
      },
    ],
    ["invalid DateTime", DateTime.invalid("hostile")],
    ["cyclic object", cyclic],
    ["cyclic array", cyclicArray],
    ["sparse array", sparse],
    ["frozen mixed array", Object.freeze(["2026-12-25", 42])],
    ["null-prototype object", Object.create(null)],
    ["symbol", Symbol("s")],
    ["bigint", 10n],
    ["5k-char string", "x".repeat(5_000)],
    ["repeated ISO string", "2026-11-20T16:50:00+01:00".repeat(200)],
    ["boxed string", new String("2026-11-20T16:50:00+01:00")],
    ["boxed number", new Number(0)],
    ["function returning a string", () => "yes"],
    ["async function", async () => true],
    [
      "generator function",
      function* generator() {
        yield true;
      },
    ],
    ["class", class Holidays {}],
    ["function returning a promise", () => Promise.resolve(false)],
    ["function returning a trap proxy", () => trapProxy({})],
  ];
}

/** Runs every check, and fails once with every check that did not hold. */
function expectAllSafe(checks: readonly (readonly [string, () => unknown])[]): void {
  const failures: string[] = [];
  for (const [label, run] of checks) {
    try {
      run();
    } catch (error) {
      failures.push(`${label}: ${describeThrown(error)}`);
    }
  }
  expect(failures).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Valid-ish arbitraries
// ---------------------------------------------------------------------------------------------

const HOUR = 3_600_000;
const planArb = fc.constantFrom("expert", "ultimate");
const priorityArb = fc.constantFrom("P1", "P2", "P3", "P4");
const regionArb = fc.constantFrom("americas", "emea", "apac", "japan");
const countryArb = fc.constantFrom(
  "FR",
  "US",
  "JP",
  "AU",
  "IN",
  "BR",
  "RU",
  "NZ",
  "GB",
  "ZA",
  "AQ",
  "BV",
  "fr",
  "jp",
  " de ",
);
const zoneArb = fc.constantFrom(
  "Europe/Paris",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "Africa/Monrovia",
  "America/St_Johns",
  "UTC",
  "Etc/GMT-14",
  "Antarctica/Troll",
  "Pacific/Kiritimati",
  "Pacific/Apia",
  "America/Sao_Paulo",
  "Asia/Tehran",
  "Europe/Dublin",
  "utc",
);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO strings with an offset (or Z) whose local time lies anywhere in 1970-2199. */
const isoArb = fc
  .record({
    ms: fc.integer({ min: FROM_MS, max: UNTIL_MS - 1 }),
    offsetMinutes: fc.integer({ min: -18 * 60, max: 18 * 60 }),
    zulu: fc.boolean(),
    precision: fc.constantFrom(0, 1, 2),
  })
  .map(({ ms, offsetMinutes, zulu, precision }) => {
    const offset = zulu ? 0 : offsetMinutes;
    const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
    const text =
      precision === 0 ? local.slice(0, 16) : precision === 1 ? local.slice(0, 19) : local;
    if (zulu) return `${text}Z`;
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${text}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  });

/** Instants at the edges of the supported range, and just outside it. */
const edgeInstantArb = fc.constantFrom(
  "1970-01-01T00:00:00Z",
  "1970-01-01T00:30:00+01:00",
  "1969-12-31T23:59:59.999Z",
  "2199-12-31T23:59:59.999Z",
  "2199-12-31T23:30:00Z",
  "2199-12-31T16:00:00Z",
  "2199-12-30T10:00:00+14:00",
  "2199-12-31T23:30:00-01:00",
  "2200-01-01T00:00:00Z",
  "2026-03-08T02:30:00-08:00",
  "2026-10-25T01:30:00+01:00",
  "2026-11-20T16:50:00+01:00",
  "2026-11-20T16:50:00",
  "2021-02-30T10:00:00Z",
  "2026-11-20",
  "",
);

const numberInstantArb = fc.oneof(
  fc.integer({ min: FROM_MS, max: UNTIL_MS - 1 }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    1e12 + 0.25,
    -1,
    UNTIL_MS,
    UNTIL_MS - 1,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
  ),
  fc.double(),
);

const dateInstantArb = fc.date({
  min: new Date(Date.UTC(1960, 0, 1)),
  max: new Date(Date.UTC(2210, 0, 1)),
  noInvalidDate: false,
});

const luxonInstantArb = fc.oneof(
  fc
    .record({ ms: fc.integer({ min: FROM_MS, max: UNTIL_MS - 1 }), zone: zoneArb })
    .map(({ ms, zone }) => DateTime.fromMillis(ms, { zone })),
  fc.constant(DateTime.invalid("no reason")),
);

const instantArb = fc.oneof(
  { weight: 4, arbitrary: isoArb },
  { weight: 2, arbitrary: edgeInstantArb },
  { weight: 2, arbitrary: numberInstantArb },
  { weight: 2, arbitrary: dateInstantArb },
  { weight: 1, arbitrary: luxonInstantArb },
);

const isoDateArb = fc
  .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)) })
  .map((d) => (Number.isNaN(d.getTime()) ? "2026-12-25" : d.toISOString().slice(0, 10)));

const predicateArb = fc.oneof(
  fc.func(fc.boolean()),
  fc.func(fc.oneof(fc.boolean(), fc.string(), fc.constantFrom(0, 1, null, undefined))),
  fc.constant((date: string) => date.endsWith("-25")),
  fc.constant(() => {
    throw new Error("holiday service down");
  }),
  fc.constant(() => {
    throw "a string";
  }),
  fc.constant(() => "true"),
  fc.constant(() => true),
);

const holidaysArb = fc.oneof(
  fc.array(isoDateArb, { maxLength: 6 }),
  fc.array(
    fc.oneof(
      isoDateArb,
      fc.constantFrom("2026-02-30", "2026-13-01", "2026-1-1", "25/12/2026", ""),
      fc.string(),
      fc.anything(),
    ),
    { maxLength: 4 },
  ),
  predicateArb,
);

const productArb = fc.constantFrom("commerce-managed-services", "experience-manager", "");
const termStartArb = fc.constantFrom(
  "2021-09-20",
  "2021-09-19",
  "2023-01-01",
  "2021-02-30",
  "2021-9-20",
  "",
);
const businessDayArb = fc.constantFrom("full-business-day", "end-of-next-business-day");

/** Each field: mostly a valid value, sometimes anything at all. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: fc.anything() });
}

const mixedInputArb = fc.record(
  {
    plan: field(planArb),
    priority: field(priorityArb),
    openedAt: field(instantArb),
    region: field(regionArb),
    billingCountry: field(countryArb),
    timeZone: field(zoneArb),
    product: field(productArb),
    termStart: field(termStartArb),
    holidays: field(holidaysArb),
    businessDay: field(businessDayArb),
  },
  { requiredKeys: ["plan", "priority", "openedAt"] },
);

// ---------------------------------------------------------------------------------------------
// (a), (b): responseDeadline over arbitrary and mixed inputs
// ---------------------------------------------------------------------------------------------

describe("responseDeadline never fails with anything but SlaInputError", () => {
  it("(a) arbitrary values", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withObjectString: true,
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (input) => {
          expectSafe(deadline(input), checkDeadline);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("(a) objects with the input's keys and arbitrary values", () => {
    const keys = [
      "plan",
      "priority",
      "openedAt",
      "region",
      "billingCountry",
      "timeZone",
      "product",
      "termStart",
      "holidays",
      "businessDay",
      "priorty",
      "__proto__",
      "constructor",
    ];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.anything({ withNullPrototype: true })),
        (input) => {
          expectSafe(deadline(input), checkDeadline);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("(b) records mixing valid and hostile values per field", () => {
    let results = 0;
    fc.assert(
      fc.property(mixedInputArb, (input) => {
        if (expectSafe(deadline(input), checkDeadline) === "result") results += 1;
      }),
      { numRuns: 400 },
    );
    // The arbitrary must reach the computation, not only the validation.
    expect(results).toBeGreaterThan(10);
  });

  it("(b) valid records give a deadline or a range error, never an invalid date", () => {
    const validArb = fc.record(
      {
        plan: planArb,
        priority: priorityArb,
        openedAt: fc.oneof(isoArb, edgeInstantArb),
        region: regionArb,
        billingCountry: countryArb,
        timeZone: zoneArb,
        holidays: fc.array(isoDateArb, { maxLength: 4 }),
        businessDay: businessDayArb,
      },
      { requiredKeys: ["plan", "priority", "openedAt", "region"] },
    );
    fc.assert(
      fc.property(validArb, (input) => {
        expectSafe(deadline(input), checkDeadline);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// (c): getters, proxies, frozen objects, __proto__ keys
// ---------------------------------------------------------------------------------------------

const validInput = {
  plan: "ultimate",
  priority: "P2",
  region: "emea",
  timeZone: "Europe/Paris",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;

describe("(c) hostile objects give SlaInputError or a valid result", () => {
  it("a Proxy that throws on every trap, as the input", () => {
    expect(expectSafe(deadline(trapProxy({})), checkDeadline)).toBe("error");
    expect(expectSafe(deadline(trapProxy(() => validInput)), checkDeadline)).toBe("error");
    expect(expectSafe(deadline(revokedProxy()), checkDeadline)).toBe("error");
  });

  it("a Proxy that throws on every trap, in each field", () => {
    for (const key of [...Object.keys(validInput), "holidays"]) {
      for (const target of [{}, [], () => true]) {
        const input = { ...validInput, [key]: trapProxy(target) };
        expect(expectSafe(deadline(input), checkDeadline), key).toBe("error");
      }
    }
    const holidays = { ...validInput, holidays: [trapProxy({})] };
    expect(expectSafe(deadline(holidays), checkDeadline)).toBe("error");
  });

  it("a getter that throws an Error, on each field and on the holidays array", () => {
    for (const key of [...Object.keys(validInput), "holidays"]) {
      const input: Record<string, unknown> = { ...validInput };
      Object.defineProperty(input, key, { enumerable: true, get: boom });
      expect(expectSafe(deadline(input), checkDeadline), key).toBe("error");
    }
    const holidays: string[] = ["2026-12-25"];
    Object.defineProperty(holidays, 0, { enumerable: true, get: boom });
    expect(expectSafe(deadline({ ...validInput, holidays }), checkDeadline)).toBe("error");
  });

  for (const [name, make] of unprintables) {
    it(`a getter that throws ${name}`, () => {
      const input: Record<string, unknown> = { ...validInput };
      Object.defineProperty(input, "plan", {
        enumerable: true,
        get: () => {
          throw make();
        },
      });
      expect(expectSafe(deadline(input), checkDeadline)).toBe("error");
    });

    it(`a holidays predicate that throws ${name}`, () => {
      const holidays = () => {
        throw make();
      };
      expect(expectSafe(deadline({ ...validInput, holidays }), checkDeadline)).toBe("error");
    });
  }

  it("frozen objects and arrays are read, not written", () => {
    const input = Object.freeze({
      ...validInput,
      holidays: Object.freeze(["2026-11-23"]),
    });
    const result = responseDeadline(input);
    expect(result.dueAt).toBe("2026-11-24T08:20:00.000Z");
    expect(input.holidays).toEqual(["2026-11-23"]);
    expect(expectSafe(deadline(Object.freeze({ ...validInput, plan: "x" })), checkDeadline)).toBe(
      "error",
    );
  });

  it("an own `__proto__` key is an ignored key, not a prototype", () => {
    const input = JSON.parse(
      '{"plan":"expert","priority":"P1","openedAt":0,"__proto__":{"region":"emea"}}',
    );
    expect(expectSafe(deadline(input), checkDeadline)).toBe("result");
    expect(responseDeadline(input).region).toBeNull();
    const onlyProto = JSON.parse(
      '{"__proto__":{"plan":"expert","priority":"P1","openedAt":"2026-01-01T00:00:00Z"}}',
    );
    expect(expectSafe(deadline(onlyProto), checkDeadline)).toBe("error");
  });

  it("null-prototype objects and objects with inherited fields", () => {
    const nullProto = Object.assign(Object.create(null), validInput);
    expectSafe(deadline(nullProto), checkDeadline);
    expectSafe(deadline(Object.create(validInput)), checkDeadline);
  });

  it("every hostile value in every field", () => {
    const checks: (readonly [string, () => unknown])[] = [];
    for (const key of [...Object.keys(validInput), "holidays", "termStart", "product"]) {
      checks.push(
        ...hostileValues().map(
          ([label, value]) =>
            [
              `${key} = ${label}`,
              () => expectSafe(deadline({ ...validInput, [key]: value }), checkDeadline),
            ] as const,
        ),
      );
    }
  });

  it("a luxon DateTime with fractional milliseconds gives a valid dueAt or an SlaInputError", () => {
    for (const priority of ["P1", "P2"]) {
      const openedAt = DateTime.fromMillis(Date.UTC(2026, 10, 20, 15, 50) + 0.5);
      expectSafe(deadline({ ...validInput, priority, openedAt }), checkDeadline);
    }
  });

  it("very long strings in name fields are rejected quickly (no quadratic did-you-mean)", () => {
    const long = "x".repeat(100_000);
    const checks: (readonly [string, () => unknown])[] = [];
    for (const key of ["timeZone", "plan", "priority", "region", "billingCountry", long]) {
      checks.push([
        key.length > 20 ? "100k-char key" : key,
        () => {
          const t0 = performance.now();
          const outcome = expectSafe(deadline({ ...validInput, [key]: long }), checkDeadline);
          const elapsed = performance.now() - t0;
          // A key the library does not read is ignored, however long; a long value is rejected.
          if (outcome !== (key === long ? "result" : "error")) throw new Error(outcome);
          if (elapsed > 1_000) throw new Error(`took ${Math.round(elapsed)} ms`);
        },
      ]);
    }
    expectAllSafe(checks);
  });

  it("holes in a holidays array are rejected (they are not dates)", () => {
    const holidays: string[] = [];
    holidays.length = 2;
    holidays[1] = "2026-11-23";
    const outcome = expectSafe(deadline({ ...validInput, holidays }), checkDeadline);
    expect(outcome).toBe("error");
  });

  it("a huge sparse holidays array is rejected quickly with a short message", () => {
    const holidays: string[] = [];
    holidays.length = 10_000_000;
    const t0 = performance.now();
    let error: unknown;
    try {
      responseDeadline({ ...validInput, holidays });
    } catch (e) {
      error = e;
    }
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(error, "the array was accepted").toBeDefined();
    checkThrown(error);
    expect((error as SlaInputError).message.length).toBeLessThan(100_000);
  });

  it("(c) property: hostile values mixed into valid records", () => {
    // fast-check inspects generated values, so the arbitrary yields tokens that the property
    // turns into the hostile values themselves.
    const count = hostileValues().length;
    const hostileArb = fc
      .integer({ min: 0, max: count - 1 })
      .map((index) => new HostileToken(index));
    const mixed = (valid: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: hostileArb });
    const arb = fc.record(
      {
        plan: mixed(planArb),
        priority: mixed(priorityArb),
        openedAt: mixed(instantArb),
        region: mixed(regionArb),
        billingCountry: mixed(countryArb),
        timeZone: mixed(zoneArb),
        holidays: mixed(holidaysArb),
      },
      { requiredKeys: ["plan", "priority", "openedAt"] },
    );
    fc.assert(
      fc.property(arb, fc.boolean(), (record, freeze) => {
        const values = hostileValues();
        const input = Object.fromEntries(
          Object.entries(record).map(([key, value]) => [
            key,
            value instanceof HostileToken ? values[value.index]?.[1] : value,
          ]),
        );
        expectSafe(deadline(freeze ? Object.freeze(input) : input), checkDeadline);
      }),
      { numRuns: 200 },
    );
  });
});

/** Stands for `hostileValues()[index]` inside an arbitrary. */
class HostileToken {
  constructor(readonly index: number) {}
  toString(): string {
    return `hostile(${hostileValues()[this.index]?.[0]})`;
  }
}

// ---------------------------------------------------------------------------------------------
// (d): the engine functions
// ---------------------------------------------------------------------------------------------

const timeArb = fc.oneof(
  fc.constantFrom(
    "00:00",
    "06:00",
    "09:00",
    "12:30",
    "17:00",
    "17:30",
    "22:00",
    "02:00",
    "23:59:59",
    "24:00",
    "25:00",
    "9:00",
    "",
  ),
  fc
    .record({ h: fc.integer({ min: 0, max: 24 }), m: fc.integer({ min: 0, max: 59 }) })
    .map(({ h, m }) => `${pad(h)}:${pad(m)}`),
);
const windowArb = fc.record({ start: timeArb, end: timeArb });
const windowsArb = fc.array(windowArb, { maxLength: 3 });
const weeklyArb = fc.record(
  {
    mon: windowsArb,
    tue: windowsArb,
    wed: windowsArb,
    thu: windowsArb,
    fri: windowsArb,
    sat: windowsArb,
    sun: windowsArb,
  },
  { requiredKeys: [] },
);
const definitionArb = fc.record(
  {
    timeZone: field(zoneArb),
    weekly: field(weeklyArb),
    closedDates: field(holidaysArb),
    dateHours: field(fc.dictionary(isoDateArb, windowsArb, { maxKeys: 3 })),
  },
  { requiredKeys: ["timeZone", "weekly"] },
);

const nineToFive = [{ start: "09:00", end: "17:00" }];
const parisDefinition: CalendarDefinition = {
  timeZone: "Europe/Paris",
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};
const paris = createCalendar(parisDefinition);
const onceOnly = createCalendar({
  timeZone: "Asia/Tokyo",
  weekly: {},
  dateHours: { "2026-01-05": nineToFive },
});

const calendarArb = fc.oneof(
  { weight: 4, arbitrary: definitionArb },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(paris, onceOnly, parisDefinition) },
  { weight: 1, arbitrary: fc.anything() },
);
const durationArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 * 24 * HOUR }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      -1,
      -0,
      0,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      7_258_118_400_000,
      7_258_118_400_001,
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);
const anyInstantArb = fc.oneof({ weight: 4, arbitrary: instantArb }, fc.anything());

type Cal = Parameters<typeof isOpen>[0];
type At = Parameters<typeof isOpen>[1];

describe("(d) engine functions never fail with anything but SlaInputError", () => {
  it("createCalendar with arbitrary values and mixed definitions", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withNullPrototype: true }), definitionArb), (value) => {
        expectSafe(
          () => createCalendar(value as CalendarDefinition),
          (calendar) => {
            if (!(calendar instanceof BusinessCalendar)) throw new Error("not a BusinessCalendar");
          },
        );
      }),
      { numRuns: 300 },
    );
  });

  it("isOpen, nextOpening, addBusinessTime, businessTimeBetween with arbitrary arguments", () => {
    let answers = 0;
    fc.assert(
      fc.property(
        calendarArb,
        anyInstantArb,
        anyInstantArb,
        durationArb,
        (calendar, a, b, duration) => {
          const cal = calendar as Cal;
          const outcomes = [
            expectSafe(
              () => isOpen(cal, a as At),
              (open) => {
                if (typeof open !== "boolean") throw new Error(`isOpen returned ${String(open)}`);
              },
            ),
            expectSafe(
              () => nextOpening(cal, a as At),
              (next) => {
                const ms = checkEpoch("nextOpening", next);
                if (typeof a === "number" && ms < a) throw new Error("nextOpening went back");
              },
            ),
            expectSafe(
              () => addBusinessTime(cal, a as At, duration as number),
              (due) => {
                const ms = checkEpoch("addBusinessTime", due);
                if (typeof a === "number" && ms < a) throw new Error("addBusinessTime went back");
              },
            ),
            expectSafe(
              () => businessTimeBetween(cal, a as At, b as At),
              (between) => {
                if (typeof between !== "number" || !Number.isInteger(between)) {
                  throw new Error(`businessTimeBetween returned ${String(between)}`);
                }
                if (typeof a === "number" && typeof b === "number") {
                  if (Math.abs(between) > Math.abs(b - a)) throw new Error("more than elapsed");
                }
              },
            ),
          ];
          answers += outcomes.filter((o) => o === "result").length;
        },
      ),
      { numRuns: 250 },
    );
    expect(answers).toBeGreaterThan(50);
  });

  it("engine functions with hostile values in every argument", () => {
    const calendars: (readonly [string, unknown])[] = [
      ["paris calendar", paris],
      ["paris definition", parisDefinition],
      ...hostileValues(),
    ];
    const instants: (readonly [string, unknown])[] = [
      ["valid instant", "2026-11-20T15:50:00Z"],
      ...hostileValues(),
    ];
    const checks: (readonly [string, () => unknown])[] = [];
    for (const [calendarLabel, calendar] of calendars) {
      for (const [atLabel, at] of instants) {
        const cal = calendar as Cal;
        const label = `calendar = ${calendarLabel}, instant = ${atLabel}`;
        checks.push(
          [
            `isOpen(${label})`,
            () =>
              expectSafe(
                () => isOpen(cal, at as At),
                () => {},
              ),
          ],
          [
            `nextOpening(${label})`,
            () =>
              expectSafe(
                () => nextOpening(cal, at as At),
                (v) => checkEpoch("nextOpening", v),
              ),
          ],
          [
            `addBusinessTime(${label})`,
            () =>
              expectSafe(
                () => addBusinessTime(cal, at as At, HOUR),
                (v) => checkEpoch("addBusinessTime", v),
              ),
          ],
          [
            `businessTimeBetween(${label})`,
            () =>
              expectSafe(
                () => businessTimeBetween(cal, at as At, "2026-11-27T00:00:00Z"),
                () => {},
              ),
          ],
        );
      }
    }
    for (const [label, duration] of hostileValues()) {
      checks.push([
        `addBusinessTime(duration = ${label})`,
        () =>
          expectSafe(
            () => addBusinessTime(paris, "2026-11-20T15:50:00Z", duration as number),
            (v) => checkEpoch("addBusinessTime", v),
          ),
      ]);
    }
    expectAllSafe(checks);
  });

  it("a calendar closed-dates predicate that throws a hard-to-print value", () => {
    for (const [name, make] of unprintables) {
      const calendar = createCalendar({
        ...parisDefinition,
        closedDates: () => {
          throw make();
        },
      });
      const outcome = (() => {
        try {
          return expectSafe(
            () => isOpen(calendar, "2026-11-23T10:00:00Z"),
            () => {},
          );
        } catch (error) {
          throw new Error(`${name}: ${describeThrown(error)}`);
        }
      })();
      expect(outcome, name).toBe("error");
    }
  });

  it("a Proxy that throws on every trap, as the calendar", () => {
    const calls: (() => unknown)[] = [
      () => createCalendar(trapProxy({}) as CalendarDefinition),
      () => isOpen(trapProxy({}) as Cal, 0),
      () => nextOpening(trapProxy({}) as Cal, 0),
      () => addBusinessTime(trapProxy({}) as Cal, 0, 1),
      () => businessTimeBetween(trapProxy({}) as Cal, 0, 1),
      () => isOpen(revokedProxy() as Cal, 0),
    ];
    for (const f of calls) {
      expect(expectSafe(f, () => {})).toBe("error");
    }
  });

  it("an object that only pretends to be a BusinessCalendar", () => {
    const fake = Object.create(BusinessCalendar.prototype) as BusinessCalendar;
    expect(
      expectSafe(
        () => createCalendar(fake as unknown as CalendarDefinition),
        (calendar) => {
          expect(calendar.timeZone).toEqual(expect.any(String));
        },
      ),
    ).toBe("error");
    const calls: (() => unknown)[] = [
      () => isOpen(fake, 0),
      () => nextOpening(fake, 0),
      () => addBusinessTime(fake, 0, 1),
      () => businessTimeBetween(fake, 0, 1),
    ];
    for (const f of calls) {
      expect(expectSafe(f, () => {})).toBe("error");
    }
  });

  it("a huge sparse window list is rejected with a short message", () => {
    const windows: { start: string; end: string }[] = [];
    windows.length = 100_000;
    let error: unknown;
    try {
      createCalendar({ timeZone: "UTC", weekly: { mon: windows } });
    } catch (e) {
      error = e;
    }
    expect(error, "the window list was accepted").toBeDefined();
    checkThrown(error);
    expect((error as SlaInputError).message.length).toBeLessThan(100_000);
  });
});
