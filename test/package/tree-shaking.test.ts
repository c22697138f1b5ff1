/**
 * Tree-shaking: what a plugin that imports only some names ships, measured on the built ES
 * modules (`dist/`, as published), and the source rule that makes it work.
 */

import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { browserBundle, kB, root } from "./bundle.js";

/** Bundles `export { ...names } from "adobe-support-sla"` (built ESM) for the browser, zod external. */
const bundleOf = (names: readonly string[]) =>
  browserBundle({ contents: `export { ${names.join(", ")} } from "./dist/index.js";` }, [
    "zod",
    "zod/*",
  ]);

/**
 * Typical imports and the gzipped size each ships: the size measured when set, plus about 5%, so
 * that a change that makes a plugin bigger is noticed. Lower a ceiling whenever the code shrinks.
 * Raised on 2026-11-30 by about 3.4 kB for the holiday entries (named dates, parts of days, yearly
 * rules), read and explained by every rule that takes `holidays`; ical.js and the Japanese calendar
 * stay out (checked below).
 */
const typicalImports: readonly { readonly names: readonly string[]; readonly ceiling: number }[] = [
  { names: ["slaStates"], ceiling: 300 },
  {
    names: ["createCalendar", "addBusinessTime", "businessTimeBetween", "isOpen", "nextOpening"],
    ceiling: 16_500,
  },
  { names: ["submissionCheck"], ceiling: 20_100 },
  { names: ["responseDeadline"], ceiling: 28_400 },
  { names: ["slaStatus"], ceiling: 30_400 },
  // The helpdesk widget's imports.
  {
    names: ["slaStatus", "adobeMayContact", "supportChannels", "supportLanguages"],
    ceiling: 37_100,
  },
  { names: ["downgradeEligibility"], ceiling: 31_600 },
  { names: ["addOnEligibility", "planFeaturesFor"], ceiling: 8_200 },
  { names: ["japaneseHoliday"], ceiling: 7_300 },
];

/** Names of functions whose bundle must not carry the service catalog (plan features, add-ons). */
const slaFunctions = [
  "responseDeadline",
  "slaStatus",
  "adobeMayContact",
  "supportChannels",
  "supportLanguages",
  "submissionCheck",
  "downgradeEligibility",
  "createCalendar",
  "addBusinessTime",
];
/** Functions of the calendar engine: no plan, region or country table in their bundle. */
const calendarFunctions = [
  "createCalendar",
  "addBusinessTime",
  "businessTimeBetween",
  "isOpen",
  "nextOpening",
];

/** Text found only in the service catalog (src/data/services.ts), the country table, and the plans. */
const catalogMarker = "launch-advisory";
const countryMarker = "Andorra";
const planMarker = "commerce-managed-services";
/** Text found only in the Japanese holiday calendar (src/holidays/japan-law.ts). */
const japanMarker = "Autumnal Equinox Day";

describe("tree-shaking of the built package", () => {
  it("ships only what typical imports need, and prints their sizes", async () => {
    const lines: string[] = [];
    for (const { names, ceiling } of typicalImports) {
      const { gzipped } = await bundleOf(names);
      lines.push(`  ${kB(gzipped).padStart(8)}  ${names.join(", ")}`);
      expect(gzipped, names.join(", ")).toBeLessThan(ceiling);
    }
    process.stdout.write(
      `tree-shaken imports (minified, gzipped, zod external):\n${lines.join("\n")}\n`,
    );
  });

  it("keeps every constant small on its own: importing one never pulls in functions or other tables", async () => {
    // A computed specifier: dist/ exists only once `npm test` has built it, after typechecking.
    const built = new URL("../../dist/index.js", import.meta.url).href;
    const library = (await import(built)) as Record<string, unknown>;
    const constants = Object.keys(library).filter(
      (name) => typeof library[name] !== "function" && !name.endsWith("Schema"),
    );
    expect(constants.length).toBeGreaterThan(30);
    for (const name of constants) {
      const { gzipped } = await bundleOf([name]);
      // The country table is the one large constant (249 countries with names and zones).
      expect(gzipped, name).toBeLessThan(name === "countries" ? 4_300 : 2_000);
    }
  });

  it("leaves the service catalog out of every SLA function, and the tables out of the calendar engine", async () => {
    for (const name of slaFunctions) {
      expect((await bundleOf([name])).text, name).not.toContain(catalogMarker);
    }
    for (const name of calendarFunctions) {
      const { text } = await bundleOf([name]);
      expect(text, name).not.toContain(countryMarker);
      expect(text, name).not.toContain(planMarker);
    }
    // The markers are real: the bundles that need these tables contain them.
    expect((await bundleOf(["planFeaturesFor"])).text).toContain(catalogMarker);
    expect((await bundleOf(["responseDeadline"])).text).toContain(countryMarker);
    expect((await bundleOf(["responseDeadline"])).text).toContain(planMarker);
  });

  it("ships the Japanese holiday calendar only with what reads it", async () => {
    for (const name of [
      "responseDeadline",
      "slaStatus",
      "downgradeEligibility",
      ...calendarFunctions,
    ]) {
      expect((await bundleOf([name])).text, name).not.toContain(japanMarker);
    }
    expect((await bundleOf(["japaneseHoliday"])).text).toContain(japanMarker);
    expect((await bundleOf(["supportLanguages"])).text).toContain(japanMarker);
  });
});

/** Every library source file (the CLI excluded: it is bundled on its own and never tree-shaken). */
function librarySources(dir = `${root}src`): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "cli" ? [] : librarySources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** True when evaluating `node` may run code: a call, `new`, a spread, a property read. */
function runsCode(node: ts.Node): boolean {
  if (ts.isFunctionLike(node)) return false;
  if (
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isSpreadAssignment(node) ||
    ts.isSpreadElement(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isTaggedTemplateExpression(node)
  ) {
    return true;
  }
  return ts.forEachChild(node, runsCode) ?? false;
}

/**
 * The accepted forms: `/* @__PURE__ *\/ (() => ...)()`, `/* @__PURE__ *\/ new Map()`, and a call of
 * a named function whose arguments are functions (`/* @__PURE__ *\/ once(() => ...)`, a value
 * built on first use, or `/* @__PURE__ *\/ definitionSchema()`): evaluating the arguments runs no
 * code, so a bundler that drops the unused call drops everything.
 */
function isMarkedPure(init: ts.Expression, text: string, file: ts.SourceFile): boolean {
  const start = init.getStart(file);
  const marked = /\/\* @__PURE__ \*\/\s*$/.test(text.slice(Math.max(0, start - 20), start));
  if (!marked) return false;
  if (ts.isNewExpression(init)) return !(init.arguments ?? []).some(runsCode);
  if (!ts.isCallExpression(init)) return false;
  if (ts.isIdentifier(init.expression)) return init.arguments.every(ts.isFunctionLike);
  if (init.arguments.length > 0) return false;
  const callee = ts.isParenthesizedExpression(init.expression)
    ? init.expression.expression
    : undefined;
  return callee !== undefined && ts.isArrowFunction(callee) && callee.parameters.length === 0;
}

describe("module-level code of the library", () => {
  it("marks every value computed at load as pure, so that bundlers can drop it when unused", () => {
    const offences: string[] = [];
    for (const path of librarySources()) {
      const text = readFileSync(path, "utf8");
      const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const where = (node: ts.Node) =>
        `${path.slice(root.length)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
      for (const statement of file.statements) {
        if (ts.isExpressionStatement(statement))
          offences.push(`${where(statement)}: a statement run at load`);
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (init && runsCode(init) && !isMarkedPure(init, text, file)) {
            offences.push(
              `${where(declaration)}: ${declaration.name.getText(file)} runs code at load; write it as /* @__PURE__ */ (() => ...)()`,
            );
          }
        }
      }
    }
    expect(offences).toEqual([]);
  });
});

/** Text found only in ical.js (its recurrence iterator): the `adobe-support-sla/ics` subpath alone imports it. */
const icalMarker = "protecting you from death by recursion";

describe("the adobe-support-sla/ics subpath", () => {
  it("keeps ical.js out of the main entry's functions, and ships it with holidaysFromIcs", async () => {
    for (const name of ["responseDeadline", "slaStatus", ...calendarFunctions]) {
      expect((await bundleOf([name])).text, name).not.toContain(icalMarker);
    }
    const ics = await browserBundle(
      { contents: 'export { holidaysFromIcs } from "./dist/ics/index.js";' },
      ["zod", "zod/*"],
    );
    expect(ics.text).toContain(icalMarker);
    // ical.js is about 23 kB of it (min+gzip); measured 35.4 kB when set, plus about 5%.
    process.stdout.write(`holidaysFromIcs (with ical.js): ${kB(ics.gzipped)} min+gzip\n`);
    expect(ics.gzipped).toBeLessThan(37_200);
  });
});
