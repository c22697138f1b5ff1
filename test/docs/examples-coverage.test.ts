/** Fails when a name exported by src/index.ts has no TSDoc `@example` on its declaration. */

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = join(root, "src", "index.ts");

/** Every name the entry exports, each with whether one of its declarations has an `@example` tag. */
function exportedNames(): { name: string; hasExample: boolean }[] {
  const config = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([entry], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read the exports of ${entry}`);
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const hasExample = declarations.some((d) =>
      ts.getJSDocTags(d).some((tag) => tag.tagName.text === "example"),
    );
    return { name: exported.name, hasExample };
  });
}

describe("TSDoc examples", () => {
  const names = exportedNames();

  it("are looked for on every export of src/index.ts", () => {
    expect(names.length).toBeGreaterThan(100);
  });

  it("exist for every export (functions, classes, constants, types and interfaces)", () => {
    const missing = names.filter((n) => !n.hasExample).map((n) => n.name);
    expect(missing, `exports without an @example in their TSDoc: ${missing.join(", ")}`).toEqual(
      [],
    );
  });
});
