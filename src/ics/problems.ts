/** The errors `holidaysFromIcs` throws: one `invalid_ics` (or `too_big`) issue that names the line and the event. */

import { issue, SlaInputError } from "../errors.js";
import type { IssueCode } from "../issue-codes.js";

/** What a message says about the event a problem is in. */
export interface EventLabel {
  /** Line of the event's `BEGIN:VEVENT`, 1-based (0 when unknown). */
  readonly line: number;
  /** Its `UID`, or `null`. */
  readonly uid: string | null;
  /** Its `SUMMARY`, or `null`. */
  readonly summary: string | null;
  /** What it is, for messages. Default: `"event"`. */
  readonly kind?: "event" | "VTIMEZONE";
}

/** At most this many characters of a value are quoted in a message. */
const QUOTE_LENGTH = 60;

/** `value` quoted for a message, cut at 60 characters. */
export function quote(value: string): string {
  const cut = value.length > QUOTE_LENGTH ? `${value.slice(0, QUOTE_LENGTH)}...` : value;
  return JSON.stringify(cut);
}

/** `event "Christmas Day" (UID "123@example.com")`, or `event of line 12` when it has neither. */
export function describeEvent(event: EventLabel): string {
  const kind = event.kind ?? "event";
  const parts: string[] = [];
  if (event.summary !== null) parts.push(quote(event.summary));
  if (event.uid !== null) parts.push(`(UID ${quote(event.uid)})`);
  if (parts.length === 0) return event.line > 0 ? `${kind} of line ${event.line}` : kind;
  return `${kind} ${parts.join(" ")}`;
}

/** The issue of a problem in the file: path `["ics", line]` when the line is known, else `["ics"]`. */
export function icsError(
  text: string,
  line = 0,
  code: Extract<IssueCode, "invalid_ics" | "too_big"> = "invalid_ics",
): SlaInputError {
  const where = line > 0 ? `\`ics\` line ${line}: ` : "`ics`: ";
  return new SlaInputError([issue(line > 0 ? ["ics", line] : ["ics"], code, `${where}${text}`)]);
}

/** Throws {@link icsError}. */
export function failIcs(
  text: string,
  line = 0,
  code: Extract<IssueCode, "invalid_ics" | "too_big"> = "invalid_ics",
): never {
  throw icsError(text, line, code);
}

/** Throws a problem of one event, at `line` (the property's, else the event's). */
export function failEvent(
  event: EventLabel,
  text: string,
  line = event.line,
  code: Extract<IssueCode, "invalid_ics" | "too_big"> = "invalid_ics",
): never {
  throw icsError(`${describeEvent(event)}: ${text}`, line, code);
}

/** The message of anything ical.js threw, never throwing itself. */
export function thrownText(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return String(thrown.message).slice(0, 200);
    return String(thrown).slice(0, 200);
  } catch {
    return "an unreadable error";
  }
}
