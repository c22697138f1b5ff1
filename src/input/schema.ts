/**
 * The zod schemas of a case, one per field, and each rule's input: the case fields it requires and
 * reads, with its schema derived from them. Every schema here is built on first use: a
 * well-formed case is read by hand (`readCase`), so the schemas cost nothing to a process that
 * sees only valid input (the command line's start-up, bench/startup.ts).
 */

import * as z from "zod/mini";
import { inputLimits } from "../limits.js";
import { once } from "../memo.js";
import { expectedOneOf, expectedShareOfTarget, expectedTrueOrFalse } from "../messages.js";
import { caseFields, contactNameSchema, measureFromOptions } from "../place/fields.js";
import { instantSchema } from "../time/instant.js";
import type { SupportCaseKey } from "./case.js";
import { type Nullish, nullish } from "./nullish.js";
import { businessDayReadings, contactOutcomes } from "./options.js";

/** A priority change entry: `{ priority, at }`, strict. */
const priorityChangeSchema = /* @__PURE__ */ once(() =>
  z.strictObject({ priority: caseFields().priority, at: instantSchema() }),
);

/** A pause entry: `{ from, to?, reason? }`, strict. */
const pauseSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    from: instantSchema(),
    to: nullish(instantSchema()),
    reason: nullish(z.string({ error: "expected a short text" }).check(z.maxLength(500))),
  }),
);

/** A contact attempt entry: `{ at, contact, outcome }`, strict. */
const contactAttemptSchema = /* @__PURE__ */ once(() =>
  z.strictObject({
    at: instantSchema(),
    contact: contactNameSchema(),
    outcome: z.enum(contactOutcomes, { error: expectedOneOf(contactOutcomes) }),
  }),
);

/** A list bounded by its `inputLimits` entry. */
const boundedList = <S extends z.core.$ZodType>(
  entry: S,
  limit: "priorityHistory" | "pauses" | "namedContacts" | "contactAttempts",
  error: string,
) =>
  z.array(entry, { error }).check(
    z.maxLength(inputLimits[limit], {
      error: `has too many entries; at most ${inputLimits[limit]}`,
    }),
  );

/** Every field of a case, in the order of {@link caseFieldSchemas} (and of `supportCaseSchema`). */
export const supportCaseKeys = [
  "plan",
  "priority",
  "openedAt",
  "region",
  "billingCountry",
  "timeZone",
  "product",
  "termStart",
  "holidays",
  "businessDay",
  "respondedAt",
  "priorityHistory",
  "pauses",
  "measureFrom",
  "atRiskThreshold",
  "namedContacts",
  "contactAttempts",
  "continuousEngagement",
  "lowerTo",
  "japaneseNationalHolidays",
  "submitter",
  "now",
] as const satisfies readonly SupportCaseKey[];

/**
 * One schema per field of a case, as the field is when required (no `null`, no `undefined`).
 * Every rule's schema takes its fields from here: a field means the same, and is checked the same
 * way, in every rule.
 */
export const caseFieldSchemas = /* @__PURE__ */ once(
  () =>
    ({
      plan: caseFields().plan,
      priority: caseFields().priority,
      openedAt: instantSchema(),
      region: caseFields().region,
      billingCountry: caseFields().billingCountry,
      timeZone: caseFields().timeZone,
      product: caseFields().product,
      termStart: caseFields().termStart,
      holidays: caseFields().holidays,
      businessDay: z.enum(businessDayReadings, { error: expectedOneOf(businessDayReadings) }),
      respondedAt: instantSchema(),
      priorityHistory: boundedList(
        priorityChangeSchema(),
        "priorityHistory",
        "expected a list of { priority, at } changes",
      ),
      pauses: boundedList(
        pauseSchema(),
        "pauses",
        "expected a list of { from, to?, reason? } pauses",
      ),
      measureFrom: z.enum(measureFromOptions, { error: 'expected "opening" or "change"' }),
      atRiskThreshold: z
        .number({ error: expectedShareOfTarget })
        .check(
          z.gt(0, { error: expectedShareOfTarget }),
          z.maximum(1, { error: expectedShareOfTarget }),
        ),
      namedContacts: boundedList(
        contactNameSchema(),
        "namedContacts",
        "expected a list of names or e-mail addresses",
      ),
      contactAttempts: boundedList(
        contactAttemptSchema(),
        "contactAttempts",
        "expected a list of { at, contact, outcome } attempts",
      ),
      continuousEngagement: z.boolean({ error: expectedTrueOrFalse }),
      lowerTo: caseFields().priority,
      japaneseNationalHolidays: z.boolean({ error: expectedTrueOrFalse }),
      submitter: contactNameSchema(),
      now: instantSchema(),
    }) as const satisfies Record<SupportCaseKey, z.core.$ZodType>,
);

type FieldSchemas = ReturnType<typeof caseFieldSchemas>;

/** Every field of a case, optional, `null` read as absent. */
export const optionalFieldSchemas = /* @__PURE__ */ once(() => {
  const schemas = caseFieldSchemas();
  const shape: Record<string, z.core.$ZodType> = {};
  for (const key of supportCaseKeys) shape[key] = nullish(schemas[key]);
  return shape as { [K in SupportCaseKey]: Nullish<FieldSchemas[K]> };
});

type OptionalFieldSchemas = ReturnType<typeof optionalFieldSchemas>;

/** The shape of a rule's schema: its `R` fields required, its `O` fields optional. */
export type RuleShape<R extends SupportCaseKey, O extends SupportCaseKey> = {
  [K in R]: FieldSchemas[K];
} & { [K in O]: OptionalFieldSchemas[K] };

/**
 * A rule's input: the case fields it requires and those it reads if given, the fields it checks
 * more strictly than the case does, and its schema. The fast path (`readCase`) reads a case from
 * the field lists alone; the schema, built on first call, parses what the fast path leaves to it
 * and words the errors. A property test holds the two to each other.
 */
export interface RuleFields<S extends z.core.$ZodType> {
  /** Fields that must be present (not `undefined`, not `null`). */
  readonly required: readonly SupportCaseKey[];
  /** Fields read when present; `null` is absent. */
  readonly optional: readonly SupportCaseKey[];
  /** Fields whose schema in the rule is stricter than the case's ("at least one contact"). */
  readonly stricter: readonly SupportCaseKey[];
  /** The rule's schema: built on the first call, the same object on every call. */
  readonly schema: () => S;
}

/**
 * The input of a rule that takes a case: the `required` fields of the case as required, the
 * `optional` ones as in `supportCaseSchema`, other keys ignored. `stricter` derives the rule's
 * schema from that object when it checks some fields more (their names in `fields`).
 */
export function ruleFields<
  R extends SupportCaseKey,
  O extends Exclude<SupportCaseKey, R>,
  S extends z.core.$ZodType = z.ZodMiniObject<RuleShape<R, O>, z.core.$strip>,
>(
  required: readonly R[],
  optional: readonly O[],
  stricter?: {
    readonly fields: readonly (R | O)[];
    readonly schema: (base: z.ZodMiniObject<RuleShape<R, O>, z.core.$strip>) => S;
  },
): RuleFields<S> {
  const base = () => {
    const required_ = caseFieldSchemas();
    const optional_ = optionalFieldSchemas();
    const shape: Record<string, z.core.$ZodType> = {};
    for (const key of required) shape[key] = required_[key];
    for (const key of optional) shape[key] = optional_[key];
    return z.object(shape as RuleShape<R, O>);
  };
  const schema = once(() => (stricter === undefined ? base() : stricter.schema(base())));
  return Object.freeze({
    required: Object.freeze([...required]),
    optional: Object.freeze([...optional]),
    stricter: Object.freeze([...(stricter?.fields ?? [])]),
    schema: schema as () => S,
  });
}

/** The input of `supportCaseSchema`: every field of a case optional. */
export const supportCaseFields = /* @__PURE__ */ (() => ruleFields([], supportCaseKeys))();

/**
 * The zod schema of a whole {@link SupportCase}: every field optional, `null` read as absent,
 * other keys ignored (stripped). The schema of each rule's input is this one with the fields the
 * rule reads picked and those it requires made required.
 *
 * @example
 * ```ts
 * import { supportCaseSchema } from "adobe-support-sla";
 * const parsed = supportCaseSchema.parse({ id: 7, priority: "P2", respondedAt: null, billingCountry: "fr" });
 * parsed //=> { priority: "P2", respondedAt: undefined, billingCountry: "FR" }
 * ```
 * @category Rules
 */
export const supportCaseSchema = /* @__PURE__ */ (() => supportCaseFields.schema())();
