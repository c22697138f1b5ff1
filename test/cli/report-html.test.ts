/** `report --html`'s page, from hand-made rows: counts, weeks, response-time buckets, escaping, the bounded worst list, the empty page. */

import { describe, expect, it } from "vitest";
import {
  createHtmlReport,
  type HtmlReportOptions,
  type HtmlReportRow,
  WORST_ROWS,
} from "../../src/cli/report/html.js";
import { bucketOf, WorstRows } from "../../src/cli/report/html-tally.js";
import { esc } from "../../src/cli/report/html-text.js";
import { isoWeek, openingMs, weekIndexOf } from "../../src/cli/report/html-week.js";
import type { RowResult } from "../../src/cli/report/rows.js";
import { type SlaStatusInput, slaStatus, slaStatusFigures } from "../../src/index.js";

const NOW = "2026-11-20T14:30:00Z";
const options: HtmlReportOptions = {
  source: "tickets.csv",
  now: NOW,
  atRiskThreshold: 0.75,
  holidays: [],
  version: "9.9.9",
};

const MINUTE = 60_000;

/** A computed row as the report command makes it: the case through the public `slaStatusFigures`. */
function computed(
  line: number,
  fields: Record<string, unknown>,
  ticket = `T-${line}`,
): HtmlReportRow {
  const input = { now: NOW, atRiskThreshold: 0.75, ...fields };
  const figures = slaStatusFigures(input as unknown as SlaStatusInput);
  const result: RowResult = {
    dueAt: figures.dueAt,
    dueAtLocal: figures.dueAtLocal,
    state: figures.state,
    remaining: "",
    remainingMs: figures.remainingMs,
    reason: "",
    error: "",
    priority: figures.priority,
    figures,
  };
  return { line, ticket, case: input, result };
}

function rejected(line: number, fields: Record<string, unknown> = {}): HtmlReportRow {
  const result: RowResult = {
    dueAt: "",
    dueAtLocal: "",
    state: "error",
    remaining: "",
    remainingMs: null,
    reason: `line ${line}: bad`,
    error: "bad",
    priority: null,
    figures: null,
  };
  return { line, ticket: `T-${line}`, case: fields, result };
}

function notOpenYet(line: number): HtmlReportRow {
  const result: RowResult = {
    dueAt: "2026-11-21T10:15:00.000Z",
    dueAtLocal: "2026-11-21T10:15:00.000Z",
    state: "not-open-yet",
    remaining: "",
    remainingMs: null,
    reason: "not-open-yet",
    error: "",
    priority: "P1",
    figures: null,
  };
  const fields = { plan: "ultimate", priority: "P1", openedAt: "2026-11-21T10:00:00Z" };
  return { line, ticket: `T-${line}`, case: fields, result };
}

/** A P1 (24x7) case opened at `opened` and answered `minutes` later (`null`: no answer). */
function p1(plan: "expert" | "ultimate", opened: string, minutes: number | null) {
  const respondedAt =
    minutes === null ? null : new Date(Date.parse(opened) + minutes * MINUTE).toISOString();
  return { plan, priority: "P1", region: "emea", openedAt: opened, respondedAt };
}

function page(rows: readonly HtmlReportRow[], given = options): string {
  const report = createHtmlReport(given);
  for (const row of rows) report.add(row);
  return report.html();
}

/** The text of the element with `data-testid="id"`. */
function byTestId(html: string, id: string): string | undefined {
  const at = html.indexOf(`data-testid="${id}"`);
  if (at < 0) return undefined;
  const start = html.indexOf(">", at) + 1;
  return html.slice(start, html.indexOf("<", start));
}

/** The `data-count` of the element with `data-testid="id"`. */
const countOf = (html: string, id: string) =>
  Number(new RegExp(`data-testid="${id}" data-count="(\\d+)"`).exec(html)?.[1]);

describe("createHtmlReport", () => {
  const rows = [
    computed(2, p1("ultimate", "2026-11-02T10:00:00Z", 5)), // met, 33% of 15 min
    computed(3, p1("ultimate", "2026-11-03T10:00:00Z", 15)), // met exactly at the deadline
    computed(4, p1("ultimate", "2026-11-04T10:00:00Z", 25)), // met-late, 167%
    computed(5, p1("expert", "2026-11-09T10:00:00Z", null)), // breached
    computed(6, {
      plan: "expert",
      priority: "P2",
      region: "americas",
      openedAt: "2026-11-20T14:00:00Z",
    }),
    computed(7, {
      plan: "ultimate",
      priority: "P3",
      billingCountry: "JP",
      openedAt: "2026-11-20T05:00:00Z",
    }),
    rejected(8),
    notOpenYet(9),
  ];
  const html = page(rows);

  it("counts every row by state, rejected and not open yet included", () => {
    const states = rows.map((r) => (r.result.state === "error" ? "rejected" : r.result.state));
    for (const state of [
      "pending",
      "at-risk",
      "breached",
      "met",
      "met-late",
      "not-open-yet",
      "rejected",
    ]) {
      expect(countOf(html, `state-${state}`), state).toBe(states.filter((s) => s === state).length);
    }
    expect(countOf(html, "state-met")).toBe(2);
    expect(html).toContain("8 rows read: 6 measured against their target, 1 not open yet");
  });

  it("counts computed rows by priority, plan and region", () => {
    expect(byTestId(html, "priority-P1-total")).toBe("5");
    expect(byTestId(html, "priority-P1-met")).toBe("2");
    expect(byTestId(html, "priority-P1-not-open-yet")).toBe("1");
    expect(byTestId(html, "priority-P2-total")).toBe("1");
    expect(byTestId(html, "plan-ultimate-total")).toBe("5");
    expect(byTestId(html, "plan-expert-breached")).toBe("1");
    expect(byTestId(html, "region-emea-total")).toBe("4");
    expect(byTestId(html, "region-japan-total")).toBe("1");
    expect(byTestId(html, "region-americas-total")).toBe("1");
    expect(html).toContain("Ultimate Support");
    expect(html).toContain("Europe, Middle East and Africa");
  });

  it("puts each opening in its ISO week in UTC, and fills the weeks between", () => {
    const weeks = [
      ...html.matchAll(
        /<g class="week-bar" data-week="([^"]+)" data-met="(\d+)" data-met-late="(\d+)" data-breached="(\d+)" data-open="(\d+)"/g,
      ),
    ];
    expect(weeks.map((w) => w[1])).toEqual(["2026-W45", "2026-W46", "2026-W47"]);
    expect(weeks.map((w) => w.slice(2).map(Number))).toEqual([
      [2, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 1, 1],
    ]);
  });

  it("buckets first responses by their share of the target, met up to 100%, late from 100%", () => {
    const buckets =
      [...html.matchAll(/data-testid="response-chart-P1"[\s\S]*?<\/svg>/g)][0]?.[0] ?? "";
    const counts = [...buckets.matchAll(/data-bucket="([^"]+)" data-count="(\d+)"/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(counts).toEqual([
      ["<25%", 0],
      ["25-50%", 1],
      ["50-75%", 0],
      ["75-100%", 1],
      ["100-150%", 0],
      ["150-200%", 1],
      [">200%", 0],
    ]);
    expect(html).not.toContain('data-testid="response-chart-P2"');
  });

  it("lists the worst rows latest first, with the library's explanation", () => {
    const worst = [
      ...html.matchAll(/<tbody class="worst-row" data-line="(\d+)" data-late-ms="(-?\d+)"/g),
    ];
    expect(worst.map((w) => Number(w[1]))).toEqual([5, 7, 4]);
    // Line 4 (met-late): its steps as the library gives them, escaped.
    const steps = slaStatus(rows[2]?.case as unknown as SlaStatusInput).steps;
    expect(steps.length).toBeGreaterThan(3);
    const entry = html.slice(html.indexOf('data-line="4" data-late-ms'));
    const shown = [...entry.slice(0, entry.indexOf("</tbody>")).matchAll(/<li>([^<]*)<\/li>/g)];
    expect(shown.map((m) => m[1])).toEqual(steps.map(esc));
  });

  it("states its inputs and holds no time of its own", () => {
    expect(byTestId(html, "source")).toBe("tickets.csv");
    expect(byTestId(html, "now")).toBe(NOW);
    expect(byTestId(html, "version")).toBe("adobe-sla 9.9.9 (adobe-support-sla)");
    expect(page(rows)).toBe(html);
  });

  it("is one self-contained document: no script, no link, nothing to fetch", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|https?:/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });
});

describe("escaping", () => {
  it("shows every text from the input as text", () => {
    const evil = '<script>alert("x")</script>';
    const row = computed(
      2,
      { ...p1("expert", "2026-11-09T10:00:00Z", null), subject: `${evil} & <b>` },
      evil,
    );
    const html = page([row], {
      ...options,
      source: `<img src=x onerror=alert(1)>.csv`,
      holidays: ["2026-12-25", { date: "<i>", name: evil }],
    });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("& <b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;.csv");
    expect(html).toContain("&lt;i&gt;");
    expect(html).toContain("&amp; &lt;b&gt;");
  });
});

describe("the worst rows", () => {
  it("keeps only the latest N, whatever the number of rows", () => {
    const worst = new WorstRows(3);
    const lateness = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009);
    lateness.forEach((late, i) => {
      worst.offer(late, rejected(i));
      expect(worst.rows.length).toBeLessThanOrEqual(3);
    });
    const top = [...lateness].sort((a, b) => b - a).slice(0, 3);
    expect(worst.rows.map((w) => w.lateMs)).toEqual(top);
  });

  it("keeps the earlier line on a tie", () => {
    const worst = new WorstRows(2);
    for (const line of [1, 2, 3]) worst.offer(60_000, rejected(line));
    expect(worst.rows.map((w) => w.row.line)).toEqual([1, 2]);
  });

  it("shows at most WORST_ROWS of many breaches", () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      computed(
        i + 2,
        p1(
          "expert",
          new Date(Date.parse("2026-11-01T00:00:00Z") + i * 3_600_000).toISOString(),
          null,
        ),
      ),
    );
    const html = page(rows);
    const shown = [...html.matchAll(/data-line="(\d+)" data-late-ms/g)].map((m) => Number(m[1]));
    expect(shown).toEqual(Array.from({ length: WORST_ROWS }, (_, i) => i + 2));
  });
});

describe("an empty input", () => {
  it("gives a valid page that says there are no rows", () => {
    const html = page([]);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(byTestId(html, "empty")).toBe("");
    expect(html).toContain("No rows were read from tickets.csv");
    expect(html).not.toContain("<svg");
  });
});

describe("weeks and buckets", () => {
  it("numbers weeks as ISO 8601 does, in UTC", () => {
    const week = (iso: string) => isoWeek(weekIndexOf(openingMs(iso) as number));
    expect(week("2026-10-05T00:00:00Z")).toMatchObject({ label: "2026-W41", monday: "2026-10-05" });
    expect(week("2026-10-11T23:59:59Z").label).toBe("2026-W41");
    // 23:30 at UTC-02:00 on Sunday is Monday in UTC.
    expect(week("2026-10-11T23:30:00-02:00").label).toBe("2026-W42");
    expect(week("2027-01-01T12:00:00Z")).toMatchObject({ label: "2026-W53", monday: "2026-12-28" });
    expect(week("2024-12-30T00:00:00Z").label).toBe("2025-W01");
    expect(week("2021-01-03T00:00:00Z").label).toBe("2020-W53");
  });

  it("reads the openings the library accepts", () => {
    const ms = Date.parse("2026-10-06T19:01:54.500Z");
    expect(openingMs("2026-10-06 21:01:54,5+02")).toBe(ms);
    expect(openingMs("2026-10-06t19:01:54.5z")).toBe(ms);
    expect(openingMs(ms)).toBe(ms);
    expect(openingMs(new Date(ms))).toBe(ms);
    expect(openingMs({ epochMilliseconds: ms })).toBe(ms);
    expect(openingMs({ toMillis: () => ms })).toBe(ms);
    expect(openingMs("nope")).toBeNull();
  });

  it("bounds buckets below, keeps met rows up to 100% and met-late rows from 100%", () => {
    expect([0, 0.2499, 0.25, 0.5, 0.75, 0.99].map((s) => bucketOf(s, false))).toEqual([
      0, 0, 1, 2, 3, 3,
    ]);
    expect(bucketOf(1, false)).toBe(3);
    expect(bucketOf(1, true)).toBe(4);
    expect([1.49, 1.5, 2, 5].map((s) => bucketOf(s, true))).toEqual([4, 5, 6, 6]);
  });
});

describe("long periods", () => {
  const opened = (week: number) =>
    new Date(Date.parse("2020-01-06T12:00:00Z") + week * 7 * 86_400_000).toISOString();

  it("draws a bar for every week of a year, and labels some of them", () => {
    const rows = [0, 20, 59].map((w, i) => computed(i + 2, p1("expert", opened(w), 10)));
    const html = page(rows);
    expect(html.match(/<g class="week-bar"/g)).toHaveLength(60);
    const labels = html.match(/<text class="tick" x="[\d.]+" y="252" text-anchor="middle">W\d\d</g);
    expect(labels?.length).toBe(20); // every third week
  });

  it("leaves out empty weeks past five years", () => {
    const rows = [0, 300].map((w, i) => computed(i + 2, p1("expert", opened(w), 10)));
    expect(page(rows).match(/<g class="week-bar"/g)).toHaveLength(2);
  });
});
