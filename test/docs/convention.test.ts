/** Checks the sample runner itself: extraction, the `//=>` rewriting and its assertions, including that wrong samples fail. */

import { describe, expect, it } from "vitest";
import { __expect, __expectThrows, matchesElided } from "./expect.js";
import {
  generateSamples,
  markdownSamples,
  rewriteSample,
  type Sample,
  scanLiteral,
  tsdocSamples,
} from "./samples.js";

const paths = { library: "../src/index.ts", schema: null };

function sample(code: string, extra: Partial<Sample> = {}): Sample {
  return {
    id: "doc.md:1",
    file: "doc.md",
    line: 1,
    firstLine: 2,
    lang: "ts",
    code,
    skip: null,
    origin: "markdown",
    ...extra,
  };
}

describe("extraction", () => {
  it("finds ts and js fences with their lines, strips list indentation and ignores other languages", () => {
    const md = [
      "# Title", // 1
      "```ts", // 2
      "a; //=> 1", // 3
      "```", // 4
      "- item", // 5
      "  ```js", // 6
      "  b; //=> 2", // 7
      "  ```", // 8
      "```sh", // 9
      "npm test", // 10
      "```", // 11
    ].join("\n");
    const { samples, problems } = markdownSamples("doc.md", md);
    expect(problems).toEqual([]);
    expect(samples.map((s) => [s.id, s.firstLine, s.lang, s.code])).toEqual([
      ["doc.md:2", 3, "ts", "a; //=> 1"],
      ["doc.md:6", 7, "js", "b; //=> 2"],
    ]);
  });

  it("skips a no-run block only with a reason, and reports fences without a language", () => {
    const md = "```ts no-run: needs a DOM\nx\n```\n```ts no-run\ny\n```\n```\nz\n```\n";
    const { samples, problems } = markdownSamples("doc.md", md);
    expect(samples.map((s) => s.skip)).toEqual(["needs a DOM", "no reason given"]);
    expect(problems.map((p) => p.line)).toEqual([4, 7]);
  });

  it("reads @example blocks of doc comments, fenced or not, with their file lines", () => {
    const ts = [
      "/**", // 1
      " * Adds.", // 2
      " * @example", // 3
      " * add(1, 2) //=> 3", // 4
      " * @returns the sum", // 5
      " */", // 6
      "export function add(a: number, b: number) { return a + b; }", // 7
      "/**", // 8
      " * @example Fenced", // 9
      " * ```ts", // 10
      " * add(2, 2) //=> 4", // 11
      " * ```", // 12
      " */", // 13
      "export const x = 1;", // 14
    ].join("\n");
    const { samples, problems } = tsdocSamples("src/add.ts", ts);
    expect(problems).toEqual([]);
    expect(samples.map((s) => [s.id, s.firstLine, s.code])).toEqual([
      ["src/add.ts:3", 4, "add(1, 2) //=> 3"],
      ["src/add.ts:10", 11, "add(2, 2) //=> 4"],
    ]);
  });
});

describe("literals after //=>", () => {
  it("reads a literal and leaves the note after it", () => {
    expect(scanLiteral(' "a (b)" (note)')).toEqual({
      kind: "literal",
      literal: '"a (b)"',
      rest: " (note)",
    });
    expect(scanLiteral(" 1_800_000 (30 min)")).toMatchObject({ literal: "1_800_000" });
    expect(scanLiteral(" true (open)")).toMatchObject({ literal: "true" });
    expect(scanLiteral(' { a: [1, "]"] } x')).toMatchObject({ literal: '{ a: [1, "]"] }' });
    expect(scanLiteral(' ["a",')).toEqual({ kind: "incomplete" });
    expect(scanLiteral(" epoch ms of Monday")).toEqual({ kind: "none" });
  });
});

describe("rewriting", () => {
  it("turns each //=> into an assertion on its statement, keeping the line count", () => {
    const code = [
      'import { f } from "adobe-support-sla";',
      "f(1); //=> 2 (a note)",
      "f(",
      "  3,",
      ")",
      '//=> ["a",',
      '//    "b"]',
      "f(4) //=> throws SlaInputError: `x` is ...",
    ].join("\n");
    const out = rewriteSample(sample(code), paths);
    expect(out.problems).toEqual([]);
    expect(out.assertions).toBe(3);
    expect(out.importsLibrary).toBe(true);
    expect(out.code.split("\n")).toHaveLength(8);
    expect(out.code).toContain('import { f } from "../src/index.ts";');
    expect(out.code).toContain('__expect((f(1)), (2), "doc.md:3");');
    expect(out.code).toContain('__expect((f(\n  3,\n)), (["a", "b"]), "doc.md:7");');
    expect(out.code).toContain(
      '__expectThrows(() => (f(4)), "SlaInputError", "`x` is ...", "doc.md:9");',
    );
  });

  it("reports a //=> that is not a literal, not closed, or not after an expression", () => {
    const out = rewriteSample(
      sample('a; //=> epoch ms\nconst b = 1; //=> 1\nc\n//=> ["x",\nd;'),
      paths,
    );
    expect(out.problems.map((p) => `${p.line}: ${p.message.split(" (")[0]}`)).toEqual([
      "2: //=> must be followed by a JavaScript literal",
      "3: //=> must follow an expression statement",
      '5: the //=> literal is not closed: "[\\"x\\","',
    ]);
  });

  it("ignores //=> inside strings", () => {
    const out = rewriteSample(sample('const s = "//=> 1";\ns.length //=> 8'), paths);
    expect(out.problems).toEqual([]);
    expect(out.assertions).toBe(1);
  });

  it("imports the package names a sample without imports uses, and names of earlier samples", () => {
    const first = sample("const cal = createCalendar({});", { id: "a.ts:1" });
    const second = sample("isOpen(cal, 0) //=> true", { id: "a.ts:9", line: 9, firstLine: 10 });
    const [a, b] = generateSamples([first, second], {
      root: "/repo",
      outDir: "/repo/out",
      libraryFile: "/repo/src/index.ts",
      schemaFile: null,
      expectFile: "/repo/test/docs/expect.ts",
      libraryExports: ["createCalendar", "isOpen"],
    });
    expect(a?.autoImports).toEqual(["createCalendar"]);
    expect(a?.code).toContain("export { cal };");
    expect(b?.autoImports).toEqual(["isOpen"]);
    expect(b?.dependsOn).toEqual(["a.ts:1"]);
    expect(b?.code).toContain(`import { cal } from "./${a?.fileName}";`);
  });
});

describe("assertions", () => {
  it("deep-compare, with ... standing for any text inside a string", () => {
    expect(() => __expect({ a: [1, "x"] }, { a: [1, "x"] }, "d.md:1")).not.toThrow();
    expect(() => __expect(Object.freeze({ a: 1 }), { a: 1 }, "d.md:1")).not.toThrow();
    expect(() => __expect("due Mon 09:20 CET", "due ... CET", "d.md:1")).not.toThrow();
    expect(() => __expect({ a: 2 }, { a: 1 }, "d.md:7")).toThrow(/^d\.md:7: the \/\/=> value/);
    expect(() => __expect("due Tue", "due ... CET", "d.md:1")).toThrow();
    expect(() => __expect(1, "1", "d.md:1")).toThrow();
    expect(matchesElided("a.b", "a.b")).toBe(true);
    expect(matchesElided("axb", "a.b")).toBe(false);
  });

  it("check a thrown error's name and message", () => {
    const boom = () => {
      throw Object.assign(new Error("`x` is wrong"), { name: "SlaInputError" });
    };
    expect(() => __expectThrows(boom, "SlaInputError", "`x` is ...", "d.md:1")).not.toThrow();
    expect(() => __expectThrows(boom, "TypeError", null, "d.md:2")).toThrow(/d\.md:2/);
    expect(() => __expectThrows(boom, "SlaInputError", "`y` ...", "d.md:3")).toThrow(/d\.md:3/);
    expect(() => __expectThrows(() => 1, "SlaInputError", null, "d.md:4")).toThrow(/nothing/);
  });
});
