/**
 * Caches are bounded by memory, not by count: creating 1,000 distinct large calendars (1,000
 * dates of `dateHours` each, about 430 kB apiece) keeps the heap bounded. Measured in a child
 * process run with `--expose-gc`, so that `heapUsed` is read after a full collection.
 */

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MB = 1024 * 1024;
const child = fileURLToPath(new URL("./heap-child.ts", import.meta.url));

describe("memory held by the library's caches", () => {
  it("stays bounded while 1,000 distinct large calendars are created and dropped", () => {
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", child, "1000", "1000"],
      {
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC" },
      },
    );
    expect(run.stderr).toBe("");
    const { one, estimate, samples, after } = JSON.parse(run.stdout) as {
      one: number;
      estimate: number;
      samples: number[];
      after: number;
    };
    process.stdout.write(
      `one large calendar: ${(one / MB).toFixed(2)} MB measured (with the zone's data), ${(estimate / MB).toFixed(2)} MB estimated; heap growth per 100 calendars: ${samples.map((s) => (s / MB).toFixed(1)).join(", ")} MB\n`,
    );
    // Without a bound, 1,000 such calendars would hold about 430 MB.
    expect(after).toBeLessThan(100 * MB);
    // The second half adds (almost) nothing: the caches are full and evict.
    expect((samples[9] as number) - (samples[4] as number)).toBeLessThan(16 * MB);
  });
});
