/** Fixed regressions from the million-input hostile run: each class of fault, with the value that found it. */

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  addOnEligibility,
  downgradeEligibility,
  isSlaInputError,
  planFeaturesFor,
  responseDeadline,
  type SlaIssue,
  slaStatus,
  submissionCheck,
} from "../../src/index.js";
import { parseInput } from "../../src/validation.js";

const p2 = {
  plan: "ultimate",
  priority: "P2",
  region: "emea",
  timeZone: "Europe/Paris",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;

/** The issues of the SlaInputError `run` throws, and how long it took. */
function rejection(run: () => unknown): { issues: readonly SlaIssue[]; ms: number } {
  const t0 = performance.now();
  try {
    run();
  } catch (error) {
    const ms = performance.now() - t0;
    if (!isSlaInputError(error)) throw error;
    return { issues: error.issues, ms };
  }
  throw new Error("accepted");
}

const boom = (): never => {
  throw new Error("trap");
};

describe("odd but legal values are named, not reported as unreadable input", () => {
  it("rejects a Date made with Object.create(Date.prototype) at `openedAt` (was: empty path, 'this is not a Date object')", () => {
    const { issues } = rejection(() =>
      responseDeadline({ ...p2, openedAt: Object.create(Date.prototype) }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["openedAt"]);
    expect(issues[0]?.code).toBe("invalid_type");
    expect(issues[0]?.message).toContain("`openedAt` is an object made from `Date.prototype`");
  });

  it("reads a real Date whose getTime was replaced from the date itself", () => {
    const openedAt = Object.defineProperty(new Date("2026-11-20T15:50:00Z"), "getTime", {
      value: boom,
    });
    expect(responseDeadline({ ...p2, openedAt }).dueAt).toBe("2026-11-23T08:20:00.000Z");
  });

  it("rejects a luxon look-alike without toMillis at `openedAt` (was: empty path, 'value.toMillis is not a function')", () => {
    const { issues } = rejection(() =>
      responseDeadline({ ...p2, openedAt: { isLuxonDateTime: true, isValid: true } as never }),
    );
    expect(issues[0]?.path).toEqual(["openedAt"]);
    expect(issues[0]?.code).toBe("invalid_type");
    expect(issues[0]?.message).toContain("no `toMillis()`");
  });

  it("reports a luxon look-alike whose toMillis throws as unreadable at its field", () => {
    const openedAt = { isLuxonDateTime: true, isValid: true, toMillis: boom };
    const { issues } = rejection(() =>
      slaStatus({ ...p2, now: "2026-11-23T09:00:00Z", respondedAt: openedAt as never }),
    );
    expect(issues).toEqual([
      {
        path: ["respondedAt"],
        code: "unreadable_input",
        message: "`respondedAt` could not be read: trap",
      },
    ]);
  });

  it("reads a Temporal-like object by its epochMilliseconds; names a zoneless one", () => {
    const openedAt = { epochMilliseconds: 1_795_189_800_000 };
    expect(responseDeadline({ ...p2, openedAt }).dueAt).toBe("2026-11-23T08:20:00.000Z");
    const plain = { [Symbol.toStringTag]: "Temporal.PlainDateTime" };
    const { issues } = rejection(() => responseDeadline({ ...p2, openedAt: plain as never }));
    expect(issues[0]?.path).toEqual(["openedAt"]);
    expect(issues[0]?.message).toContain("convert it with .toZonedDateTime(zone)");
  });

  it("still reads a real luxon DateTime", () => {
    const openedAt = DateTime.fromISO("2026-11-20T16:50:00", { zone: "Europe/Paris" });
    expect(responseDeadline({ ...p2, openedAt }).dueAt).toBe("2026-11-23T08:20:00.000Z");
  });

  it("accepts a holidays array with a null prototype (was: empty path, 'value is not iterable')", () => {
    const holidays = Object.setPrototypeOf(["2026-11-23"], null) as string[];
    expect(responseDeadline({ ...p2, holidays }).dueAt).toBe(
      responseDeadline({ ...p2, holidays: ["2026-11-23"] }).dueAt,
    );
  });

  it("accepts products and named contacts with a null prototype", () => {
    const products = Object.setPrototypeOf(["experience-manager"], null) as never;
    expect(addOnEligibility({ plan: "expert", products, aemCloudService: true })).toHaveLength(3);
    const namedContacts = Object.setPrototypeOf(["ana@example.com"], null) as string[];
    expect(submissionCheck({ submitter: "ana@example.com", namedContacts }).matchedContact).toBe(
      "ana@example.com",
    );
  });
});

describe("hostile reads are attributed to the field being read", () => {
  it("a getter that throws, on a nested field", () => {
    const pause = Object.defineProperty({}, "from", { enumerable: true, get: boom });
    const { issues } = rejection(() =>
      slaStatus({ ...p2, now: "2026-11-23T09:00:00Z", pauses: [pause as never] }),
    );
    expect(issues).toEqual([
      {
        path: ["pauses", 0, "from"],
        code: "unreadable_input",
        message: "`pauses[0].from` could not be read: trap",
      },
    ]);
  });

  it("a proxy whose length trap throws, as holidays", () => {
    const holidays = new Proxy(["2026-12-25"], {
      get: (target, key) => (key === "length" ? boom() : Reflect.get(target, key)),
    });
    const { issues } = rejection(() => responseDeadline({ ...p2, holidays }));
    expect(issues[0]?.path).toEqual(["holidays"]);
    expect(issues[0]?.code).toBe("unreadable_input");
  });

  it("a revoked proxy as the whole input has the empty path", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { issues } = rejection(() => responseDeadline(proxy as never));
    expect(issues[0]?.path).toEqual([]);
    expect(issues[0]?.code).toBe("unreadable_input");
  });

  it("a fault of the library is re-thrown as it is, never as an input error", () => {
    const buggy = z.strictObject({
      at: z.pipe(
        z.any(),
        z.transform(() => {
          throw new TypeError("a bug");
        }),
      ),
    });
    expect(() => parseInput(buggy, { at: 1 })).toThrow(TypeError);
    let thrown: unknown;
    try {
      parseInput(buggy, { at: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(isSlaInputError(thrown)).toBe(false);
  });
});

describe("inputs over a bound are rejected before any entry is read", () => {
  it("300,000 products: too_big at `products` (was: stack overflow, reported as unreadable input)", () => {
    const { issues, ms } = rejection(() =>
      addOnEligibility({ plan: "expert", products: new Array(300_000).fill("x") }),
    );
    expect(issues).toEqual([
      {
        path: ["products"],
        code: "too_big",
        message:
          "`products` has 300000 entries; at most 1000 are accepted (`inputLimits.products`)",
      },
    ]);
    expect(ms).toBeLessThan(500);
  });

  it("products of length 2^32-1: too_big at once (was: out of heap after 2.5 minutes)", () => {
    const products = new Array(2 ** 32 - 1);
    const { issues, ms } = rejection(() => addOnEligibility({ plan: "expert", products }));
    expect(issues[0]?.code).toBe("too_big");
    expect(issues[0]?.path).toEqual(["products"]);
    expect(ms).toBeLessThan(500);
  });

  it("a proxy that claims 2^32-1 pauses is never iterated", () => {
    let reads = 0;
    const pauses = new Proxy([], {
      get: (target, key) => {
        if (key === "length") return 2 ** 32 - 1;
        reads++;
        return Reflect.get(target, key);
      },
    });
    const { issues } = rejection(() => slaStatus({ ...p2, now: "2026-11-23T09:00:00Z", pauses }));
    expect(issues[0]?.path).toEqual(["pauses"]);
    expect(issues[0]?.code).toBe("too_big");
    expect(reads).toBe(0);
  });

  it("100,000 unknown keys: one too_big issue, fast (was: 3.6-7.4 s and 100,000 issues)", () => {
    const input: Record<string, unknown> = { plan: "expert" };
    for (let i = 0; i < 100_000; i++) input[`k${i}`] = i;
    const { issues, ms } = rejection(() => addOnEligibility(input as never));
    expect(issues).toEqual([
      {
        path: [],
        code: "too_big",
        message:
          "`input` has more than 1000 keys; at most 1000 are accepted (`inputLimits.keysPerObject`)",
      },
    ]);
    expect(ms).toBeLessThan(500);
  });

  it("too many keys in a nested object is reported at its path", () => {
    const attempt: Record<string, unknown> = { contact: "ana@example.com" };
    for (let i = 0; i < 1_001; i++) attempt[`k${i}`] = i;
    const { issues } = rejection(() =>
      downgradeEligibility({
        ...p2,
        namedContacts: ["ana@example.com"],
        contactAttempts: [attempt as never],
      }),
    );
    expect(issues[0]?.path).toEqual(["contactAttempts", 0]);
    expect(issues[0]?.code).toBe("too_big");
  });

  it("a string over stringLength is rejected at its field", () => {
    const { issues } = rejection(() =>
      submissionCheck({ submitter: "a".repeat(1_000_001), namedContacts: [] }),
    );
    expect(issues[0]?.path).toEqual(["submitter"]);
    expect(issues[0]?.code).toBe("too_big");
    expect(issues[0]?.message).toContain("`inputLimits.stringLength`");
  });

  it("an argument over a bound is named by its parameter", () => {
    const { issues } = rejection(() => planFeaturesFor("x".repeat(1_000_000) as never));
    expect(issues[0]?.path).toEqual(["plan"]);
  });

  it("caps the issue list at 50 and counts the rest at their common path", () => {
    // 200 spellings of `timezone` in mixed case: each a misspelling of the absent `timeZone`.
    const { timeZone: _, ...input }: Record<string, unknown> = { ...p2 };
    for (let i = 1; Object.keys(input).length < 4 + 200; i++) {
      const key = [..."timezone"].map((c, bit) => ((i >> bit) & 1 ? c.toUpperCase() : c));
      if (key.join("") !== "timeZone") input[key.join("")] = i;
    }
    const { issues } = rejection(() => responseDeadline(input as never));
    expect(issues).toHaveLength(51);
    expect(issues[50]?.code).toBe("too_many_issues");
    expect(issues[50]?.message).toBe("150 more problems not listed");
    const pauses = Array.from({ length: 300 }, () => ({ from: "2026-11-23T09:00:00" }));
    const nested = rejection(() => slaStatus({ ...p2, now: "2026-11-23T09:00:00Z", pauses }));
    expect(nested.issues).toHaveLength(51);
    expect(nested.issues[50]).toEqual({
      path: ["pauses"],
      code: "too_many_issues",
      message: "`pauses`: 250 more problems not listed",
    });
  });
});

describe("results carry no -0 and local times Date.parse reads to the same instant", () => {
  it("an offset with seconds is rounded to the minute, wall time shifted (was: -00:44:30, unreadable)", () => {
    const due = responseDeadline({
      plan: "expert",
      priority: "P1",
      timeZone: "Africa/Monrovia",
      openedAt: "1971-06-01T12:31:00Z",
    });
    expect(due.dueAtLocal).toBe("1971-06-01T12:46:00.000-00:45");
    expect(due.openedAtLocal).toBe("1971-06-01T11:46:00.000-00:45");
    expect(Date.parse(due.dueAtLocal)).toBe(due.dueAtMs);
    expect(Date.parse(due.openedAtLocal)).toBe(Date.parse(due.openedAt));
  });

  it("epoch -0 is read as 0", () => {
    const status = slaStatus({
      plan: "expert",
      priority: "P1",
      openedAt: -0,
      now: -0,
      respondedAt: -0,
    });
    expect(Object.is(status.elapsedMs, -0)).toBe(false);
    expect(Object.is(status.percentUsed, -0)).toBe(false);
    expect(status.openedPriority).toBe("P1");
    expect(status.deadline.openedAt).toBe("1970-01-01T00:00:00.000Z");
    const luxonZero = { isLuxonDateTime: true, isValid: true, toMillis: () => -0 };
    const due = responseDeadline({ plan: "expert", priority: "P1", openedAt: luxonZero as never });
    expect(Object.is(due.dueAtMs - 3_600_000, 0)).toBe(true);
  });
});
