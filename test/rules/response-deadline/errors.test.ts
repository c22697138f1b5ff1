import { describe, expect, it } from "vitest";
import {
  isSlaError,
  isSlaInputError,
  type ResponseDeadlineInput,
  responseDeadline,
  SlaError,
  SlaInputError,
  type SlaIssue,
} from "../../../src/index.js";
import { issueAt } from "../../helpers/issues.js";

/** A valid P2 request; each test breaks one field of it. */
const base = {
  plan: "expert",
  priority: "P2",
  region: "emea",
  openedAt: "2026-11-20T16:50:00+01:00",
} as const;

/** Calls `responseDeadline` with any value and returns the `SlaInputError` it must throw. */
function rejection(input: unknown): SlaInputError {
  let result: unknown;
  try {
    result = responseDeadline(input as ResponseDeadlineInput);
  } catch (error) {
    expect(error).toBeInstanceOf(SlaInputError);
    expect(error).toBeInstanceOf(SlaError);
    expect(isSlaInputError(error)).toBe(true);
    expect(isSlaError(error)).toBe(true);
    const e = error as SlaInputError;
    expect(e.name).toBe("SlaInputError");
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) expect(e.message).toContain(issue.message);
    return e;
  }
  throw new Error(`expected an SlaInputError, got a result: ${JSON.stringify(result)}`);
}

/** Asserts one issue: its path, its code, and that its message names the field and contains each hint. */
function expectIssue(
  error: SlaInputError,
  path: readonly (string | number)[],
  code: string,
  field: string,
  hints: readonly (string | RegExp)[] = [],
): SlaIssue {
  const issue = issueAt(error, path);
  expect(issue.code).toBe(code);
  expect(issue.message).toContain(`\`${field}\``);
  for (const hint of hints) {
    if (typeof hint === "string") expect(issue.message).toContain(hint);
    else expect(issue.message).toMatch(hint);
  }
  return issue;
}

describe("responseDeadline input errors", () => {
  it("accepts the base request (sanity check for every test below)", () => {
    // EMEA hours in Europe/London: 70 min on Friday, 50 min on Monday.
    expect(responseDeadline(base).dueAt).toBe("2026-11-23T09:50:00.000Z");
  });

  it("rejects an ISO string without offset (missing_offset)", () => {
    const e = rejection({ ...base, openedAt: "2026-11-20T16:50:00" });
    expectIssue(e, ["openedAt"], "missing_offset", "openedAt", ["offset", "Z"]);
  });

  it("rejects a date without a time (missing_time)", () => {
    const e = rejection({ ...base, openedAt: "2026-11-20" });
    expectIssue(e, ["openedAt"], "missing_time", "openedAt", ["2026-11-20"]);
  });

  it("rejects an unparsable date-time string (invalid_date)", () => {
    const e = rejection({ ...base, openedAt: "next tuesday" });
    expectIssue(e, ["openedAt"], "invalid_date", "openedAt", ["ISO 8601", "next tuesday"]);
  });

  it("rejects an impossible date 2021-02-30 (invalid_date)", () => {
    const e = rejection({ ...base, openedAt: "2021-02-30T10:00:00Z" });
    expectIssue(e, ["openedAt"], "invalid_date", "openedAt", ["2021-02-30"]);
  });

  it("rejects an impossible time 24:30 and an impossible offset +25:00", () => {
    expectIssue(
      rejection({ ...base, openedAt: "2026-01-01T24:30:00Z" }),
      ["openedAt"],
      "invalid_date",
      "openedAt",
    );
    expectIssue(
      rejection({ ...base, openedAt: "2026-01-01T10:00:00+25:00" }),
      ["openedAt"],
      "invalid_date",
      "openedAt",
      ["offset"],
    );
  });

  it("rejects an invalid Date object", () => {
    const e = rejection({ ...base, openedAt: new Date(Number.NaN) });
    expectIssue(e, ["openedAt"], "invalid_date", "openedAt", ["invalid Date"]);
  });

  it("rejects an unknown plan, suggesting the closest one (`expret` -> `expert`)", () => {
    const e = rejection({ ...base, plan: "expret" });
    expectIssue(e, ["plan"], "invalid_value", "plan", ['"expert"', '"ultimate"', /did you mean/]);
    expect(issueAt(e, ["plan"]).message).toMatch(/did you mean "expert"/);
  });

  it("rejects a missing plan (required)", () => {
    const { plan: _plan, ...rest } = base;
    const e = rejection(rest);
    expectIssue(e, ["plan"], "required", "plan", ['"expert"']);
  });

  it("rejects an unknown priority, listing P1-P4", () => {
    const e = rejection({ ...base, priority: "urgent" });
    expectIssue(e, ["priority"], "invalid_value", "priority", ['"P1"', '"P4"']);
  });

  it("rejects a lower-case priority p2 with a hint", () => {
    const e = rejection({ ...base, priority: "p2" });
    expectIssue(e, ["priority"], "invalid_value", "priority", [/did you mean "P2"/]);
  });

  it("rejects an unknown region, listing the regions", () => {
    const e = rejection({ ...base, region: "europe" });
    expectIssue(e, ["region"], "invalid_value", "region", ['"americas"', '"emea"', '"apac"']);
  });

  it("rejects an unknown billing country (unknown_country)", () => {
    const { region: _region, ...rest } = base;
    const e = rejection({ ...rest, billingCountry: "XX" });
    expectIssue(e, ["billingCountry"], "unknown_country", "billingCountry", ['"XX"', "FR"]);
  });

  it("rejects an alpha-3 country code FRA (unknown_country)", () => {
    const e = rejection({ ...base, billingCountry: "FRA" });
    expectIssue(e, ["billingCountry"], "unknown_country", "billingCountry", ['"FRA"']);
  });

  it("rejects letters whose upper case is a code: ß is not SS, ﬁ is not FI (unknown_country)", () => {
    const { region: _region, ...rest } = base;
    for (const code of ["ß", "ﬁ", "ıt"]) {
      const e = rejection({ ...rest, billingCountry: code });
      expectIssue(e, ["billingCountry"], "unknown_country", "billingCountry", [
        JSON.stringify(code),
      ]);
    }
  });

  it("accepts a lower-case country code fr", () => {
    const { region: _region, ...rest } = base;
    const result = responseDeadline({ ...rest, billingCountry: "fr" });
    expect(result.region?.id).toBe("emea");
    expect(result.timeZone.id).toBe("Europe/Paris");
  });

  it("rejects an unknown IANA zone, naming the field and an example", () => {
    const e = rejection({ ...base, timeZone: "Europe/Pariss" });
    const issue = issueAt(e, ["timeZone"]);
    expect(issue.message).toContain("`timeZone`");
    expect(issue.message).toContain('"Europe/Pariss"');
    expect(issue.message).toContain("Europe/Paris");
  });

  it("gives an unknown IANA zone a specific code (unknown_time_zone), not zod's generic `custom`", () => {
    const e = rejection({ ...base, timeZone: "Mars/Olympus_Mons" });
    expect(issueAt(e, ["timeZone"]).code).toBe("unknown_time_zone");
  });

  it("rejects Commerce Managed Services without termStart (required)", () => {
    const e = rejection({ ...base, product: "commerce-managed-services" });
    expectIssue(e, ["termStart"], "required", "termStart", [
      "commerce-managed-services",
      "YYYY-MM-DD",
    ]);
  });

  it("rejects an impossible termStart 2021-02-30 with code invalid_date", () => {
    const e = rejection({
      ...base,
      product: "commerce-managed-services",
      termStart: "2021-02-30",
    });
    expectIssue(e, ["termStart"], "invalid_date", "termStart", ["YYYY-MM-DD"]);
  });

  it("rejects holidays that are not dates", () => {
    for (const holidays of [["2026-13-01"], ["25/12/2026"], [20261225], "2026-12-25", {}]) {
      const e = rejection({ ...base, holidays });
      expect(e.issues.length).toBeGreaterThan(0);
      for (const issue of e.issues) {
        expect(issue.path[0]).toBe("holidays");
        expect(issue.message).toMatch(/`holidays(\[\d+\])?`/);
        expect(issue.message).toContain("YYYY-MM-DD");
      }
    }
  });

  it("points each bad holiday at its index, with code invalid_date", () => {
    const e = rejection({ ...base, holidays: ["2026-12-25", "2026-02-30", "Christmas"] });
    expectIssue(e, ["holidays", 1], "invalid_date", "holidays[1]", ["YYYY-MM-DD"]);
    expectIssue(e, ["holidays", 2], "invalid_date", "holidays[2]", ["YYYY-MM-DD"]);
    expect(e.issues.some((issue) => JSON.stringify(issue.path) === '["holidays",0]')).toBe(false);
  });

  it("rejects a holidays predicate that throws, under `holidays`", () => {
    const e = rejection({
      ...base,
      holidays: () => {
        throw new Error("holiday service down");
      },
    });
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(issue.path[0]).toBe("holidays");
      expect(issue.message).toContain("`holidays`");
      expect(issue.message).toContain("holiday service down");
    }
  });

  it("rejects a holidays predicate that returns a non-boolean, under `holidays`", () => {
    const predicate = (() => "yes") as unknown as (isoDate: string) => boolean;
    const e = rejection({ ...base, holidays: predicate });
    for (const issue of e.issues) {
      expect(issue.path[0]).toBe("holidays");
      expect(issue.message).toContain("`holidays`");
      expect(issue.message).toContain("boolean");
    }
  });

  it("rejects an openedAt before 1970 (out_of_range)", () => {
    const e = rejection({ ...base, openedAt: "1969-12-31T23:59:59Z" });
    expectIssue(e, ["openedAt"], "out_of_range", "openedAt", ["1970-01-01", "2200-01-01"]);
  });

  it("rejects an openedAt at or after 2200 (out_of_range), in every input form", () => {
    for (const openedAt of [
      "2200-01-01T00:00:00Z",
      Date.UTC(2200, 0, 1),
      new Date(Date.UTC(2300, 0, 1)),
      -1,
    ]) {
      const e = rejection({ ...base, openedAt });
      expectIssue(e, ["openedAt"], "out_of_range", "openedAt", ["2200-01-01"]);
    }
  });

  it("rejects NaN, Infinity and fractional epoch milliseconds", () => {
    expectIssue(
      rejection({ ...base, openedAt: Number.NaN }),
      ["openedAt"],
      "invalid_date",
      "openedAt",
      ["NaN"],
    );
    expectIssue(
      rejection({ ...base, openedAt: Number.POSITIVE_INFINITY }),
      ["openedAt"],
      "invalid_date",
      "openedAt",
      ["Infinity"],
    );
    expectIssue(rejection({ ...base, openedAt: 1.5 }), ["openedAt"], "invalid_date", "openedAt", [
      "whole",
    ]);
  });

  it("rejects an unknown key with a did-you-mean hint (`priorty` -> `priority`)", () => {
    const { priority: _priority, ...rest } = base;
    const e = rejection({ ...rest, priorty: "P2" });
    expectIssue(e, ["priorty"], "unknown_key", "priorty", ["did you mean `priority`?"]);
  });

  it("rejects other typos of keys with hints (`timezone`, `holiday`, `billingcountry`)", () => {
    const e = rejection({ ...base, timezone: "UTC", holiday: [], billingcountry: "FR" });
    expectIssue(e, ["timezone"], "unknown_key", "timezone", ["did you mean `timeZone`?"]);
    expectIssue(e, ["holiday"], "unknown_key", "holiday", ["did you mean `holidays`?"]);
    expectIssue(e, ["billingcountry"], "unknown_key", "billingcountry", [
      "did you mean `billingCountry`?",
    ]);
  });

  it("requires region or billingCountry for P2 (region: required)", () => {
    const { region: _region, ...rest } = base;
    const e = rejection(rest);
    expectIssue(e, ["region"], "required", "region", ["`billingCountry`"]);
  });

  it("rejects billingCountry AQ (no region) for P2 (no_region)", () => {
    const { region: _region, ...rest } = base;
    const e = rejection({ ...rest, billingCountry: "AQ" });
    expectIssue(e, ["billingCountry"], "no_region", "billingCountry", ["`region`"]);
  });

  it("rejects a P4 opened near 2199-12-31 whose deadline would pass 2200 (beyond_supported_range)", () => {
    const e = rejection({ ...base, priority: "P4", openedAt: "2199-12-31T16:00:00Z" });
    expectIssue(e, ["openedAt"], "beyond_supported_range", "openedAt", ["2200-01-01"]);
  });

  it("rejects a P1 opened at 2199-12-31T23:30Z whose 24x7 deadline would pass 2200 (beyond_supported_range)", () => {
    const e = rejection({ plan: "expert", priority: "P1", openedAt: "2199-12-31T23:30:00Z" });
    expectIssue(e, ["openedAt"], "beyond_supported_range", "openedAt", ["2200-01-01"]);
  });

  it("rejects a deadline landing exactly on the exclusive end 2200-01-01T00:00Z", () => {
    const e = rejection({ plan: "expert", priority: "P1", openedAt: "2199-12-31T23:00:00Z" });
    expectIssue(e, ["openedAt"], "beyond_supported_range", "openedAt");
  });

  it("lists several problems at once, in input order", () => {
    const e = rejection({
      plan: "expret",
      openedAt: "2026-01-01T00:00:00",
      billingCountry: "XX",
      timeZone: "Nowhere/City",
      priorty: "P2",
    });
    const paths = e.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["plan", "priority", "openedAt", "billingCountry", "timeZone"]),
    );
    expect(paths).toContain("priorty");
    expect(issueAt(e, ["openedAt"]).code).toBe("missing_offset");
    expect(issueAt(e, ["billingCountry"]).code).toBe("unknown_country");
    expect(issueAt(e, ["priorty"]).message).toContain("did you mean `priority`?");
    expect(e.message.split("; ").length).toBeGreaterThanOrEqual(6);
  });

  it("lists the cross-field problems together (termStart and region)", () => {
    const e = rejection({
      plan: "ultimate",
      priority: "P3",
      product: "commerce-managed-services",
      openedAt: "2026-03-06T17:00:00-08:00",
    });
    expect(e.issues.map((issue) => issue.path.join("."))).toEqual(["termStart", "region"]);
  });

  it("rejects a non-object input as a whole", () => {
    for (const input of [undefined, null, 42, "P2", [], () => base]) {
      const e = rejection(input);
      expect(e.issues.length).toBeGreaterThan(0);
    }
  });

  it("makes issues and their paths immutable", () => {
    const e = rejection({ ...base, plan: "expret" });
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
    expect(Object.isFrozen(e.issues[0]?.path)).toBe(true);
  });
});
