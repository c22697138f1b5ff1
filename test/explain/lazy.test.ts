/** Results explain themselves when asked: `lazyResult` fields are computed on first read, once, and results stay frozen, comparable and serialisable. */

import { afterEach, describe, expect, it, vi } from "vitest";
import { deadlineSteps } from "../../src/explain/deadline.js";
import { downgradeSteps } from "../../src/explain/downgrade.js";
import { localIso, localText, utcIso } from "../../src/explain/format.js";
import { joinSteps, lazy, lazyResult } from "../../src/explain/lazy.js";
import { clockSteps } from "../../src/explain/sentences.js";
import { statusSteps } from "../../src/explain/status.js";
import {
  adobeMayContact,
  downgradeEligibility,
  responseDeadline,
  slaStatus,
  submissionCheck,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";

// Every explanation builder and text formatter, wrapped so that the tests can count its calls.
vi.mock("../../src/explain/deadline.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/explain/deadline.js")>();
  return { ...original, deadlineSteps: vi.fn(original.deadlineSteps) };
});
vi.mock("../../src/explain/status.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/explain/status.js")>();
  return { ...original, statusSteps: vi.fn(original.statusSteps) };
});
vi.mock("../../src/explain/downgrade.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/explain/downgrade.js")>();
  return { ...original, downgradeSteps: vi.fn(original.downgradeSteps) };
});
vi.mock("../../src/explain/sentences.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/explain/sentences.js")>();
  return { ...original, clockSteps: vi.fn(original.clockSteps) };
});
vi.mock("../../src/explain/format.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/explain/format.js")>();
  return {
    ...original,
    localText: vi.fn(original.localText),
    localIso: vi.fn(original.localIso),
    utcIso: vi.fn(original.utcIso),
  };
});

const builders = [
  deadlineSteps,
  statusSteps,
  downgradeSteps,
  clockSteps,
  localText,
  localIso,
  utcIso,
];
const calls = () => builders.reduce((sum, fn) => sum + vi.mocked(fn).mock.calls.length, 0);

afterEach(() => {
  for (const fn of builders) vi.mocked(fn).mockClear();
});

const request = {
  plan: "ultimate",
  priority: "P2",
  billingCountry: "FR",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;
const status = { ...request, now: "2026-11-23T09:15:00+01:00" } as const;
const paused = {
  ...status,
  pauses: [{ from: "2026-11-23T09:00:00+01:00", to: "2026-11-23T09:05:00+01:00", reason: "call" }],
  priorityHistory: [{ priority: "P3", at: "2026-11-20T16:55:00+01:00" }],
} as const;
const downgrade = {
  ...request,
  namedContacts: ["ana@example.com"],
  contactAttempts: [
    { at: "2026-11-23T10:00:00+01:00", contact: "ana@example.com", outcome: "no-response" },
  ],
} as const;
const at = { now: "2026-11-22T03:00:00+01:00", billingCountry: "FR" } as const;

/** Every rule, on an input that goes through its business-hours branch. */
const rules = {
  responseDeadline: () => responseDeadline(request),
  slaStatus: () => slaStatus(status),
  "slaStatus (pauses, priority change)": () => slaStatus(paused),
  downgradeEligibility: () => downgradeEligibility(downgrade),
  adobeMayContact: () => adobeMayContact({ ...at, priority: "P2" }),
  supportChannels: () => supportChannels({ ...at, plan: "expert", priority: "P2" }),
  supportLanguages: () => supportLanguages({ now: "2026-11-20T18:00:00+09:00", region: "japan" }),
  submissionCheck: () =>
    submissionCheck({ submitter: "ben@example.com", namedContacts: ["ana@example.com"] }),
} as const;

/** Every object reachable from `value` through its properties (getters read). */
function* objectsIn(value: unknown): Generator<object> {
  if (value === null || typeof value !== "object") return;
  yield value;
  for (const key of Object.keys(value)) yield* objectsIn((value as Record<string, unknown>)[key]);
}

describe("lazyResult", () => {
  it("keeps the given key order, computes a lazy field on its first read and returns the same value after", () => {
    let computed = 0;
    const result = lazyResult<{ a: number; steps: readonly string[]; explanation: string }>({
      a: 1,
      steps: lazy(() => {
        computed += 1;
        return Object.freeze(["x", "y"]);
      }),
      explanation: lazy(joinSteps),
    });
    expect(Object.keys(result)).toEqual(["a", "steps", "explanation"]);
    expect(computed).toBe(0);
    const steps = result.steps;
    expect(result.steps).toBe(steps);
    expect(computed).toBe(1);
    expect(result.explanation).toBe("x; y");
    expect(computed).toBe(1);
  });

  it("makes a frozen object whose lazy fields are enumerable getters that cannot be redefined", () => {
    const result = lazyResult<{ a: string; b: number }>({ a: lazy(() => "text"), b: 2 });
    expect(Object.isFrozen(result)).toBe(true);
    const descriptor = Object.getOwnPropertyDescriptor(result, "a");
    expect(descriptor?.enumerable).toBe(true);
    expect(descriptor?.configurable).toBe(false);
    expect(() => Object.defineProperty(result, "a", { value: "other" })).toThrow(TypeError);
    expect(() => {
      (result as { b: number }).b = 3;
    }).toThrow(TypeError);
    expect(result).toEqual({ a: "text", b: 2 });
  });
});

describe("results explain themselves when asked", () => {
  it("builds a deadline without formatting a single text, and its steps once when read", () => {
    const due = responseDeadline(request);
    expect(due.dueAtMs).toBe(Date.parse("2026-11-23T08:20:00Z"));
    expect(calls()).toBe(0);
    const steps = due.steps;
    expect(vi.mocked(deadlineSteps)).toHaveBeenCalledTimes(1);
    expect(due.steps).toBe(steps);
    expect(due.explanation).toBe(steps.join("; "));
    expect(vi.mocked(deadlineSteps)).toHaveBeenCalledTimes(1);
  });

  it("builds a status without its deadline's explanation or its own", () => {
    const result = slaStatus(paused);
    expect(result.priority).toBe("P3");
    expect(calls()).toBe(0);
    expect(result.explanation).toContain("paused Mon 2026-11-23 09:00 CET");
    expect(vi.mocked(statusSteps)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(deadlineSteps)).toHaveBeenCalledTimes(1);
    expect(result.deadline).toBe(result.deadline);
    expect(result.deadline.steps).toBe(result.deadline.steps);
    expect(vi.mocked(deadlineSteps)).toHaveBeenCalledTimes(1);
  });

  it("builds a downgrade answer without its reasons' texts, steps or new deadline's explanation", () => {
    const answer = downgradeEligibility(downgrade);
    expect(answer.eligible).toBe(true);
    expect(calls()).toBe(0);
    expect(answer.newDeadline?.dueAt).toBe("2026-11-23T08:50:00.000Z");
    expect(vi.mocked(deadlineSteps)).not.toHaveBeenCalled();
    expect(answer.steps.at(-1)).toMatch(/^new P3 deadline measured from the original opening/);
    expect(vi.mocked(downgradeSteps)).toHaveBeenCalledTimes(1);
  });

  it.each(Object.entries(rules))("%s: formats nothing until a text is read", (_, rule) => {
    const result = rule();
    expect(calls()).toBe(0);
    expect(result.explanation.length).toBeGreaterThan(0);
    expect(result.steps).toBe(result.steps);
  });

  it.each(Object.entries(rules))(
    "%s: is deeply frozen, before and after its texts are read",
    (_, rule) => {
      const result = rule();
      expect(Object.isFrozen(result)).toBe(true);
      for (const object of objectsIn(result)) expect(Object.isFrozen(object)).toBe(true);
    },
  );

  it.each(Object.entries(rules))(
    "%s: cannot be changed through anything reachable from it",
    (_, rule) => {
      const result = rule();
      const before = JSON.stringify(result);
      const seen = new Set<unknown>();
      const walk = (value: unknown): void => {
        if (value === null || (typeof value !== "object" && typeof value !== "function")) return;
        if (seen.has(value)) return;
        seen.add(value);
        const target = value as Record<PropertyKey, unknown>;
        for (const key of Reflect.ownKeys(target)) {
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          walk(descriptor && "value" in descriptor ? descriptor.value : target[key]);
          try {
            target[key] = "forged";
          } catch {
            // Frozen: refused.
          }
          if (typeof value === "function") {
            try {
              (value as (key: string) => unknown)(String(key));
            } catch {
              // A reader called with any key only reads.
            }
          }
        }
      };
      walk(result);
      expect(JSON.stringify(result)).toBe(before);
    },
  );

  it.each(Object.entries(rules))(
    "%s: a getter called on a forged object, before any read, still computes from the real result",
    (_, rule) => {
      const expected = JSON.stringify(rule());
      const result = rule() as unknown as Record<PropertyKey, unknown>;
      const forged: Record<PropertyKey, unknown> = { steps: ["forged"], explanation: "forged" };
      for (const symbol of Object.getOwnPropertySymbols(result)) forged[symbol] = result[symbol];
      for (const key of Object.keys(result)) {
        const getter = Object.getOwnPropertyDescriptor(result, key)?.get;
        if (getter === undefined) continue;
        try {
          getter.call(forged);
        } catch {
          // A getter may refuse a foreign object; it must never remember what it read there.
        }
      }
      expect(JSON.stringify(result)).toBe(expected);
    },
  );

  it.each(Object.entries(rules))(
    "%s: serialises, spreads and clones with every field",
    (_, rule) => {
      const result = rule();
      const json = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(Object.keys(result));
      expect(json.explanation).toBe(result.explanation);
      expect(json.steps).toEqual(result.steps);
      expect({ ...result }).toEqual(json);
      const clone = structuredClone(result);
      expect(clone).toEqual(json);
      expect(Object.getOwnPropertyDescriptor(clone, "explanation")?.value).toBe(result.explanation);
    },
  );

  it.each(Object.entries(rules))(
    "%s: equals a fully materialised copy, whichever is read first",
    (_, rule) => {
      const materialised = JSON.parse(JSON.stringify(rule())) as unknown;
      expect(rule()).toEqual(materialised);
      expect(materialised).toEqual(rule());
      expect(rule()).toStrictEqual(structuredClone(rule()));
    },
  );
});
