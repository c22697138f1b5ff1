import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { version } from "../../package.json";

// The built `adobe-sla` executable, spawned as users run it. `npm test` builds dist first; a
// missing build is a failure, never a skip.

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = `${root}dist/cli.cjs`;

function adobeSla(args: string[]) {
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run \`npm run build\` (npm test does) before this test`);
  }
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", TZ: "Pacific/Kiritimati" },
  });
}

describe("the built adobe-sla binary", () => {
  it("prints a deadline with `due`, exit 0, and its version with --version", () => {
    const due = adobeSla([
      "due",
      "--plan",
      "ultimate",
      "--priority",
      "P2",
      "--country",
      "FR",
      "--opened",
      "2026-11-20T16:50:00+01:00",
    ]);
    expect(due.stderr).toBe("");
    expect(due.status).toBe(0);
    expect(due.stdout).toMatch(
      /^due\s+2026-11-23T08:20:00\.000Z {2}\(2026-11-23T09:20:00\.000\+01:00 Europe\/Paris\)$/m,
    );

    const v = adobeSla(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout).toBe(`${version}\n`);
  });
});
