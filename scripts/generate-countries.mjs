#!/usr/bin/env node
// Generates src/data/countries.ts from the tz database's iso3166.tab and zone.tab.
//
// Usage: npm run generate:countries   (= node scripts/generate-countries.mjs)
// Env:   TZDATA_DIR  directory holding iso3166.tab and zone.tab (default /usr/share/zoneinfo)
//
// Every ISO 3166-1 alpha-2 code in iso3166.tab gets a support region and a representative
// IANA zone. The decisions live in the data tables below; the script exits non-zero when a
// country is left without a decision or when a table entry is stale.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const tzdataDir = process.env.TZDATA_DIR || "/usr/share/zoneinfo";
const outFile = fileURLToPath(new URL("../src/data/countries.ts", import.meta.url));

// ---------------------------------------------------------------------------------------------
// Rules (project spec decisions)
// ---------------------------------------------------------------------------------------------

/**
 * Countries with no support region (`region: null`, `timeZone: null`): Antarctica and
 * uninhabited territories. A caller billing one of these must pass `region` explicitly.
 */
const noRegion = {
  AQ: "Antarctica: research stations only, no billing population",
  BV: "Bouvet Island: uninhabited Norwegian dependency (no zone in zone.tab)",
  GS: "South Georgia & the South Sandwich Islands: no permanent population",
  HM: "Heard Island & McDonald Islands: uninhabited Australian territory (no zone in zone.tab)",
  IO: "British Indian Ocean Territory: military base only, no permanent population",
  TF: "French Southern Territories: research stations only, no permanent population",
  UM: "US Minor Outlying Islands: uninhabited apart from military/research personnel",
};

/** Region by the continent prefix of the country's representative zone. */
const regionByZonePrefix = {
  Europe: "emea",
  Africa: "emea",
  America: "americas",
  Asia: "apac", // except the explicit overrides below (Middle East, Caucasus, Central Asia, JP)
  Australia: "apac",
  Pacific: "apac",
  // Indian/, Atlantic/, Arctic/ and Antarctica/ have no default: every country there needs
  // an explicit entry in regionOverrides (or noRegion).
};

/** Explicit regions; these win over the zone prefix. */
const regionOverrides = {
  // Japan has its own support region (not APAC).
  JP: "japan",

  // Middle East (exactly this list) -> EMEA, although their zones are Asia/*.
  AE: "emea", // United Arab Emirates
  BH: "emea", // Bahrain
  CY: "emea", // Cyprus
  EG: "emea", // Egypt
  IL: "emea", // Israel
  IQ: "emea", // Iraq
  IR: "emea", // Iran
  JO: "emea", // Jordan
  KW: "emea", // Kuwait
  LB: "emea", // Lebanon
  OM: "emea", // Oman
  PS: "emea", // Palestine
  QA: "emea", // Qatar
  SA: "emea", // Saudi Arabia
  SY: "emea", // Syria
  TR: "emea", // Turkey
  YE: "emea", // Yemen

  // Former-Soviet Caucasus and Central Asia -> EMEA.
  AM: "emea", // Armenia
  AZ: "emea", // Azerbaijan
  GE: "emea", // Georgia
  KZ: "emea", // Kazakhstan
  KG: "emea", // Kyrgyzstan
  TJ: "emea", // Tajikistan
  TM: "emea", // Turkmenistan
  UZ: "emea", // Uzbekistan

  // Russia is EMEA as a whole (Asian zones included).
  RU: "emea",

  // Americas outliers named by the spec (zone prefix would agree, or is Atlantic/).
  GL: "americas", // Greenland (America/Nuuk)
  PM: "americas", // St Pierre & Miquelon (America/Miquelon)
  BM: "americas", // Bermuda (Atlantic/Bermuda)
  FK: "americas", // Falkland Islands (Atlantic/Stanley)

  // African Atlantic/Indian-ocean islands -> EMEA.
  CV: "emea", // Cape Verde (Atlantic/Cape_Verde)
  SH: "emea", // St Helena (Atlantic/St_Helena)
  MU: "emea", // Mauritius (Indian/Mauritius)
  SC: "emea", // Seychelles (Indian/Mahe)
  RE: "emea", // Reunion (Indian/Reunion)
  YT: "emea", // Mayotte (Indian/Mayotte)
  KM: "emea", // Comoros (Indian/Comoro)
  MG: "emea", // Madagascar (Indian/Antananarivo)
  ST: "emea", // Sao Tome & Principe (Africa/Sao_Tome)

  // European islands -> EMEA.
  FO: "emea", // Faroe Islands (Atlantic/Faroe)
  IS: "emea", // Iceland (Atlantic/Reykjavik)
  SJ: "emea", // Svalbard & Jan Mayen (Arctic/Longyearbyen)
  AX: "emea", // Aland Islands (Europe/Mariehamn)
  GI: "emea", // Gibraltar (Europe/Gibraltar)
  IM: "emea", // Isle of Man (Europe/Isle_of_Man)
  JE: "emea", // Jersey (Europe/Jersey)
  GG: "emea", // Guernsey (Europe/Guernsey)

  // Asian / Oceanian Indian-ocean islands -> APAC.
  MV: "apac", // Maldives (Indian/Maldives)
  CX: "apac", // Christmas Island (Indian/Christmas)
  CC: "apac", // Cocos (Keeling) Islands (Indian/Cocos)
};

/**
 * Representative zone of every country with several zones in zone.tab: the zone of its most
 * populous city. The script fails if a multi-zone country (outside noRegion) is missing here,
 * or if an entry names a zone the country does not have.
 */
const multiZoneChoices = {
  AR: "America/Argentina/Buenos_Aires", // Buenos Aires
  AU: "Australia/Sydney", // Sydney
  BR: "America/Sao_Paulo", // Sao Paulo
  CA: "America/Toronto", // Toronto
  CD: "Africa/Kinshasa", // Kinshasa
  CL: "America/Santiago", // Santiago
  CN: "Asia/Shanghai", // Shanghai (Beijing Time, the national zone)
  CY: "Asia/Nicosia", // Nicosia
  DE: "Europe/Berlin", // Berlin
  EC: "America/Guayaquil", // Guayaquil (mainland; Quito shares the zone)
  ES: "Europe/Madrid", // Madrid
  // Chuuk is the most populous state; its main town Weno is the largest in the country.
  // (The capital Palikir is in Pohnpei, UTC+11; Chuuk is UTC+10.)
  FM: "Pacific/Chuuk", // Weno
  GL: "America/Nuuk", // Nuuk
  ID: "Asia/Jakarta", // Jakarta
  KI: "Pacific/Tarawa", // South Tarawa
  KZ: "Asia/Almaty", // Almaty
  MH: "Pacific/Majuro", // Majuro
  MN: "Asia/Ulaanbaatar", // Ulaanbaatar
  MX: "America/Mexico_City", // Mexico City
  MY: "Asia/Kuala_Lumpur", // Kuala Lumpur
  NZ: "Pacific/Auckland", // Auckland
  PF: "Pacific/Tahiti", // Papeete
  PG: "Pacific/Port_Moresby", // Port Moresby
  PS: "Asia/Gaza", // Gaza City (larger than Hebron, the largest West Bank city)
  PT: "Europe/Lisbon", // Lisbon
  RU: "Europe/Moscow", // Moscow
  UA: "Europe/Kyiv", // Kyiv (tzdb name since 2022b; Node's Intl accepts it)
  US: "America/New_York", // New York City
  UZ: "Asia/Tashkent", // Tashkent
};

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

/** Data lines of a tzdata .tab file, split on tabs. */
function readTab(name) {
  const text = readFileSync(join(tzdataDir, name), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

const errors = [];

const names = new Map();
for (const [code, name] of readTab("iso3166.tab")) {
  if (!/^[A-Z]{2}$/.test(code) || !name) errors.push(`iso3166.tab: bad line for ${code}`);
  names.set(code, name);
}

const zonesByCode = new Map();
for (const [code, , zone] of readTab("zone.tab")) {
  if (!names.has(code)) errors.push(`zone.tab: ${code} is not in iso3166.tab`);
  const list = zonesByCode.get(code) ?? [];
  list.push(zone);
  zonesByCode.set(code, list);
}

for (const [table, entries] of [
  ["noRegion", noRegion],
  ["regionOverrides", regionOverrides],
  ["multiZoneChoices", multiZoneChoices],
]) {
  for (const code of Object.keys(entries)) {
    if (!names.has(code)) errors.push(`${table}: ${code} is not in iso3166.tab`);
  }
}

const rows = [];
for (const code of [...names.keys()].sort()) {
  const name = names.get(code);
  if (code in noRegion) {
    if (code in regionOverrides || code in multiZoneChoices) {
      errors.push(`${code}: in noRegion and also in another rules table`);
    }
    rows.push({ code, name, region: null, timeZone: null, zoneReason: "none" });
    continue;
  }

  const zones = zonesByCode.get(code) ?? [];
  let timeZone;
  let zoneReason;
  if (zones.length === 0) {
    errors.push(`${code} (${name}): no zone in zone.tab and not in noRegion`);
    continue;
  } else if (zones.length === 1) {
    timeZone = zones[0];
    zoneReason = "only-zone";
    if (code in multiZoneChoices) {
      errors.push(`${code}: has one zone (${timeZone}) but an entry in multiZoneChoices`);
    }
  } else {
    timeZone = multiZoneChoices[code];
    zoneReason = "most-populous-city";
    if (!timeZone) {
      errors.push(`${code} (${name}): several zones (${zones.join(", ")}), no multiZoneChoices`);
      continue;
    }
    if (!zones.includes(timeZone)) {
      errors.push(`${code}: choice ${timeZone} is not one of its zones (${zones.join(", ")})`);
      continue;
    }
  }

  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    errors.push(`${code}: zone ${timeZone} is not accepted by this Node's Intl`);
  }

  const prefix = timeZone.split("/")[0];
  const region = regionOverrides[code] ?? regionByZonePrefix[prefix];
  if (!region) {
    errors.push(`${code} (${name}): zone ${timeZone} needs an explicit region in regionOverrides`);
    continue;
  }
  rows.push({ code, name, region, timeZone, zoneReason });
}

if (errors.length > 0) {
  for (const error of errors) console.error(`generate-countries: ${error}`);
  console.error(`generate-countries: ${errors.length} problem(s); ${outFile} not written`);
  process.exit(1);
}

// The table is one tab-separated line per country, decoded once at load: it keeps the data
// readable in review and about a third of the size of one object literal per country.
const reasonMarks = { "only-zone": "=", "most-populous-city": "~", none: "-" };
const cell = (value) => {
  if (/[\t\n`$\\]/.test(value)) throw new Error(`generate-countries: cannot store ${value}`);
  return value;
};
const tableLines = rows.map((row) =>
  [
    row.code,
    cell(row.name),
    row.region ?? "-",
    row.timeZone ?? "-",
    reasonMarks[row.zoneReason],
  ].join("\t"),
);

const lines = [
  "// GENERATED FILE - do not edit by hand.",
  "// Generated by scripts/generate-countries.mjs from the tz database files",
  "// iso3166.tab (country codes and names) and zone.tab (zones per country),",
  "// read from /usr/share/zoneinfo (or $TZDATA_DIR).",
  "// To regenerate: npm run generate:countries",
  "// Region and zone decisions live in the rules tables of that script.",
  "",
  'import { once } from "../memo.js";',
  'import type { RegionId } from "./regions.js";',
  "",
  "/**",
  " * One ISO 3166-1 alpha-2 country: its name, support region (null = none, caller must pass `region`), and representative IANA zone.",
  " *",
  " * @example",
  " * ```ts",
  ' * import { type Country, countries } from "adobe-support-sla";',
  " * const japan: Country | undefined = countries.JP;",
  ' * japan?.timeZone //=> "Asia/Tokyo"',
  ' * countries.US?.timeZone //=> "America/New_York"',
  ' * countries.US?.zoneReason //=> "most-populous-city"',
  " * ```",
  " * @category Catalog",
  " */",
  "export interface Country {",
  "  /** ISO 3166-1 alpha-2 code. */",
  "  readonly code: string;",
  "  /** English name, as in the tz database's iso3166.tab. */",
  "  readonly name: string;",
  "  /** Support region; `null` when the country has none (the caller must pass `region`). */",
  "  readonly region: RegionId | null;",
  "  /** Representative IANA time zone; `null` when the country has no region. */",
  "  readonly timeZone: string | null;",
  "  /** Why this zone: the country's only zone, its most populous city's zone, or none. */",
  '  readonly zoneReason: "only-zone" | "most-populous-city" | "none";',
  "}",
  "",
  "// code, name, region (- for none), zone (- for none), zone reason (= only zone, ~ most populous city, - none)",
  "const table = `",
  ...tableLines,
  "`;",
  "",
  'const reasons = { "=": "only-zone", "~": "most-populous-city", "-": "none" } as const;',
  "",
  "function row(line: string): [string, Country] {",
  '  const [code = "", name = "", region = "-", timeZone = "-", mark = "-"] = line.split("\\t");',
  "  const country: Country = {",
  "    code,",
  "    name,",
  '    region: region === "-" ? null : (region as RegionId),',
  '    timeZone: timeZone === "-" ? null : timeZone,',
  "    zoneReason: reasons[mark as keyof typeof reasons],",
  "  };",
  "  return [code, Object.freeze(country)];",
  "}",
  "",
  "/**",
  " * The table of {@link countries}, read on first use: what the library's own readers use, so that a",
  " * process that never reads a country does not parse the table (the same frozen object).",
  " */",
  "export const countryTable = /* @__PURE__ */ once(",
  "  (): Readonly<Record<string, Country>> =>",
  '    Object.freeze(Object.fromEntries(table.trim().split("\\n").map(row))),',
  ");",
  "",
  "/**",
  ` * All ${rows.length} ISO 3166-1 alpha-2 countries of iso3166.tab, keyed by upper-case code.`,
  " *",
  " * Gotcha: keys are upper case (`countries.fr` is `undefined`); {@link regionForCountry} accepts",
  " * any case and rejects unknown codes.",
  " *",
  " * @example",
  " * ```ts",
  ' * import { countries } from "adobe-support-sla";',
  ' * countries.FR //=> { code: "FR", name: "France", region: "emea", timeZone: "Europe/Paris", zoneReason: "only-zone" }',
  " * countries.AQ?.region //=> null",
  " * ```",
  " * @category Catalog",
  " */",
  "export const countries: Readonly<Record<string, Country>> = /* @__PURE__ */ countryTable();",
  "",
];

writeFileSync(outFile, lines.join("\n"));
console.log(`generate-countries: wrote ${rows.length} countries to ${outFile}`);
