/** Writes schema.json from buildInputJsonSchema(), formatted by Biome (npm run generate:schema). */

import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, relative } from "node:path";
import { buildInputJsonSchema, schemaFile, serializeSchema } from "./json-schema.js";

mkdirSync(dirname(schemaFile), { recursive: true });
writeFileSync(schemaFile, serializeSchema(buildInputJsonSchema()));

// The file is checked by `biome check .`: format it the way Biome would, so lint stays clean.
const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
const formatted = spawnSync(process.execPath, [biome, "format", "--write", schemaFile], {
  encoding: "utf8",
});
if (formatted.status !== 0) {
  process.stderr.write(formatted.stderr || formatted.stdout);
  process.exit(1);
}
console.log(`wrote ${relative(process.cwd(), schemaFile)}`);
