/** End-to-end: the helpdesk widget, built and opened in headless Chromium, shows the library's own answers. */

import { execFile } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type StaticServer,
  serveFiles,
  widgetDir,
  widgetRoutes,
} from "../../examples/helpdesk-widget/serve.js";
import {
  adobeMayContact,
  isSlaInputError,
  responseDeadline,
  type SlaIssue,
  type SlaStatusInput,
  slaStatus,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const screenshots = join(root, "test/e2e/__screenshots__");

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasChromium = statSync(chromiumPath, { throwIfNoEntry: false })?.isFile() === true;
if (!hasChromium) {
  process.stderr.write(
    `helpdesk widget e2e skipped: ${chromiumPath} not found (apt-get install chromium, or set CHROMIUM_PATH)\n`,
  );
}

/** A real instant for the page's (paused) clock; the widget's own time comes from `now`. */
const pageClock = Date.UTC(2030, 0, 1);

/** The value of `data-testid` element `id`'s attribute `name`. */
const attr = (page: Page, id: string, name: string) =>
  page.getByTestId(id).getAttribute(name, { timeout: 5_000 });
const text = (page: Page, id: string) => page.getByTestId(id).textContent({ timeout: 5_000 });

describe.skipIf(!hasChromium)("helpdesk widget in headless Chromium", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;

  beforeAll(async () => {
    const tsup = join(root, "node_modules/.bin/tsup");
    await promisify(execFile)(tsup, ["--config", "examples/helpdesk-widget/tsup.config.ts"], {
      cwd: root,
      timeout: 60_000,
    });
    server = await serveFiles(widgetDir, widgetRoutes);
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      timeout: 60_000,
      // Playwright gives each launch a fresh temporary profile (it refuses --user-data-dir here).
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  /**
   * Opens the widget with `params` in a fresh context whose clock is paused, once it has rendered;
   * `errors` collects what the page reports: uncaught exceptions, console errors, failed requests.
   */
  async function open(
    params: Record<string, string>,
    options: { timezoneId?: string } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    if (browser === undefined || server === undefined) throw new Error("beforeAll did not run");
    const context = await browser.newContext({
      viewport: { width: 360, height: 900 },
      deviceScaleFactor: 2,
      locale: "en-US",
      timezoneId: options.timezoneId ?? "UTC",
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    // Paused: the countdown moves only when a test runs the clock, so every reading is exact.
    await page.clock.install({ time: pageClock });
    await page.clock.pauseAt(pageClock + 1_000);
    await page.goto(`${server.url}?${new URLSearchParams(params)}`);
    await page.locator('[data-testid="widget"][data-ready="true"]').waitFor({ timeout: 10_000 });
    return { page, errors };
  }

  it("shows a pending EMEA case as the library computes it, in the agent's and the customer's zones", async () => {
    const now = "2026-11-21T12:00:00+01:00";
    const input = {
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      billingCountry: "FR",
      openedAt: "2026-11-20T16:50:00+01:00",
    } as const;
    const deadline = responseDeadline(input);
    const status = slaStatus({ ...input, now });
    expect(status.state).toBe("pending");

    const { page, errors } = await open({
      plan: "ultimate",
      priority: "P2",
      region: "emea",
      country: "FR",
      tz: "Europe/Paris",
      agentTz: "America/New_York",
      opened: input.openedAt,
      now,
    });
    expect(await text(page, "deadline-utc")).toBe(deadline.dueAt);
    expect(await text(page, "deadline-utc")).toBe(status.dueAt);
    expect(await attr(page, "state", "data-state")).toBe(status.state);
    expect(await text(page, "state")).toBe("Pending");
    // Saturday: the business clock stands still, 20 of the 30 minutes are left.
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(status.remainingMs));
    expect(await text(page, "remaining")).toBe("0:20:00");
    expect(await text(page, "clock-note")).toContain("business clock is stopped");
    // The customer's zone is the calendar's here, so the local deadline is the library's.
    expect(await attr(page, "deadline-customer", "datetime")).toBe(status.dueAtLocal);
    expect(await attr(page, "deadline-agent", "datetime")).toBe(
      DateTime.fromISO(status.dueAt, { zone: "America/New_York" }).toISO(),
    );
    expect(await text(page, "deadline-agent")).toContain("03:20");
    expect(await text(page, "agent-zone")).toBe("Agent · America/New_York");

    const place = { region: "emea", billingCountry: "FR" } as const;
    const contact = adobeMayContact({ ...place, priority: "P2", now });
    expect(await attr(page, "contact-now", "data-allowed")).toBe(String(contact.allowed));
    expect(await text(page, "contact-now")).toMatch(/^No, outside business hours; next Mon 23 Nov/);
    const languages = supportLanguages({ ...place, now });
    expect(await attr(page, "languages", "data-languages")).toBe(languages.languages.join(","));
    const channels = supportChannels({ ...place, plan: "ultimate", priority: "P2", now });
    expect(await text(page, "channels")).toBe(
      channels.acceptingNow.map((c) => c.replace("-", " ")).join(", "),
    );
    expect(await page.getByTestId("explanation").locator("li").allTextContents()).toEqual(
      status.steps,
    );

    await page.screenshot({ path: join(screenshots, "widget.png"), fullPage: true });
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it("counts down live on the business clock, and turns breached when the deadline passes", async () => {
    const now = "2026-11-23T09:15:00+01:00";
    const input: SlaStatusInput = {
      plan: "ultimate",
      priority: "P2",
      billingCountry: "FR",
      openedAt: "2026-11-20T16:50:00+01:00",
      now,
    };
    const { page, errors } = await open({
      plan: "ultimate",
      priority: "P2",
      country: "FR",
      opened: "2026-11-20T16:50:00+01:00",
      agentTz: "Europe/London",
      now,
    });
    const at = (ms: number) => slaStatus({ ...input, now: Date.parse(now) + ms });
    expect(await attr(page, "state", "data-state")).toBe("at-risk");
    expect(await text(page, "remaining")).toBe("0:05:00");
    // No `tz`: the second zone is the one the library read the hours in.
    expect(await text(page, "customer-zone")).toBe("Hours zone · Europe/Paris");

    await page.clock.runFor(61_000);
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(at(61_000).remainingMs));
    expect(await text(page, "remaining")).toBe("0:03:59");
    expect(await attr(page, "state", "data-state")).toBe(at(61_000).state);

    await page.clock.runFor(240_000);
    const late = at(301_000);
    expect(late.state).toBe("breached");
    expect(await attr(page, "state", "data-state")).toBe("breached");
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(late.remainingMs));
    expect(await text(page, "remaining")).toBe("0:00:01");
    expect(await text(page, "remaining-label")).toBe("of business time overdue");
    expect(await text(page, "deadline-utc")).toBe(late.dueAt);
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it("shows a breached Japan case in the browser's zone when no agentTz is given", async () => {
    const now = "2026-11-24T15:00:00+09:00";
    const input = {
      plan: "expert",
      priority: "P2",
      billingCountry: "JP",
      openedAt: "2026-11-24T10:00:00+09:00",
    } as const;
    const deadline = responseDeadline(input);
    const status = slaStatus({ ...input, now });
    expect(status.state).toBe("breached");

    const { page, errors } = await open(
      { plan: "expert", priority: "P2", country: "JP", opened: input.openedAt, now },
      { timezoneId: "Australia/Sydney" },
    );
    expect(await text(page, "deadline-utc")).toBe(deadline.dueAt);
    expect(await attr(page, "state", "data-state")).toBe(status.state);
    expect(await text(page, "state")).toBe("Breached");
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(status.remainingMs));
    expect(await text(page, "remaining")).toBe("3:00:00");
    expect(await text(page, "agent-zone")).toBe("Agent · Australia/Sydney");
    expect(await attr(page, "deadline-agent", "datetime")).toBe(
      DateTime.fromISO(status.dueAt, { zone: "Australia/Sydney" }).toISO(),
    );
    expect(await attr(page, "deadline-customer", "datetime")).toBe(status.dueAtLocal);
    const languages = supportLanguages({ billingCountry: "JP", now });
    expect(languages.languages).toEqual(["en", "ja"]);
    expect(await attr(page, "languages", "data-languages")).toBe("en,ja");
    expect(await attr(page, "contact-now", "data-allowed")).toBe("true");
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it("shows an answered Commerce case as met, with the time to spare frozen", async () => {
    const input = {
      plan: "expert",
      priority: "P3",
      region: "americas",
      product: "commerce-managed-services",
      termStart: "2022-01-01",
      openedAt: "2026-11-17T09:00:00-08:00",
      respondedAt: "2026-11-17T10:00:00-08:00",
      now: "2026-11-17T12:00:00-08:00",
    } as const;
    const status = slaStatus(input);
    expect(status.state).toBe("met");
    const { page, errors } = await open({
      plan: "expert",
      priority: "P3",
      region: "americas",
      product: input.product,
      termStart: input.termStart,
      opened: input.openedAt,
      responded: input.respondedAt,
      now: input.now,
      tz: "America/Chicago",
      agentTz: "America/Los_Angeles",
    });
    expect(await text(page, "case")).toBe(`${status.deadline.table.name} · P3 · Americas`);
    expect(await text(page, "deadline-utc")).toBe(status.dueAt);
    expect(await attr(page, "state", "data-state")).toBe("met");
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(status.remainingMs));
    expect(await text(page, "remaining-label")).toBe(
      "of business time to spare when Adobe responded",
    );
    // Answered: the countdown no longer moves.
    await page.clock.runFor(5_000);
    expect(await attr(page, "remaining", "data-remaining-ms")).toBe(String(status.remainingMs));
    expect(await attr(page, "deadline-customer", "datetime")).toBe(
      DateTime.fromISO(status.dueAt, { zone: "America/Chicago" }).toISO(),
    );
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it("lists every input issue by URL parameter and field instead of a blank page", async () => {
    const now = "2026-11-21T12:00:00+01:00";
    let issues: readonly SlaIssue[] = [];
    try {
      slaStatus({
        plan: "platinum",
        priority: "P2",
        region: "emea",
        openedAt: "2026-11-20T16:50",
        now,
      } as unknown as SlaStatusInput);
    } catch (error) {
      if (isSlaInputError(error)) issues = error.issues;
    }
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["plan", "openedAt"]);

    const { page, errors } = await open({
      plan: "platinum",
      priority: "P2",
      region: "emea",
      opened: "2026-11-20T16:50",
      agentTz: "Mars/Olympus_Mons",
      now,
    });
    const error = page.getByTestId("error");
    expect(await error.isVisible()).toBe(true);
    expect(await page.getByTestId("result").isVisible()).toBe(false);
    const items = error.locator("li");
    expect(await items.evaluateAll((li) => li.map((e) => (e as HTMLElement).dataset.path))).toEqual(
      ["plan", "openedAt", "agentTz"],
    );
    const shown = await items.allTextContents();
    expect(shown[0]).toBe(`plan: ${issues[0]?.message}`);
    expect(shown[1]).toBe(`opened (openedAt): ${issues[1]?.message}`);
    expect(shown[2]).toContain("agentTz: `agentTz` is not an IANA time zone");
    await page.screenshot({ path: join(screenshots, "widget-error.png"), fullPage: true });
    await page.context().close();
    expect(errors).toEqual([]);
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
