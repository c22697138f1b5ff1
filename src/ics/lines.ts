/** The content lines of an iCalendar file, unfolded, with their line numbers, and the outline of its components (checked before ical.js reads it). */

import { failIcs, quote } from "./problems.js";

/** One unfolded content line, with the number of its first physical line (1-based). */
export interface ContentLine {
  readonly line: number;
  readonly text: string;
}

/** Where a component is in the file, and the lines of its own properties. */
export interface ComponentOutline {
  /** Lower-case name, e.g. `"vevent"`. */
  readonly name: string;
  /** Line of its `BEGIN:`. */
  readonly line: number;
  /** Lines of its own properties (not of its subcomponents'), by lower-case name. */
  readonly properties: ReadonlyMap<string, readonly number[]>;
  /** The raw text of its first `UID` and `SUMMARY` (for messages before ical.js has read them). */
  readonly uid: string | null;
  readonly summary: string | null;
}

/** The file as ical.js will read it, and where its events and time zones are. */
export interface Outline {
  /** The unfolded lines joined by `\n`: what ical.js parses. */
  readonly text: string;
  readonly lines: readonly ContentLine[];
  /** The `VEVENT`s directly inside a `VCALENDAR`, in file order. */
  readonly events: readonly ComponentOutline[];
  /** The `VTIMEZONE`s directly inside a `VCALENDAR`, in file order. */
  readonly timezones: readonly ComponentOutline[];
}

/** A property name (RFC 5545 `iana-token` / `x-name`), then its parameters or its value. */
const CONTENT_LINE = /^[A-Za-z0-9_.-]+[;:]/;

/** Components nest at most this deep (VCALENDAR > VEVENT > VALARM is 3). */
const MAX_DEPTH = 16;

/** Splits `text` into unfolded content lines: CRLF, LF or CR line ends; a line starting with a space or tab continues the previous one. */
export function contentLines(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  const physical = text.split(/\r\n|\r|\n/);
  let current: { line: number; parts: string[] } | null = null;
  const flush = () => {
    if (current !== null) lines.push({ line: current.line, text: current.parts.join("") });
    current = null;
  };
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i] as string;
    const first = raw.charCodeAt(0);
    if ((first === 32 || first === 9) && current !== null) {
      (current as { parts: string[] }).parts.push(raw.slice(1));
    } else {
      flush();
      if (raw.trim() !== "") current = { line: i + 1, parts: [raw] };
    }
  }
  flush();
  return lines;
}

/** The value of a content line: the text after its first `:` outside double quotes. */
export function lineValue(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) return text.slice(i + 1);
  }
  return "";
}

/** The lower-case property name of a content line. */
function lineName(text: string): string {
  return (/^[^;:]*/.exec(text)?.[0] ?? "").toLowerCase();
}

interface OpenComponent {
  readonly name: string;
  readonly line: number;
  readonly properties: Map<string, number[]>;
  uid: string | null;
  summary: string | null;
}

const unclosed = (open: OpenComponent): string => {
  const upper = open.name.toUpperCase();
  const label = open.summary ?? open.uid;
  const event = label === null ? "" : ` (${quote(label)})`;
  return `BEGIN:${upper}${event} is never closed: END:${upper} is missing (is the file cut short?)`;
};

/** Reads the outline of `text`, or throws `invalid_ics` at the first line that breaks it. */
export function outlineOf(text: string): Outline {
  const lines = contentLines(text.replace(/^\uFEFF/, ""));
  const first = lines[0];
  if (first === undefined) failIcs("is empty: expected an iCalendar file (BEGIN:VCALENDAR)");
  if (first.text.trim().toUpperCase() !== "BEGIN:VCALENDAR") {
    failIcs(
      `is not an iCalendar file: it starts with ${quote(first.text)} instead of BEGIN:VCALENDAR`,
      first.line,
    );
  }
  const stack: OpenComponent[] = [];
  const events: ComponentOutline[] = [];
  const timezones: ComponentOutline[] = [];
  const out: string[] = [];
  for (const { line, text: content } of lines) {
    if (!CONTENT_LINE.test(content)) {
      failIcs(`is not an iCalendar content line (NAME:value): ${quote(content)}`, line);
    }
    const name = lineName(content);
    const isBegin = name === "begin" && content[5] === ":";
    const isEnd = name === "end" && content[3] === ":";
    const value = isBegin || isEnd ? lineValue(content).trim().toLowerCase() : "";
    if (isBegin) {
      if (!/^[a-z0-9-]+$/.test(value)) failIcs(`is not a component name: ${quote(content)}`, line);
      if ((stack.length === 0) !== (value === "vcalendar")) {
        failIcs(
          stack.length === 0
            ? `${quote(content)} is outside BEGIN:VCALENDAR ... END:VCALENDAR`
            : "BEGIN:VCALENDAR inside another component",
          line,
        );
      }
      if (stack.length >= MAX_DEPTH) failIcs(`components nest more than ${MAX_DEPTH} deep`, line);
      stack.push({ name: value, line, properties: new Map(), uid: null, summary: null });
      out.push(`BEGIN:${value.toUpperCase()}`);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      failIcs(`${quote(content)} is outside BEGIN:VCALENDAR ... END:VCALENDAR`, line);
    }
    if (isEnd) {
      if (value !== top.name) {
        failIcs(
          `END:${value.toUpperCase()} does not close BEGIN:${top.name.toUpperCase()} of line ${top.line}`,
          line,
        );
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.name === "vcalendar" && stack.length === 1) {
        if (top.name === "vevent") events.push(top);
        else if (top.name === "vtimezone") timezones.push(top);
      }
      out.push(`END:${value.toUpperCase()}`);
      continue;
    }
    const lines = top.properties.get(name);
    if (lines === undefined) top.properties.set(name, [line]);
    else lines.push(line);
    if (name === "uid" && top.uid === null) top.uid = lineValue(content).trim();
    if (name === "summary" && top.summary === null) top.summary = lineValue(content).trim();
    out.push(content);
  }
  const open = stack[stack.length - 1];
  if (open !== undefined) failIcs(unclosed(open), open.line);
  return { text: out.join("\n"), lines, events, timezones };
}
