import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { issue, SlaInputError } from "../../src/errors.js";
import {
  addOnEligibility,
  createCalendar,
  downgradeEligibility,
  type IssueCode,
  issueCodes,
  japaneseHolidaysIn,
  planIds,
  regionForCountry,
  responseDeadline,
  slaStatus,
  submissionCheck,
} from "../../src/index.js";
import { isIssueCode, issueCodeMeanings } from "../../src/issue-codes.js";
import {
  expectedOneOf,
  expectedRealDate,
  expectedShareOfTarget,
  expectedTrueOrFalse,
} from "../../src/messages.js";
import { parseInput } from "../../src/validation.js";

const errorsDoc = fileURLToPath(new URL("../../docs/errors.md", import.meta.url));

/** The rows of the code table of docs/errors.md: its code and its meaning, links read as their text. */
function documentedCodes(): { code: string; meaning: string }[] {
  const lines = readFileSync(errorsDoc, "utf8").split("\n");
  const start = lines.findIndex((line) => /^\|\s*code\s*\|\s*meaning\s*\|/.test(line));
  expect(start, "docs/errors.md has a | code | meaning | table").toBeGreaterThanOrEqual(0);
  const rows: { code: string; meaning: string }[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const cells = line.split(" | ").map((cell) => cell.replace(/^\|\s*|\s*\|$/g, "").trim());
    const code = /^`([a-z_]+)`$/.exec(cells[0] ?? "")?.[1];
    expect(code, `one code per row: ${line}`).toBeDefined();
    const meaning = cells
      .slice(1)
      .join(" | ")
      .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
    rows.push({ code: code as string, meaning });
  }
  return rows;
}

/** The issues an input error carries (fails when `f` does not throw one). */
function issuesOf(f: () => unknown): readonly { code: string; message: string }[] {
  try {
    f();
  } catch (error) {
    if (error instanceof SlaInputError) return error.issues;
    throw error;
  }
  throw new Error("expected an SlaInputError");
}

describe("issueCodes", () => {
  it("lists each code once, each with a one-line meaning", () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
    expect(Object.keys(issueCodeMeanings)).toEqual([...issueCodes]);
    for (const code of issueCodes) {
      expect(issueCodeMeanings[code]).toMatch(/^\S[^\n]*\S$/);
    }
    expect(Object.isFrozen(issueCodeMeanings)).toBe(true);
  });

  it("is the code table of docs/errors.md, in order and with the same meanings", () => {
    expect(documentedCodes()).toEqual(
      issueCodes.map((code) => ({ code, meaning: issueCodeMeanings[code] })),
    );
  });

  it("types issues: an unknown code does not compile", () => {
    const made = issue(["plan"], "required", "`plan` is required");
    expect(made).toEqual({ path: ["plan"], code: "required", message: "`plan` is required" });
    // @ts-expect-error: not an issue code
    issue([], "no_such_code", "text");
    // @ts-expect-error: not an issue code
    const bad: IssueCode = "unrecognized_keys";
    expect(isIssueCode(bad)).toBe(false);
    expect(isIssueCode("too_big")).toBe(true);
  });

  it("holds every code the public functions give for bad input", () => {
    const opened = "2026-11-20T10:00:00Z";
    const base = { plan: "expert", priority: "P2", region: "emea", openedAt: opened } as const;
    const cases: (() => unknown)[] = [
      () => responseDeadline({ ...base, openedAt: "2026-11-20T10:00" }),
      () => responseDeadline({ ...base, openedAt: "2026-11-20" }),
      () => responseDeadline({ ...base, openedAt: "2021-02-30T10:00:00Z" }),
      () => responseDeadline({ ...base, openedAt: "2300-01-01T00:00:00Z" }),
      () => responseDeadline({ ...base, plan: "gold" } as never),
      () => responseDeadline({ ...base, priority: undefined } as never),
      () => responseDeadline({ ...base, priorty: "P2", priority: undefined } as never),
      () => responseDeadline({ ...base, openedAt: 12n } as never),
      () => responseDeadline({ ...base, billingCountry: "XX" } as never),
      () => responseDeadline({ ...base, timeZone: "Europe/Pariss" } as never),
      () => responseDeadline({ ...base, product: "magento-cloud-x" } as never),
      () => responseDeadline({ ...base, holidays: ["2026-13-01"] } as never),
      () => responseDeadline({ ...base, region: undefined, billingCountry: "AQ" } as never),
      () => slaStatus({ ...base, now: "2026-11-19T10:00:00Z" }),
      () => slaStatus({ ...base, now: opened, atRiskThreshold: 0 }),
      () =>
        slaStatus({ ...base, now: opened, pauses: [{ from: opened, to: "2026-11-20T09:00:00Z" }] }),
      () => downgradeEligibility({ ...base, now: opened, lowerTo: "P1" } as never),
      () => submissionCheck({ ...base, submitter: " ", namedContacts: [] } as never),
      () =>
        addOnEligibility({
          plan: "expert",
          aemCloudService: true,
          products: ["analytics"],
        } as never),
      () => createCalendar({ timeZone: "UTC", weekly: {} }),
      () => createCalendar({ timeZone: "UTC", weekly: { mon: [{ start: "9", end: "17:00" }] } }),
      () =>
        createCalendar({ timeZone: "UTC", weekly: { mon: [{ start: "09:00", end: "09:00" }] } }),
      () => createCalendar({ timeZone: "UTC", dateHours: { "2026-02-30": [] } } as never),
      () => japaneseHolidaysIn(1.5),
      () => regionForCountry("XX"),
      () => {
        throw new SlaInputError([]);
      },
    ];
    const seen = new Set<string>();
    for (const f of cases) for (const { code } of issuesOf(f)) seen.add(code);
    for (const code of seen) expect(isIssueCode(code), code).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });

  it("reads a zod code no schema of the library raises as `custom`", () => {
    const schema = z.object({ id: z.string().check(z.regex(/^a/)) });
    expect(issuesOf(() => parseInput(schema, { id: "b" })).map((i) => i.code)).toEqual(["custom"]);
  });
});

describe("shared messages", () => {
  it("keep their texts", () => {
    expect(expectedRealDate).toBe("expected a real date as YYYY-MM-DD");
    expect(expectedTrueOrFalse).toBe("expected true or false");
    expect(expectedShareOfTarget).toBe("expected a share of the target in (0, 1], e.g. 0.75");
    expect(expectedOneOf(["P1", "P2"])).toBe('expected one of "P1", "P2"');
  });

  it("are the texts the schemas give", () => {
    const messages = (f: () => unknown) => issuesOf(f).map((i) => i.message);
    const base = {
      plan: "expert",
      priority: "P2",
      region: "emea",
      openedAt: "2026-11-20T10:00:00Z",
    };
    expect(messages(() => responseDeadline({ ...base, plan: "gold" } as never))[0]).toContain(
      `\`plan\`: ${expectedOneOf(planIds)}`,
    );
    expect(
      messages(() => slaStatus({ ...base, now: base.openedAt, atRiskThreshold: 2 } as never)),
    ).toEqual([`\`atRiskThreshold\`: ${expectedShareOfTarget}`]);
    expect(
      messages(() => responseDeadline({ ...base, holidays: ["2026-02-30"] } as never)),
    ).toEqual([`\`holidays[0]\`: ${expectedRealDate}, got "2026-02-30"`]);
  });
});
