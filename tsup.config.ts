import { defineConfig } from "tsup";

// One library entry, built as ESM + CJS with declarations for both.
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["luxon", "zod"],
});
