import { defineConfig } from "tsup";

export default defineConfig([
  // The library: ESM + CJS with declarations for both; runs anywhere (no Node built-ins).
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod"],
  },
  // The `adobe-sla` command line: Node only, ESM, with its shebang.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: ["zod", "papaparse"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
