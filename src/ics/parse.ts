/** Hands the outlined file to ical.js's parser and turns any failure into an `invalid_ics` issue at the line that caused it. */

import ICAL from "ical.js";
import type { Outline } from "./lines.js";
import { describeEvent, failIcs, thrownText } from "./problems.js";

/** The raw form of a property in ical.js (jCal): `[name, parameters, type, ...values]`. */
export type RawProperty = readonly [
  string,
  Readonly<Record<string, unknown>>,
  string,
  ...unknown[],
];

/** `event "Christmas Day": ` for a line of an event, else nothing. */
function eventOfLine(outline: Outline, line: number): string {
  const event = outline.events.find((e) =>
    [...e.properties.values()].some((lines) => lines.includes(line)),
  );
  return event === undefined ? "" : `${describeEvent(event)}: `;
}

/** The first content line (not BEGIN or END) that ical.js cannot read alone, with its error. */
function firstBadLine(outline: Outline): { line: number; error: string } | undefined {
  for (const { line, text } of outline.lines) {
    if (/^(begin|end):/i.test(text)) continue;
    try {
      ICAL.parse.property(text, ICAL.design.icalendar);
    } catch (thrown) {
      const name = (/^[^;:]*/.exec(text)?.[0] ?? "").toUpperCase();
      return {
        line,
        error: `${eventOfLine(outline, line)}\`${name}\` is refused by ical.js: ${thrownText(thrown)}`,
      };
    }
  }
  return undefined;
}

/**
 * The `VCALENDAR` components of the file, read by ical.js. The outline has already checked the
 * nesting of BEGIN and END, so what ical.js refuses here is one property: it is found by reading
 * the lines one by one, and reported with its line number.
 */
export function parseCalendars(outline: Outline): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(outline.text);
  } catch (thrown) {
    const bad = firstBadLine(outline);
    if (bad !== undefined) failIcs(bad.error, bad.line);
    failIcs(`cannot be read: ${thrownText(thrown)}`);
  }
  if (!Array.isArray(parsed)) failIcs("cannot be read: ical.js found no component");
  const roots: unknown[] = typeof parsed[0] === "string" ? [parsed] : parsed;
  return roots.map((root) => new ICAL.Component(root as unknown[]));
}

/** The raw properties named `name` of a component, in file order. */
export function rawProperties(component: ICAL.Component, name: string): RawProperty[] {
  return component
    .getAllProperties(name)
    .map((property) => property.jCal as unknown as RawProperty);
}

/** The first value of a raw property, as ical.js read it (a string for text, dates and durations). */
export function rawValue(property: RawProperty): unknown {
  return property[3];
}

/** A text parameter of a raw property (the first value of a multi-valued one), or `undefined`. */
export function rawParameter(property: RawProperty, name: string): string | undefined {
  const value = property[1][name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/** The first text value of the property `name`, or `null`. */
export function textOf(component: ICAL.Component, name: string): string | null {
  const property = rawProperties(component, name)[0];
  const value = property === undefined ? undefined : rawValue(property);
  return typeof value === "string" ? value : null;
}
