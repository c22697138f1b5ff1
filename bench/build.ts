/** Builds `dist/` when an artifact the bench runs is missing or older than `src/`. */

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` in `root` unless `artifact` exists and is newer than every file in `src/`. */
export function ensureBuilt(root: string, artifact: string): void {
  if (existsSync(artifact) && statSync(artifact).mtimeMs >= newestMtime(join(root, "src"))) return;
  process.stderr.write(`${artifact} missing or older than src/: npm run build ...\n`);
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}
