/** The zod schema of a case, built once from one schema per field, and the schema of each rule's input derived from it. */

import * as z from "zod/mini";
import { inputLimits } from "../limits.js";
import { expectedOneOf, expectedShareOfTarget, expectedTrueOrFalse } from "../messages.js";
import { caseFields, contactNameSchema, measureFromOptions } from "../place/fields.js";
import { instantSchema } from "../time/instant.js";
import type { SupportCaseKey } from "./case.js";
import { type Nullish, nullish } from "./nullish.js";
import { businessDayReadings, contactOutcomes } from "./options.js";

/** A priority change entry: `{ priority, at }`, strict. */
export const priorityChangeSchema = /* @__PURE__ */ (() =>
  z.strictObject({ priority: caseFields.priority, at: instantSchema }))();

/** A pause entry: `{ from, to?, reason? }`, strict. */
export const pauseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    from: instantSchema,
    to: nullish(instantSchema),
    reason: nullish(z.string({ error: "expected a short text" }).check(z.maxLength(500))),
  }))();

/** A contact attempt entry: `{ at, contact, outcome }`, strict. */
export const contactAttemptSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    at: instantSchema,
    contact: contactNameSchema,
    outcome: z.enum(contactOutcomes, { error: expectedOneOf(contactOutcomes) }),
  }))();

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

/**
 * One schema per field of a case, as the field is when required (no `null`, no `undefined`).
 * Every rule's schema takes its fields from here: a field means the same, and is checked the same
 * way, in every rule.
 */
export const caseFieldSchemas = /* @__PURE__ */ (() =>
  ({
    plan: caseFields.plan,
    priority: caseFields.priority,
    openedAt: instantSchema,
    region: caseFields.region,
    billingCountry: caseFields.billingCountry,
    timeZone: caseFields.timeZone,
    product: caseFields.product,
    termStart: caseFields.termStart,
    holidays: caseFields.holidays,
    businessDay: z.enum(businessDayReadings, { error: expectedOneOf(businessDayReadings) }),
    respondedAt: instantSchema,
    priorityHistory: boundedList(
      priorityChangeSchema,
      "priorityHistory",
      "expected a list of { priority, at } changes",
    ),
    pauses: boundedList(pauseSchema, "pauses", "expected a list of { from, to?, reason? } pauses"),
    measureFrom: z.enum(measureFromOptions, { error: 'expected "opening" or "change"' }),
    atRiskThreshold: z
      .number({ error: expectedShareOfTarget })
      .check(
        z.gt(0, { error: expectedShareOfTarget }),
        z.maximum(1, { error: expectedShareOfTarget }),
      ),
    namedContacts: boundedList(
      contactNameSchema,
      "namedContacts",
      "expected a list of names or e-mail addresses",
    ),
    contactAttempts: boundedList(
      contactAttemptSchema,
      "contactAttempts",
      "expected a list of { at, contact, outcome } attempts",
    ),
    continuousEngagement: z.boolean({ error: expectedTrueOrFalse }),
    lowerTo: caseFields.priority,
    japaneseNationalHolidays: z.boolean({ error: expectedTrueOrFalse }),
    submitter: contactNameSchema,
    now: instantSchema,
  }) as const satisfies Record<SupportCaseKey, z.core.$ZodType>)();

type FieldSchemas = typeof caseFieldSchemas;

/** Every field of a case, optional, `null` read as absent. */
const optionalFieldSchemas = /* @__PURE__ */ (() => {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const key of Object.keys(caseFieldSchemas) as SupportCaseKey[]) {
    shape[key] = nullish(caseFieldSchemas[key]);
  }
  return shape as { [K in SupportCaseKey]: Nullish<FieldSchemas[K]> };
})();

/**
 * How `schema` reads the case field `key`: `"required"` when it is that field's schema,
 * `"optional"` when it is the field's schema with `null` read as absent, `undefined` for any
 * other schema (a rule that checks more than the case does). What the fast path of a rule's input
 * (`readCase`) needs to know to read the field by hand.
 */
export function caseFieldUse(
  key: SupportCaseKey,
  schema: z.core.$ZodType,
): "required" | "optional" | undefined {
  if (schema === caseFieldSchemas[key]) return "required";
  if (schema === optionalFieldSchemas[key]) return "optional";
  return undefined;
}

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
export const supportCaseSchema = /* @__PURE__ */ (() => z.object(optionalFieldSchemas))();

/**
 * The schema of a rule's input: the `required` fields of the case as required, the `optional`
 * ones as in {@link supportCaseSchema}; other keys are ignored.
 */
export function ruleSchema<R extends SupportCaseKey, O extends Exclude<SupportCaseKey, R>>(
  required: readonly R[],
  optional: readonly O[],
) {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const key of required) shape[key] = caseFieldSchemas[key];
  for (const key of optional) shape[key] = optionalFieldSchemas[key];
  return z.object(
    shape as { [K in R]: FieldSchemas[K] } & { [K in O]: (typeof optionalFieldSchemas)[K] },
  );
}
