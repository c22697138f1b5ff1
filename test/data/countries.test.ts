import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Country, countries } from "../../src/data/countries.js";

const tzdataDir = process.env.TZDATA_DIR || "/usr/share/zoneinfo";
const iso3166Path = join(tzdataDir, "iso3166.tab");
const zoneTabPath = join(tzdataDir, "zone.tab");

/** Data lines of a tzdata .tab file, split on tabs. */
function readTab(path: string): string[][] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

function country(code: string): Country {
  const entry = countries[code];
  if (entry === undefined) throw new Error(`no country ${code}`);
  return entry;
}

/** The multi-zone choices of scripts/generate-countries.mjs (most populous city's zone). */
const multiZoneChoices: Readonly<Record<string, string>> = {
  AR: "America/Argentina/Buenos_Aires",
  AU: "Australia/Sydney",
  BR: "America/Sao_Paulo",
  CA: "America/Toronto",
  CD: "Africa/Kinshasa",
  CL: "America/Santiago",
  CN: "Asia/Shanghai",
  CY: "Asia/Nicosia",
  DE: "Europe/Berlin",
  EC: "America/Guayaquil",
  ES: "Europe/Madrid",
  FM: "Pacific/Chuuk",
  GL: "America/Nuuk",
  ID: "Asia/Jakarta",
  KI: "Pacific/Tarawa",
  KZ: "Asia/Almaty",
  MH: "Pacific/Majuro",
  MN: "Asia/Ulaanbaatar",
  MX: "America/Mexico_City",
  MY: "Asia/Kuala_Lumpur",
  NZ: "Pacific/Auckland",
  PF: "Pacific/Tahiti",
  PG: "Pacific/Port_Moresby",
  PS: "Asia/Gaza",
  PT: "Europe/Lisbon",
  RU: "Europe/Moscow",
  UA: "Europe/Kyiv",
  US: "America/New_York",
  UZ: "Asia/Tashkent",
};

/** Countries with no support region (Antarctica and uninhabited territories). */
const noRegion = ["AQ", "BV", "GS", "HM", "IO", "TF", "UM"];

describe("country table", () => {
  it("has 249 codes, sorted, each keyed by its own code", () => {
    const keys = Object.keys(countries);
    expect(keys).toHaveLength(249);
    expect(keys).toEqual([...keys].sort());
    for (const [key, entry] of Object.entries(countries)) {
      expect(entry.code).toBe(key);
      expect(key).toMatch(/^[A-Z]{2}$/);
      expect(entry.name.length).toBeGreaterThan(0);
    }
  });

  it.runIf(existsSync(iso3166Path))("has exactly the codes and names of iso3166.tab", () => {
    const rows = readTab(iso3166Path);
    expect(Object.keys(countries)).toEqual(rows.map(([code]) => code).sort());
    for (const [code, name] of rows) {
      expect(country(code ?? "").name).toBe(name);
    }
  });

  it("uses only time zones that Intl accepts", () => {
    for (const { code, timeZone } of Object.values(countries)) {
      if (timeZone === null) continue;
      expect(() => new Intl.DateTimeFormat("en-US", { timeZone }), code).not.toThrow();
    }
  });

  it("is frozen, object and entries", () => {
    expect(Object.isFrozen(countries)).toBe(true);
    for (const entry of Object.values(countries)) {
      expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  it("keeps null zone and reason none exactly for countries without a region", () => {
    for (const entry of Object.values(countries)) {
      if (entry.region === null) {
        expect(entry.timeZone).toBeNull();
        expect(entry.zoneReason).toBe("none");
      } else {
        expect(entry.timeZone).not.toBeNull();
        expect(entry.zoneReason).not.toBe("none");
      }
    }
  });
});

describe("representative time zones", () => {
  it("picks the most populous city's zone for every multi-zone country", () => {
    for (const [code, timeZone] of Object.entries(multiZoneChoices)) {
      expect(country(code), code).toMatchObject({ timeZone, zoneReason: "most-populous-city" });
    }
    const mostPopulous = Object.values(countries)
      .filter((entry) => entry.zoneReason === "most-populous-city")
      .map((entry) => entry.code);
    expect(mostPopulous).toEqual(Object.keys(multiZoneChoices).sort());
  });

  it.runIf(existsSync(zoneTabPath))(
    "uses the only zone of single-zone countries and a listed zone otherwise (zone.tab)",
    () => {
      const zones = new Map<string, string[]>();
      for (const [code, , zone] of readTab(zoneTabPath)) {
        if (code === undefined || zone === undefined) continue;
        zones.set(code, [...(zones.get(code) ?? []), zone]);
      }
      for (const entry of Object.values(countries)) {
        if (entry.region === null) continue;
        const own = zones.get(entry.code) ?? [];
        if (own.length === 1) {
          expect(entry, entry.code).toMatchObject({ timeZone: own[0], zoneReason: "only-zone" });
        } else {
          expect(own, entry.code).toContain(entry.timeZone);
          expect(entry.zoneReason, entry.code).toBe("most-populous-city");
        }
      }
    },
  );

  it("maps FR to EMEA in Europe/Paris, its only zone", () => {
    expect(country("FR")).toMatchObject({
      region: "emea",
      timeZone: "Europe/Paris",
      zoneReason: "only-zone",
    });
  });

  it.each([
    ["US", "americas", "America/New_York"],
    ["AU", "apac", "Australia/Sydney"],
    ["RU", "emea", "Europe/Moscow"],
    ["ES", "emea", "Europe/Madrid"],
    ["NZ", "apac", "Pacific/Auckland"],
    ["CN", "apac", "Asia/Shanghai"],
    ["ID", "apac", "Asia/Jakarta"],
    ["BR", "americas", "America/Sao_Paulo"],
    ["CA", "americas", "America/Toronto"],
    ["MX", "americas", "America/Mexico_City"],
  ] as const)("maps multi-zone %s to %s in %s (most populous city)", (code, region, timeZone) => {
    expect(country(code)).toMatchObject({ region, timeZone, zoneReason: "most-populous-city" });
  });

  it("maps IN to APAC in Asia/Kolkata", () => {
    expect(country("IN")).toMatchObject({ region: "apac", timeZone: "Asia/Kolkata" });
  });
});

describe("support regions", () => {
  it("maps JP to Japan, not APAC, in Asia/Tokyo", () => {
    expect(country("JP")).toMatchObject({ region: "japan", timeZone: "Asia/Tokyo" });
  });

  it("maps Greenland to the Americas", () => {
    expect(country("GL").region).toBe("americas");
  });

  it.each(["TR", "AE", "EG"])("maps Middle East country %s to EMEA", (code) => {
    expect(country(code).region).toBe("emea");
  });

  it("maps Kazakhstan (Central Asia) to EMEA", () => {
    expect(country("KZ").region).toBe("emea");
  });

  it("maps Afghanistan to APAC, not EMEA", () => {
    expect(country("AF").region).toBe("apac");
  });

  it("gives Antarctica and uninhabited territories no region", () => {
    for (const code of noRegion) {
      expect(country(code), code).toMatchObject({
        region: null,
        timeZone: null,
        zoneReason: "none",
      });
    }
    const withoutRegion = Object.values(countries)
      .filter((entry) => entry.region === null)
      .map((entry) => entry.code);
    expect(withoutRegion).toEqual(noRegion);
  });
});
