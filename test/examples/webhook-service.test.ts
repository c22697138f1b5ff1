/** Drives examples/webhook-service.ts: the answer function directly, and the HTTP server on a free port. */

import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  answerWebhook,
  createWebhookServer,
  type Issue,
  selfTest,
} from "../../examples/webhook-service.js";

const now = new Date("2026-11-23T09:15:00+01:00");
const frenchP2 = {
  plan: "ultimate",
  priority: "P2",
  billingCountry: "FR",
  openedAt: "2026-11-20T16:50:00+01:00",
};

describe("answerWebhook", () => {
  it("answers a new case with its response deadline", () => {
    const answer = answerWebhook({ event: "case.created", caseId: "A-1", case: frenchP2 }, now);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      caseId: "A-1",
      event: "case.created",
      deadline: { dueAt: "2026-11-23T08:20:00.000Z", timeZone: { id: "Europe/Paris" } },
    });
  });

  it("answers an updated case with its status, at the service's clock unless `now` is given", () => {
    const answer = answerWebhook({ event: "case.updated", caseId: "A-1", case: frenchP2 }, now);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: { state: "at-risk", remainingMs: 300_000 } });
    const later = answerWebhook(
      {
        event: "case.updated",
        caseId: "A-1",
        case: { ...frenchP2, now: "2026-11-23T09:30:00+01:00" },
      },
      now,
    );
    expect(later.body).toMatchObject({ status: { state: "breached", remainingMs: -600_000 } });
  });

  it("lists every field problem of the case, with its path", () => {
    const answer = answerWebhook(
      {
        event: "case.created",
        caseId: "A-2",
        case: {
          plan: "expret",
          priority: "P2",
          region: "emea",
          openedAt: "2026-11-20T16:50",
          tz: 1,
        },
      },
      now,
    );
    expect(answer.status).toBe(400);
    const issues = (answer.body as { issues: Issue[] }).issues;
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["case.plan", "invalid_value"],
      ["case.openedAt", "missing_offset"],
      // `tz` is not a key of a case, nor a misspelling of one: ignored.
    ]);
  });

  it("reports a missing field as required", () => {
    const { priority: _, ...noPriority } = frenchP2;
    const answer = answerWebhook({ event: "case.created", caseId: "A-3", case: noPriority }, now);
    expect((answer.body as { issues: Issue[] }).issues).toEqual([
      expect.objectContaining({ path: ["case", "priority"], code: "required" }),
    ]);
  });

  it("reports the rules that span fields from the library's SlaInputError", () => {
    const answer = answerWebhook(
      {
        event: "case.created",
        caseId: "A-4",
        case: { ...frenchP2, product: "commerce-managed-services" },
      },
      now,
    );
    expect(answer.status).toBe(400);
    expect((answer.body as { issues: Issue[] }).issues).toEqual([
      expect.objectContaining({ path: ["case", "termStart"], code: "required" }),
    ]);
  });

  it("checks the envelope: event, caseId and case", () => {
    const answer = answerWebhook({ event: "case.deleted", case: [] }, now);
    expect((answer.body as { issues: Issue[] }).issues.map((i) => i.path)).toEqual([
      ["event"],
      ["caseId"],
      ["case"],
    ]);
    expect(answerWebhook([], now).status).toBe(400);
  });
});

describe("createWebhookServer", () => {
  let server: Server;
  let url = "";
  beforeAll(async () => {
    server = createWebhookServer({ now: () => now, maxBodyBytes: 2048 });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = (body: string, path = "/webhooks/case", type = "application/json") =>
    fetch(`${url}${path}`, { method: "POST", headers: { "content-type": type }, body });

  it("answers 200 with JSON for a valid webhook", async () => {
    const response = await post(
      JSON.stringify({ event: "case.created", caseId: "A-1", case: frenchP2 }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({
      deadline: { dueAt: "2026-11-23T08:20:00.000Z" },
    });
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await post("{ nope");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: [], code: "invalid_json" }] });
  });

  it("answers 404, 405, 413 and 415 for the wrong path, method, size and type", async () => {
    expect((await post("{}", "/other")).status).toBe(404);
    const get = await fetch(`${url}/webhooks/case`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await post(JSON.stringify({ pad: "x".repeat(4096) }))).status).toBe(413);
    expect((await post("{}", "/webhooks/case", "text/plain")).status).toBe(415);
  });
});

describe("the --self-test demo", () => {
  it("passes, printing both answers", async () => {
    const lines: string[] = [];
    expect(await selfTest((line) => lines.push(line))).toBe(true);
    expect(lines).toContain("POST case.created ADB-1001 -> 200");
    expect(lines).toContain("POST case.updated ADB-1002 -> 400");
  });

  it("runs as a script: tsx examples/webhook-service.ts --self-test exits 0", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "examples/webhook-service.ts", "--self-test"],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    );
    expect(child.stderr).toBe("");
    expect(child.stdout).toContain("self-test passed");
    expect(child.status).toBe(0);
  });
});
