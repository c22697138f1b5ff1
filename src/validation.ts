/** Turns zod results into `SlaInputError`s with field paths, readable messages and "did you mean" hints. */

import { en } from "zod/locales";
import * as z from "zod/mini";
import { findUnreadable, type IgnoredKeys, readWithinLimits } from "./bounds.js";
import {
  commonPrefix,
  formatPath,
  MAX_ISSUES,
  moreIssues,
  SlaInputError,
  type SlaIssue,
} from "./errors.js";
import { renamedKeys } from "./input/keys.js";
import { type IssueCode, isIssueCode } from "./issue-codes.js";
import { closest } from "./text/closest.js";

/** A key written without case, `_`, `-` or spaces: `opened_at`, `Opened-At` and `openedat` are one key. */
const keyForm = (key: string): string => key.replace(/[\s_-]/g, "").toLowerCase();

/**
 * The absent field an ignored key is likely a misspelling of: the same key ignoring case, `_`
 * and `-` (`opened_at`, `billingcountry`), or, for keys of four letters or more, one edit away
 * (two from ten letters on). Never by prefix (`productName` is not `product`), and never a known
 * field plus a final `s` (`products`, a list of another input, is not `product`).
 */
export function misspeltKey(key: string, absent: readonly string[]): string | undefined {
  const form = keyForm(key);
  if (form.length === 0 || form.length > 64 || absent.length === 0) return undefined;
  const forms = absent.map(keyForm);
  const same = forms.indexOf(form);
  if (same >= 0) return absent[same];
  if (form.length < 4) return undefined;
  const guess = closest(form, forms, { maxDistance: form.length >= 10 ? 2 : 1, prefixes: false });
  if (guess === undefined || form === `${guess}s`) return undefined;
  return absent[forms.indexOf(guess)];
}

type AnySchema = z.core.$ZodType;

/** The schema at `path` (walking optional, array, record and pipe wrappers), as the field's own schema. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const part of path) {
    if (!current) return undefined;
    const node = unwrapSchema(current);
    const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === "object") current = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === "array") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else return undefined;
  }
  return current;
}

/** The keys an object schema allows at `path`. */
function allowedKeys(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const current = schemaAt(schema, path);
  if (!current) return [];
  const node = unwrapSchema(current);
  const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === "object" ? Object.keys(def.shape as object) : [];
}

/** The schema under optional, nullable, default and pipe wrappers. */
function unwrapSchema(s: AnySchema): AnySchema {
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

/** True when the field at `path` is an object's field that must be present (not `optional`). */
function isRequiredField(schema: AnySchema, path: readonly PropertyKey[]): boolean {
  const parent = schemaAt(schema, path.slice(0, -1));
  if (parent === undefined || typeof path[path.length - 1] === "number") return false;
  const field = schemaAt(schema, path);
  return field !== undefined && field._zod.def.type !== "optional";
}

/** "`openedAt` has no UTC offset ..." for verb phrases, "`plan`: expected ..." otherwise. */
export function joinField(path: readonly (string | number)[], text: string): string {
  const field = `\`${formatPath(path)}\``;
  return /^(is|has|must|cannot|could|does|was)\b/.test(text)
    ? `${field} ${text}`
    : `${field}: ${text}`;
}

/** zod's English texts (`Invalid input: expected object, received string`), made on the first error. */
let englishTexts: z.core.$ZodErrorMap | undefined;

/** zod's English text of an issue. */
function englishText(issue: z.core.$ZodRawIssue): ReturnType<z.core.$ZodErrorMap> {
  englishTexts ??= en().localeError;
  return englishTexts(issue);
}

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

/**
 * A zod issue code as a library code: the codes the library's schemas can raise (`invalid_type`,
 * `invalid_value`, `too_small`, `too_big`, `custom`) are kept; the others (`invalid_format`,
 * `not_multiple_of`, `invalid_union`, `invalid_element`), which no schema of the library raises,
 * read as `custom`.
 */
function passedThrough(code: z.core.$ZodIssue["code"]): IssueCode {
  return isIssueCode(code) ? code : "custom";
}

/** Issues past the cap: how many, and the path they share (`undefined` until one is counted). */
interface Skipped {
  count: number;
  path: readonly (string | number)[] | undefined;
}

/** Counts `count` issues at `path` as past the cap. */
function skip(skipped: Skipped, count: number, path: readonly (string | number)[]): void {
  skipped.count += count;
  skipped.path = skipped.path === undefined ? path : commonPrefix(skipped.path, path);
}

/** Converts zod issues to library issues: a stable `code` and a message that names the field. */
export function toSlaIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  input: unknown,
  prefix: readonly (string | number)[] = [],
  renamed: ReadonlyMap<string, string> = new Map(),
): SlaIssue[] {
  const out: SlaIssue[] = [];
  // Issues past the cap are counted, not converted (a "did you mean" each would cost for nothing):
  // the error lists MAX_ISSUES of them and one summary.
  const skipped: Skipped = { count: 0, path: undefined };
  for (const issue of issues) {
    if (out.length >= MAX_ISSUES) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys.length : 1;
      skip(skipped, keys, toPath(issue.path, prefix));
    } else if (issue.code === "unrecognized_keys") {
      pushUnknownKeys(out, skipped, issue, allowedKeys(schema, issue.path), prefix);
    } else {
      out.push(fieldIssue(issue, schema, input, prefix, renamed));
    }
  }
  if (skipped.count > 0) out.push(moreIssues(skipped.count, skipped.path ?? prefix));
  return out;
}

/** One `unknown_key` issue per key zod did not recognise, with "did you mean" or the keys allowed. */
function pushUnknownKeys(
  out: SlaIssue[],
  skipped: Skipped,
  issue: z.core.$ZodIssueUnrecognizedKeys,
  known: readonly string[],
  prefix: readonly (string | number)[],
): void {
  for (const key of issue.keys) {
    const path = toPath([...issue.path, key], prefix);
    if (out.length >= MAX_ISSUES) {
      skip(skipped, 1, path);
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
}

/** The library issue of a zod issue about one field: an invalid key, a missing field or a bad value. */
function fieldIssue(
  issue: z.core.$ZodIssue,
  schema: AnySchema,
  input: unknown,
  prefix: readonly (string | number)[],
  renamed: ReadonlyMap<string, string>,
): SlaIssue {
  const path = toPath(issue.path, prefix);
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0]?.message ?? "invalid key";
    return {
      path,
      code: "invalid_key",
      message: joinField(path, `is not a valid key: ${inner}`),
    };
  }
  // Our own checks put a library code in `params` (`codeParams`); zod's codes pass through.
  const params = (issue as { params?: { code?: IssueCode } }).params;
  // `null` means absent: a required field of a case given as `null` is missing.
  const value = issue.path.length > 0 ? valueAt(input, issue.path) : 0;
  const missing =
    (value === undefined && params?.code === undefined) ||
    (value === null && isRequiredField(schema, issue.path));
  if (missing) {
    const oldKey = renamed.get(formatPath(path));
    const field = `\`${formatPath(path)}\``;
    return {
      path,
      code: "required",
      message:
        oldKey === undefined
          ? `${field} is required; ${messageOf(issue, input)}`
          : `${field} is required; \`${oldKey}\` was renamed ${field}: pass the same value as ${field}`,
    };
  }
  let message = messageOf(issue, input);
  if (issue.code === "invalid_value" && "values" in issue) {
    const got = valueAt(input, issue.path);
    const guess = typeof got === "string" ? closest(got, issue.values.map(String)) : undefined;
    if (guess) message += `; did you mean ${JSON.stringify(guess)}?`;
  }
  return {
    path,
    code: params?.code ?? passedThrough(issue.code),
    message: joinField(path, message),
  };
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
  const { misspelt, renamed } = checkIgnoredKeys(read.ignored);
  let result: z.core.util.SafeParseResult<z.core.output<S>>;
  try {
    result = z.safeParse(schema, read.value);
  } catch (error) {
    if (isOwnInputError(error)) throw error;
    const culprit = findUnreadable(input, prefix);
    if (culprit) throw new SlaInputError([culprit]);
    throw error;
  }
  if (result.success && misspelt.length === 0) return result.data;
  const issues = result.success
    ? []
    : toSlaIssues(result.error.issues, schema, read.value, prefix, renamed);
  throw new SlaInputError([...issues, ...misspelt]);
}

/**
 * The keys a schema ignores that look like a misspelling of one of its fields that is absent
 * (`unknown_key`, with "did you mean"), and the renamed keys given under their old name (by the
 * path of the new one, for its `required` message).
 */
function checkIgnoredKeys(ignored: readonly IgnoredKeys[]): {
  readonly misspelt: readonly SlaIssue[];
  readonly renamed: ReadonlyMap<string, string>;
} {
  const misspelt: SlaIssue[] = [];
  const renamed = new Map<string, string>();
  for (const { path, keys, absent, required } of ignored) {
    for (const key of keys) {
      const newKey = Object.hasOwn(renamedKeys, key) ? renamedKeys[key] : undefined;
      if (newKey !== undefined && required.has(newKey)) {
        renamed.set(formatPath([...path, newKey]), key);
        continue;
      }
      const guess = misspeltKey(key, absent);
      if (guess === undefined) continue;
      const at = [...path, key];
      misspelt.push({
        path: at,
        code: "unknown_key",
        message: `\`${formatPath(at)}\` is not a known option; did you mean \`${guess}\`?`,
      });
    }
  }
  return { misspelt, renamed };
}
