/**
 * The size rule of docs/architecture.md, enforced: no source module over 400 lines and no
 * function, method, arrow function or function expression over 80 lines, data modules included.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

const MAX_MODULE_LINES = 400;
const MAX_FUNCTION_LINES = 80;

/** Every `.ts` file under `dir`, as a path from the repository root with `/`. */
function sourceFiles(dir = join(root, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [relative(root, path).split(sep).join("/")] : [];
  });
}

/** Lines of a text, the way `wc -l` counts them for a file that ends with a line break. */
function lineCount(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

/** A function too long: where it starts, what it is called, and how many lines it spans. */
interface LongFunction {
  readonly line: number;
  readonly name: string;
  readonly lines: number;
}

/** The name of a function for a message: its own, `Class.method`, or the name it is assigned to. */
function functionName(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  const own = node.name?.getText(file);
  if (own !== undefined) {
    const owner = node.parent;
    const ownerName = ts.isClassLike(owner) ? owner.name?.getText(file) : undefined;
    return ownerName === undefined ? own : `${ownerName}.${own}`;
  }
  if (ts.isConstructorDeclaration(node)) {
    return `${ts.isClassLike(node.parent) ? (node.parent.name?.getText(file) ?? "class") : "class"} constructor`;
  }
  // An arrow function or function expression: named after what holds it (`const x = () => ...`,
  // `{ key: function () {...} }`, `const x = /* @__PURE__ */ (() => ...)()`).
  for (let up: ts.Node = node.parent; !ts.isSourceFile(up); up = up.parent) {
    if (
      (ts.isVariableDeclaration(up) ||
        ts.isPropertyAssignment(up) ||
        ts.isPropertyDeclaration(up)) &&
      up.name !== undefined
    ) {
      return `anonymous function in ${up.name.getText(file)}`;
    }
    if (ts.isBlock(up) || ts.isFunctionLike(up)) break;
  }
  return "anonymous function";
}

/**
 * Every function of `text` (declaration, method, accessor, constructor, arrow function or function
 * expression, nested ones included) that spans over `maxLines` lines, from its first line to its
 * closing brace.
 */
function longFunctions(
  fileName: string,
  text: string,
  maxLines = MAX_FUNCTION_LINES,
): LongFunction[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const fn = node as ts.FunctionLikeDeclaration;
      const first = file.getLineAndCharacterOfPosition(fn.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(fn.getEnd()).line;
      const lines = last - first + 1;
      if (lines > maxLines) found.push({ line: first + 1, name: functionName(fn, file), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("the function walker", () => {
  const body = (lines: number) =>
    Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join("\n");

  it("finds a long function, method or arrow function by line and name, and lets a short one pass", () => {
    const source = [
      "/** A module. */", // 1
      `export function long(): void {\n${body(81)}\n}`, // 2-82
      `function fits(): void {\n${body(80)}\n}`, // 83-162
      "class Reader {", // 163
      `  read(): void {\n${body(81)}\n  }`, // 164-244
      "}", // 245
      `const table = /* @__PURE__ */ (() => {\n${body(81)}\n})();`, // 246-326
      `const helper = function () {\n${body(90)}\n};`, // 327-416
    ].join("\n");
    expect(longFunctions("synthetic.ts", source)).toEqual([
      { line: 2, name: "long", lines: 81 },
      { line: 164, name: "Reader.read", lines: 81 },
      { line: 246, name: "anonymous function in table", lines: 81 },
      { line: 327, name: "anonymous function in helper", lines: 90 },
    ]);
  });

  it("counts the lines of a file as wc -l does", () => {
    expect(lineCount("")).toBe(0);
    expect(lineCount("a\nb\n")).toBe(2);
    expect(lineCount("a\nb")).toBe(2);
  });
});

describe("the size rule of docs/architecture.md", () => {
  const files = sourceFiles();

  it("walks every source module", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain("src/index.ts");
    expect(files).toContain("src/cli/report/csv.ts");
  });

  it(`keeps every module under ${MAX_MODULE_LINES} lines`, () => {
    const offenders = files.flatMap((path) => {
      const lines = lineCount(readFileSync(join(root, path), "utf8"));
      return lines > MAX_MODULE_LINES ? [`${path}:1 (module): ${lines} lines`] : [];
    });
    expect(offenders, `modules over ${MAX_MODULE_LINES} lines`).toEqual([]);
  });

  it(`keeps every function under ${MAX_FUNCTION_LINES} lines, data built in a function included`, () => {
    const offenders = files.flatMap((path) =>
      longFunctions(path, readFileSync(join(root, path), "utf8")).map(
        ({ line, name, lines }) => `${path}:${line} ${name}: ${lines} lines`,
      ),
    );
    expect(offenders, `functions over ${MAX_FUNCTION_LINES} lines`).toEqual([]);
  });
});
