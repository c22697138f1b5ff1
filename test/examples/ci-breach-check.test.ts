/** Runs examples/ci-breach-check.ts in-process: exit 1 with the breached case listed, exit 0 before it, exit 2 for bad input. */

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CheckIo, main } from "../../examples/ci-breach-check.js";

const cases = fileURLToPath(new URL("../../examples/cases.json", import.meta.url));

function run(argv: string[], files: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CheckIo = {
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
    readFile: (path) => files[path] ?? readFileSync(path, "utf8"),
    now: () => new Date("2026-11-23T09:30:00+01:00"),
  };
  const code = main(argv, io);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

describe("examples/ci-breach-check.ts", () => {
  it("exits 1 and lists the breached case at 09:30 Paris time", () => {
    const { code, stdout } = run([cases, "--now", "2026-11-23T09:30:00+01:00"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^MISSED {3}ADB-1001 "Checkout API returns 502 for some carts": breached, P2, due 2026-11-23T09:20:00.000\+01:00, overdue by 10 min of business time$/m,
    );
    expect(stdout).toContain("5 of 5 case(s) checked at 2026-11-23T08:30:00.000Z: 1 missed");
  });

  it("exits 0 at 09:15, when that case is only at risk", () => {
    const { code, stdout } = run([cases, "--now", "2026-11-23T09:15:00+01:00"]);
    expect(code).toBe(0);
    expect(stdout).toContain("at risk  ADB-1001");
    expect(stdout).not.toContain("MISSED");
  });

  it("uses the current time without --now", () => {
    expect(run([cases]).code).toBe(1);
  });

  it("counts a late answer as a miss", () => {
    const late = JSON.stringify([
      {
        id: "L-1",
        plan: "expert",
        priority: "P1",
        openedAt: "2026-11-23T06:00:00Z",
        respondedAt: "2026-11-23T07:30:00Z",
      },
    ]);
    const { code, stdout } = run(["late.json"], { "late.json": late });
    expect(code).toBe(1);
    expect(stdout).toContain("MISSED   L-1: met-late, P1");
    expect(stdout).toContain("answered 30 min late");
  });

  it("exits 2 for a usage error, an unreadable file, bad JSON or an invalid case", () => {
    expect(run([]).code).toBe(2);
    expect(run([cases, "--now", "2026-11-23T09:30"]).stderr).toContain("--now has no UTC offset");
    expect(run(["missing.json"]).code).toBe(2);
    expect(run(["bad.json"], { "bad.json": "[{" }).code).toBe(2);
    const invalid = run(["one.json"], {
      "one.json": JSON.stringify([
        { id: "X-1", plan: "expert", priority: "P2", openedAt: "2026-11-23T08:00:00Z" },
      ]),
    });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("one.json: case X-1: `region`");
  });

  it("runs as a script with the same exit codes", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const script = (now: string) =>
      spawnSync(
        process.execPath,
        ["--import", "tsx", "examples/ci-breach-check.ts", "examples/cases.json", "--now", now],
        { cwd: root, encoding: "utf8", timeout: 60_000 },
      );
    const breached = script("2026-11-23T09:30:00+01:00");
    expect(breached.stdout).toContain("MISSED   ADB-1001");
    expect(breached.status).toBe(1);
    expect(script("2026-11-23T09:15:00+01:00").status).toBe(0);
  });
});
