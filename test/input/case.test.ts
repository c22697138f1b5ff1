/** One case through every rule: a helpdesk ticket with fields the library does not read, and `null` for "no value". */

import { describe, expect, it } from "vitest";
import {
  adobeMayContact,
  downgradeEligibility,
  responseDeadline,
  type SupportCase,
  slaStatus,
  submissionCheck,
  supportCaseSchema,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";
import { inputError, type RuleName, rules } from "./helpers.js";

/** What a helpdesk holds about a request: the case fields and its own. */
interface Ticket {
  readonly id: number;
  readonly subject: string;
  readonly status: string;
  readonly assignee: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly resolvedAt: string | null;
  readonly tags: readonly string[];
  readonly products: readonly string[];
  readonly plan: "expert" | "ultimate";
  readonly priority: "P1" | "P2" | "P3" | "P4";
  readonly openedAt: string;
  readonly billingCountry: string;
  readonly region: null;
  readonly timeZone: string | null;
  readonly product: string | null;
  readonly termStart: string | null;
  readonly respondedAt: string | null;
  readonly holidays: readonly string[];
  readonly namedContacts: readonly string[];
  readonly contactAttempts: readonly {
    readonly at: string;
    readonly contact: string;
    readonly outcome: "no-response";
  }[];
  readonly submitter: string;
  readonly lowerTo: null;
  readonly continuousEngagement: null;
}

/** An Ultimate P2 in Paris, opened Friday 16:50, no response yet; a Monday-morning look at it. */
const ticket: Ticket = {
  id: 4521,
  subject: "Checkout times out",
  status: "open",
  assignee: null,
  createdAt: "2026-11-20T15:50:00Z",
  updatedAt: "2026-11-23T08:00:00Z",
  resolvedAt: null,
  tags: ["checkout", "p2"],
  products: ["analytics"],
  plan: "ultimate",
  priority: "P2",
  openedAt: "2026-11-20T16:50:00+01:00",
  billingCountry: "FR",
  region: null,
  timeZone: null,
  product: null,
  termStart: null,
  respondedAt: null,
  holidays: ["2026-12-25"],
  namedContacts: ["ana@example.com"],
  contactAttempts: [
    { at: "2026-11-23T09:05:00+01:00", contact: "ana@example.com", outcome: "no-response" },
  ],
  submitter: "it-desk@example.com",
  lowerTo: null,
  continuousEngagement: null,
};
const now = "2026-11-23T09:15:00+01:00";

/** The same request with only the fields each rule needs, as callers had to write it before. */
const minimal = {
  plan: "ultimate",
  priority: "P2",
  openedAt: "2026-11-20T16:50:00+01:00",
  billingCountry: "FR",
  holidays: ["2026-12-25"],
} as const;

describe("a ticket passed as it is", () => {
  it("type-checks as a SupportCase and as every rule's input (TypeScript allows the extra fields)", () => {
    const supportCase: SupportCase = ticket;
    expect(supportCase.plan).toBe("ultimate");
    // Each call is the test: it fails `npm run typecheck` if the types disagree.
    responseDeadline(ticket);
    slaStatus({ ...ticket, now });
    downgradeEligibility({ ...ticket, now });
    adobeMayContact({ ...ticket, now });
    supportChannels({ ...ticket, now });
    supportLanguages({ ...ticket, now });
    submissionCheck(ticket);
  });

  it("ONE object with `now` goes to all seven rules, each reading what it needs", () => {
    const live = { ...ticket, now };
    const deadline = responseDeadline(live);
    const status = slaStatus(live);
    const downgrade = downgradeEligibility(live);
    const contact = adobeMayContact(live);
    const channels = supportChannels(live);
    const languages = supportLanguages(live);
    const submission = submissionCheck(live);

    expect(deadline.dueAt).toBe("2026-11-23T08:20:00.000Z");
    expect(status.state).toBe("at-risk");
    expect(status.respondedAt).toBeNull();
    expect(downgrade.eligible).toBe(true);
    expect(downgrade.suggested).toBe("P3");
    expect(contact.allowed).toBe(true);
    expect(contact.at).toBe("2026-11-23T08:15:00.000Z");
    expect(channels.handledNow).toBe(true);
    expect(languages.languages).toEqual(["en"]);
    expect(submission.mayBeAskedToResubmit).toBe(true);
  });

  it("gives the same answers as the hand-picked inputs", () => {
    const live = { ...ticket, now };
    expect(responseDeadline(live)).toEqual(responseDeadline(minimal));
    expect(slaStatus(live)).toEqual(slaStatus({ ...minimal, now }));
    expect(downgradeEligibility(live)).toEqual(
      downgradeEligibility({
        ...minimal,
        now,
        namedContacts: ticket.namedContacts,
        contactAttempts: ticket.contactAttempts,
      }),
    );
    const place = { billingCountry: "FR", holidays: minimal.holidays } as const;
    expect(adobeMayContact(live)).toEqual(adobeMayContact({ ...place, priority: "P2", now }));
    expect(supportChannels(live)).toEqual(
      supportChannels({ ...place, plan: "ultimate", priority: "P2", now }),
    );
    expect(supportLanguages(live)).toEqual(supportLanguages({ ...place, now }));
    expect(submissionCheck(live)).toEqual(
      submissionCheck({ submitter: ticket.submitter, namedContacts: ticket.namedContacts }),
    );
  });

  it("never changes the ticket", () => {
    const frozen = Object.freeze({ ...ticket, now });
    const copy = structuredClone(frozen);
    for (const rule of Object.values(rules)) rule(frozen);
    expect(frozen).toEqual(copy);
  });
});

describe("null means absent", () => {
  /** A minimal valid input per rule. */
  const inputs: Record<RuleName, Record<string, unknown>> = {
    responseDeadline: { ...minimal },
    slaStatus: { ...minimal, now },
    downgradeEligibility: { ...minimal, namedContacts: ["ana@example.com"] },
    adobeMayContact: { priority: "P2", billingCountry: "FR", now },
    supportChannels: { plan: "expert", priority: "P2", billingCountry: "FR", now },
    supportLanguages: { billingCountry: "JP", now },
    submissionCheck: { submitter: "ana@example.com", namedContacts: [] },
  };
  const caseKeys = Object.keys(supportCaseSchema.shape);

  it.each(Object.keys(rules) as RuleName[])(
    "%s: null for every optional field of the case gives the answer without them",
    (name) => {
      const input = inputs[name];
      const withNulls: Record<string, unknown> = { ...input };
      for (const key of caseKeys) if (!(key in input)) withNulls[key] = null;
      expect(rules[name](withNulls)).toEqual(rules[name](input));
    },
  );

  it("inside entries: a pause's `to` and `reason`", () => {
    const opened = { plan: "ultimate", priority: "P1", openedAt: "2026-11-23T09:00:00Z" } as const;
    const at = { ...opened, now: "2026-11-23T09:12:00Z" };
    const withNulls = slaStatus({
      ...at,
      pauses: [{ from: "2026-11-23T09:05:00Z", to: null, reason: null }],
    });
    expect(withNulls).toEqual(slaStatus({ ...at, pauses: [{ from: "2026-11-23T09:05:00Z" }] }));
    expect(withNulls.pauses[0]?.ongoing).toBe(true);
  });

  it("a required field given as null is `required`", () => {
    const error = inputError(() => responseDeadline({ ...minimal, plan: null } as never));
    expect(error.issues).toEqual([expect.objectContaining({ path: ["plan"], code: "required" })]);
    const status = inputError(() => slaStatus({ ...minimal, now: null } as never));
    expect(status.issues[0]).toMatchObject({ path: ["now"], code: "required" });
  });

  it("the case schema reads null as undefined and drops keys it does not know", () => {
    const parsed = supportCaseSchema.parse({ id: 1, respondedAt: null, plan: "expert" });
    expect(parsed).toEqual({ respondedAt: undefined, plan: "expert" });
    expect("id" in parsed).toBe(false);
  });
});

describe("`now` is the evaluation instant of every rule", () => {
  it.each(["adobeMayContact", "supportChannels", "supportLanguages"] as const)(
    "%s: `at` alone is reported as renamed",
    (name) => {
      const input = { plan: "expert", priority: "P2", billingCountry: "JP" };
      const error = inputError(() => rules[name]({ ...input, at: "2026-11-23T10:00:00+09:00" }));
      expect(error.issues).toEqual([
        {
          path: ["now"],
          code: "required",
          message: "`now` is required; `at` was renamed `now`: pass the same value as `now`",
        },
      ]);
    },
  );

  it("`at` next to `now` is ignored", () => {
    const input = { priority: "P2", billingCountry: "FR", now, at: "2000-01-01T00:00:00Z" };
    expect(adobeMayContact(input as never).at).toBe("2026-11-23T08:15:00.000Z");
  });

  it("a missing `now` without `at` keeps the plain message", () => {
    const error = inputError(() => supportLanguages({ region: "japan" } as never));
    expect(error.issues[0]?.message).not.toContain("renamed");
  });
});
