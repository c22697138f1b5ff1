/** Formats instants in an IANA zone and business-time durations as countdowns, with `Intl` only. */

const isoFormats = new Map<string, Intl.DateTimeFormat>();
const readableFormats = new Map<string, Intl.DateTimeFormat>();

/** Whether the browser knows `zone` as an IANA time zone. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone });
    cache.set(zone, format);
  }
  return format;
}

function partsOf(format: Intl.DateTimeFormat, ms: number): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  return parts;
}

/** `2026-11-23T03:20:00.000-05:00`: the instant with the zone's offset, as the library writes local times. */
export function isoInZone(ms: number, zone: string): string {
  const p = partsOf(
    cached(isoFormats, zone, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    }),
    ms,
  );
  // "GMT-05:00", or "GMT" for a zero offset.
  const offset = (p.timeZoneName ?? "GMT").replace("GMT", "") || "+00:00";
  const millis = String(((ms % 1000) + 1000) % 1000).padStart(3, "0");
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}.${millis}${offset}`;
}

/** `Mon 23 Nov 2026, 03:20 EST`: the instant as a person in `zone` reads it. */
export function readableInZone(ms: number, zone: string): string {
  const p = partsOf(
    cached(readableFormats, zone, {
      weekday: "short",
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    }),
    ms,
  );
  return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** `0:20:00` for 20 minutes (hours may pass 24); the sign is the caller's to word. */
export function countdown(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}
