/** Builds the input JSON Schema document (schema.json) from the zod schemas the library validates with. */

import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import {
  calendarDefinitionSchema,
  closedDatesSchema,
  timeZoneSchema,
} from "../src/calendar/definition.js";
import { countries } from "../src/data/countries.js";
import {
  addOnEligibilityInputSchema,
  adobeMayContactInputSchema,
  downgradeEligibilityInputSchema,
  responseDeadlineInputSchema,
  slaStatusInputSchema,
  submissionCheckInputSchema,
  supportCaseSchema,
  supportChannelsInputSchema,
  supportLanguagesInputSchema,
} from "../src/index.js";
import { inputLimits } from "../src/limits.js";
import { caseFields, contactNameSchema } from "../src/place/fields.js";
import { countryCodeSchema } from "../src/place/resolve.js";
import { instantSchema } from "../src/time/instant.js";
import { SUPPORTED_FROM_MS, SUPPORTED_RANGE, SUPPORTED_UNTIL_MS } from "../src/time/range.js";

type JsonSchema = z.core.JSONSchema.BaseSchema;
type AnySchema = z.core.$ZodType;

/** The committed file, relative to this module. */
export const schemaFile = fileURLToPath(new URL("../schema.json", import.meta.url));

/** One definition per public input, named after its function, in the order they appear in `$defs`. */
export const inputSchemas = {
  SupportCase: supportCaseSchema,
  ResponseDeadlineInput: responseDeadlineInputSchema,
  SlaStatusInput: slaStatusInputSchema,
  DowngradeEligibilityInput: downgradeEligibilityInputSchema,
  AdobeMayContactInput: adobeMayContactInputSchema,
  SupportChannelsInput: supportChannelsInputSchema,
  SupportLanguagesInput: supportLanguagesInputSchema,
  SubmissionCheckInput: submissionCheckInputSchema,
  AddOnEligibilityInput: addOnEligibilityInputSchema,
  CalendarDefinition: calendarDefinitionSchema,
} as const;

const inputFunctions: Record<keyof typeof inputSchemas, string> = {
  SupportCase:
    "every rule: a whole support case, every field optional (each rule's definition below says which it requires); keys the library does not read are allowed and ignored",
  ResponseDeadlineInput: "responseDeadline(input)",
  SlaStatusInput: "slaStatus(input)",
  DowngradeEligibilityInput: "downgradeEligibility(input)",
  AdobeMayContactInput: "adobeMayContact(input)",
  SupportChannelsInput: "supportChannels(input)",
  SupportLanguagesInput: "supportLanguages(input)",
  SubmissionCheckInput: "submissionCheck(input)",
  AddOnEligibilityInput: "addOnEligibility(input)",
  CalendarDefinition:
    "createCalendar(definition); isOpen, nextOpening, addBusinessTime and businessTimeBetween accept it in place of a calendar",
};

// Schemas that are private to src/calendar/definition.ts, reached through the public calendar schema
// (the same objects, so overrides keyed on identity apply wherever they are used).
const windowsSchema = calendarDefinitionSchema.shape.weekly.shape.mon.def.innerType;
const windowSchema = windowsSchema.def.out.def.element;
const dateHoursSchema = calendarDefinitionSchema.shape.dateHours.def.innerType;
const isoDateKeySchema = dateHoursSchema.def.out.def.keyType;

/**
 * Custom schemas used by several inputs, written once under `$defs` and referenced with `$ref`
 * (zod extracts a schema whose metadata has an `id`).
 */
export const sharedSchemas = {
  Instant: instantSchema(),
  IsoDate: caseFields().termStart,
  TimeZone: timeZoneSchema(),
  CountryCode: countryCodeSchema(),
  ClosedDates: closedDatesSchema(),
  TimeWindows: windowsSchema,
} as const;

/** A reference to a shared definition, for the JSON forms written by hand below. */
function ref(name: keyof typeof sharedSchemas): JsonSchema {
  return { $ref: `#/$defs/${name}` };
}

// ---------------------------------------------------------------------------------------------
// Patterns (ECMA-262 with the `u` flag, as JSON Schema validators such as Ajv compile them)
// ---------------------------------------------------------------------------------------------

/** Month and day of any year, February up to the 28th. */
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
/** Four-digit Gregorian leap years (divisible by 4, and by 400 for centuries). */
const LEAP_YEAR = "(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

/** A real calendar date as `YYYY-MM-DD` (what `parseIsoDate` in src/time/civil.ts accepts). */
export const ISO_DATE_PATTERN = `^(?:\\d{4}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`;

/** Local years 1970-2199, and the leap years among them (2000 is one, 2100 is not). */
const YEAR_IN_RANGE = "(?:19[7-9]\\d|2[01]\\d\\d)";
const LEAP_YEAR_IN_RANGE =
  "(?:19(?:7[26]|8[048]|9[26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))";
/** `T`, `t` or a space, then `HH:mm`, optional `:ss` and an optional fraction of up to 9 digits. */
const TIME = "[Tt ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?";
/** Offset hours (up to 18) and optional minutes, with or without a colon, after the sign. */
const OFFSET = "(?:0\\d|1[0-8])(?::?[0-5]\\d)?";

/**
 * An ISO 8601 date-time with `Z` or an offset, in the supported range (what `readInstant` in
 * src/time/instant.ts accepts): optional `+` and zero padding before a four-digit year, surrounding
 * white space (the parser trims). Local dates 1969-12-31 (negative offset) and 2200-01-01 (positive
 * offset) are admitted too, since with their offset they may fall inside the range.
 */
export const INSTANT_PATTERN =
  `^\\s*\\+?0{0,2}(?:` +
  `(?:${YEAR_IN_RANGE}-${MONTH_DAY}|${LEAP_YEAR_IN_RANGE}-02-29)${TIME}(?:[Zz]|[+-]${OFFSET})` +
  `|1969-12-31${TIME}-${OFFSET}` +
  `|2200-01-01${TIME}\\+${OFFSET}` +
  `)\\s*$`;

/** The shape of an IANA zone name (`NAME_RE` in src/time/zone.ts); whether the runtime knows it is not expressible. */
export const TIME_ZONE_PATTERN = "^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$";

/** A time of day `HH:mm` or `HH:mm:ss` (a window's start). */
export const WINDOW_START_PATTERN = "^(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?$";
/** A window's end: a time of day, or `24:00` (midnight at the end of the day). */
export const WINDOW_END_PATTERN = "^(?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?|24:00(?::00)?)$";

/** Not blank: at least one character that `String.prototype.trim` would keep. */
export const NOT_BLANK_PATTERN = "\\S";

/** Country codes of src/data/countries.ts, any case, surrounding white space allowed (the code trims). */
function countryCodePattern(): string {
  const byFirst = new Map<string, string[]>();
  for (const code of Object.keys(countries).sort()) {
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`unexpected country code ${code}`);
    const first = code.slice(0, 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), code.slice(1)]);
  }
  const anyCase = (letters: readonly string[]) =>
    `[${letters.map((l) => `${l}${l.toLowerCase()}`).join("")}]`;
  const groups = [...byFirst].map(([first, seconds]) => `${anyCase([first])}${anyCase(seconds)}`);
  return `^\\s*(?:${groups.join("|")})\\s*$`;
}

// ---------------------------------------------------------------------------------------------
// Conversion
// ---------------------------------------------------------------------------------------------

/** Replaces every keyword of `json` with those of `next` (the override callback mutates in place). */
function replace(json: JsonSchema, next: JsonSchema): void {
  for (const key of Object.keys(json)) delete (json as Record<string, unknown>)[key];
  Object.assign(json, next);
}

/**
 * JSON forms of the schemas z.toJSONSchema cannot see through, keyed on schema identity. With
 * `io: "input"` a `z.pipe(z.any(), z.transform(...))` converts to `{}`, a `z.pipe(z.custom(...), ...)`
 * to its (unrepresentable) custom guard and a string with a `z.refine(...)` check to a bare string; the time strings
 * of a window are checked after zod, by createCalendar. Each is described here by what the code
 * actually accepts; test/package/json-schema.test.ts checks every pattern against that code.
 */
function overrideFor(schema: AnySchema): ((json: JsonSchema) => void) | undefined {
  switch (schema) {
    case instantSchema():
      return (json) =>
        replace(json, {
          description: `An instant, from ${SUPPORTED_RANGE.from} (inclusive) to ${SUPPORTED_RANGE.until} (exclusive). JSON callers send an ISO 8601 date-time with Z or a UTC offset (a string without an offset is rejected, never read in the machine's zone) or epoch milliseconds; JavaScript callers may also pass a Date, a luxon DateTime, a Temporal.Instant or Temporal.ZonedDateTime (or any object with a numeric epochMilliseconds), which JSON cannot carry.`,
          anyOf: [
            {
              type: "string",
              pattern: INSTANT_PATTERN,
              description:
                "ISO 8601 date-time with Z or a UTC offset, e.g. 2026-11-20T16:50:00+01:00 or 2026-11-20T15:50:00Z.",
            },
            {
              type: "integer",
              minimum: SUPPORTED_FROM_MS,
              exclusiveMaximum: SUPPORTED_UNTIL_MS,
              description: "Epoch milliseconds.",
            },
          ],
        });
    case closedDatesSchema():
      return (json) =>
        replace(json, {
          description:
            "Holidays: dates as YYYY-MM-DD, named dates and parts of days ({ date, name, from, to, timeZone }), yearly rules ({ month, day } or { month, weekday, nth }, with firstYear, lastYear, except). JavaScript callers may also pass Temporal.PlainDate entries, or instead a function (isoDate) => boolean, which JSON cannot carry. The library also checks what a schema cannot: `from` and `to` come together and `to` is after `from`; a rule has `day` or `weekday` with `nth`, and `day` exists in its month.",
          type: "array",
          maxItems: inputLimits.holidays,
          items: {
            anyOf: [ref("IsoDate"), holidayEntrySchema("dated"), holidayEntrySchema("yearly")],
          },
        });
    case timeZoneSchema():
      return (json) =>
        Object.assign(json, {
          description:
            "An IANA time zone name such as Europe/Paris. The library also requires the runtime's Intl to know the zone, which a JSON Schema cannot check.",
          pattern: TIME_ZONE_PATTERN,
        });
    case countryCodeSchema():
      return (json) =>
        replace(json, {
          description:
            "An ISO 3166-1 alpha-2 country code, in any case (FR, fr); surrounding white space is ignored.",
          type: "string",
          pattern: countryCodePattern(),
        });
    case contactNameSchema():
      return (json) =>
        Object.assign(json, {
          description: "A name or an e-mail address, not blank.",
          pattern: NOT_BLANK_PATTERN,
        });
    case caseFields().product:
      return (json) =>
        Object.assign(json, {
          description:
            'A product id. "commerce" and "commerce-managed-services" are Adobe Commerce (the latter selects the Commerce target table), also under the aliases of commerceProductAliases; the library rejects any other id that contains "commerce" or "magento" (a check a JSON Schema does not make).',
        });
    case caseFields().termStart:
      return (json) =>
        Object.assign(json, { description: "A real date, YYYY-MM-DD.", pattern: ISO_DATE_PATTERN });
    case isoDateKeySchema:
      return (json) => replace(json, ref("IsoDate"));
    case windowSchema:
      return (json) => {
        const properties = json.properties as Record<string, JsonSchema>;
        // `start` and `end` share one zod schema, hence one JSON object: give each its own copy.
        properties.start = {
          ...properties.start,
          description: "Opening time, HH:mm or HH:mm:ss, in the calendar's zone.",
          pattern: WINDOW_START_PATTERN,
        };
        properties.end = {
          ...properties.end,
          description:
            "Closing time, HH:mm or HH:mm:ss, or 24:00 for midnight at the end of the day; earlier than start means the window runs past midnight.",
          pattern: WINDOW_END_PATTERN,
        };
      };
    case windowsSchema:
      return (json) =>
        replace(json, {
          ...fragment(windowsSchema.def.out),
          description: "Open windows of one day; an empty list is closed.",
          maxItems: inputLimits.windowsPerDay,
        });
    case dateHoursSchema:
      return (json) =>
        replace(json, {
          ...fragment(dateHoursSchema.def.out),
          maxProperties: inputLimits.dateHours,
        });
    default:
      return undefined;
  }
}

/** The `z.custom` guards (list sizes) in front of the pipes overridden above: their own JSON form is replaced. */
const replacedGuards: ReadonlySet<AnySchema> = new Set([
  windowsSchema.def.in,
  dateHoursSchema.def.in,
]);

/** Ids (which make zod extract a definition) and descriptions, in a registry of our own: the global one is left alone. */
const registry = z.registry<{ id?: string; description?: string }>();
for (const [id, schema] of Object.entries(inputSchemas)) {
  registry.add(schema, {
    id,
    description: `Input of ${inputFunctions[id as keyof typeof inputSchemas]}.`,
  });
}
for (const [id, schema] of Object.entries(sharedSchemas)) registry.add(schema, { id });

function options(): z.core.ToJSONSchemaParams {
  return {
    target: "draft-2020-12",
    io: "input",
    metadata: registry,
    reused: "inline",
    cycles: "throw",
    unrepresentable: ({ zodSchema, message }) => {
      if (replacedGuards.has(zodSchema)) return "any";
      throw new Error(`${message}: add its JSON form to scripts/json-schema.ts`);
    },
    override: ({ zodSchema, jsonSchema }) => {
      overrideFor(zodSchema)?.(jsonSchema);
      // Our registry replaces zod's global one: keep what src says with z.describe() or z.meta().
      const meta = z.globalRegistry.get(zodSchema);
      for (const key of ["title", "description"] as const) {
        if (meta?.[key] !== undefined && jsonSchema[key] === undefined) jsonSchema[key] = meta[key];
      }
    },
  };
}

/**
 * The JSON form of a part of a schema (the output side of an overridden pipe), converted the same
 * way. Shared definitions it extracts are dropped: the whole document holds the same ones.
 */
function fragment(schema: AnySchema): JsonSchema {
  const { $schema: _, $defs = {}, ...json } = z.toJSONSchema(schema, options());
  const foreign = Object.keys($defs).filter((name) => !Object.hasOwn(sharedSchemas, name));
  if (foreign.length > 0) throw new Error(`unexpected definitions in a fragment: ${foreign}`);
  return json;
}

const leadingKeys = ["$schema", "$comment", "title", "description", "$ref", "type"];

/** Keywords whose value maps names to schemas (the names keep their order). */
const schemaMaps = new Set(["$defs", "properties"]);
/** Keywords whose value is a schema or a list of schemas. */
const subschemas = new Set(["items", "additionalProperties", "propertyNames", "anyOf"]);

/** The same schema with annotations and `type` first in every schema object (for readers of the file). */
function tidy(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(tidy);
  if (schema === null || typeof schema !== "object") return schema;
  const entries = Object.entries(schema).map(([key, value]): [string, unknown] => {
    if (schemaMaps.has(key)) {
      const map = Object.entries(value as object).map(([name, sub]) => [name, tidy(sub)]);
      return [key, Object.fromEntries(map)];
    }
    return [key, subschemas.has(key) ? tidy(value) : value];
  });
  const rank = (key: string) => {
    const index = leadingKeys.indexOf(key);
    return index === -1 ? leadingKeys.length : index;
  };
  return Object.fromEntries(entries.sort((a, b) => rank(a[0]) - rank(b[0])));
}

/** The whole document: `$defs` holds one definition per public input, plus the shared custom ones. */
export function buildInputJsonSchema(): JsonSchema {
  // A carrier object whose properties are the inputs: converting it extracts each into $defs.
  const carrier = z.strictObject({ ...inputSchemas });
  const converted = z.toJSONSchema(carrier, options());
  const defs = (converted.$defs ?? {}) as Record<string, JsonSchema>;
  const names = [...Object.keys(inputSchemas), ...Object.keys(sharedSchemas)];
  const unexpected = Object.keys(defs).filter((name) => !names.includes(name));
  if (unexpected.length > 0) throw new Error(`unexpected definitions: ${unexpected.join(", ")}`);
  const ordered: Record<string, JsonSchema> = {};
  for (const name of names) {
    const def = defs[name];
    if (def === undefined) throw new Error(`missing definition ${name}`);
    ordered[name] = def;
  }
  return tidy({
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $comment:
      "Generated by scripts/generate-json-schema.ts from the zod schemas of adobe-support-sla (z.toJSONSchema, io: input); do not edit by hand: run npm run generate:schema.",
    title: "adobe-support-sla inputs",
    description:
      "The inputs of adobe-support-sla's public functions, one definition per function under $defs (validate against #/$defs/<Name>, e.g. #/$defs/ResponseDeadlineInput), and #/$defs/SupportCase, the whole case every rule accepts. null means absent for every optional field. Keys a rule does not read are allowed (the library ignores them, except a key that looks like a misspelling of an absent key, which it rejects). Shape only: cross-field rules (e.g. region required for P2-P4, termStart required for commerce-managed-services) are checked by the library (see docs/json-schema.md in the repository).",
    $defs: ordered,
  }) as JsonSchema;
}

/** The file's text before formatting: two-space JSON and a final newline. */
export function serializeSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A nullable JSON Schema: the value, or `null` (absent). */
const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: "null" }] });

/** The JSON Schema of a holiday entry object: a dated one (`{ date, ... }`) or a yearly rule. */
function holidayEntrySchema(kind: "dated" | "yearly"): Record<string, unknown> {
  const closure = {
    name: nullable({ type: "string", maxLength: inputLimits.stringLength }),
    from: nullable({ type: "string", pattern: WINDOW_START_PATTERN }),
    to: nullable({ type: "string", pattern: WINDOW_END_PATTERN }),
    timeZone: nullable({ type: "string", pattern: TIME_ZONE_PATTERN }),
  };
  if (kind === "dated") {
    return {
      type: "object",
      description: "A named date, or a part of a day closed (from, to: HH:mm wall times).",
      required: ["date"],
      additionalProperties: false,
      properties: { date: ref("IsoDate"), ...closure },
    };
  }
  const year = nullable({ type: "integer", minimum: 1, maximum: 9999 });
  return {
    type: "object",
    description:
      "A yearly rule: a fixed day of a month, or the nth (1-5) or last weekday of a month.",
    required: ["month"],
    additionalProperties: false,
    properties: {
      month: { type: "integer", minimum: 1, maximum: 12 },
      day: nullable({ type: "integer", minimum: 1, maximum: 31 }),
      weekday: nullable({ enum: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] }),
      nth: nullable({ anyOf: [{ type: "integer", minimum: 1, maximum: 5 }, { enum: ["last"] }] }),
      firstYear: year,
      lastYear: year,
      except: nullable({ type: "array", maxItems: inputLimits.holidays, items: ref("IsoDate") }),
      ...closure,
    },
  };
}
