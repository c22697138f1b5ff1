/** Command-line flags shared by the commands: parsing with util.parseArgs in the tool's own words, request flags, errors by flag name. */

import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest } from "../text/closest.js";
import {
  holidayOptions,
  holidayOptionsHelp,
  type RunHolidays,
  readRunHolidays,
} from "./holidays.js";
import { type CliIo, UsageError } from "./io.js";
import { isSlaInputError } from "./library.js";

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
  ...holidayOptions,
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
${holidayOptionsHelp}
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

/** How many times a number of occurrences reads: "twice", "3 times". */
const times = (n: number) => (n === 2 ? "twice" : `${n} times`);

/** A parser error in the tool's own words, naming the flag: unknown (with a "did you mean"), missing value, value not taken. */
function parserProblem(message: string, args: readonly string[], options: Options): UsageError {
  const flag = /'(--?[^' ,]+)/.exec(message)?.[1];
  if (flag === undefined) return new UsageError(message.replace(/\. To specify.*$/s, ""));
  const name = flag.replace(/^--?/, "");
  const long = /--[^' ]+/.exec(message)?.[0] ?? flag;
  if (/Unknown option/i.test(message)) {
    const guess = closest(name, Object.keys(options));
    return new UsageError(`unknown option ${flag}${guess ? `; did you mean --${guess}?` : ""}`);
  }
  if (/argument missing/i.test(message)) return new UsageError(`${long} needs a value`);
  if (/ambiguous/i.test(message)) {
    const next = args[args.indexOf(long) + 1] ?? "";
    return new UsageError(
      `${long} needs a value (the next argument, ${JSON.stringify(next)}, is a flag; write ${long}=VALUE for a value that starts with -)`,
    );
  }
  if (/does not take an argument/i.test(message)) return new UsageError(`${long} takes no value`);
  return new UsageError(message.replace(/\. To specify.*$/s, ""));
}

/**
 * Parses `args` strictly, in the tool's own words: an unknown flag gets a "did you mean", a
 * missing value is "`--plan` needs a value", and a single-value flag given twice is an error
 * ("`--plan` was given twice"), never "the last one wins". UsageError otherwise.
 */
export function parseFlags<O extends Options>(
  args: readonly string[],
  options: O,
  positionals = 0,
) {
  const parse = () =>
    parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    throw parserProblem(error instanceof Error ? error.message : String(error), args, options);
  }
  const seen = new Map<string, number>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    const option = options[token.name];
    if (option === undefined || option.multiple || option.type === "boolean") continue;
    seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
  }
  for (const [name, count] of seen) {
    if (count > 1) throw new UsageError(`--${name} was given ${times(count)}; give it once`);
  }
  if (parsed.positionals.length > positionals) {
    const extra = JSON.stringify(parsed.positionals[positionals]);
    throw new UsageError(
      positionals === 0
        ? `unexpected argument ${extra}: this command takes only options`
        : `unexpected argument ${extra}`,
    );
  }
  return parsed;
}

/** The library input described by the request flags (only the flags given), and the run's holidays. */
export async function requestFromFlags(
  values: Partial<Record<keyof typeof requestOptions, string | string[] | boolean | undefined>>,
  io: CliIo,
): Promise<{ input: Record<string, unknown>; holidays: RunHolidays }> {
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
  const holidays = await readRunHolidays(io, {
    holiday: values.holiday as string[] | undefined,
    holidays: values.holidays as string[] | undefined,
    "holidays-file": values["holidays-file"] as string[] | undefined,
  });
  if (holidays.entries.length > 0) input.holidays = holidays.entries;
  return { input, holidays };
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
