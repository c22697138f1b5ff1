import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The built package, as users load it: `npm test` builds dist before running the suite.

const root = fileURLToPath(new URL("../..", import.meta.url));
const input = `{ plan: "ultimate", priority: "P2", region: "emea", timeZone: "Europe/Paris", openedAt: "2026-11-20T16:50:00+01:00" }`;

function run(args: string[]): string {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TZ: "Pacific/Kiritimati" },
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout.trim();
}

describe("built package", () => {
  it("has been built (run `npm run build` first)", () => {
    expect(existsSync(`${root}/dist/index.js`)).toBe(true);
    expect(existsSync(`${root}/dist/index.cjs`)).toBe(true);
    expect(existsSync(`${root}/dist/index.d.ts`)).toBe(true);
    expect(existsSync(`${root}/dist/index.d.cts`)).toBe(true);
  });

  it("works when imported from ESM by package name", () => {
    const out = run([
      "--input-type=module",
      "-e",
      `import { responseDeadline } from "adobe-support-sla"; console.log(responseDeadline(${input}).dueAt);`,
    ]);
    expect(out).toBe("2026-11-23T08:20:00.000Z");
  });

  it("works when required from CommonJS by package name", () => {
    const out = run([
      "--input-type=commonjs",
      "-e",
      `const { responseDeadline, SlaInputError } = require("adobe-support-sla"); console.log(responseDeadline(${input}).dueAt); try { responseDeadline({}) } catch (e) { console.log(e instanceof SlaInputError) }`,
    ]);
    expect(out).toBe("2026-11-23T08:20:00.000Z\ntrue");
  });
});
