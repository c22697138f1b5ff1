/** Serves the built widget page on 127.0.0.1 (only index.html, styles.css and dist/widget.js); run it to open the example. */

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** The widget's folder. */
export const widgetDir = fileURLToPath(new URL(".", import.meta.url));

/** URL path → file of the widget's folder: the page and its bundle, nothing else. */
export const widgetRoutes: Readonly<Record<string, string>> = {
  "/": "index.html",
  "/index.html": "index.html",
  "/styles.css": "styles.css",
  "/dist/widget.js": "dist/widget.js",
};

/** A running server: its base URL (with a trailing slash) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL path → file path relative to `root`) on 127.0.0.1 at `port` (0: a free
 * one); every
 * other path is a 404, so nothing else in the folder is reachable. Files are read per request.
 */
export async function serveFiles(
  root: string,
  routes: Readonly<Record<string, string>>,
  port = 0,
): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if ((request.method !== "GET" && request.method !== "HEAD") || file === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    try {
      const body = await readFile(join(root, file));
      response.writeHead(200, {
        "content-type": contentTypes[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(500, { "content-type": "text/plain" }).end(`cannot read ${file}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Serves the widget (build it first: `npm run build:widget`); `PORT` picks the port, default 8080. */
async function main(): Promise<void> {
  const server = await serveFiles(widgetDir, widgetRoutes, Number(process.env.PORT ?? 8080));
  const example = new URLSearchParams({
    plan: "ultimate",
    priority: "P2",
    country: "FR",
    tz: "Europe/Paris",
    opened: "2026-11-20T16:50:00+01:00",
    now: "2026-11-23T09:05:00+01:00",
  });
  console.log(`helpdesk widget on ${server.url} (Ctrl+C to stop); for example:`);
  console.log(`${server.url}?${example}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
