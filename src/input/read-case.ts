/** Reads a rule's case without zod when it is well formed (the fast path), else with the rule's schema, which words the errors. */

import * as z from "zod/mini";
import { inputLimits } from "../limits.js";
import { createMemo, createWeakMemo } from "../memo.js";
import { misspeltKey, parseInput } from "../validation.js";
import type { SupportCaseKey } from "./case.js";
import { type FieldReader, fieldReaders, isPlainObject, primitiveCopy } from "./read-fields.js";
import { type RuleFields, supportCaseKeys } from "./schema.js";

/** How the fast path reads one field of a rule's input. */
interface FieldPlan {
  readonly key: SupportCaseKey;
  /** Absent (`undefined` or `null`) is refused. */
  readonly required: boolean;
  /** Reads a present value; `undefined` when the schema must judge it. */
  readonly read: FieldReader;
  /** Absent is left to the schema too (a field whose schema the fast path does not know). */
  readonly absentUnknown: boolean;
}

/** The fast path of one rule's schema: its fields in the schema's order, and their names. */
interface CasePlan {
  readonly fields: readonly FieldPlan[];
  readonly keys: ReadonlySet<string>;
}

/** The bound of the lists named like case fields (as in the bounds pre-pass). */
const listLimits: Readonly<Partial<Record<SupportCaseKey, number>>> = /* @__PURE__ */ (() => ({
  holidays: inputLimits.holidays,
  namedContacts: inputLimits.namedContacts,
  contactAttempts: inputLimits.contactAttempts,
  priorityHistory: inputLimits.priorityHistory,
  pauses: inputLimits.pauses,
}))();

/**
 * A field the rule checks more strictly than the case does (such as "at least one Named Support
 * Contact"): the rule schema's own field parses a copy of the value made only of primitives (see
 * `primitiveCopy`); any other value, and an absent one, is left to the whole parse.
 */
function readWithSchema(key: SupportCaseKey, rule: RuleFields<z.core.$ZodType>): FieldReader {
  const limit = listLimits[key] ?? inputLimits.keysPerObject;
  return (value) => {
    const copy = primitiveCopy(value, limit);
    if (copy === undefined) return undefined;
    const shape = (rule.schema()._zod.def as unknown as { shape: Record<string, z.core.$ZodType> })
      .shape;
    const result = z.safeParse(shape[key] as z.core.$ZodType, copy);
    return result.success ? result.data : undefined;
  };
}

/**
 * The fast path of a rule's input, from its field lists alone (its schema is not built): the
 * fields in the schema's order (required, then optional), each read by its hand-written reader.
 */
function planOf(rule: RuleFields<z.core.$ZodType>): CasePlan {
  const fields: FieldPlan[] = [];
  for (const [keys, required] of [
    [rule.required, true],
    [rule.optional, false],
  ] as const) {
    for (const key of keys) {
      fields.push(
        rule.stricter.includes(key)
          ? { key, required: true, read: readWithSchema(key, rule), absentUnknown: true }
          : { key, required, read: fieldReaders[key], absentUnknown: false },
      );
    }
  }
  return { fields, keys: new Set(fields.map((f) => f.key)) };
}

const plans = /* @__PURE__ */ (() => createWeakMemo<RuleFields<z.core.$ZodType>, CasePlan>())();

/**
 * The case fields an unknown key may be a misspelling of (`misspeltKey` with that field alone):
 * a key that is none of them is never reported, whichever fields are absent. 64 kB, by key.
 */
const typoTargets = /* @__PURE__ */ (() =>
  createMemo<string, readonly SupportCaseKey[]>({
    maxBytes: 64 * 1024,
    sizeOf: (key, targets) => 2 * key.length + 8 * targets.length,
  }))();

function typoTargetsOf(key: string): readonly SupportCaseKey[] {
  return typoTargets.getOrCompute(key, () =>
    supportCaseKeys.filter((field) => misspeltKey(key, [field]) !== undefined),
  );
}

/**
 * True when one of `unknownKeys` looks like a misspelling of one of the `absent` fields (the
 * `unknown_key` check of `parseInput`): only keys within reach of an absent field are looked at
 * closely.
 */
function hasMisspeltKey(unknownKeys: readonly string[], absent: readonly string[]): boolean {
  for (const key of unknownKeys) {
    const targets = typoTargetsOf(key);
    if (targets.length === 0 || !targets.some((target) => absent.includes(target))) continue;
    if (misspeltKey(key, absent) !== undefined) return true;
  }
  return false;
}

/**
 * The output of the rule's schema for `input`, read by hand, when `input` is a plain object that
 * the schema accepts as it is; else `undefined`. Keeps every guarantee of the slow path: keys and
 * lists counted against `inputLimits` before any entry is read, `null` read as absent, unknown
 * keys ignored unless one looks like a misspelling of an absent field.
 */
function readFast(plan: CasePlan, input: unknown): unknown {
  if (!isPlainObject(input)) return undefined;
  // The keys as the schema sees them (`for...in`), counted against their bound first.
  let count = 0;
  let unknownKeys: string[] | undefined;
  for (const key in input) {
    if (++count > inputLimits.keysPerObject) return undefined;
    if (plan.keys.has(key)) continue;
    if (unknownKeys === undefined) unknownKeys = [key];
    else unknownKeys.push(key);
  }
  // The absent fields, in the schema's order, when some key may be a misspelling of one.
  const absent: string[] | undefined = unknownKeys === undefined ? undefined : [];
  const out: Record<string, unknown> = {};
  for (const field of plan.fields) {
    const { key } = field;
    const value = input[key];
    if (value === undefined || value === null) {
      if (field.required || field.absentUnknown) return undefined;
      absent?.push(key);
      // As zod gives it: a key given (as `undefined` or `null`) is kept as `undefined`.
      if (value === null || key in input) out[key] = undefined;
      continue;
    }
    const read = field.read(value);
    if (read === undefined) return undefined;
    out[key] = read;
  }
  if (unknownKeys !== undefined && hasMisspeltKey(unknownKeys, absent ?? [])) return undefined;
  return out;
}

/**
 * @internal The fast path of {@link readCase} alone: the output of the rule's schema for `input`,
 * or `undefined` when the fast path leaves it to the schema. Never throws.
 */
export function readCaseFast<S extends z.core.$ZodType>(
  rule: RuleFields<S>,
  input: unknown,
): z.core.output<S> | undefined {
  const plan = plans.getOrCompute(rule, () => planOf(rule));
  try {
    return readFast(plan, input) as z.core.output<S> | undefined;
  } catch {
    // A getter or a proxy trap that throws: the slow path reads again and names the field.
    return undefined;
  }
}

/**
 * Reads a rule's input (made by `ruleFields`): the output of its schema for `input`. A well-formed
 * case, a plain object whose every field is in a form the schema accepts as it is, is read by
 * hand, without zod (about ten times cheaper, and the schema is not even built); anything else (an
 * invalid field, a likely misspelt key, a class instance, a getter that throws) is parsed by
 * `parseInput`, which gives the same output or the error. The two agree on every input (a
 * property test).
 *
 * @throws {@link SlaInputError} As `parseInput(rule.schema(), input)`.
 */
export function readCase<S extends z.core.$ZodType>(
  rule: RuleFields<S>,
  input: unknown,
): z.core.output<S> {
  const read = readCaseFast(rule, input);
  return read !== undefined ? read : parseInput(rule.schema(), input);
}
