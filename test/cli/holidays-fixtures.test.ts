/** The Google-, Outlook- and Apple-style iCalendar fixtures through the command line: each closes the right days and parts of days. */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

// The same cases as test/ics/deadlines.test.ts (where each expected instant is worked out), read
// here by `adobe-sla due --holidays FILE` and `explain`, as a user would.

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/ics/${name}`, import.meta.url), "utf8");
const files = {
  "google.ics": fixture("google-holidays.ics"),
  "outlook.ics": fixture("outlook-company.ics"),
  "apple.ics": fixture("apple-holidays.ics"),
};
const emeaP3 = [
  "--plan",
  "expert",
  "--priority",
  "P3",
  "--region",
  "emea",
  "--tz",
  "Europe/Berlin",
];
const americasP3 = [
  ...["--plan", "expert", "--priority", "P3", "--region", "americas"],
  ...["--tz", "America/New_York"],
];

/** `dueAt` of `due` with these flags (and the explanation, from `explain --json`). */
async function deadline(flags: readonly string[]): Promise<{ dueAt: string; explanation: string }> {
  const due = await cli(["due", ...flags, "--json"], { files });
  expect(due.stderr).toBe("");
  expect(due.code).toBe(0);
  const explained = await cli(["explain", ...flags, "--json"], { files });
  expect(explained.code).toBe(0);
  return {
    dueAt: JSON.parse(due.stdout).dueAt as string,
    explanation: JSON.parse(explained.stdout).explanation as string,
  };
}

describe("iCalendar fixtures through --holidays", () => {
  it("Google (all-day holidays): Christmas and the second day close", async () => {
    const opened = [...emeaP3, "--opened", "2026-12-24T15:00:00+01:00"];
    expect((await deadline(opened)).dueAt).toBe("2026-12-25T10:00:00.000Z");
    const closed = await deadline([...opened, "--holidays", "google.ics"]);
    expect(closed.dueAt).toBe("2026-12-28T10:00:00.000Z");
    expect(closed.explanation).toContain("Fri 2026-12-25 (Christmas Day)");
  });

  it("Outlook (a timed half day in a Windows zone, a shutdown): the afternoon and the week close", async () => {
    const opened = [...emeaP3, "--opened", "2026-12-24T10:00:00+01:00"];
    const closed = await deadline([...opened, "--holidays", "outlook.ics"]);
    expect(closed.dueAt).toBe("2027-01-04T10:00:00.000Z");
    expect(closed.explanation).toMatch(/closed on the way: Thu 2026-12-24 \d\d:\d\d-\d\d:\d\d/);
  });

  it("Apple (yearly rules: the fourth Thursday, a half day before it): Thanksgiving closes", async () => {
    const opened = [...americasP3, "--opened", "2026-11-25T13:00:00-05:00"];
    expect((await deadline(opened)).dueAt).toBe("2026-11-25T22:00:00.000Z");
    const closed = await deadline([...opened, "--holidays", "apple.ics"]);
    expect(closed.dueAt).toBe("2026-11-27T13:00:00.000Z");
    expect(closed.explanation).toContain("Thu 2026-11-26");
  });
});
