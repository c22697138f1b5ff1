/** UTC offsets of an IANA zone as sorted segments, found once per UTC year through Intl, and wall-time resolution. */

import { createMemo } from "../memo.js";
import { flatCopy } from "../text/flat-copy.js";
import { civilFromDays, daysFromCivil, MS_PER_DAY } from "./civil.js";

/**
 * One stretch of constant UTC offset: it applies from `from` (inclusive) until the next segment's
 * `from`. `offset` is in milliseconds (local = utc + offset).
 */
export interface OffsetSegment {
  readonly from: number;
  readonly offset: number;
}

/**
 * Offsets are sampled this far apart and every change is then located to the second by bisection.
 * Two transitions closer than this that cancel out would be missed. `scripts/check-transition-gaps.mjs`
 * scans every zone Intl knows over 1970-2200: the closest transitions are 7 days apart
 * (America/Boa_Vista in 2000, Asia/Gaza in 2040), so 3 days leaves a safe margin.
 */
const SAMPLE_STEP_MS = 3 * MS_PER_DAY;

const NAME_RE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Zone names already checked, valid or not: 256 kB (about 5,000 names of usual length). */
const validity = /* @__PURE__ */ (() =>
  createMemo<string, boolean>({ maxBytes: 256 * 1024, sizeOf: (name) => 2 * name.length }))();

/** True when `name` is an IANA zone name that this runtime's Intl knows (e.g. `Europe/Paris`, `UTC`). */
export function isValidTimeZone(name: string): boolean {
  const known = validity.get(name);
  if (known !== undefined) return known;
  let ok = NAME_RE.test(name);
  if (ok) {
    try {
      // The zone's rules (cached) construct the Intl formatter that a valid zone needs next
      // anyway: validating a new zone and then using it costs one formatter, not two.
      zoneRules(name);
    } catch {
      ok = false;
    }
  }
  validity.set(flatCopy(name), ok);
  return ok;
}

const WALL_RE = /(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/;

/**
 * The offsets of one zone. Frozen, with its data private; years are computed on first use and
 * kept (at most the 235 years of the year table, about 40 kB for a zone with daylight saving).
 */
export class ZoneRules {
  readonly name: string;
  readonly #format: Intl.DateTimeFormat;
  readonly #years = new Map<number, readonly OffsetSegment[]>();
  readonly #abbreviations = new Map<number, string>();

  constructor(name: string) {
    this.name = name;
    this.#format = new Intl.DateTimeFormat("en-US", {
      timeZone: name,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    if (!Object.isFrozen(ZoneRules.prototype)) Object.freeze(ZoneRules.prototype);
    Object.freeze(this);
  }

  /** Offset at `epochMs`, asked of Intl directly (whole seconds; used while building segments). */
  #probe(epochMs: number): number {
    const seconds = Math.floor(epochMs / 1000) * 1000;
    const match = WALL_RE.exec(this.#format.format(seconds));
    if (!match) throw new Error(`unexpected Intl output for ${this.name}`);
    const wall =
      daysFromCivil(Number(match[3]), Number(match[1]), Number(match[2])) * MS_PER_DAY +
      ((Number(match[4]) * 60 + Number(match[5])) * 60 + Number(match[6])) * 1000;
    return wall - seconds;
  }

  /** Segments of `[from, to)` (whole seconds); the first starts at `from`. */
  #scan(from: number, to: number): OffsetSegment[] {
    let time = from;
    let offset = this.#probe(from);
    const segments: OffsetSegment[] = [{ from, offset }];
    // Every loop moves `time` forward by at least one second, so this ends.
    while (time < to - 1000) {
      const probeTime = Math.min(time + SAMPLE_STEP_MS, to - 1000);
      const probed = this.#probe(probeTime);
      if (probed === offset) {
        time = probeTime;
        continue;
      }
      // Bisect (time, probeTime] down to the first second whose offset differs.
      let lo = time;
      let hi = probeTime;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (this.#probe(mid) === offset) lo = mid;
        else hi = mid;
      }
      time = hi;
      offset = this.#probe(hi);
      segments.push({ from: hi, offset });
    }
    return segments;
  }

  /** The segments of UTC year `year`; the first starts at that year's 1 January 00:00 UTC. */
  yearSegments(year: number): readonly OffsetSegment[] {
    const cached = this.#years.get(year);
    if (cached) return cached;
    const start = daysFromCivil(year, 1, 1) * MS_PER_DAY;
    const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
    const frozen = Object.freeze(this.#scan(start, end).map((s) => Object.freeze(s)));
    this.#years.set(year, frozen);
    return frozen;
  }

  /**
   * Segments covering `[fromMs, toMs]`, consecutive equal offsets merged. Whole years come from
   * the year cache; the few days taken from a neighbouring year are scanned without filling it.
   */
  segmentsBetween(fromMs: number, toMs: number): OffsetSegment[] {
    const from = Math.floor(fromMs / 1000) * 1000;
    const to = Math.ceil(toMs / 1000) * 1000 + 1000;
    const out: OffsetSegment[] = [];
    for (let year = utcYear(from); year <= utcYear(to - 1); year++) {
      const yearStart = daysFromCivil(year, 1, 1) * MS_PER_DAY;
      const yearEnd = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY;
      const whole = (from <= yearStart && to >= yearEnd) || this.#years.has(year);
      const part = whole
        ? this.yearSegments(year)
        : this.#scan(Math.max(from, yearStart), Math.min(to, yearEnd));
      for (const segment of part) {
        const last = out[out.length - 1];
        if (last && last.offset === segment.offset) continue;
        out.push(segment);
      }
    }
    return out;
  }

  /** A short name for the zone at an instant whose offset is `offsetMs` (see {@link zoneAbbreviation}). */
  abbreviation(epochMs: number, offsetMs: number): string {
    let name = this.#abbreviations.get(offsetMs);
    if (name === undefined) {
      name = zoneAbbreviation(this.name, epochMs, offsetMs);
      this.#abbreviations.set(offsetMs, name);
    }
    return name;
  }

  /** Offset in effect at `epochMs`, in milliseconds. */
  offsetAt(epochMs: number): number {
    const segments = this.yearSegments(utcYear(epochMs));
    let offset = segments[0]?.offset ?? 0;
    for (const segment of segments) {
      if (segment.from > epochMs) break;
      offset = segment.offset;
    }
    return offset;
  }
}

const TABLE_FIRST_YEAR = 1968;
const TABLE_LAST_YEAR = 2202;
/** `YEAR_STARTS[i]`: 1 January 00:00 UTC of year `TABLE_FIRST_YEAR + i`, in epoch ms. */
const YEAR_STARTS = /* @__PURE__ */ (() =>
  Float64Array.from(
    { length: TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 2 },
    (_, i) => daysFromCivil(TABLE_FIRST_YEAR + i, 1, 1) * MS_PER_DAY,
  ))();
const AVERAGE_YEAR_MS = 31_556_952_000;

/** The UTC calendar year of an instant (a table lookup inside 1968-2202). */
export function utcYear(epochMs: number): number {
  let i = Math.floor(epochMs / AVERAGE_YEAR_MS) + 1970 - TABLE_FIRST_YEAR;
  if (i < 1 || i > TABLE_LAST_YEAR - TABLE_FIRST_YEAR - 1) {
    return civilFromDays(Math.floor(epochMs / MS_PER_DAY)).year;
  }
  // The estimate is off by at most one year either way.
  if (epochMs < (YEAR_STARTS[i] as number)) i -= 1;
  else if (epochMs >= (YEAR_STARTS[i + 1] as number)) i += 1;
  return TABLE_FIRST_YEAR + i;
}

/**
 * The instant of a wall-clock time, `wall` being the local time written as if it were UTC
 * milliseconds. Resolved like Temporal's `compatible` disambiguation: a time repeated by a
 * backward transition takes the earlier instant; a time skipped by a forward transition is read
 * with the offset in force before the transition, which moves it forward by the gap's length.
 * `segments` must cover the instant (see {@link ZoneRules.segmentsBetween}).
 */
export function resolveWall(wall: number, segments: readonly OffsetSegment[]): number {
  const count = segments.length;
  for (let i = 0; i < count; i++) {
    const segment = segments[i] as OffsetSegment;
    const next = segments[i + 1];
    const candidate = wall - segment.offset;
    if ((i === 0 || candidate >= segment.from) && (next === undefined || candidate < next.from)) {
      return candidate;
    }
    // In a gap: too late for this segment and too early for the next one.
    if (next !== undefined && candidate >= next.from && wall - next.offset < next.from) {
      return candidate;
    }
  }
  // Unreachable for segments that cover the instant; fall back to the last offset.
  return wall - (segments[count - 1]?.offset ?? 0);
}

/**
 * Bytes counted per zone in {@link zoneCache}: its Intl formatter and every year of offsets it
 * may fill (measured: about 10 kB for the formatter, 40 kB for 235 years of a zone with DST).
 */
const ZONE_BYTES = 64 * 1024;

/** Zone rules by name: 16 MB, so 256 zones (each counted at its largest, {@link ZONE_BYTES}). */
const zoneCache = /* @__PURE__ */ (() =>
  createMemo<string, ZoneRules>({ maxBytes: 16 * 1024 * 1024, sizeOf: () => ZONE_BYTES }))();

/** Shared, lazily filled offset data of a zone (a memo bounded by memory; the data never changes once computed). */
export function zoneRules(name: string): ZoneRules {
  return zoneCache.getOrCompute(name, () => new ZoneRules(name));
}

/**
 * The locale most likely to have a letter abbreviation for a zone (CLDR has them per locale:
 * en-GB knows CET, en-AU knows AEDT, ja-JP knows JST). Trying one or two locales instead of many
 * keeps a new zone's first explanation cheap (each locale's data loads on first use).
 */
function abbreviationLocales(zone: string): string[] {
  const preferred = zone.startsWith("America/")
    ? "en-US"
    : zone.startsWith("Europe/") || zone.startsWith("Africa/") || zone.startsWith("Atlantic/")
      ? "en-GB"
      : zone.startsWith("Australia/")
        ? "en-AU"
        : zone === "Pacific/Auckland" || zone === "Pacific/Chatham"
          ? "en-NZ"
          : zone === "Asia/Kolkata" || zone === "Asia/Calcutta"
            ? "en-IN"
            : zone === "Asia/Tokyo"
              ? "ja-JP"
              : zone === "Asia/Singapore"
                ? "en-SG"
                : "en-US";
  return preferred === "en-US" ? ["en-US", "en-GB"] : [preferred, "en-US"];
}
/** Abbreviations by zone and offset: 256 kB (a few thousand entries). */
const abbreviations = /* @__PURE__ */ (() =>
  createMemo<string, string>({
    maxBytes: 256 * 1024,
    sizeOf: (key, name) => 2 * (key.length + name.length),
  }))();

/**
 * A short name for the zone at an instant (`CET`, `PDT`, `AEDT`); when no locale Intl knows has a
 * letter abbreviation, Intl's `GMT+9` style. Cached per zone and offset, so it costs Intl once.
 */
export function zoneAbbreviation(zone: string, epochMs: number, offsetMs: number): string {
  const key = `${zone}|${offsetMs}`;
  const cached = abbreviations.get(key);
  if (cached !== undefined) return cached;
  let fallback = "";
  let found = "";
  for (const locale of abbreviationLocales(zone)) {
    const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" })
      .formatToParts(epochMs)
      .find((p) => p.type === "timeZoneName")?.value;
    if (!part) continue;
    if (fallback === "") fallback = part;
    if (/^[A-Z]{2,5}$/.test(part)) {
      found = part;
      break;
    }
  }
  const name = found || fallback || zone;
  abbreviations.set(key, name);
  return name;
}
