/** Finds the code samples of the README, the guides and the TSDoc `@example`s, and rewrites each into a runnable module. */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/** Fence languages that are run, and how. */
const RUN_LANGS: Record<string, "ts" | "js"> = {
  ts: "ts",
  typescript: "ts",
  mts: "ts",
  js: "js",
  javascript: "js",
  mjs: "js",
};

/** One runnable (or explicitly skipped) code sample. */
export interface Sample {
  /** `<file>:<line>`: the file and the line of the opening fence or of the `@example` tag. */
  readonly id: string;
  /** Path from the repository root, with `/`. */
  readonly file: string;
  /** Line of the opening fence (Markdown) or of the `@example` tag (TSDoc), 1-based. */
  readonly line: number;
  /** File line of the sample's first code line, 1-based. */
  readonly firstLine: number;
  readonly lang: "ts" | "js";
  readonly code: string;
  /** The reason given after `no-run`, or `null` for a sample that runs. */
  readonly skip: string | null;
  readonly origin: "markdown" | "tsdoc";
}

/** A problem in how a sample is written (reported as a failing test, never ignored). */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

interface Fenced {
  readonly info: string;
  readonly openLine: number;
  readonly firstLine: number;
  readonly lines: string[];
  readonly closed: boolean;
}

/** Fenced blocks of Markdown `lines` (`lineOffset` is the file line of `lines[0]`, 1-based). */
function fencedBlocks(lines: readonly string[], lineOffset: number): Fenced[] {
  const blocks: Fenced[] = [];
  let open: { indent: number; char: string; size: number; info: string; line: number } | null =
    null;
  let body: string[] = [];
  lines.forEach((text, i) => {
    const line = lineOffset + i;
    if (open === null) {
      const m = /^( *)(`{3,}|~{3,})(.*)$/.exec(text);
      if (!m || (m[2]?.startsWith("`") && m[3]?.includes("`"))) return;
      open = {
        indent: m[1]?.length ?? 0,
        char: m[2]?.[0] ?? "`",
        size: m[2]?.length ?? 3,
        info: (m[3] ?? "").trim(),
        line,
      };
      body = [];
      return;
    }
    const close = /^ *(`{3,}|~{3,}) *$/.exec(text);
    const current: { indent: number; char: string; size: number; info: string; line: number } =
      open;
    if (close?.[1]?.[0] === current.char && close[1].length >= current.size) {
      blocks.push({
        info: current.info,
        openLine: current.line,
        firstLine: current.line + 1,
        lines: body,
        closed: true,
      });
      open = null;
      return;
    }
    const strip = Math.min(current.indent, /^ */.exec(text)?.[0].length ?? 0);
    body.push(text.slice(strip));
  });
  const last = open as { info: string; line: number } | null;
  if (last !== null) {
    blocks.push({
      info: last.info,
      openLine: last.line,
      firstLine: last.line + 1,
      lines: body,
      closed: false,
    });
  }
  return blocks;
}

/** Turns fenced blocks into samples (run languages only), reporting blocks that are unclear. */
function samplesOfFences(
  file: string,
  blocks: readonly Fenced[],
  origin: Sample["origin"],
  idLine: (block: Fenced) => number,
  problems: Problem[],
): Sample[] {
  const samples: Sample[] = [];
  for (const block of blocks) {
    if (!block.closed) {
      problems.push({ file, line: block.openLine, message: "code fence is never closed" });
      continue;
    }
    const [word = "", ...rest] = block.info.split(/\s+/);
    const lang = RUN_LANGS[word.toLowerCase()];
    if (word === "") {
      problems.push({
        file,
        line: block.openLine,
        message:
          "fenced block without a language: name it (```ts to run it, ```ts no-run <reason> to skip it, ```text or ```sh for other content)",
      });
      continue;
    }
    if (lang === undefined) continue; // sh, text, json...: not JavaScript, nothing to run.
    const attributes = rest.join(" ");
    const noRun = /(?:^|\s)no-run\b[\s:,-]*(.*)$/.exec(attributes);
    const reason = noRun ? (noRun[1] ?? "").trim() : null;
    if (reason === "") {
      problems.push({
        file,
        line: block.openLine,
        message: "`no-run` needs a reason after it: ```ts no-run <why this block cannot run>",
      });
    }
    const line = idLine(block);
    samples.push({
      id: `${file}:${line}`,
      file,
      line,
      firstLine: block.firstLine,
      lang,
      code: block.lines.join("\n"),
      skip: reason === null ? null : reason || "no reason given",
      origin,
    });
  }
  return samples;
}

/** The samples of a Markdown file. */
export function markdownSamples(
  file: string,
  text: string,
): { samples: Sample[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const blocks = fencedBlocks(text.split(/\r?\n/), 1);
  return {
    samples: samplesOfFences(file, blocks, "markdown", (b) => b.openLine, problems),
    problems,
  };
}

/** The `/** ... *\/` comments of a TypeScript source, with the file line each starts on. */
function docComments(text: string): { start: number; raw: string }[] {
  const source = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  const seen = new Map<number, string>();
  const collect = (pos: number) => {
    for (const range of ts.getLeadingCommentRanges(text, pos) ?? []) {
      if (text.startsWith("/**", range.pos) && !text.startsWith("/**/", range.pos)) {
        seen.set(range.pos, text.slice(range.pos, range.end));
      }
    }
  };
  const visit = (node: ts.Node) => {
    collect(node.pos);
    ts.forEachChild(node, visit);
  };
  visit(source);
  collect(source.endOfFileToken.pos);
  return [...seen.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pos, raw]) => ({ start: source.getLineAndCharacterOfPosition(pos).line + 1, raw }));
}

/** The `@example` samples of a TypeScript source file. */
export function tsdocSamples(
  file: string,
  text: string,
): { samples: Sample[]; problems: Problem[] } {
  const samples: Sample[] = [];
  const problems: Problem[] = [];
  for (const comment of docComments(text)) {
    const lines = comment.raw.split(/\r?\n/).map((line, i, all) => {
      let out = line;
      if (i === 0) out = out.replace(/^\s*\/\*\*/, "");
      if (i === all.length - 1) out = out.replace(/\*\/\s*$/, "");
      return i === 0 ? out : out.replace(/^\s*\* ?/, "");
    });
    lines.forEach((line, i) => {
      if (!/^\s*@example\b/.test(line)) return;
      const tagLine = comment.start + i;
      let end = i + 1;
      while (end < lines.length && !/^\s*@[a-zA-Z]+/.test(lines[end] ?? "")) end++;
      const body = lines.slice(i + 1, end);
      if (body.some((l) => /^ *(`{3,}|~{3,})/.test(l))) {
        const blocks = fencedBlocks(body, tagLine + 1);
        const found = samplesOfFences(file, blocks, "tsdoc", (b) => b.openLine, problems);
        if (found.length === 0) {
          problems.push({
            file,
            line: tagLine,
            message: "@example has fences but no ```ts block: name the block's language",
          });
        }
        samples.push(...found);
        return;
      }
      let first = 0;
      let last = body.length;
      while (first < last && (body[first] ?? "").trim() === "") first++;
      while (last > first && (body[last - 1] ?? "").trim() === "") last--;
      if (first === last) {
        problems.push({ file, line: tagLine, message: "@example without code" });
        return;
      }
      samples.push({
        id: `${file}:${tagLine}`,
        file,
        line: tagLine,
        firstLine: tagLine + 1 + first,
        lang: "ts",
        code: body.slice(first, last).join("\n"),
        skip: null,
        origin: "tsdoc",
      });
    });
  }
  return { samples, problems };
}

function walk(dir: string, keep: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}

const toPosix = (path: string) => path.split(sep).join("/");

/**
 * Every sample of the repository: README.md, docs/**\/*.md (not docs/api/, the generated API
 * reference) and the `@example`s of src/**\/*.ts (not src/cli/).
 */
export function collectSamples(root: string): { samples: Sample[]; problems: Problem[] } {
  const samples: Sample[] = [];
  const problems: Problem[] = [];
  const add = (found: { samples: Sample[]; problems: Problem[] }) => {
    samples.push(...found.samples);
    problems.push(...found.problems);
  };
  add(markdownSamples("README.md", readFileSync(join(root, "README.md"), "utf8")));
  const docs = walk(join(root, "docs"), (p) => p.endsWith(".md")).filter(
    (p) => !toPosix(relative(root, p)).startsWith("docs/api/"),
  );
  for (const path of docs)
    add(markdownSamples(toPosix(relative(root, path)), readFileSync(path, "utf8")));
  const sources = walk(join(root, "src"), (p) => p.endsWith(".ts") && !p.endsWith(".d.ts")).filter(
    (p) => !toPosix(relative(root, p)).startsWith("src/cli/"),
  );
  for (const path of sources)
    add(tsdocSamples(toPosix(relative(root, path)), readFileSync(path, "utf8")));
  return { samples, problems };
}

// ---------------------------------------------------------------------------------------------
// The `//=>` convention.

/** A literal at the start of `text`: its source, the text after it, or `incomplete`/`none`. */
export function scanLiteral(
  text: string,
): { kind: "literal"; literal: string; rest: string } | { kind: "incomplete" | "none" } {
  const start = text.length - text.trimStart().length;
  const s = text.slice(start);
  const done = (length: number) =>
    ({ kind: "literal", literal: s.slice(0, length), rest: s.slice(length) }) as const;
  const word = /^(?:true|false|null|undefined|NaN|-?Infinity)(?![\w$])/.exec(s);
  if (word) return done(word[0].length);
  const number =
    /^-?(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?)n?(?![\w$])/.exec(
      s,
    );
  if (number) return done(number[0].length);
  const first = s[0];
  if (first !== '"' && first !== "'" && first !== "`" && first !== "[" && first !== "{") {
    return { kind: "none" };
  }
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote !== null) {
      if (c === "\\") i++;
      else if (c === quote) {
        quote = null;
        if (depth === 0) return done(i + 1);
      }
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "[" || c === "{" || c === "(") depth++;
    else if (c === "]" || c === "}" || c === ")") {
      depth--;
      if (depth === 0) return done(i + 1);
      if (depth < 0) return { kind: "none" };
    }
  }
  return { kind: "incomplete" };
}

interface Comment {
  readonly pos: number;
  readonly end: number;
  readonly text: string;
  /** True for a `//` comment that is the first thing on its line. */
  readonly ownLine: boolean;
}

/** Every `//` comment of a parsed sample (found in the trivia between tokens, so never inside a string). */
function lineComments(source: ts.SourceFile): Comment[] {
  const text = source.text;
  const comments: Comment[] = [];
  const scanTrivia = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      if (text.startsWith("//", i)) {
        let end = text.indexOf("\n", i);
        if (end === -1 || end > to) end = to;
        const lineStart = text.lastIndexOf("\n", i - 1) + 1;
        comments.push({
          pos: i,
          end,
          text: text.slice(i, end),
          ownLine: text.slice(lineStart, i).trim() === "",
        });
        i = end;
      } else if (text.startsWith("/*", i)) {
        const end = text.indexOf("*/", i + 2);
        i = end === -1 ? to : end + 2;
      } else i++;
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJSDoc(node)) return;
    const children = node.getChildren(source);
    if (children.length === 0) {
      scanTrivia(node.pos, node.getStart(source));
      return;
    }
    for (const child of children) visit(child);
  };
  visit(source);
  return comments.sort((a, b) => a.pos - b.pos);
}

/** An expectation written with `//=>`. */
type Expectation =
  | { kind: "value"; literal: string }
  | { kind: "throws"; name: string; message: string | null };

interface Rewritten {
  /** The sample as a module, line for line, followed by the imports and exports it needs. */
  readonly code: string;
  readonly problems: Problem[];
  /** Number of `//=>` assertions. */
  readonly assertions: number;
  /** Top-level names the sample declares (exported for later samples of the same file). */
  readonly declares: readonly string[];
  /** Names the sample uses without declaring or importing them. */
  readonly freeNames: readonly string[];
  readonly importsLibrary: boolean;
}

const LIBRARY = "adobe-support-sla";

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return (
    (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined)?.some((m) => m.kind === kind) ??
    false
  );
}

/** Top-level value names a sample declares (variables, functions, classes, enums). */
function topLevelNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of source.statements) {
    if (
      hasModifier(statement, ts.SyntaxKind.DeclareKeyword) ||
      hasModifier(statement, ts.SyntaxKind.ExportKeyword)
    ) {
      continue;
    }
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) bindingNames(d.name, names);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}

/** Identifiers used as values but declared nowhere in the sample (a rough scope analysis, enough for samples). */
function freeIdentifiers(source: ts.SourceFile): string[] {
  const used = new Set<string>();
  const declared = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
      return;
    }
    if (ts.isIdentifier(node)) {
      const p = node.parent;
      const isNameOf = (n: ts.Node & { name?: ts.Node }) => n.name === node;
      if (
        (ts.isVariableDeclaration(p) ||
          ts.isFunctionDeclaration(p) ||
          ts.isFunctionExpression(p) ||
          ts.isClassDeclaration(p) ||
          ts.isClassExpression(p) ||
          ts.isParameter(p) ||
          ts.isEnumDeclaration(p) ||
          ts.isImportSpecifier(p) ||
          ts.isImportClause(p) ||
          ts.isNamespaceImport(p) ||
          ts.isImportEqualsDeclaration(p)) &&
        isNameOf(p)
      ) {
        declared.add(node.text);
      } else if (ts.isBindingElement(p)) {
        if (p.name === node) declared.add(node.text);
      } else if (
        (ts.isPropertyAccessExpression(p) ||
          ts.isPropertyAssignment(p) ||
          ts.isPropertyDeclaration(p) ||
          ts.isMethodDeclaration(p) ||
          ts.isGetAccessorDeclaration(p) ||
          ts.isSetAccessorDeclaration(p) ||
          ts.isEnumMember(p) ||
          ts.isMetaProperty(p)) &&
        isNameOf(p)
      ) {
        // A property name, not a variable.
      } else if (
        ts.isLabeledStatement(p) ||
        ts.isBreakOrContinueStatement(p) ||
        ts.isExportSpecifier(p) ||
        ts.isQualifiedName(p)
      ) {
        // Labels and export lists.
      } else {
        used.add(node.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...used].filter((name) => !declared.has(name));
}

/** Parses the text after `//=>`, joining continuation comment lines while a literal is open. */
function parseExpectation(
  first: Comment,
  following: readonly Comment[],
  source: ts.SourceFile,
): { expectation: Expectation | null; used: number; error: string | null } {
  let payload = first.text.slice(4);
  const throws = /^\s*throws\s+([A-Za-z_$][\w$]*)(?::\s*(.*))?$/.exec(payload);
  if (throws) {
    const message = throws[2]?.trim();
    return {
      expectation: {
        kind: "throws",
        name: throws[1] ?? "Error",
        message: message ? message : null,
      },
      used: 0,
      error: null,
    };
  }
  let used = 0;
  let previousLine = source.getLineAndCharacterOfPosition(first.pos).line;
  for (;;) {
    const scanned = scanLiteral(payload);
    if (scanned.kind === "literal") {
      if (scanned.rest !== "" && !/^\s/.test(scanned.rest)) {
        return {
          expectation: null,
          used,
          error: `unexpected text right after the //=> literal: ${JSON.stringify(scanned.rest.trim())} (put a space before a note)`,
        };
      }
      return { expectation: { kind: "value", literal: scanned.literal }, used, error: null };
    }
    if (scanned.kind === "none") {
      return {
        expectation: null,
        used,
        error: `//=> must be followed by a JavaScript literal (string, number, boolean, null, undefined, array or object) or by \`throws ErrorName: message\`; got ${JSON.stringify(payload.trim())}`,
      };
    }
    const next = following[used];
    const nextLine = next ? source.getLineAndCharacterOfPosition(next.pos).line : -1;
    if (!next?.ownLine || nextLine !== previousLine + 1 || next.text.startsWith("//=>")) {
      return {
        expectation: null,
        used,
        error: `the //=> literal is not closed: ${JSON.stringify(payload.trim())} (continue it on the next lines, each starting with //)`,
      };
    }
    payload += ` ${next.text.slice(2).trim()}`;
    previousLine = nextLine;
    used++;
  }
}

/** How the specifiers of a sample's imports are rewritten. */
export interface SamplePaths {
  /** `adobe-support-sla`, as seen from the generated module. */
  readonly library: string;
  /** `adobe-support-sla/schema.json`, or `null` when the package exports none. */
  readonly schema: string | null;
  /** `adobe-support-sla/ics`, or `null` (absent) when the sample cannot use it. */
  readonly ics?: string | null;
  /** `./...` and `../...` (relative to the sample's own file), or `null` when the file is missing. */
  readonly relative?: (specifier: string, sample: Sample) => string | null;
}

function specifierFor(specifier: string, paths: SamplePaths, sample: Sample): string | null {
  if (specifier === LIBRARY) return paths.library;
  if (specifier === `${LIBRARY}/schema.json`) return paths.schema;
  if (specifier === `${LIBRARY}/ics`) return paths.ics ?? null;
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    return paths.relative ? paths.relative(specifier, sample) : specifier;
  }
  return null;
}

/**
 * Rewrites a sample into a module, keeping its line numbers: every `//=>` becomes an assertion,
 * imports of the package point at the source, and the imports and exports it needs are appended
 * after its last line.
 */
export function rewriteSample(sample: Sample, paths: SamplePaths): Rewritten {
  const kind = sample.lang === "js" ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(
    `sample.${sample.lang}`,
    sample.code,
    ts.ScriptTarget.Latest,
    true,
    kind,
  );
  const problems: Problem[] = [];
  const at = (pos: number) => sample.firstLine + source.getLineAndCharacterOfPosition(pos).line;
  const syntax = (source as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  for (const d of syntax ?? []) {
    problems.push({
      file: sample.file,
      line: at(d.start ?? 0),
      message: `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    });
  }

  const edits: { pos: number; end: number; text: string }[] = [];
  let importsLibrary = false;
  const visitImports = (node: ts.Node) => {
    let literal: ts.StringLiteral | undefined;
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      literal = node.moduleSpecifier;
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      literal = node.arguments[0];
    }
    const text = literal?.text ?? "";
    if (
      literal &&
      (text === LIBRARY ||
        text.startsWith(`${LIBRARY}/`) ||
        text.startsWith("./") ||
        text.startsWith("../"))
    ) {
      const target = specifierFor(literal.text, paths, sample);
      if (literal.text === LIBRARY) importsLibrary = true;
      if (target === null) {
        problems.push({
          file: sample.file,
          line: at(literal.getStart(source)),
          message: `cannot resolve ${JSON.stringify(literal.text)} to a file of this repository${literal.text.startsWith(".") ? ` (relative to ${sample.file})` : ""}`,
        });
      } else {
        edits.push({
          pos: literal.getStart(source),
          end: literal.end,
          text: JSON.stringify(target),
        });
      }
    }
    ts.forEachChild(node, visitImports);
  };
  visitImports(source);

  // Expression statements by the position they end at.
  const statements: ts.ExpressionStatement[] = [];
  const collect = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) statements.push(node);
    ts.forEachChild(node, collect);
  };
  collect(source);

  const comments = lineComments(source);
  let assertions = 0;
  for (let i = 0; i < comments.length; i++) {
    const comment = comments[i] as Comment;
    if (!comment.text.startsWith("//=>")) continue;
    const line = at(comment.pos);
    const { expectation, used, error } = parseExpectation(comment, comments.slice(i + 1), source);
    i += used;
    if (error !== null || expectation === null) {
      problems.push({ file: sample.file, line, message: error ?? "unreadable //=>" });
      continue;
    }
    const statement = statements
      .filter((s) => s.end <= comment.pos && sample.code.slice(s.end, comment.pos).trim() === "")
      .sort((a, b) => a.getStart(source) - b.getStart(source))[0];
    if (!statement) {
      problems.push({
        file: sample.file,
        line,
        message:
          "//=> must follow an expression statement (write `value //=> literal`, not a declaration or a block)",
      });
      continue;
    }
    const expression = statement.expression;
    const exprText = sample.code.slice(expression.getStart(source), expression.end);
    const location = JSON.stringify(`${sample.file}:${line}`);
    let replacement: string;
    if (expectation.kind === "value") {
      replacement = `__expect((${exprText}), (${expectation.literal}), ${location});`;
    } else {
      let awaits = false;
      const findAwait = (n: ts.Node) => {
        if (ts.isAwaitExpression(n)) awaits = true;
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, findAwait);
      };
      findAwait(expression);
      const args = `${JSON.stringify(expectation.name)}, ${JSON.stringify(expectation.message)}, ${location}`;
      replacement = awaits
        ? `await __expectThrowsAsync(async () => (${exprText}), ${args});`
        : `__expectThrows(() => (${exprText}), ${args});`;
    }
    edits.push({ pos: statement.getStart(source), end: statement.end, text: replacement });
    assertions++;
  }

  let code = sample.code;
  for (const edit of [...edits].sort((a, b) => b.pos - a.pos)) {
    code = code.slice(0, edit.pos) + edit.text + code.slice(edit.end);
  }
  return {
    code,
    problems,
    assertions,
    declares: topLevelNames(source),
    freeNames: freeIdentifiers(source),
    importsLibrary,
  };
}

/** A generated module, ready to be written. */
export interface GeneratedSample {
  readonly sample: Sample;
  /** File name inside the output directory. */
  readonly fileName: string;
  readonly code: string;
  readonly problems: readonly Problem[];
  readonly assertions: number;
  /** Names imported automatically from the package (the sample has no import of it). */
  readonly autoImports: readonly string[];
  /** Earlier samples of the same file this one uses names from. */
  readonly dependsOn: readonly string[];
}

/**
 * Generates the modules of all `samples` (skipped ones included, unrun): a sample without an
 * import of the package gets the package's names it uses imported, and a sample that uses a
 * name declared by an earlier sample of the same file imports it from that sample's module.
 */
export function generateSamples(
  samples: readonly Sample[],
  options: {
    /** The repository root: relative imports of a sample resolve from its own file there. */
    readonly root: string;
    /** Output directory and the files the generated modules import. */
    readonly outDir: string;
    readonly libraryFile: string;
    readonly schemaFile: string | null;
    readonly expectFile: string;
    /** Runtime names exported by the package. */
    readonly libraryExports: readonly string[];
  },
): GeneratedSample[] {
  const spec = (file: string) => {
    const rel = toPosix(relative(options.outDir, file));
    return rel.startsWith(".") ? rel : `./${rel}`;
  };
  const paths: SamplePaths = {
    library: spec(options.libraryFile),
    schema: options.schemaFile === null ? null : spec(options.schemaFile),
    ics: spec(join(options.root, "src/ics/index.ts")),
    relative: (specifier, sample) => {
      const file = resolve(options.root, dirname(sample.file), specifier);
      return existsSync(file) ? spec(file) : null;
    },
  };
  const expectModule = spec(options.expectFile);
  const exports = new Set(options.libraryExports);
  const done: { sample: Sample; fileName: string; declares: readonly string[] }[] = [];
  const out: GeneratedSample[] = [];
  samples.forEach((sample, index) => {
    const slug = sample.id.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const fileName = `s${String(index).padStart(3, "0")}-${slug}.${sample.lang === "js" ? "mjs" : "ts"}`;
    const rewritten = rewriteSample(sample, paths);
    const trailer: string[] = [
      `import { __expect, __expectThrows, __expectThrowsAsync } from ${JSON.stringify(expectModule)};`,
    ];
    const free = rewritten.freeNames.filter(
      (name) => !(name in globalThis) && name !== "__expect" && !name.startsWith("__expectThrows"),
    );
    const autoImports = rewritten.importsLibrary ? [] : free.filter((name) => exports.has(name));
    if (autoImports.length > 0) {
      trailer.push(`import { ${autoImports.join(", ")} } from ${JSON.stringify(paths.library)};`);
    }
    const dependsOn: string[] = [];
    const byModule = new Map<string, string[]>();
    for (const name of free.filter((n) => !autoImports.includes(n))) {
      const source = [...done]
        .reverse()
        .find((d) => d.sample.file === sample.file && d.declares.includes(name));
      if (!source) continue; // Left to fail at run time with a ReferenceError naming it.
      if (!dependsOn.includes(source.sample.id)) dependsOn.push(source.sample.id);
      byModule.set(source.fileName, [...(byModule.get(source.fileName) ?? []), name]);
    }
    for (const [module, names] of byModule) {
      trailer.push(`import { ${names.join(", ")} } from ${JSON.stringify(`./${module}`)};`);
    }
    if (rewritten.declares.length > 0) trailer.push(`export { ${rewritten.declares.join(", ")} };`);
    done.push({ sample, fileName, declares: rewritten.declares });
    out.push({
      sample,
      fileName,
      code: `${rewritten.code}\n\n// Added by test/docs/samples.ts:\n${trailer.join("\n")}\n`,
      problems: rewritten.problems,
      assertions: rewritten.assertions,
      autoImports,
      dependsOn,
    });
  });
  return out;
}
