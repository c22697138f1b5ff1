/** Unknown keys of a case are ignored, except a misspelling of a key the rule reads that is absent. */

import { describe, expect, it } from "vitest";
import {
  downgradeEligibility,
  inputLimits,
  responseDeadline,
  slaStatus,
  submissionCheck,
} from "../../src/index.js";
import { misspeltKey } from "../../src/validation.js";
import { inputError, rules } from "./helpers.js";

const base = {
  plan: "expert",
  priority: "P2",
  region: "emea",
  openedAt: "2026-11-23T09:00:00Z",
} as const;

describe("misspelt keys are errors", () => {
  it.each([
    ["priorty", "priority"],
    ["opened_at", "openedAt"],
    ["OpenedAt", "openedAt"],
    ["opened-at", "openedAt"],
    ["billingcountry", "billingCountry"],
    ["billing_country", "billingCountry"],
    ["timezone", "timeZone"],
    ["time_zone", "timeZone"],
    ["holiday", "holidays"],
    ["regoin", "region"],
    ["termstart", "termStart"],
    ["busines_day", "businessDay"],
  ])("`%s` when `%s` is absent", (key, intended) => {
    const input: Record<string, unknown> = { ...base, [key]: "x" };
    const value = (base as Record<string, unknown>)[intended];
    delete input[intended];
    const error = inputError(() => responseDeadline(input as never));
    const issue = error.issues.find((i) => i.path[0] === key);
    expect(issue).toEqual({
      path: [key],
      code: "unknown_key",
      message: `\`${key}\` is not a known option; did you mean \`${intended}\`?`,
    });
    // Fields the schema requires are also reported missing; `region` is a rule across fields,
    // checked once the shape is valid.
    if (value !== undefined && intended !== "region") {
      expect(error.issues).toContainEqual(
        expect.objectContaining({ path: [intended], code: "required" }),
      );
    }
  });

  it("in every rule, against the keys that rule reads", () => {
    expect(
      inputError(() =>
        rules.adobeMayContact({ priority: "P2", now: base.openedAt, regoin: "emea" }),
      ).issues,
    ).toContainEqual(expect.objectContaining({ path: ["regoin"], code: "unknown_key" }));
    expect(
      inputError(() => submissionCheck({ submitter: "a", namedContact: [] } as never)).message,
    ).toContain("did you mean `namedContacts`?");
    expect(
      inputError(() =>
        slaStatus({ ...base, now: base.openedAt, responded_at: base.openedAt } as never),
      ).message,
    ).toContain("did you mean `respondedAt`?");
    expect(
      inputError(() =>
        downgradeEligibility({ ...base, namedContacts: ["a"], lower_to: "P3" } as never),
      ).message,
    ).toContain("did you mean `lowerTo`?");
  });
});

describe("other keys are ignored", () => {
  it.each([
    ["priorty", "when `priority` is given too", { priorty: "P4" }],
    [
      "id, subject, status, assignee",
      "a ticket's own fields",
      { id: 1, subject: "s", status: "open", assignee: null },
    ],
    ["createdAt, updatedAt", "other instants", { createdAt: "x", updatedAt: "y" }],
    ["resolvedAt", "not a misspelling of `respondedAt` (3 edits)", { resolvedAt: "x" }],
    ["products", "a known key plus a final s (the add-on input's list)", { products: ["target"] }],
    [
      "productName, regionCode",
      "longer names that start with a key",
      { productName: "x", regionCode: "x" },
    ],
    ["tz, id", "short keys", { tz: 1, id: 2 }],
    ["lowerto", "a misspelling of a key this rule does not read", { lowerto: "P3" }],
    ["at", "the old name of `now`, in a rule that does not read `now`", { at: "x" }],
  ])("%s: %s", (_keys, _why, extra) => {
    expect(responseDeadline({ ...base, ...extra } as never)).toEqual(responseDeadline(base));
  });

  it("an own `__proto__` key is ignored, not read as a prototype", () => {
    const input = JSON.parse(
      '{"plan":"expert","priority":"P1","openedAt":0,"__proto__":{"region":"emea"}}',
    );
    expect(responseDeadline(input).region).toBeNull();
  });

  it("keysPerObject still bounds a case: too many keys is one too_big issue", () => {
    const input: Record<string, unknown> = { ...base };
    for (let i = 0; i <= inputLimits.keysPerObject; i++) input[`k${i}`] = i;
    const error = inputError(() => responseDeadline(input as never));
    expect(error.issues).toEqual([expect.objectContaining({ path: [], code: "too_big" })]);
  });
});

describe("entries stay strict", () => {
  it("a pause with `until` (not a key of a pause) is rejected, with a hint when close", () => {
    const status = { ...base, now: "2026-11-23T12:00:00Z" };
    const until = inputError(() =>
      slaStatus({ ...status, pauses: [{ from: base.openedAt, until: status.now }] } as never),
    );
    expect(until.issues[0]).toMatchObject({ path: ["pauses", 0, "until"], code: "unknown_key" });
    const reson = inputError(() =>
      slaStatus({ ...status, pauses: [{ from: base.openedAt, reson: "x" }] } as never),
    );
    expect(reson.message).toContain("did you mean `reason`?");
  });

  it("an attempt or a priority change with an extra key is rejected", () => {
    const attempt = inputError(() =>
      downgradeEligibility({
        ...base,
        namedContacts: ["a"],
        contactAttempts: [{ at: base.openedAt, contact: "a", outcome: "answered", id: 1 }],
      } as never),
    );
    expect(attempt.issues[0]).toMatchObject({ path: ["contactAttempts", 0, "id"] });
    const change = inputError(() =>
      slaStatus({
        ...base,
        now: "2026-11-23T12:00:00Z",
        priorityHistory: [{ priority: "P1", at: base.openedAt, by: "ana" }],
      } as never),
    );
    expect(change.issues[0]).toMatchObject({ path: ["priorityHistory", 0, "by"] });
  });
});

describe("misspeltKey", () => {
  it("matches ignoring case, `_` and `-`, or within one edit (two from ten letters)", () => {
    const keys = ["openedAt", "priority", "billingCountry", "respondedAt", "now", "product"];
    expect(misspeltKey("OPENED_AT", keys)).toBe("openedAt");
    expect(misspeltKey("prioirty", keys)).toBe("priority");
    expect(misspeltKey("bilingcountri", keys)).toBe("billingCountry");
    expect(misspeltKey("nwo", keys)).toBeUndefined();
    expect(misspeltKey("resolvedAt", keys)).toBeUndefined();
    expect(misspeltKey("products", keys)).toBeUndefined();
    expect(misspeltKey("productName", keys)).toBeUndefined();
    expect(misspeltKey("", keys)).toBeUndefined();
    expect(misspeltKey("x".repeat(100), keys)).toBeUndefined();
  });
});
