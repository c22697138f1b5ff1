/** Keeps schema.json in sync with the zod schemas and checks that it says what the library accepts. */

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import {
  buildInputJsonSchema,
  inputSchemas,
  schemaFile,
  serializeSchema,
} from "../../scripts/json-schema.js";
import { parseTimeOfDay } from "../../src/calendar/definition.js";
import {
  addOnEligibility,
  adobeMayContact,
  createCalendar,
  downgradeEligibility,
  isSlaInputError,
  planIds,
  priorities,
  priorityLevels,
  regionIds,
  responseDeadline,
  SUPPORTED_RANGE,
  slaStatus,
  submissionCheck,
  supportCaseSchema,
  supportChannels,
  supportLanguages,
} from "../../src/index.js";
import { inputLimits } from "../../src/limits.js";
import { contactNameSchema } from "../../src/place/fields.js";
import { countryCodeSchema } from "../../src/place/resolve.js";
import { parseIsoDate } from "../../src/time/civil.js";
import { readInstant } from "../../src/time/instant.js";
import { isValidTimeZone } from "../../src/time/zone.js";
import { parseInput } from "../../src/validation.js";

type Json = Record<string, unknown>;
type InputName = keyof typeof inputSchemas;

const root = new URL("../../", import.meta.url);
const committed = JSON.parse(readFileSync(schemaFile, "utf8")) as Json;
const defs = committed.$defs as Record<string, Json>;

/** A definition of the committed document (fails when it is missing). */
function definition(name: string): Json {
  const found = defs[name];
  if (found === undefined) throw new Error(`no definition ${name}`);
  return found;
}

function resolve(schema: Json): Json {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const target = name === undefined ? undefined : defs[name];
  if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  return resolve(target);
}

/** The pattern as JSON Schema validators compile it (ECMA-262, `u` flag as in Ajv). */
function regex(schema: Json): RegExp {
  return new RegExp(schema.pattern as string, "u");
}

// ---------------------------------------------------------------------------------------------
// A validator for exactly the keywords the document uses (the walk below fails on any other).
// ---------------------------------------------------------------------------------------------

const annotations = new Set(["$schema", "$comment", "title", "description", "$defs"]);
const assertions = new Set([
  "$ref",
  "type",
  "enum",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "items",
  "minItems",
  "maxItems",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "maxProperties",
  "anyOf",
]);

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      throw new Error(`type ${type} is not handled`);
  }
}

/** True when `value` is valid against `schema` (JSON Schema 2020-12 semantics for the keywords above). */
function valid(schema: Json | boolean, value: unknown): boolean {
  if (typeof schema === "boolean") return schema;
  const s = resolve(schema);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((type) => hasType(value, type))) return false;
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).includes(value)) return false;
  if (s.anyOf !== undefined && !(s.anyOf as Json[]).some((option) => valid(option, value)))
    return false;
  if (typeof value === "string") {
    const length = [...value].length; // code points, as JSON Schema counts
    if (typeof s.minLength === "number" && length < s.minLength) return false;
    if (typeof s.maxLength === "number" && length > s.maxLength) return false;
    if (s.pattern !== undefined && !regex(s).test(value)) return false;
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) return false;
    if (typeof s.exclusiveMinimum === "number" && value <= s.exclusiveMinimum) return false;
    if (typeof s.maximum === "number" && value > s.maximum) return false;
    if (typeof s.exclusiveMaximum === "number" && value >= s.exclusiveMaximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return false;
    if (typeof s.maxItems === "number" && value.length > s.maxItems) return false;
    if (s.items !== undefined && !value.every((item) => valid(s.items as Json, item))) return false;
  }
  if (hasType(value, "object")) {
    const object = value as Json;
    const keys = Object.keys(object);
    const properties = (s.properties ?? {}) as Record<string, Json>;
    if (typeof s.maxProperties === "number" && keys.length > s.maxProperties) return false;
    if (
      s.required !== undefined &&
      !(s.required as string[]).every((k) => Object.hasOwn(object, k))
    )
      return false;
    for (const key of keys) {
      if (s.propertyNames !== undefined && !valid(s.propertyNames as Json, key)) return false;
      const sub = Object.hasOwn(properties, key) ? properties[key] : s.additionalProperties;
      if (sub !== undefined && !valid(sub as Json | boolean, object[key])) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The library's own verdict, through the public functions
// ---------------------------------------------------------------------------------------------

const functions: Record<InputName, (input: never) => unknown> = {
  SupportCase: (input) => parseInput(supportCaseSchema, input),
  ResponseDeadlineInput: responseDeadline,
  SlaStatusInput: slaStatus,
  DowngradeEligibilityInput: downgradeEligibility,
  AdobeMayContactInput: adobeMayContact,
  SupportChannelsInput: supportChannels,
  SupportLanguagesInput: supportLanguages,
  SubmissionCheckInput: submissionCheck,
  AddOnEligibilityInput: addOnEligibility,
  CalendarDefinition: createCalendar,
};

/** The codes of the library's `SlaInputError` for `input`, or `[]` when it accepts it. */
function libraryIssueCodes(name: InputName, input: unknown): string[] {
  try {
    functions[name](input as never);
    return [];
  } catch (error) {
    if (isSlaInputError(error)) return error.issues.map((issue) => issue.code);
    throw error;
  }
}

function libraryAccepts(name: InputName, input: unknown): boolean {
  return libraryIssueCodes(name, input).length === 0;
}

function schemaAccepts(name: InputName, input: unknown): boolean {
  return valid(definition(name), input);
}

const place = { region: "emea", timeZone: "Europe/Paris" } as const;
const opened = "2026-11-20T16:50:00+01:00";

/** One valid input per definition: the library accepts it as a whole (shape and cross-field rules). */
const samples: Record<InputName, Json> = {
  SupportCase: {
    id: "CASE-1",
    subject: "Checkout down",
    plan: "ultimate",
    priority: "P2",
    ...place,
    billingCountry: null,
    openedAt: opened,
    respondedAt: null,
    product: "Magento Commerce Pro",
    termStart: "2026-01-01",
    pauses: [{ from: opened, to: null, reason: null }],
    namedContacts: [],
    submitter: "ana@example.com",
    now: "2026-11-21T09:00:00Z",
  },
  ResponseDeadlineInput: { plan: "ultimate", priority: "P2", ...place, openedAt: opened },
  SlaStatusInput: {
    plan: "expert",
    priority: "P3",
    billingCountry: " fr ",
    openedAt: opened,
    now: Date.parse("2026-11-23T12:00:00Z"),
    respondedAt: "2026-11-23T10:00:00.123456789+01:00",
    priorityHistory: [{ priority: "P2", at: "2026-11-21T08:00:00Z" }],
    pauses: [{ from: "2026-11-22T00:00:00Z", to: "2026-11-22T06:00:00Z", reason: "waiting" }],
    measureFrom: "change",
    atRiskThreshold: 1,
    holidays: ["2026-12-25", "2028-02-29"],
    businessDay: "full-business-day",
  },
  DowngradeEligibilityInput: {
    plan: "ultimate",
    priority: "P1",
    ...place,
    openedAt: opened,
    product: "commerce-managed-services",
    termStart: "2026-01-01",
    namedContacts: ["Ana@example.com"],
    contactAttempts: [
      { at: "2026-11-20T17:00:00+01:00", contact: "ana@example.com", outcome: "no-response" },
    ],
    continuousEngagement: false,
    now: "2026-11-21 09:00+0100",
    measureFrom: "opening",
    lowerTo: "P2",
  },
  AdobeMayContactInput: { priority: "P2", ...place, now: "2026-11-22T03:00:00+01:00" },
  SupportChannelsInput: { plan: "expert", priority: "P4", region: "japan", now: 1_800_000_000_000 },
  SupportLanguagesInput: { now: "2026-11-20T08:00:00Z", product: "analytics", region: "apac" },
  SubmissionCheckInput: { submitter: " ana@example.com", namedContacts: ["ana@example.com"] },
  AddOnEligibilityInput: {
    plan: "ultimate",
    products: ["experience-manager", "analytics"],
    aemCloudService: true,
    migratingToAemCloudService: false,
  },
  CalendarDefinition: {
    timeZone: "Europe/Paris",
    weekly: {
      mon: [{ start: "09:00", end: "17:30:00" }],
      sat: [],
      sun: [{ start: "22:00", end: "02:00" }],
    },
    closedDates: ["2026-12-25"],
    dateHours: { "2026-12-24": [{ start: "09:00", end: "24:00" }] },
  },
};

const astral = "\u{1F600}";

type Case = [name: InputName, label: string, input: Json];

/** A valid sample with some fields replaced (`undefined` removes one). */
function change(name: InputName, label: string, patch: Json): Case {
  const input: Json = { ...samples[name], ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete input[key];
  return [name, label, input];
}

const deadline = (label: string, patch: Json) => change("ResponseDeadlineInput", label, patch);
const status = (label: string, patch: Json) => change("SlaStatusInput", label, patch);
const calendar = (label: string, patch: Json) => change("CalendarDefinition", label, patch);
const monday = (...windows: [string, string][]) => ({
  weekly: { mon: windows.map(([start, end]) => ({ start, end })) },
});

/** Inputs both reject: one broken field each, on top of a valid sample. */
const rejected: Case[] = [
  deadline("plan only under a misspelt key", { plan: undefined, plam: "expert" }),
  deadline("null for a required field", { plan: null }),
  deadline("missing openedAt", { openedAt: undefined }),
  deadline("unknown plan", { plan: "gold" }),
  deadline("no offset", { openedAt: "2026-11-20T16:50:00" }),
  deadline("date only", { openedAt: "2026-11-20" }),
  deadline("30 February", { openedAt: "2026-02-30T10:00Z" }),
  deadline("29 February 2100", { openedAt: "2100-02-29T10:00Z" }),
  deadline("offset +19:00", { openedAt: "2026-11-20T10:00+19:00" }),
  deadline("before 1970", { openedAt: "1969-06-01T10:00Z" }),
  deadline("negative epoch", { openedAt: -1 }),
  deadline("epoch at the end of the range", { openedAt: Date.parse(SUPPORTED_RANGE.until) }),
  deadline("fractional epoch", { openedAt: 1.5 }),
  deadline("boolean instant", { openedAt: true }),
  deadline("zone with a space", { timeZone: "Europe Paris" }),
  deadline("unknown country", { billingCountry: "XX" }),
  deadline("three-letter country", { billingCountry: "FRA" }),
  deadline("29 February 2026 as a holiday", { holidays: ["2026-02-29"] }),
  deadline("holidays as an object", { holidays: {} }),
  deadline("termStart without padding", { termStart: "2026-1-01" }),
  deadline("empty product", { product: "" }),
  status("threshold 0", { atRiskThreshold: 0 }),
  status("threshold 1.5", { atRiskThreshold: 1.5 }),
  status("reason of 501 characters", { pauses: [{ from: opened, reason: "x".repeat(501) }] }),
  status("reason of 501 code points", { pauses: [{ from: opened, reason: astral.repeat(501) }] }),
  status("unknown key in a pause", { pauses: [{ from: opened, until: opened }] }),
  change("DowngradeEligibilityInput", "no contacts", { namedContacts: [] }),
  change("DowngradeEligibilityInput", "blank contact", { namedContacts: [" \t"] }),
  change("SubmissionCheckInput", "blank submitter", { submitter: "\u00a0" }),
  change("AddOnEligibilityInput", "unknown product", { products: ["photoshop"] }),
  calendar("start 24:00", monday(["24:00", "10:00"])),
  calendar("end 24:30", monday(["09:00", "24:30"])),
  calendar("time 9:00", monday(["9:00", "17:00"])),
  calendar("unknown weekday", { weekly: { monday: [] } }),
  calendar("30 February in dateHours", { dateHours: { "2026-02-30": [] } }),
  calendar("97 windows in a day", {
    weekly: { mon: Array(97).fill({ start: "09:00", end: "10:00" }) },
  }),
];

/**
 * Where the JSON Schema is weaker than the library: it accepts these, the library rejects them
 * (with the issue code before the colon). docs/json-schema.md lists the same cases.
 */
const weaker: Case[] = [
  deadline("unknown_key: a misspelt key of an absent field", {
    timeZone: undefined,
    timezone: "Europe/Paris",
  }),
  deadline("unknown_product: an id that names Adobe Commerce but is not one", {
    product: "adobe-commerce-cloud",
  }),
  deadline("unknown_time_zone: a zone name Intl does not know", { timeZone: "Mars/Olympus_Mons" }),
  deadline("out_of_range: a local time its offset puts before 1970", {
    openedAt: "1970-01-01T00:30:00+01:00",
  }),
  deadline("required: P2 without region or billing country", {
    region: undefined,
    timeZone: undefined,
  }),
  deadline("no_region: a billing country without a region", {
    region: undefined,
    billingCountry: "AQ",
  }),
  deadline("required: commerce-managed-services without termStart", {
    product: "commerce-managed-services",
  }),
  deadline("beyond_supported_range: an answer after the supported range", {
    openedAt: "2199-12-31T23:59:00Z",
  }),
  change("AdobeMayContactInput", "required: P2 without region", {
    region: undefined,
    timeZone: undefined,
  }),
  change("SupportChannelsInput", "required: P4 without region", { region: undefined }),
  change("SupportLanguagesInput", "required: no region", { region: undefined }),
  status("before_opening: now before openedAt", { now: "2026-11-20T00:00:00Z" }),
  status("before_opening: a priority change before openedAt", {
    priorityHistory: [{ priority: "P2", at: "2026-11-19T00:00:00Z" }],
  }),
  status("before_opening: a pause before openedAt", {
    pauses: [{ from: "2026-11-19T00:00Z", to: "2026-11-19T01:00Z" }],
  }),
  status("required: an open pause that starts after now", {
    pauses: [{ from: "2026-11-24T00:00Z" }],
  }),
  status("after_now: respondedAt after now", { respondedAt: "2026-11-24T00:00:00Z" }),
  status("before_start: a pause that ends before it starts", {
    pauses: [{ from: "2026-11-22T06:00Z", to: "2026-11-22T00:00Z" }],
  }),
  change("DowngradeEligibilityInput", "required: P1 without continuousEngagement", {
    continuousEngagement: undefined,
  }),
  change("DowngradeEligibilityInput", "not_lower: lowerTo not lower", { lowerTo: "P1" }),
  change("DowngradeEligibilityInput", "before_opening: now before openedAt", {
    now: "2026-11-19T00:00:00Z",
  }),
  change(
    "AddOnEligibilityInput",
    "conflicting_options: aemCloudService without experience-manager",
    {
      products: ["analytics"],
    },
  ),
  calendar(
    "empty_window: a window that starts and ends at the same time",
    monday(["09:00", "09:00"]),
  ),
  calendar(
    "overlapping_windows: overlapping windows",
    monday(["09:00", "12:00"], ["11:00", "13:00"]),
  ),
  calendar("calendar_never_open: a calendar never open", { weekly: {}, dateHours: undefined }),
];

/** Where the JSON Schema is stricter than the library: values JSON cannot carry. */
const stricter: Case[] = [
  deadline("a Date", { openedAt: new Date(opened) }),
  deadline("a Temporal.Instant", {
    openedAt: { [Symbol.toStringTag]: "Temporal.Instant", epochMilliseconds: Date.parse(opened) },
  }),
  deadline("a Temporal.PlainDate holiday", {
    holidays: [{ [Symbol.toStringTag]: "Temporal.PlainDate", toString: () => "2026-12-25" }],
  }),
  deadline("a luxon DateTime", { openedAt: DateTime.fromISO(opened, { setZone: true }) }),
  deadline("holidays as a function", { holidays: () => false }),
];

// ---------------------------------------------------------------------------------------------

describe("schema.json", () => {
  it("is what scripts/json-schema.ts generates now", () => {
    const fresh = JSON.parse(serializeSchema(buildInputJsonSchema())) as Json;
    expect(
      committed,
      "schema.json is out of date: run `npm run generate:schema` and commit the result",
    ).toStrictEqual(fresh);
  });

  it("is exported by package.json as ./schema.json and shipped in the package", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    // At the package root, so that resolvers that ignore `exports` (TypeScript's node10) find it too.
    const target = pkg.exports["./schema.json"];
    expect(target).toBe("./schema.json");
    const file = fileURLToPath(new URL(target as string, root));
    expect(existsSync(file)).toBe(true);
    expect(file).toBe(schemaFile);
    expect(pkg.exports["."]).toBeDefined();
    expect(pkg.exports["./package.json"]).toBe("./package.json");
    expect(pkg.files).toContain("schema.json");
  });

  it("is a draft 2020-12 document with one definition per public input, and no $id", () => {
    expect(committed.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(committed.$id).toBeUndefined();
    expect(typeof committed.title).toBe("string");
    expect(typeof committed.description).toBe("string");
    for (const name of Object.keys(inputSchemas)) {
      expect(definition(name).type, name).toBe("object");
      expect(definition(name).description, name).toMatch(/^Input of /);
    }
  });

  it("has no empty schema, only known keywords, resolvable $refs and `u`-compatible patterns", () => {
    // No exception: every subschema asserts something. `additionalProperties: false` is a boolean schema.
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node === "boolean") return;
      if (node === null || typeof node !== "object" || Array.isArray(node)) {
        problems.push(`${path}: not a schema`);
        return;
      }
      const schema = node as Json;
      const keys = Object.keys(schema);
      const unknown = keys.filter((k) => !annotations.has(k) && !assertions.has(k));
      if (unknown.length > 0) problems.push(`${path}: unknown keywords ${unknown.join(", ")}`);
      if (!keys.some((k) => assertions.has(k))) problems.push(`${path}: accepts anything`);
      if (schema.$ref !== undefined) {
        try {
          resolve(schema);
        } catch (error) {
          problems.push(`${path}: ${(error as Error).message}`);
        }
      }
      if (schema.pattern !== undefined) {
        try {
          regex(schema);
        } catch (error) {
          problems.push(`${path}: pattern does not compile with the u flag: ${error}`);
        }
      }
      for (const key of ["items", "additionalProperties", "propertyNames"]) {
        if (schema[key] !== undefined) walk(schema[key], `${path}/${key}`);
      }
      for (const [key, sub] of Object.entries((schema.properties ?? {}) as Json))
        walk(sub, `${path}/properties/${key}`);
      for (const [index, sub] of ((schema.anyOf ?? []) as unknown[]).entries())
        walk(sub, `${path}/anyOf/${index}`);
    };
    for (const [name, def] of Object.entries(defs)) walk(def, `#/$defs/${name}`);
    expect(problems).toEqual([]);
  });
});

describe("agreement between the JSON Schema and the zod schemas", () => {
  it("ResponseDeadlineInput requires exactly plan, priority and openedAt", () => {
    const shape = inputSchemas.ResponseDeadlineInput.shape;
    const zodRequired = Object.keys(shape).filter(
      (key) => !shape[key as keyof typeof shape].safeParse(undefined).success,
    );
    expect(zodRequired).toEqual(["plan", "priority", "openedAt"]);
    expect(definition("ResponseDeadlineInput").required).toEqual(zodRequired);
  });

  it("has the catalog's plan ids, priorities and region ids", () => {
    expect(Object.keys(priorityLevels)).toEqual([...priorities]);
    for (const name of Object.keys(inputSchemas)) {
      const properties = (definition(name).properties ?? {}) as Record<string, Json>;
      // An optional field of a case is `anyOf: [the field, { type: "null" }]`.
      const enumOf = (json: Json) =>
        json.enum ?? (json.anyOf as Json[] | undefined)?.find((option) => option.enum)?.enum;
      if (properties.plan) expect(enumOf(properties.plan), name).toEqual([...planIds]);
      if (properties.priority) expect(enumOf(properties.priority), name).toEqual([...priorities]);
      if (properties.region) expect(enumOf(properties.region), name).toEqual([...regionIds]);
    }
  });

  it("mirrors every zod object: keys, required keys, strictness, enums and list bounds", () => {
    type Def = { type: string } & Record<string, unknown>;
    const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;
    /**
     * Through optional wrappers, and through a pipe to the side that has the structure; `guarded`
     * when that went past a `z.custom` size guard (its bound is checked separately below).
     */
    const unwrap = (
      schema: z.core.$ZodType,
      guarded = false,
    ): { node: z.core.$ZodType; guarded: boolean } => {
      const def = defOf(schema);
      if (def.type === "optional" || def.type === "nullable")
        return unwrap(def.innerType as z.core.$ZodType, guarded);
      if (def.type === "pipe") {
        const input = def.in as z.core.$ZodType;
        return defOf(input).type === "custom"
          ? unwrap(def.out as z.core.$ZodType, true)
          : unwrap(input, guarded);
      }
      return { node: schema, guarded };
    };
    let objects = 0;
    /** Through `anyOf: [X, { type: "null" }]`, the JSON form of a field in which `null` is absent. */
    const notNull = (json: Json): Json => {
      const options = json.anyOf as Json[] | undefined;
      const other = options?.filter((option) => option.type !== "null");
      return options?.length === 2 && other?.length === 1 ? (other[0] as Json) : json;
    };
    const compare = (zodSchema: z.core.$ZodType, json: Json, path: string): void => {
      const { node, guarded } = unwrap(zodSchema);
      const def = defOf(node);
      const target = resolve(notNull(json));
      if (def.type === "enum") {
        expect(target.enum, path).toEqual(Object.values(def.entries as object));
      } else if (def.type === "array") {
        const checks = ((def.checks ?? []) as z.core.$ZodCheck[]).map(
          (check) => check._zod.def as unknown as Record<string, unknown>,
        );
        const bound = (kind: string, key: string) =>
          checks.find((check) => check.check === kind)?.[key];
        expect(target.type, path).toBe("array");
        expect(target.minItems, path).toBe(bound("min_length", "minimum"));
        if (guarded) expect(target.maxItems, path).toBeTypeOf("number");
        else expect(target.maxItems, path).toBe(bound("max_length", "maximum"));
        compare(def.element as z.core.$ZodType, target.items as Json, `${path}/items`);
      } else if (def.type === "record") {
        expect(target.maxProperties, path).toBe(guarded ? inputLimits.dateHours : undefined);
        compare(def.valueType as z.core.$ZodType, target.additionalProperties as Json, `${path}/*`);
      } else if (def.type === "object") {
        objects++;
        const shape = def.shape as Record<string, z.core.$ZodType>;
        const required = Object.keys(shape).filter(
          (key) => !(shape[key] as z.ZodMiniType).safeParse(undefined).success,
        );
        const strict = (def.catchall as z.core.$ZodType | undefined)?._zod.def.type === "never";
        expect(target.type, path).toBe("object");
        expect(Object.keys(target.properties as Json), path).toEqual(Object.keys(shape));
        expect(target.required ?? [], path).toEqual(required);
        expect(target.additionalProperties, path).toBe(strict ? false : undefined);
        for (const [key, field] of Object.entries(shape)) {
          compare(
            field,
            (target.properties as Record<string, Json>)[key] as Json,
            `${path}/${key}`,
          );
        }
      }
    };
    for (const [name, schema] of Object.entries(inputSchemas)) {
      compare(schema, definition(name), name);
    }
    expect(objects).toBeGreaterThan(9);
  });

  it("bounds the lists that src/calendar/definition.ts guards with z.custom", () => {
    expect(definition("TimeWindows").maxItems).toBe(inputLimits.windowsPerDay);
    expect(definition("ClosedDates").maxItems).toBe(inputLimits.holidays);
  });

  it("bounds epoch milliseconds by SUPPORTED_RANGE", () => {
    const integer = (definition("Instant").anyOf as Json[]).find(
      (o) => o.type === "integer",
    ) as Json;
    expect(integer.minimum).toBe(Date.parse(SUPPORTED_RANGE.from));
    expect(integer.exclusiveMaximum).toBe(Date.parse(SUPPORTED_RANGE.until));
  });
});

describe("validating sample inputs: the JSON Schema against the library", () => {
  it.each(Object.keys(samples) as InputName[])("%s: a valid input passes both", (name) => {
    expect(libraryAccepts(name, samples[name])).toBe(true);
    expect(schemaAccepts(name, samples[name])).toBe(true);
  });

  it.each(rejected)("%s: %s fails both", (name, _, input) => {
    expect(libraryAccepts(name, input)).toBe(false);
    expect(schemaAccepts(name, input)).toBe(false);
  });

  it("counts string lengths in code points on both sides (500 emoji is 1000 UTF-16 units)", () => {
    const input = {
      ...samples.SlaStatusInput,
      pauses: [{ from: opened, reason: astral.repeat(500) }],
    };
    expect(libraryAccepts("SlaStatusInput", input)).toBe(true);
    expect(schemaAccepts("SlaStatusInput", input)).toBe(true);
  });

  it.each(stricter)("%s: %s passes the library only (documented)", (name, _, input) => {
    expect(libraryAccepts(name, input)).toBe(true);
    expect(schemaAccepts(name, input)).toBe(false);
  });

  it.each(weaker)("%s: %s passes the JSON Schema only (documented)", (name, label, input) => {
    const code = label.slice(0, label.indexOf(":"));
    expect(libraryIssueCodes(name, input)).toContain(code);
    expect(schemaAccepts(name, input)).toBe(true);
  });
});

describe("patterns against the code they stand for", () => {
  const twoDigits = (max: number) =>
    fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

  it("Instant: accepts every string the library reads; rejects the rest except near the range ends", () => {
    const pattern = regex((definition("Instant").anyOf as Json[])[0] as Json);
    const year = fc.oneof(
      fc.integer({ min: 1965, max: 2205 }).map(String),
      fc.constantFrom("1969", "1970", "2000", "2100", "2199", "2200", "+2026", "02026", "002026"),
      fc.constantFrom("+002026", "-2026", "12026", "0000", "9999", "+02000", "-02000"),
    );
    const fraction = fc.oneof(fc.constant(""), fc.stringMatching(/^[.,]\d{1,10}$/));
    const time = fc.oneof(
      fc.tuple(twoDigits(25), twoDigits(61)).map(([h, m]) => `${h}:${m}`),
      fc
        .tuple(twoDigits(25), twoDigits(61), twoDigits(61), fraction)
        .map(([h, m, s, f]) => `${h}:${m}:${s}${f}`),
    );
    const offset = fc.oneof(
      fc.constantFrom("Z", "z", "", "+", "-00"),
      fc
        .tuple(
          fc.constantFrom("+", "-"),
          twoDigits(20),
          fc.constantFrom(":", "", "::"),
          twoDigits(61),
        )
        .map(([sign, h, colon, m]) => `${sign}${h}${colon}${m}`),
      fc.tuple(fc.constantFrom("+", "-"), twoDigits(20)).map(([sign, h]) => `${sign}${h}`),
    );
    const space = fc.constantFrom("", " ", "\t", "\n", "\u00a0", "\ufeff");
    const text = fc
      .tuple(
        space,
        year,
        twoDigits(13),
        twoDigits(32),
        fc.constantFrom("T", "t", " ", "_"),
        time,
        offset,
        space,
      )
      .map(([a, y, mo, d, sep, t, o, b]) => `${a}${y}-${mo}-${d}${sep}${t}${o}${b}`);
    const nearRangeEnds = /^\s*\+?0{0,2}(?:1969-12-31|1970-01-01|2199-12-31|2200-01-01)/u;
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (s) => {
        const read = readInstant(s);
        const matches = pattern.test(s);
        if (typeof read === "number") return matches;
        return !matches || (read.code === "out_of_range" && nearRangeEnds.test(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it("IsoDate: exactly the dates parseIsoDate accepts", () => {
    const pattern = regex(definition("IsoDate"));
    const date = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), twoDigits(13), twoDigits(32))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${m}-${d}`);
    fc.assert(
      fc.property(
        fc.oneof(date, fc.string({ unit: "binary" })),
        (s) => pattern.test(s) === (parseIsoDate(s) !== undefined),
      ),
      { numRuns: 20_000 },
    );
    for (const year of [1900, 2000, 2024, 2100, 2400]) {
      const s = `${year}-02-29`;
      expect(pattern.test(s), s).toBe(parseIsoDate(s) !== undefined);
    }
  });

  it("CountryCode: exactly the codes the library accepts, for ASCII text", () => {
    const pattern = regex(definition("CountryCode"));
    const accepts = (s: string) => countryCodeSchema().safeParse(s).success;
    const chars = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0 "];
    const texts = chars.flatMap((a) =>
      chars.flatMap((b) => [`${a}${b}`, ` ${a}${b}\t`, `${a}${b}x`, `-${a}${b}`]),
    );
    expect(texts.filter((s) => pattern.test(s) !== accepts(s))).toEqual([]);
    expect(texts.filter((s) => pattern.test(s)).length).toBeGreaterThan(4 * 240);
    // Any text at all, non-ASCII letters whose upper case is ASCII ("ß" is "SS") included.
    for (const s of ["ß", "ﬁ", "ıt", " ß "]) expect(accepts(s), s).toBe(false);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 4, unit: "binary" }),
        (s) => pattern.test(s) === accepts(s),
      ),
      { numRuns: 20_000 },
    );
  });

  it("TimeZone: every zone this runtime knows matches; every name the pattern rejects is rejected", () => {
    const pattern = regex(definition("TimeZone"));
    for (const zone of [
      ...Intl.supportedValuesOf("timeZone"),
      "UTC",
      "Etc/GMT+5",
      "europe/paris",
    ]) {
      expect(pattern.test(zone), zone).toBe(true);
    }
    const name = fc.stringMatching(/^[A-Za-z0-9_+\-/ .]{0,20}$/);
    fc.assert(
      fc.property(
        fc.oneof(name, fc.string({ unit: "binary" })),
        (s) => !isValidTimeZone(s) || pattern.test(s),
      ),
      { numRuns: 5_000 },
    );
  });

  it("TimeWindows: start and end exactly as createCalendar reads them", () => {
    const window = (definition("TimeWindows").items as Json).properties as Record<string, Json>;
    const start = regex(window.start as Json);
    const end = regex(window.end as Json);
    const texts: string[] = [];
    for (let h = 0; h < 100; h++) {
      for (let m = 0; m < 100; m++) {
        const hm = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        texts.push(hm, `${hm}:00`, `${hm}:59`, `${hm}:60`, `${hm}:5`);
      }
    }
    texts.push("9:00", "09:00 ", "24:00:01", "T09:00", "");
    const reads = (s: string, asEnd: boolean) => parseTimeOfDay(s, asEnd) !== undefined;
    expect(texts.filter((s) => start.test(s) !== reads(s, false))).toEqual([]);
    expect(texts.filter((s) => end.test(s) !== reads(s, true))).toEqual([]);
    expect(texts.filter((s) => end.test(s)).length).toBeGreaterThan(24 * 60);
  });

  it("contact names: not blank exactly as the library trims", () => {
    const pattern = regex(
      (definition("SubmissionCheckInput").properties as Record<string, Json>).submitter as Json,
    );
    const blankish = fc.stringMatching(/^[\s\u200b a]{0,4}$/u);
    fc.assert(
      fc.property(fc.oneof(blankish, fc.string({ unit: "binary" })), (s) => {
        return pattern.test(s) === contactNameSchema().safeParse(s).success;
      }),
      { numRuns: 5_000 },
    );
  });
});
