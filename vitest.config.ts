import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples and tests import the package by its public names; resolve them to the source.
    alias: [
      {
        find: /^adobe-support-sla\/ics$/,
        replacement: fileURLToPath(new URL("./src/ics/index.ts", import.meta.url)),
      },
      {
        find: /^adobe-support-sla$/,
        replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
