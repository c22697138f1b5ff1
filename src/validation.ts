/** Turns zod results into `SlaInputError`s with field paths, readable messages and "did you mean" hints. */

import { en } from "zod/locales";
import * as z from "zod/mini";
import { findUnreadable, readWithinLimits } from "./bounds.js";
import {
  commonPrefix,
  formatPath,
  MAX_ISSUES,
  moreIssues,
  SlaInputError,
  type SlaIssue,
} from "./errors.js";

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

/** "`openedAt` has no UTC offset ..." for verb phrases, "`plan`: expected ..." otherwise. */
export function joinField(path: readonly (string | number)[], text: string): string {
  const field = `\`${formatPath(path)}\``;
  return /^(is|has|must|cannot|could|does|was)\b/.test(text)
    ? `${field} ${text}`
    : `${field}: ${text}`;
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
  try {
    // zod names the type it got by looking at the value (its prototype and constructor), which a
    // hostile value can refuse; the plain "Invalid input" is then all there is to say.
    const text = englishText({
      ...issue,
      input: valueAt(input, issue.path),
    } as z.core.$ZodRawIssue);
    return typeof text === "string" ? text : (text?.message ?? issue.message);
  } catch {
    return issue.message;
  }
}

/** Converts zod issues to library issues: a stable `code` and a message that names the field. */
export function toSlaIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): SlaIssue[] {
  const out: SlaIssue[] = [];
  // Issues past the cap are counted, not converted (a "did you mean" each would cost for nothing):
  // the error lists MAX_ISSUES of them and one summary.
  let skipped = 0;
  let skippedPath: readonly (string | number)[] | undefined;
  const skip = (count: number, path: readonly (string | number)[]) => {
    skipped += count;
    skippedPath = skippedPath === undefined ? path : commonPrefix(skippedPath, path);
  };
  for (const issue of issues) {
    if (out.length >= MAX_ISSUES) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys.length : 1;
      skip(keys, toPath(issue.path, prefix));
      continue;
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
        if (out.length >= MAX_ISSUES) {
          skip(1, path);
          continue;
        }
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
  if (skipped > 0) out.push(moreIssues(skipped, skippedPath ?? prefix));
  return out;
}

/**
 * Parses `input` with `schema` and returns the output, or throws one `SlaInputError` listing every
 * problem (at most `MAX_ISSUES`, then a count).
 *
 * First a pre-pass ({@link readWithinLimits}) reads the input once, inside `try`, checking every
 * list, string and object against `inputLimits` before any entry is read: a value over a bound is
 * `too_big`, a read that throws (a hostile getter, a proxy) is `unreadable_input`, each at the
 * path of its field. The schema then parses that plain copy. Should the schema still throw, the
 * throw is attributed to the first place of the input whose reading throws; a throw that no read
 * of the input reproduces is a fault of the library and is re-thrown as it is, never reported as
 * an input error.
 */
export function parseInput<S extends AnySchema>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): z.core.output<S> {
  const read = readWithinLimits(schema, input, prefix);
  if (read.issues.length > 0) throw new SlaInputError(read.issues);
  let result: z.core.util.SafeParseResult<z.core.output<S>>;
  try {
    result = z.safeParse(schema, read.value);
  } catch (error) {
    if (isOwnInputError(error)) throw error;
    const culprit = findUnreadable(input, prefix);
    if (culprit) throw new SlaInputError([culprit]);
    throw error;
  }
  if (result.success) return result.data;
  throw new SlaInputError(toSlaIssues(result.error.issues, schema, read.value, prefix));
}
