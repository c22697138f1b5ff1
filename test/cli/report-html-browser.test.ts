/** End-to-end: `report --html` on the sample, opened in headless Chromium: the figures shown are the CSV report's, the charts are drawn, nothing is fetched, printing hides nothing; a screenshot goes to docs/. */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvObjects } from "./csv-oracle.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist/cli.cjs");
const sample = "examples/tickets.csv";
const NOW = "2026-11-20T14:30:00Z";
/** The page is served from this address by a route, so that any other request can be refused. */
const PAGE_URL = "http://report.invalid/report.html";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasChromium = statSync(chromiumPath, { throwIfNoEntry: false })?.isFile() === true;
if (!hasChromium) {
  process.stderr.write(
    `report --html browser test skipped: ${chromiumPath} not found (apt-get install chromium, or set CHROMIUM_PATH)\n`,
  );
}

/** Runs the built command line; exit 0 or 1 (rows rejected, or breaches gated on) both produce output. */
function runReport(args: readonly string[]): string {
  const run = spawnSync(process.execPath, [cli, "report", sample, "--now", NOW, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`adobe-sla report exited ${run.status}: ${run.stderr}`);
  }
  return run.stdout;
}

/** The ISO week of an instant in UTC, by luxon (a reading independent of the page's). */
const weekOf = (iso: string) => {
  const utc = DateTime.fromISO(iso, { setZone: true }).toUTC();
  return `${utc.weekYear}-W${String(utc.weekNumber).padStart(2, "0")}`;
};
const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();

/** `key` counted over `rows`. */
function tally<T>(rows: readonly T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

const states = ["pending", "at-risk", "breached", "met", "met-late", "not-open-yet", "rejected"];

describe.skipIf(!hasChromium)("report --html in headless Chromium", () => {
  let browser: Browser | undefined;
  let dir = "";
  let html = "";
  let rows: Record<string, string>[] = [];
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (statSync(cli, { throwIfNoEntry: false }) === undefined) {
      throw new Error(`${cli} not found: build first (npx tsup)`);
    }
    dir = mkdtempSync(join(tmpdir(), "report-html-"));
    rows = csvObjects(runReport([]));
    runReport(["--html", join(dir, "report.html")]);
    html = readFileSync(join(dir, "report.html"), "utf8");
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      timeout: 60_000,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    // No script is needed to read the page: it is opened with JavaScript off.
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      deviceScaleFactor: 1,
      locale: "en-US",
      timezoneId: "UTC",
      javaScriptEnabled: false,
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === PAGE_URL)
        return route.fulfill({ contentType: "text/html; charset=utf-8", body: html });
      return route.abort();
    });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.goto(PAGE_URL);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("shows the CSV report's counts by state", async () => {
    const fromCsv = tally(rows, (r) => (r.state === "error" ? "rejected" : (r.state as string)));
    expect(rows.length).toBe(300);
    for (const state of states) {
      const tile = page.getByTestId(`state-${state}`);
      expect(await tile.getAttribute("data-count"), state).toBe(String(fromCsv.get(state) ?? 0));
      expect(await tile.locator("b").textContent(), state).toBe(
        (fromCsv.get(state) ?? 0).toLocaleString("en-US"),
      );
    }
  });

  it("shows the CSV report's counts by priority", async () => {
    const computed = rows.filter((r) => r.state !== "error");
    const byPriority = tally(computed, (r) => `${r.priority?.trim().toUpperCase()}`);
    expect([...byPriority.keys()].sort()).toEqual(["P1", "P2", "P3", "P4"]);
    for (const [priority, count] of byPriority) {
      expect(await page.getByTestId(`priority-${priority}-total`).textContent()).toBe(
        String(count),
      );
      const breached = computed.filter(
        (r) => r.state === "breached" && r.priority?.trim().toUpperCase() === priority,
      ).length;
      expect(await page.getByTestId(`priority-${priority}-breached`).textContent()).toBe(
        String(breached),
      );
    }
  });

  it("charts met and breached per ISO week of the opening, as the CSV says", async () => {
    const measured = rows.filter((r) => !["error", "not-open-yet"].includes(r.state as string));
    const breached = tally(
      measured.filter((r) => r.state === "breached"),
      (r) => weekOf(r.opened_at as string),
    );
    const opened = tally(measured, (r) => weekOf(r.opened_at as string));
    const bars = page.getByTestId("week-chart").locator("g.week-bar");
    const shown = await bars.evaluateAll((gs) =>
      gs.map((g) => [
        g.getAttribute("data-week"),
        g.querySelectorAll("rect").length,
        g.getAttribute("data-breached"),
      ]),
    );
    // One bar per week from the first opening to the last (the sample has no empty week).
    expect(shown.map(([week]) => week)).toEqual([...opened.keys()].sort());
    for (const [week, rects, count] of shown) {
      expect(count, `${week}`).toBe(String(breached.get(week as string) ?? 0));
      expect(rects).toBeGreaterThan(0);
      expect(await page.getByTestId(`week-breached-${week}`).textContent()).toBe(count);
    }
    const total = await bars.evaluateAll((gs) =>
      gs.reduce(
        (n, g) =>
          n +
          Array.from(g.querySelectorAll("rect")).reduce(
            (m, r) => m + Number(r.getAttribute("data-count")),
            0,
          ),
        0,
      ),
    );
    expect(total).toBe(measured.length);
  });

  it("draws the response-time histogram of every priority from the responded rows", async () => {
    const responded = rows.filter((r) => r.state === "met" || r.state === "met-late");
    for (const [priority, count] of tally(
      responded,
      (r) => `${r.priority?.trim().toUpperCase()}`,
    )) {
      const chart = page.getByTestId(`response-chart-${priority}`);
      expect(await chart.locator("g.bucket rect").count()).toBe(7);
      const counts = await chart
        .locator("g.bucket")
        .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-count"))));
      expect(
        counts.reduce((a, b) => a + b, 0),
        priority,
      ).toBe(count);
      // Buckets up to 100% hold the met rows, the others the met-late ones.
      const late = responded.filter(
        (r) => r.state === "met-late" && r.priority?.trim().toUpperCase() === priority,
      );
      expect(counts.slice(4).reduce((a, b) => a + b, 0)).toBe(late.length);
    }
  });

  it("lists the ten latest breaches, with the library's explanation of each", async () => {
    const lateMs = (r: Record<string, string>) =>
      r.state === "breached"
        ? ms(NOW) - ms(r.due_at as string)
        : ms(r.responded_at as string) - ms(r.due_at as string);
    const late = rows.filter((r) => r.state === "breached" || r.state === "met-late");
    const expected = late
      .map((r) => ({ line: Number(r.line), late: lateMs(r) }))
      .sort((a, b) => b.late - a.late || a.line - b.line)
      .slice(0, 10);
    const entries = page.locator("tbody.worst-row");
    expect(
      await entries.evaluateAll((bs) => bs.map((b) => Number(b.getAttribute("data-line")))),
    ).toEqual(expected.map((e) => e.line));
    for (const steps of await entries.evaluateAll((bs) =>
      bs.map((b) => b.querySelectorAll("ol.steps li").length),
    )) {
      expect(steps).toBeGreaterThan(3);
    }
  });

  it("states its inputs, and gives the same page for the same input", async () => {
    expect(await page.getByTestId("source").textContent()).toBe(sample);
    expect(ms((await page.getByTestId("now").textContent()) ?? "")).toBe(ms(NOW));
    expect(await page.getByTestId("version").textContent()).toContain(
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
    );
    runReport(["--html", join(dir, "again.html")]);
    expect(readFileSync(join(dir, "again.html"), "utf8")).toBe(html);
  });

  it("fetches nothing: the page is the only request", () => {
    expect(requests).toEqual([PAGE_URL]);
    expect(errors).toEqual([]);
    expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|@import/i);
  });

  it("hides nothing when printed", async () => {
    const visible = () =>
      page.evaluate(() => ({
        // The rendered text, which is the point: what display: none or the like would drop.
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is compared
        text: document.body.innerText,
        hidden: Array.from(document.querySelectorAll("body *"))
          .filter((e) => e.closest("svg") === null && e.getClientRects().length === 0)
          .map((e) => e.tagName),
        charts: Array.from(document.querySelectorAll("svg.chart")).map(
          (s) => s.getBoundingClientRect().width > 100,
        ),
      }));
    const screen = await visible();
    await page.emulateMedia({ media: "print" });
    const print = await visible();
    await page.emulateMedia({ media: "screen" });
    expect(print.hidden).toEqual([]);
    expect(print.text).toBe(screen.text);
    expect(print.charts).toEqual(screen.charts);
    expect(print.charts.every(Boolean)).toBe(true);
  });

  it("saves a screenshot for the docs", async () => {
    const path = join(root, "docs/report-html.png");
    // The top of the page (states, the weekly chart, the response-time charts): enough to show
    // the report in the README, at a fraction of a full-page capture's size.
    await page.screenshot({
      path,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: 1500 },
      animations: "disabled",
    });
    expect(statSync(path).size).toBeGreaterThan(50_000);
  });
});

// CI installs Chromium and sets REQUIRE_CHROMIUM=1: there, a missing browser is a failure, not a skip.
if (!hasChromium && process.env.REQUIRE_CHROMIUM === "1") {
  describe("CI's browser", () => {
    it("is installed where REQUIRE_CHROMIUM=1 says it must be", () => {
      expect.fail(`${chromiumPath} not found; .ci/run installs it with apt-get install chromium`);
    });
  });
}
