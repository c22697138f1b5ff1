/** A small Node HTTP service (node:http only) that answers helpdesk case webhooks with the case's response deadline or SLA status. */
// Run:       npx tsx examples/webhook-service.ts [--port 8080]
// Demo/CI:   npx tsx examples/webhook-service.ts --self-test
//
// POST /webhooks/case with a JSON body:
//   { "event": "case.created", "caseId": "ADB-1001", "case": { ...responseDeadline input } }
//   { "event": "case.updated", "caseId": "ADB-1001", "case": { ...slaStatus input } }
// `case` is the helpdesk's case as it is (extra fields ignored, null for "no value"); the library
// validates it; a case.updated without `now` is evaluated at the service's clock.
// Answers: 200 { caseId, event, deadline } or { caseId, event, status }; 400 { error, issues }
// with one { path, code, message } per problem; 404, 405, 413 and 415 for the rest.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import {
  isSlaInputError,
  type ResponseDeadline,
  type ResponseDeadlineInput,
  responseDeadline,
  type SlaStatus,
  type SlaStatusInput,
  slaStatus,
} from "adobe-support-sla";

/** One problem with the request, located in the JSON body. */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** What the service answers to a webhook: an HTTP status and a JSON body. */
export type WebhookAnswer =
  | {
      readonly status: 200;
      readonly body: { caseId: string; event: "case.created"; deadline: ResponseDeadline };
    }
  | {
      readonly status: 200;
      readonly body: { caseId: string; event: "case.updated"; status: SlaStatus };
    }
  | { readonly status: 400; readonly body: { error: "invalid_request"; issues: Issue[] } };

/** Any answer of the HTTP layer. */
interface Answer {
  readonly status: number;
  readonly body: unknown;
}

export interface WebhookServiceOptions {
  /** The service's clock, used as `now` for a case.updated without one (default: the current time). */
  readonly now?: () => Date;
  /** Largest accepted body, in bytes (default 64 KiB). */
  readonly maxBodyBytes?: number;
}

const events = ["case.created", "case.updated"] as const;
type CaseEvent = (typeof events)[number];

const invalid = (issues: Issue[]): WebhookAnswer => ({
  status: 400,
  body: { error: "invalid_request", issues },
});

/**
 * The answer to one webhook body (already parsed from JSON). Pure apart from the clock: the HTTP
 * layer below only reads the body and writes the answer.
 */
export function answerWebhook(body: unknown, now: Date): WebhookAnswer {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return invalid([{ path: [], code: "invalid_type", message: "expected a JSON object" }]);
  }
  const { event, caseId, case: input } = body as Record<string, unknown>;
  const envelope: Issue[] = [];
  if (!events.includes(event as CaseEvent)) {
    envelope.push({
      path: ["event"],
      code: "invalid_value",
      message: `expected one of ${events.map((e) => JSON.stringify(e)).join(", ")}`,
    });
  }
  if (typeof caseId !== "string" || caseId.trim() === "") {
    envelope.push({ path: ["caseId"], code: "required", message: "expected a non-empty string" });
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    envelope.push({ path: ["case"], code: "required", message: "expected the case as an object" });
  }
  if (envelope.length > 0) return invalid(envelope);
  const id = String(caseId);

  // The case goes to the library as the helpdesk sent it: fields the library does not read (the
  // helpdesk's own) are ignored, `null` means absent, and one SlaInputError lists every problem
  // (a bad field, a misspelt key such as `priorty`, then the rules that span fields: a Commerce
  // case without `termStart`, a P2 without region or country, a response before the opening...).
  try {
    if (event === "case.created") {
      const deadline = responseDeadline(input as ResponseDeadlineInput);
      return { status: 200, body: { caseId: id, event, deadline } };
    }
    const status = slaStatus({ now: now.toISOString(), ...(input as object) } as SlaStatusInput);
    return { status: 200, body: { caseId: id, event: "case.updated", status } };
  } catch (error) {
    if (!isSlaInputError(error)) throw error;
    return invalid(
      error.issues.map((issue) => ({
        path: ["case", ...issue.path],
        code: issue.code,
        message: issue.message,
      })),
    );
  }
}

class TooLarge extends Error {}

/** The body as text; past `limit` bytes the rest is read and dropped, and the answer is 413. */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on("end", () =>
      size > limit ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString("utf8")),
    );
    request.on("error", reject);
  });
}

function send(response: ServerResponse, answer: Answer, headers: Record<string, string> = {}) {
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** The HTTP service, not yet listening: call `listen` on it. */
export function createWebhookServer(options: WebhookServiceOptions = {}): Server {
  const clock = options.now ?? (() => new Date());
  const limit = options.maxBodyBytes ?? 64 * 1024;
  return createServer(async (request, response) => {
    try {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (path !== "/webhooks/case") {
        send(response, { status: 404, body: { error: "not_found" } });
        return;
      }
      if (request.method !== "POST") {
        send(response, { status: 405, body: { error: "method_not_allowed" } }, { allow: "POST" });
        return;
      }
      if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) {
        send(response, { status: 415, body: { error: "expected content-type application/json" } });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(await readBody(request, limit));
      } catch (error) {
        if (error instanceof TooLarge) {
          send(
            response,
            { status: 413, body: { error: "body_too_large", limit } },
            { connection: "close" },
          );
          return;
        }
        send(
          response,
          invalid([{ path: [], code: "invalid_json", message: (error as Error).message }]),
        );
        return;
      }
      send(response, answerWebhook(body, clock()));
    } catch (error) {
      console.error(error);
      if (!response.headersSent) send(response, { status: 500, body: { error: "internal_error" } });
      else response.end();
    }
  });
}

/** Starts the service on a free port, posts a valid and an invalid webhook to it, checks the answers. */
export async function selfTest(log: (line: string) => void = console.log): Promise<boolean> {
  const server = createWebhookServer({ now: () => new Date("2026-11-23T09:15:00+01:00") });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/webhooks/case`;
  const post = async (payload: unknown) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  try {
    const valid = await post({
      event: "case.created",
      caseId: "ADB-1001",
      case: {
        plan: "ultimate",
        priority: "P2",
        billingCountry: "FR",
        openedAt: "2026-11-20T16:50:00+01:00",
      },
    });
    const deadline = valid.body.deadline as { dueAt: string; explanation: string } | undefined;
    log(`POST case.created ADB-1001 -> ${valid.status}`);
    log(`  dueAt ${deadline?.dueAt}`);
    log(`  ${deadline?.explanation}`);

    const wrong = await post({
      event: "case.updated",
      caseId: "ADB-1002",
      case: { plan: "expert", priorty: "P2", region: "emea", openedAt: "2026-11-20T16:50" },
    });
    const issues = (wrong.body.issues ?? []) as Issue[];
    log(`POST case.updated ADB-1002 -> ${wrong.status}`);
    for (const issue of issues) log(`  ${issue.path.join(".")}: ${issue.message}`);

    const paths = issues.map((issue) => issue.path.join(".")).sort();
    const ok =
      valid.status === 200 &&
      deadline?.dueAt === "2026-11-23T08:20:00.000Z" &&
      wrong.status === 400 &&
      JSON.stringify(paths) === JSON.stringify(["case.openedAt", "case.priority", "case.priorty"]);
    log(ok ? "self-test passed" : "self-test FAILED");
    return ok;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: { port: { type: "string" }, "self-test": { type: "boolean" } },
  });
  if (values["self-test"]) {
    process.exitCode = (await selfTest()) ? 0 : 1;
  } else {
    const port = Number(values.port ?? process.env.PORT ?? 8080);
    const server = createWebhookServer();
    server.listen(port, () => console.log(`listening on http://localhost:${port}/webhooks/case`));
    process.on("SIGINT", () => server.close(() => process.exit(0)));
  }
}
