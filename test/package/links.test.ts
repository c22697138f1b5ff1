// No shipped document sends its reader to a file the package does not contain: every relative link of every markdown file in `npm pack`'s list points to a file (or a folder with files) in that list.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The paths `npm pack` would put in the tarball, relative to the package root. */
let shipped: ReadonlySet<string> = new Set();

beforeAll(() => {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // What npm hands to scripts about the repo would point this npm back at a lifecycle.
    if (/^npm_(package_|lifecycle_|command$)/i.test(key)) continue;
    env[key] = value;
  }
  // --ignore-scripts: packing must not rebuild dist/ while other test files read it.
  const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...env, npm_config_update_notifier: "false" },
    timeout: 60_000,
  });
  if (pack.status !== 0) throw new Error(`npm pack --dry-run failed:\n${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as { files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack --dry-run reported nothing:\n${pack.stdout}`);
  shipped = new Set(packed.files.map((file) => file.path));
}, 70_000);

/** The text with fenced code blocks and code spans blanked out (newlines kept, so offsets and lines stay true). */
function withoutCode(text: string): string {
  const blank = (code: string) => code.replace(/[^\n]/g, " ");
  return text
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
}

/** Every link target of a markdown text with its line: inline links and images, reference definitions, HTML `href`/`src`. */
function linkTargets(markdown: string): { target: string; line: number }[] {
  const text = withoutCode(markdown);
  const patterns = [
    /\]\(\s*<([^>\n]*)>/g, // [text](<target with spaces>)
    /\]\(\s*([^\s)<][^\s)]*)/g, // [text](target "title"), ![alt](target)
    /^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)/gm, // [label]: target
    /<(?:a|img|source)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']/gi,
  ];
  const found: { target: string; line: number }[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split("\n").length;
      found.push({ target: match[1] as string, line });
    }
  }
  return found;
}

/** The shipped path a relative link resolves to, or `undefined` for absolute URLs and same-page anchors. */
function resolveLink(from: string, target: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith("//") || target.startsWith("#"))
    return undefined;
  const path = decodeURI(target.replace(/[?#].*$/, ""));
  if (path.startsWith("/")) return path; // root-relative: never a file of the package
  return posix.normalize(posix.join(posix.dirname(from), path)).replace(/\/$/, "");
}

function isShipped(path: string): boolean {
  if (shipped.has(path)) return true;
  // A folder: shipped when some file in it is.
  for (const file of shipped) if (file.startsWith(`${path}/`)) return true;
  return false;
}

describe("links in the shipped documents", () => {
  it("finds links the way a markdown renderer does (code aside)", () => {
    const sample = [
      "See [the guide](docs/a.md#part), ![shot](docs/b.png 'title') and [folder](examples/).",
      "[ref]: ./c.md",
      '`[not](a-link.md)` and <a href="d.md">d</a>, [long',
      "text](e.md).",
      "```ts",
      "const x = [a](b); // [code](f.md)",
      "```",
    ].join("\n");
    expect(linkTargets(sample)).toEqual(
      expect.arrayContaining([
        { target: "docs/a.md#part", line: 1 },
        { target: "docs/b.png", line: 1 },
        { target: "examples/", line: 1 },
        { target: "./c.md", line: 2 },
        { target: "d.md", line: 3 },
        { target: "e.md", line: 4 },
      ]),
    );
    expect(linkTargets(sample)).toHaveLength(6);
  });

  it("ships the user guides beside the README that links to them", () => {
    expect(shipped).toContain("README.md");
    expect(shipped).toContain("docs/case.md");
    expect(shipped).toContain("docs/contact-channels-languages.md");
  });

  it("has every relative link of every shipped markdown file point to a shipped file", () => {
    const documents = [...shipped].filter((path) => path.endsWith(".md")).sort();
    expect(documents.length).toBeGreaterThan(0);
    const dead: string[] = [];
    for (const document of documents) {
      const text = readFileSync(`${root}/${document}`, "utf8");
      for (const { target, line } of linkTargets(text)) {
        const path = resolveLink(document, target);
        if (path !== undefined && !isShipped(path))
          dead.push(`${document}:${line} links to ${target}, which the package does not contain`);
      }
    }
    expect(dead).toEqual([]);
  });
});
