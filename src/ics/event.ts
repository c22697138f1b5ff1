/** One VEVENT read and checked: its name, start, length, zone, recurrence rules and dates, exclusions and the occurrence it overrides. */

import ICAL from "ical.js";
import type { ComponentOutline } from "./lines.js";
import { type RawProperty, rawParameter, rawProperties, textOf } from "./parse.js";
import { type EventLabel, failEvent, quote } from "./problems.js";
import { type Rule, readRule } from "./recur.js";
import {
  checkedSpan,
  type Moment,
  momentOf,
  momentText,
  readDuration,
  readMoment,
  readMoments,
  type Span,
  spanBetween,
} from "./values.js";
import {
  DEFINED_ZONE_LAST_YEAR,
  instantOf,
  sameZone,
  wallAt,
  type ZoneRef,
  type ZoneTable,
} from "./zones.js";

/** An occurrence added by `RDATE`: its start (a wall-clock time in the event's zone) and length. */
export interface ExtraDate {
  readonly start: ICAL.Time;
  readonly span: Span;
}

/** A VEVENT, read. Times are wall-clock times in the zone of its `DTSTART` (dates for an all-day event). */
export interface IcsEvent {
  readonly label: EventLabel;
  /** `SUMMARY`, trimmed, whitespace collapsed, at most 200 characters; `null` when absent. */
  readonly name: string | null;
  readonly cancelled: boolean;
  readonly start: Moment;
  /** The zone of its times; `null` for an all-day event. */
  readonly zone: ZoneRef | null;
  /** Its length: whole days for an all-day event (at least 1), else days and seconds (0: it closes nothing). */
  readonly span: Span;
  readonly rules: readonly Rule[];
  readonly exrules: readonly Rule[];
  readonly rdates: readonly ExtraDate[];
  /** `EXDATE`s: dates, or wall-clock times in the event's zone. */
  readonly exdates: readonly ICAL.Time[];
  /** The `RECURRENCE-ID` of an override, with its zone (`null` for a date). */
  readonly recurrenceId: { readonly time: ICAL.Time; readonly zone: ZoneRef | null } | null;
}

/** At most this many characters of a name are kept. */
const NAME_LENGTH = 200;

/** A `SUMMARY` as an entry's name: trimmed, whitespace collapsed, cut at 200 characters; `null` when empty. */
export function cleanName(summary: string | null): string | null {
  if (summary === null) return null;
  let name = summary.replace(/\s+/g, " ").trim();
  if (name.length > NAME_LENGTH) {
    name = name.slice(0, NAME_LENGTH);
    if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1);
    name = name.trimEnd();
  }
  return name === "" ? null : name;
}

/** A time of the file read in `to` (the event's zone; `null`: a date) instead of `from`. */
export function toWall(
  time: ICAL.Time,
  from: ZoneRef | null,
  to: ZoneRef | null,
  event: EventLabel,
  line: number,
): ICAL.Time {
  if (to === null)
    return ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, isDate: true });
  if (from === null || sameZone(from, to) || from.kind === "floating" || to.kind === "floating")
    return time;
  if ((from.kind === "defined" || to.kind === "defined") && time.year > DEFINED_ZONE_LAST_YEAR) {
    failEvent(
      event,
      `${time.toString()} is after ${DEFINED_ZONE_LAST_YEAR}, the last year a zone the file defines is converted`,
      line,
    );
  }
  return wallAt(instantOf(time, from) as number, to) as ICAL.Time;
}

/** Reads events' properties, each with its line. */
class EventReader {
  readonly label: EventLabel;
  readonly #component: ICAL.Component;
  readonly #outline: ComponentOutline | undefined;
  readonly #zones: ZoneTable;

  constructor(component: ICAL.Component, outline: ComponentOutline | undefined, zones: ZoneTable) {
    this.#component = component;
    this.#outline = outline;
    this.#zones = zones;
    const summary = textOf(component, "summary");
    this.label = {
      line: outline?.line ?? 0,
      uid: textOf(component, "uid"),
      summary: summary === null ? null : cleanName(summary),
    };
  }

  /** The properties named `name`, each with its line (the event's line when unknown). */
  all(name: string): { property: RawProperty; line: number }[] {
    const lines = this.#outline?.properties.get(name) ?? [];
    return rawProperties(this.#component, name).map((property, i) => ({
      property,
      line: lines[i] ?? this.label.line,
    }));
  }

  /** Reads a moment and its zone; `null` zone for a date. */
  moment(property: RawProperty, line: number): { moment: Moment; zone: ZoneRef | null } {
    const moment = readMoment(property, this.label, line);
    return { moment, zone: this.#zones.zoneOf(moment, this.label, line) };
  }

  /** Every value of the EXDATE properties, as wall-clock times in `zone`. */
  times(name: string, zone: ZoneRef | null): ICAL.Time[] {
    return this.all(name).flatMap(({ property, line }) =>
      readMoments(property, this.label, line).map((moment) =>
        toWall(moment.time, this.#zones.zoneOf(moment, this.label, line), zone, this.label, line),
      ),
    );
  }

  /** The RDATE periods (`start/end` or `start/duration`), as extra occurrences in `zone`. */
  periods(zone: ZoneRef | null): ExtraDate[] {
    const out: ExtraDate[] = [];
    for (const { property, line } of this.all("rdate")) {
      if (property[2] !== "period") continue;
      const tzid = rawParameter(property, "tzid")?.trim() || null;
      for (const value of property.slice(3)) {
        const [first, second] = Array.isArray(value) ? value : [];
        const start = momentOf(first, tzid);
        if (start === undefined)
          failEvent(this.label, `\`RDATE\` is not a period: ${quote(String(value))}`, line);
        const startWall = toWall(
          start.time,
          this.#zones.zoneOf(start, this.label, line),
          zone,
          this.label,
          line,
        );
        const end = momentOf(second, tzid);
        const span =
          end === undefined
            ? readDuration(["duration", {}, "duration", second], this.label, line, zone === null)
            : spanBetween(
                startWall,
                toWall(end.time, this.#zones.zoneOf(end, this.label, line), zone, this.label, line),
              );
        if (span.days < 0 || span.seconds < 0)
          failEvent(this.label, "`RDATE` period ends before it starts", line);
        out.push({ start: startWall, span: checkedSpan(span, this.label, line) });
      }
    }
    return out;
  }
}

/** The length of an event, from its DTEND or DURATION (one day for an all-day event with neither). */
function spanOf(reader: EventReader, start: Moment, zone: ZoneRef | null): Span {
  const [dtend] = reader.all("dtend");
  const [duration] = reader.all("duration");
  if (dtend !== undefined && duration !== undefined)
    failEvent(reader.label, "has both `DTEND` and `DURATION`", duration.line);
  let span: Span = { days: start.isDate ? 1 : 0, seconds: 0 };
  if (duration !== undefined)
    span = readDuration(duration.property, reader.label, duration.line, start.isDate);
  if (dtend !== undefined) {
    const end = reader.moment(dtend.property, dtend.line);
    if (end.moment.isDate !== start.isDate) {
      failEvent(
        reader.label,
        `\`DTEND\` ${quote(momentText(end.moment))} must be a ${start.isDate ? "date" : "date-time"} like \`DTSTART\``,
        dtend.line,
      );
    }
    span = spanBetween(
      start.time,
      toWall(end.moment.time, end.zone, zone, reader.label, dtend.line),
    );
    if (span.days < 0 || span.seconds < 0) {
      failEvent(
        reader.label,
        `\`DTEND\` ${quote(momentText(end.moment))} is before \`DTSTART\` ${quote(momentText(start))}`,
        dtend.line,
      );
    }
    checkedSpan(span, reader.label, dtend.line);
  }
  // An all-day event that ends where it starts is read as one day (some programs write it so).
  return start.isDate && span.days === 0 ? { days: 1, seconds: 0 } : span;
}

/** Reads one VEVENT (`outline` gives its lines; without it, messages name the event only). */
export function readEvent(
  component: ICAL.Component,
  outline: ComponentOutline | undefined,
  zones: ZoneTable,
): IcsEvent {
  const reader = new EventReader(component, outline, zones);
  const { label } = reader;
  const [dtstart] = reader.all("dtstart");
  if (dtstart === undefined) failEvent(label, "has no `DTSTART`");
  const { moment: start, zone } = reader.moment(dtstart.property, dtstart.line);
  const [rid] = reader.all("recurrence-id");
  let recurrenceId: IcsEvent["recurrenceId"] = null;
  if (rid !== undefined) {
    const { moment, zone: ridZone } = reader.moment(rid.property, rid.line);
    recurrenceId = { time: moment.time, zone: ridZone };
  }
  const span = spanOf(reader, start, zone);
  const points = reader
    .all("rdate")
    .filter(({ property }) => property[2] !== "period")
    .flatMap(({ property, line }) =>
      readMoments(property, label, line).map((moment) => ({
        start: toWall(moment.time, zones.zoneOf(moment, label, line), zone, label, line),
        span,
      })),
    );
  return {
    label,
    name: label.summary,
    cancelled: (textOf(component, "status") ?? "").trim().toUpperCase() === "CANCELLED",
    start,
    zone,
    span,
    rules: reader.all("rrule").map(({ property, line }) => readRule(property, label, line)),
    exrules: reader.all("exrule").map(({ property, line }) => readRule(property, label, line)),
    rdates: [...points, ...reader.periods(zone)],
    exdates: reader.times("exdate", zone),
    recurrenceId,
  };
}
