/** The pre-pass of every public function: reads its input once, defensively and within `inputLimits`, before any schema sees it. */

import type * as z from "zod/mini";
import { describeThrown, formatPath, issue, type SlaIssue } from "./errors.js";
import { isValidatedList } from "./input/closed-dates.js";
import type { IssueCode } from "./issue-codes.js";
import { type InputLimit, inputLimits } from "./limits.js";

type AnySchema = z.core.$ZodType;
type Path = readonly (string | number)[];

/**
 * What the pre-pass checks at one place of an input, derived once per schema from its zod
 * definition: a `text` is bounded by `stringLength`, an `object` by `keysPerObject` (its fields
 * read one by one), a `list` by its own limit; a `leaf` is passed on unread.
 */
type Bound =
  | { readonly kind: "leaf" }
  | { readonly kind: "text" }
  | {
      readonly kind: "object";
      readonly fields: ReadonlyMap<string, Bound>;
      /** Unknown keys are the schema's to reject (a strict object); else they are ignored, unread. */
      readonly strict: boolean;
      /** The fields that must be present (not wrapped in `optional`). */
      readonly required: ReadonlySet<string>;
    }
  | {
      readonly kind: "list";
      readonly limit: InputLimit;
      readonly entry: Bound;
      /** The schema reads the list itself (holidays): a plain array is passed on as given. */
      readonly keepsIdentity: boolean;
    };

/** The bound of each list field, by the name it has in every input (pure data). */
const listLimits: Readonly<Record<string, InputLimit>> = {
  holidays: "holidays",
  products: "products",
  namedContacts: "namedContacts",
  contactAttempts: "contactAttempts",
  priorityHistory: "priorityHistory",
  pauses: "pauses",
};

const LEAF: Bound = { kind: "leaf" };
const TEXT: Bound = { kind: "text" };

type Def = { readonly type: string } & Readonly<Record<string, unknown>>;

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/** The schema under optional/nullable/default wrappers; a pipe is read as what it takes in (or gives, after an `any`). */
function unwrap(schema: AnySchema): AnySchema {
  let node = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(node);
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") {
      node = def.innerType as AnySchema;
    } else if (def.type === "pipe") {
      const input = def.in as AnySchema;
      const inType = defOf(input).type;
      node =
        inType === "any" || inType === "unknown" || inType === "custom"
          ? (def.out as AnySchema)
          : input;
    } else break;
  }
  return node;
}

function boundOf(schema: AnySchema, name: string | undefined): Bound {
  const node = unwrap(schema);
  const def = defOf(node);
  if (name !== undefined && Object.hasOwn(listLimits, name)) {
    const isArray = def.type === "array";
    return {
      kind: "list",
      limit: listLimits[name] as InputLimit,
      entry: isArray ? boundOf(def.element as AnySchema, undefined) : LEAF,
      keepsIdentity: !isArray,
    };
  }
  if (def.type === "object") {
    const shape = def.shape as Readonly<Record<string, AnySchema>>;
    const catchall = def.catchall as AnySchema | undefined;
    return {
      kind: "object",
      fields: new Map(
        Object.keys(shape).map((key) => [key, boundOf(shape[key] as AnySchema, key)]),
      ),
      strict: catchall !== undefined && defOf(catchall).type === "never",
      required: new Set(
        Object.keys(shape).filter((key) => defOf(shape[key] as AnySchema).type !== "optional"),
      ),
    };
  }
  // Lists other than the named ones (a calendar's windows) and records (`dateHours`) are bounded
  // by the calendar schema itself.
  return def.type === "string" ? TEXT : LEAF;
}

const bounds = /* @__PURE__ */ new WeakMap<AnySchema, Bound>();

/** The bounds of a schema, derived on first use. */
function boundsOf(schema: AnySchema): Bound {
  let bound = bounds.get(schema);
  if (bound === undefined) {
    bound = boundOf(schema, undefined);
    bounds.set(schema, bound);
  }
  return bound;
}

/** Stop reading once this many problems are found (the error lists 50). */
const ENOUGH_ISSUES = 51;

/**
 * The keys of a non-strict object that its schema does not read, with the fields it reads that
 * are absent (missing, `undefined` or `null`): what the "did you mean" check of
 * `parseInput` looks at. Collected only when there are such keys.
 */
export interface IgnoredKeys {
  readonly path: Path;
  readonly keys: readonly string[];
  readonly absent: readonly string[];
  /** The absent fields that are required. */
  readonly required: ReadonlySet<string>;
}

class Reader {
  readonly issues: SlaIssue[] = [];
  readonly ignored: IgnoredKeys[] = [];

  private add(path: Path, code: IssueCode, text: string): void {
    if (this.issues.length >= ENOUGH_ISSUES) return;
    const field = `\`${formatPath(path)}\``;
    this.issues.push(issue([...path], code, `${field} ${text}`));
  }

  unreadable(path: Path, error: unknown): void {
    this.add(path, "unreadable_input", `could not be read: ${describeThrown(error)}`);
  }

  tooBig(path: Path, text: string): void {
    this.add(path, "too_big", text);
  }

  get full(): boolean {
    return this.issues.length >= ENOUGH_ISSUES;
  }

  read(value: unknown, bound: Bound, path: Path): unknown {
    switch (bound.kind) {
      case "leaf":
        return value;
      case "text":
        if (typeof value === "string" && value.length > inputLimits.stringLength) {
          this.tooBig(
            path,
            `is ${value.length} characters long; at most ${inputLimits.stringLength} are accepted (\`inputLimits.stringLength\`)`,
          );
        }
        return value;
      case "object":
        return this.readObject(value, bound, path);
      case "list":
        return this.readList(value, bound, path);
    }
  }

  /**
   * A plain copy of the object (null prototype): each known field read once. Unknown keys are
   * listed unread: copied as `undefined` for a strict object (its schema reports them), else left
   * out and kept in {@link ignored} for the "did you mean" check.
   */
  private readObject(
    value: unknown,
    bound: Extract<Bound, { kind: "object" }>,
    path: Path,
  ): unknown {
    if (typeof value !== "object" || value === null) return value;
    const { fields, strict } = bound;
    const limit = inputLimits.keysPerObject;
    const source = value as Record<string, unknown>;
    const copy: Record<string, unknown> = Object.create(null);
    let unknownKeys: string[] | undefined;
    // The keys as the schema sees them (`for...in`: own and inherited enumerable keys), counted
    // up to the bound; unknown ones are listed, unread.
    let keys = 0;
    try {
      if (Array.isArray(value)) return value;
      for (const key in source) {
        if (++keys > limit) {
          this.tooBig(
            path,
            `has more than ${limit} keys; at most ${limit} are accepted (\`inputLimits.keysPerObject\`)`,
          );
          return value;
        }
        if (fields.has(key)) continue;
        if (strict) copy[key] = undefined;
        else if (unknownKeys === undefined) unknownKeys = [key];
        else unknownKeys.push(key);
      }
    } catch (error) {
      this.unreadable(path, error);
      return value;
    }
    for (const [key, fieldBound] of fields) {
      if (this.full) break;
      let field: unknown;
      try {
        if (!(key in source)) continue;
        field = source[key];
      } catch (error) {
        this.unreadable([...path, key], error);
        continue;
      }
      copy[key] = this.read(field, fieldBound, [...path, key]);
    }
    if (unknownKeys !== undefined) {
      const absent = [...fields.keys()].filter(
        (key) => copy[key] === undefined || copy[key] === null,
      );
      this.ignored.push({
        path,
        keys: unknownKeys,
        absent,
        required: new Set(absent.filter((key) => bound.required.has(key))),
      });
    }
    return copy;
  }

  /** The list's length checked against its limit before any entry is read; then a copy, entry by entry. */
  private readList(value: unknown, bound: Extract<Bound, { kind: "list" }>, path: Path): unknown {
    if (typeof value !== "object" || value === null) return value;
    let length: unknown;
    let plain = false;
    try {
      if (!Array.isArray(value)) return value;
      length = value.length;
      plain = Object.getPrototypeOf(value) === Array.prototype;
    } catch (error) {
      this.unreadable(path, error);
      return value;
    }
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
      this.unreadable(path, `its length is ${String(length)}`);
      return value;
    }
    const limit = inputLimits[bound.limit];
    if (length > limit) {
      this.tooBig(
        path,
        `has ${length} entries; at most ${limit} are accepted (\`inputLimits.${bound.limit}\`)${bound.limit === "holidays" ? "; use a function for rules" : ""}`,
      );
      return value;
    }
    const list = value as readonly unknown[];
    // A list the schema reads itself and has already validated, unchanged since, is not walked
    // again (a holiday list passed with every request).
    if (bound.keepsIdentity && plain && isKnownList(list)) return value;
    const copy: unknown[] = [];
    for (let index = 0; index < length && !this.full; index++) {
      let entry: unknown;
      try {
        entry = list[index];
      } catch (error) {
        this.unreadable([...path, index], error);
        continue;
      }
      copy.push(this.read(entry, bound.entry, [...path, index]));
    }
    // A plain array the schema reads itself is passed on as given: its identity keys a memo.
    return bound.keepsIdentity && plain ? value : copy;
  }
}

/** True when the list was validated before and is unchanged (false when reading it throws: it is then walked). */
function isKnownList(list: readonly unknown[]): boolean {
  try {
    return isValidatedList(list);
  } catch {
    return false;
  }
}

/**
 * Reads `input` as `schema` describes it, before the schema itself does: every known field once,
 * inside `try`, and every list, string and object checked against {@link inputLimits} before any
 * of its entries is read. Returns the copy the schema should parse (plain objects and arrays, so
 * that no getter or proxy trap runs again), or the problems found: `too_big` for a value over a
 * bound, `unreadable_input` for a read that threw, each with the path of the field. The keys a
 * non-strict object's schema does not read are left out of the copy and listed in `ignored`.
 */
export function readWithinLimits(
  schema: AnySchema,
  input: unknown,
  prefix: Path,
): {
  readonly value: unknown;
  readonly issues: readonly SlaIssue[];
  readonly ignored: readonly IgnoredKeys[];
} {
  const reader = new Reader();
  const value = reader.read(input, boundsOf(schema), prefix);
  return { value, issues: reader.issues, ignored: reader.ignored };
}

/** Most values {@link findUnreadable} looks at. */
const PROBE_BUDGET = 20_000;

/**
 * The first place in `input` whose reading throws (a getter, a proxy trap, a revoked proxy), as
 * an `unreadable_input` issue; `undefined` when every read succeeds. Used when a schema threw
 * while parsing: a throw that no read of the input reproduces is a fault of the library, not of
 * the input.
 */
export function findUnreadable(input: unknown, prefix: Path): SlaIssue | undefined {
  let budget = PROBE_BUDGET;
  const seen = new Set<object>();
  const visit = (value: unknown, path: Path, depth: number): SlaIssue | undefined => {
    if ((typeof value !== "object" && typeof value !== "function") || value === null) return;
    if (seen.has(value) || depth > 8 || --budget < 0) return;
    seen.add(value);
    let keys: (string | symbol)[];
    try {
      Array.isArray(value);
      Object.getPrototypeOf(value);
      keys = Reflect.ownKeys(value);
    } catch (error) {
      return issueAt(path, error);
    }
    for (const key of keys) {
      if (typeof key === "symbol") continue;
      if (--budget < 0) return;
      const at = Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key;
      let inner: unknown;
      try {
        inner = (value as Record<string, unknown>)[key];
      } catch (error) {
        return issueAt([...path, at], error);
      }
      const found = visit(inner, [...path, at], depth + 1);
      if (found) return found;
    }
    return;
  };
  return visit(input, prefix, 0);
}

function issueAt(path: Path, error: unknown): SlaIssue {
  return {
    path: [...path],
    code: "unreadable_input",
    message: `\`${formatPath(path)}\` could not be read: ${describeThrown(error)}`,
  };
}
