/** `report`'s input columns: the fields a row is read from, their default names, `--map`, and the added output columns. */

import { closest } from "../../text/closest.js";
import { UsageError } from "../io.js";

/** A field of a report row: its default column name (also its name in `--map`) and the library input key. */
interface FieldSpec {
  readonly name: string;
  /** The key of `slaStatus`'s input it fills; `null` for `ticket` (passed through only). */
  readonly key: string | null;
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** The fields, in the order rows are read. */
export const reportFields = [
  { name: "ticket", key: null, aliases: ["id"], required: false },
  { name: "plan", key: "plan", aliases: [], required: true },
  { name: "priority", key: "priority", aliases: [], required: true },
  { name: "opened_at", key: "openedAt", aliases: ["opened", "openedAt"], required: true },
  {
    name: "responded_at",
    key: "respondedAt",
    aliases: ["responded", "respondedAt"],
    required: false,
  },
  { name: "region", key: "region", aliases: [], required: false },
  {
    name: "country",
    key: "billingCountry",
    aliases: ["billingCountry", "billing_country"],
    required: false,
  },
  { name: "time_zone", key: "timeZone", aliases: ["tz", "timeZone", "zone"], required: false },
  { name: "product", key: "product", aliases: [], required: false },
  { name: "term_start", key: "termStart", aliases: ["term-start", "termStart"], required: false },
  {
    name: "business_day",
    key: "businessDay",
    aliases: ["business-day", "businessDay"],
    required: false,
  },
  { name: "holidays", key: "holidays", aliases: ["holiday"], required: false },
] as const satisfies readonly FieldSpec[];

export type FieldName = (typeof reportFields)[number]["name"];

/** Index of each field in {@link reportFields}. */
export const F = {
  ticket: 0,
  plan: 1,
  priority: 2,
  openedAt: 3,
  respondedAt: 4,
  region: 5,
  country: 6,
  timeZone: 7,
  product: 8,
  termStart: 9,
  businessDay: 10,
  holidays: 11,
} as const;

/** Columns `report` adds after the input columns, in order. */
export const addedColumns = [
  "line",
  "due_at",
  "due_at_local",
  "state",
  "remaining",
  "remaining_ms",
  "reason",
  "error",
] as const;

const fieldNames: readonly string[] = reportFields.map((f) => f.name);
const byName = new Map<string, number>();
reportFields.forEach((field, index) => {
  byName.set(field.name, index);
  for (const alias of field.aliases) byName.set(alias, index);
});

/** A field for a `--map` name (default column name or alias), or a UsageError with "did you mean". */
function fieldIndex(name: string, pair: string): number {
  const index = byName.get(name);
  if (index !== undefined) return index;
  const guess = closest(name, [...byName.keys()]);
  const suggestion =
    guess === undefined ? "" : `did you mean "${reportFields[byName.get(guess) ?? 0]?.name}"? `;
  throw new UsageError(
    `--map ${pair}: "${name}" is not a field; ${suggestion}the fields are ${fieldNames.join(", ")}`,
  );
}

/** Parses `--map field=column,...` (repeatable): the column name of each field given. */
export function parseMap(values: readonly string[] | undefined): Map<number, string> {
  const columns = new Map<number, string>();
  for (const value of values ?? []) {
    for (const raw of value.split(",")) {
      const pair = raw.trim();
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      if (eq < 0) {
        throw new UsageError(
          `--map ${JSON.stringify(pair)}: expected FIELD=COLUMN pairs separated by commas, e.g. --map opened_at=created_at,priority=severity`,
        );
      }
      const name = pair.slice(0, eq).trim();
      const column = pair.slice(eq + 1).trim();
      const index = fieldIndex(name, pair);
      if (column === "") {
        throw new UsageError(
          `--map ${pair}: the column name is empty; write --map ${name}=COLUMN with the input's column name`,
        );
      }
      if (columns.has(index)) {
        throw new UsageError(
          `--map ${pair}: ${reportFields[index]?.name} is mapped twice; keep one ${reportFields[index]?.name}=COLUMN`,
        );
      }
      for (const [other, otherColumn] of columns) {
        if (otherColumn === column) {
          throw new UsageError(
            `--map ${pair}: column "${column}" is already mapped to ${reportFields[other]?.name}; map each column to one field`,
          );
        }
      }
      columns.set(index, column);
    }
  }
  return columns;
}

/** The column name each field is read from: `--map` or the default. */
export function columnNames(map: ReadonlyMap<number, string>): string[] {
  return reportFields.map((field, index) => map.get(index) ?? field.name);
}

/**
 * A column name as it is matched: lower case, letters and digits only, so that `opened_at`,
 * `Opened At`, `openedAt` and `OPENED-AT` are one column.
 *
 * @example
 * ```ts
 * columnKey("Opened At") //=> "openedat"
 * ```
 */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Which field each input column fills: a `--map`ped field reads its column only; any other field
 * reads the column named like it or one of its aliases, matched by {@link columnKey}.
 */
export class ColumnMatcher {
  private readonly fieldOfKey = new Map<string, number>();

  constructor(map: ReadonlyMap<number, string>) {
    for (const [index, column] of map) this.fieldOfKey.set(columnKey(column), index);
    reportFields.forEach((field, index) => {
      if (map.has(index)) return;
      for (const name of [field.name, ...field.aliases]) {
        const key = columnKey(name);
        if (!this.fieldOfKey.has(key)) this.fieldOfKey.set(key, index);
      }
    });
  }

  /** The field (index in {@link reportFields}) that column `name` fills, or -1. */
  fieldOf(name: string): number {
    return this.fieldOfKey.get(columnKey(name)) ?? -1;
  }
}

function listColumns(header: readonly string[]): string {
  const shown = header.slice(0, 20).map((c) => JSON.stringify(c));
  return `${shown.join(", ")}${header.length > 20 ? `, ... (${header.length} in all)` : ""}`;
}

/**
 * Checks a CSV header against the fields: every `--map` column must exist, and the required
 * fields (plan, priority, opened_at) must have a column, both matched by {@link columnKey}.
 * UsageError with the fix otherwise; `readAs` (how the input was read, e.g. "read as CSV,
 * detected from its content") ends the message of a missing required column.
 */
export function checkHeader(
  header: readonly string[],
  names: readonly string[],
  map: ReadonlyMap<number, string>,
  readAs = "",
): void {
  const keys = new Set(header.map(columnKey));
  for (const [index, column] of map) {
    if (keys.has(columnKey(column))) continue;
    const guess = closest(column, header);
    throw new UsageError(
      `--map ${reportFields[index]?.name}=${column}: the input has no column ${JSON.stringify(column)}${
        guess === undefined ? "" : `; did you mean ${JSON.stringify(guess)}?`
      } (columns: ${listColumns(header)})`,
    );
  }
  const matcher = new ColumnMatcher(map);
  const found = new Set(header.map((name) => matcher.fieldOf(name)));
  reportFields.forEach((field, index) => {
    if (!field.required || found.has(index)) return;
    const column = names[index] ?? field.name;
    const guess = closest(column, header);
    throw new UsageError(
      `the input has no ${JSON.stringify(column)} column, which is required; ${
        guess === undefined
          ? `name the column to read it from with --map ${field.name}=COLUMN`
          : `did you mean --map ${field.name}=${guess}?`
      } (columns: ${listColumns(header)})${readAs === "" ? "" : `; ${readAs}`}`,
    );
  });
}
