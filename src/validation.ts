/** Turns zod results into `SlaInputError`s with field paths, readable messages and "did you mean" hints. */

import { en } from "zod/locales";
import * as z from "zod/mini";
import { describeThrown, formatPath, SlaInputError, type SlaIssue } from "./errors.js";

/** Edit distance between two short strings (for "did you mean"). */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  // "p2" for "P2": a difference of case only.
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  if (word.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > 3) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  if (bestDistance <= limit) return best;
  // "monday" for "mon": a candidate the word starts with, or one that starts with the word.
  return candidates.find(
    (c) =>
      c.length >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)),
  );
}

type AnySchema = z.core.$ZodType;

/** The keys an object schema allows at `path` (walking optional, array, record, union and pipe wrappers). */
function allowedKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    let node = s;
    for (;;) {
      const def = node._zod.def as unknown as Record<string, AnySchema | undefined> & {
        type: string;
      };
      if (
        (def.type === "optional" || def.type === "nullable" || def.type === "default") &&
        def.innerType
      ) {
        node = def.innerType;
      } else if (def.type === "pipe" && def.in) node = def.in;
      else return node;
    }
  };
  for (const part of path) {
    if (!current) return [];
    const node = unwrap(current);
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "object") current = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === "array") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else return [];
  }
  if (!current) return [];
  const node = unwrap(current);
  const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    try {
      current = (current as Record<PropertyKey, unknown>)[part];
    } catch {
      return undefined;
    }
  }
  return current;
}

function toPath(
  path: readonly PropertyKey[],
  prefix: readonly (string | number)[],
): (string | number)[] {
  return [...prefix, ...path.map((p) => (typeof p === "number" ? p : String(p)))];
}

/** `instanceof` that never throws (a thrown Proxy can trap it). */
function isOwnInputError(error: unknown): error is SlaInputError {
  try {
    return error instanceof SlaInputError;
  } catch {
    return false;
  }
}

/** At most this many issues are listed in one error; the rest are counted. */
const MAX_ISSUES = 50;

/** "`openedAt` has no UTC offset ..." for verb phrases, "`plan`: expected ..." otherwise. */
export function joinField(path: readonly (string | number)[], text: string): string {
  const field = `\`${formatPath(path)}\``;
  return /^(is|has|must|cannot|does|was)\b/.test(text) ? `${field} ${text}` : `${field}: ${text}`;
}

/** zod's English texts (`Invalid input: expected object, received string`), by issue. */
const englishText = /* @__PURE__ */ (() => en().localeError)();

/**
 * The issue's text. zod/mini loads no locale, so an issue whose schema has no message of its own
 * (a list entry that is not an object, a pause reason over 500 characters) only says "Invalid
 * input"; zod's English text for it is written here, from the issue and the value at its path, the
 * same text `zod` gives. (A global `z.config` would change the caller's own schemas too, and
 * passing the texts to every parse costs more than the parse of a case.)
 */
function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.message !== "Invalid input") return issue.message;
  const text = englishText({ ...issue, input: valueAt(input, issue.path) } as z.core.$ZodRawIssue);
  return typeof text === "string" ? text : (text?.message ?? issue.message);
}

/** Converts zod issues to library issues: a stable `code` and a message that names the field. */
export function toSlaIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): SlaIssue[] {
  const out: SlaIssue[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_ISSUES) {
      out.push({
        path: [...prefix],
        code: "too_many_issues",
        message: `${issues.length - MAX_ISSUES} more problems not listed`,
      });
      break;
    }
    if (issue.code === "invalid_key") {
      const path = toPath(issue.path, prefix);
      const inner = issue.issues[0]?.message ?? "invalid key";
      out.push({
        path,
        code: "invalid_key",
        message: joinField(path, `is not a valid key: ${inner}`),
      });
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      const known = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = toPath([...issue.path, key], prefix);
        const guess = closest(key, known);
        const hint = guess
          ? `did you mean \`${guess}\`?`
          : `expected one of ${known.map((k) => `\`${k}\``).join(", ")}`;
        out.push({
          path,
          code: "unknown_key",
          message: `\`${formatPath(path)}\` is not a known option; ${hint}`,
        });
      }
      continue;
    }
    const path = toPath(issue.path, prefix);
    const params = (issue as { params?: { code?: string } }).params;
    const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    if (missing && params?.code === undefined) {
      out.push({
        path,
        code: "required",
        message: `\`${formatPath(path)}\` is required; ${messageOf(issue, input)}`,
      });
      continue;
    }
    let message = messageOf(issue, input);
    if (issue.code === "invalid_value" && "values" in issue) {
      const got = valueAt(input, issue.path);
      const guess = typeof got === "string" ? closest(got, issue.values.map(String)) : undefined;
      if (guess) message += `; did you mean ${JSON.stringify(guess)}?`;
    }
    out.push({ path, code: params?.code ?? issue.code, message: joinField(path, message) });
  }
  return out;
}

/**
 * Parses `input` with `schema` and returns the output, or throws one `SlaInputError` listing every
 * problem. Anything else thrown while reading the input (a hostile getter, a proxy) becomes an
 * `SlaInputError` too.
 */
export function parseInput<S extends AnySchema>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): z.core.output<S> {
  let result: z.core.util.SafeParseResult<z.core.output<S>>;
  try {
    result = z.safeParse(schema, input);
  } catch (error) {
    if (isOwnInputError(error)) throw error;
    const path = [...prefix];
    throw new SlaInputError([
      {
        path,
        code: "unreadable_input",
        message: `\`${formatPath(path)}\` could not be read: ${describeThrown(error)}`,
      },
    ]);
  }
  if (result.success) return result.data;
  throw new SlaInputError(toSlaIssues(result.error.issues, schema, input, prefix));
}
