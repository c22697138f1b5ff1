// Completes package-lock.json with the optional platform packages it misses, so that `npm ci`
// accepts it on every machine.
//
// Why: the package registry these machines reach does not hold every platform's build of
// biome, rollup and esbuild (e.g. @biomejs/cli-darwin-arm64@2.6.8 answers 404). npm then leaves
// those optional dependencies out of the lock, and `npm ci` refuses the lock as "out of sync"
// ("Missing: @biomejs/cli-android-arm64@ from lock file"). This script records each missing one
// with its exact version (from the parent's optionalDependencies) and its os/cpu/libc, read from
// its name; `npm ci` then skips them as not for this platform, as it does for any foreign build.
//
// Run after every `npm install` that changes the lock: npm run lock:complete
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

const systems = [
  "android",
  "darwin",
  "linux",
  "win32",
  "freebsd",
  "openbsd",
  "netbsd",
  "sunos",
  "aix",
  "openharmony",
];
const cpus = ["x64", "arm64", "arm", "ia32", "ppc64", "s390x", "riscv64", "loong64", "mips64el"];
function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((part) => systems.includes(part));
  const cpu = parts
    .map((part) => part.replace(/(gnueabihf|musleabihf|gnu|musl|msvc|le)$/, ""))
    .find((part) => cpus.includes(part));
  if (!os || !cpu) return undefined;
  const platform = { os: [os], cpu: [cpu] };
  if (os === "linux")
    platform.libc = [parts.some((part) => part.includes("musl")) ? "musl" : "glibc"];
  return platform;
}

let added = 0;
let unknown = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [dependency, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${location === "" ? "" : `${location}/`}node_modules/${dependency}`;
    const top = `node_modules/${dependency}`;
    if (packages[nested] || packages[top]?.version === version) continue;
    // Only exact pins are platform builds (a range, like fsevents' "~2.3.2", npm ci does not ask for).
    if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) continue;
    const platform = platformOf(dependency);
    if (!platform) {
      console.error(`cannot tell the platform of ${dependency} from its name`);
      unknown += 1;
      continue;
    }
    const entry = { version, optional: true, ...platform };
    if (meta.dev) entry.dev = true;
    packages[packages[top] ? nested : top] = entry;
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) =>
    a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: recorded ${added} optional platform packages`);
if (unknown > 0) process.exit(1);
