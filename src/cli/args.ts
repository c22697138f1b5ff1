/** Command-line flags shared by the commands: parsing with util.parseArgs, request flags, errors by flag name. */

import { type ParseArgsConfig, parseArgs } from "node:util";
import { isSlaInputError } from "../index.js";
import { closest } from "../text/closest.js";
import { type CliIo, UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Flags that describe one request, mirroring `responseDeadline`'s input. */
export const requestOptions = {
  plan: { type: "string" },
  priority: { type: "string" },
  opened: { type: "string" },
  region: { type: "string" },
  country: { type: "string" },
  tz: { type: "string" },
  product: { type: "string" },
  "term-start": { type: "string" },
  holiday: { type: "string", multiple: true },
  "holidays-file": { type: "string" },
  "business-day": { type: "string" },
} as const satisfies Options;

/** Flags every command takes. */
export const commonOptions = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** The help lines of {@link requestOptions}. */
export const requestOptionsHelp = `Request:
  --plan expert|ultimate          support plan (required)
  --priority P1|P2|P3|P4          request priority (required)
  --opened ISO                    opening, ISO 8601 with Z or an offset (required)
  --region americas|emea|apac|japan
  --country CC                    billing country, ISO 3166-1 alpha-2 (picks region and zone)
  --tz ZONE                       IANA time zone, overrides the zone
  --product NAME                  "commerce-managed-services" selects the Commerce rule
  --term-start YYYY-MM-DD         licence term start (required with that product)
  --holiday YYYY-MM-DD            a closed date (repeatable)
  --holidays-file FILE            closed dates, one per line (# comments allowed)
  --business-day full-business-day|end-of-next-business-day   how P4's "1 business day" is read`;

/** Field names of the library's inputs, as the flags that set them. */
export const flagOfField: Readonly<Record<string, string>> = Object.freeze({
  plan: "--plan",
  priority: "--priority",
  openedAt: "--opened",
  region: "--region",
  billingCountry: "--country",
  timeZone: "--tz",
  product: "--product",
  termStart: "--term-start",
  holidays: "--holiday",
  businessDay: "--business-day",
  now: "--now",
  respondedAt: "--responded",
});

/** Parses `args` strictly; unknown flags become a UsageError with a "did you mean". */
export function parseFlags<O extends Options>(
  args: readonly string[],
  options: O,
  positionals = 0,
) {
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    if (parsed.positionals.length > positionals) {
      const extra = JSON.stringify(parsed.positionals[positionals]);
      throw new UsageError(
        positionals === 0
          ? `unexpected argument ${extra}: this command takes only options`
          : `unexpected argument ${extra}`,
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[^' ]+)/.exec(message)?.[1];
    if (flag !== undefined && /Unknown option/i.test(message)) {
      const guess = closest(flag.replace(/^--?/, ""), Object.keys(options));
      throw new UsageError(`unknown option ${flag}${guess ? `; did you mean --${guess}?` : ""}`);
    }
    throw new UsageError(message.replace(/\. To specify.*$/s, ""));
  }
}

/** Reads a holiday file: one `YYYY-MM-DD` per line, blank lines and `#` comments ignored. */
export async function readHolidayFile(io: CliIo, path: string): Promise<string[]> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(
      `cannot read --holidays-file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
}

/** The library input described by the request flags (only the flags given). */
export async function requestFromFlags(
  values: Partial<Record<keyof typeof requestOptions, string | string[] | boolean | undefined>>,
  io: CliIo,
): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const set = (field: string, value: unknown) => {
    if (value !== undefined) input[field] = value;
  };
  set("plan", values.plan);
  set("priority", values.priority);
  set("openedAt", values.opened);
  set("region", values.region);
  set("billingCountry", values.country);
  set("timeZone", values.tz);
  set("product", values.product);
  set("termStart", values["term-start"]);
  set("businessDay", values["business-day"]);
  const holidays = [...((values.holiday as string[] | undefined) ?? [])];
  if (typeof values["holidays-file"] === "string")
    holidays.push(...(await readHolidayFile(io, values["holidays-file"])));
  if (holidays.length > 0) input.holidays = holidays;
  return input;
}

/** The message of an input error, with library field names replaced by the flags that set them. */
export function inputErrorLines(
  error: unknown,
  fieldNames: Readonly<Record<string, string>> = flagOfField,
): string[] | undefined {
  if (!isSlaInputError(error)) return undefined;
  return error.issues.map((issue) =>
    issue.message.replace(
      /`([A-Za-z]+)((?:\.[A-Za-z]+|\[\d+\])*)`/g,
      (whole, field: string, rest: string) => {
        const flag = fieldNames[field];
        return flag === undefined ? whole : `\`${flag}\`${rest}`;
      },
    ),
  );
}
