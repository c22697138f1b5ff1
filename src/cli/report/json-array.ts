/** `report`'s JSON array input: the elements of one top-level array, streamed one at a time, each an object read as a row. */

import { UsageError } from "../io.js";
import type { InputLines, RowSink } from "./input.js";
import { JsonObjects, MAX_OBJECT_CHARS } from "./objects.js";

const LF = 10;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;

/**
 * What a character does to the element being scanned: part of it; its last character (a closing
 * brace or bracket); the first character after it (after a number, `true`...); the `]` that
 * closes the array, right after a scalar element.
 */
const Step = { Inside: 0, Last: 1, After: 2, ArrayEnd: 3 } as const;
type Step = (typeof Step)[keyof typeof Step];

/**
 * Splits the text of a JSON array into the texts of its elements, chunk by chunk, tracking
 * strings and nesting; it does not validate them (each element is parsed on its own, so one bad
 * element costs one row). Commas between elements are not required.
 */
class ArrayScanner {
  /** Before the `[`, between elements, inside one, or after the `]`. */
  phase: "start" | "between" | "element" | "end" = "start";
  /** Physical line of the scan position, from 1. */
  line = 1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A scalar element (a number, a string, `true`...) ends at the next comma, space or `]`. */
  private scalar = false;
  /** The element so far (across chunks), and the line it starts on. */
  private text = "";
  private textLine = 0;
  private tooLong = false;

  constructor(
    private readonly onElement: (text: string, line: number, tooLong: boolean) => void,
    private readonly onStray: (problem: string, line: number) => void,
  ) {}

  /** Scans one chunk. */
  push(chunk: string): void {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.phase === "element") {
        const step = this.step(c);
        if (step === Step.Inside) continue;
        this.keep(chunk, from, step === Step.Last ? i + 1 : i);
        this.emit();
        if (step === Step.ArrayEnd) this.phase = "end";
        if (step !== Step.After) continue;
      }
      if (c === LF) this.line += 1;
      if (isSpace(c)) continue;
      if (this.phase === "between") {
        if (c === COMMA) continue;
        if (c === CLOSE_BRACKET) this.phase = "end";
        else {
          this.begin(c);
          from = i;
        }
      } else if (this.phase === "start") {
        if (c !== OPEN_BRACKET) {
          throw new UsageError(
            `line ${this.line}: expected [ to open a JSON array, found ${JSON.stringify(chunk[i])}`,
          );
        }
        this.phase = "between";
      } else {
        throw new UsageError(
          `line ${this.line}: text after the ] that closes the JSON array (${JSON.stringify(chunk[i])})`,
        );
      }
    }
    if (this.phase === "element") this.keep(chunk, from, chunk.length);
  }

  /** Starts an element at its first character `c`. */
  private begin(c: number): void {
    this.phase = "element";
    this.textLine = this.line;
    this.text = "";
    this.tooLong = false;
    this.inString = c === QUOTE;
    this.escaped = false;
    this.depth = c === OPEN_BRACE || c === OPEN_BRACKET ? 1 : 0;
    this.scalar = this.depth === 0;
  }

  /** Moves over one character of an element after its first. */
  private step(c: number): Step {
    if (this.inString) {
      if (c === LF) this.line += 1;
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
      return Step.Inside;
    }
    if (this.scalar) {
      if (c === COMMA || isSpace(c)) return Step.After;
      return c === CLOSE_BRACKET ? Step.ArrayEnd : Step.Inside;
    }
    if (c === LF) this.line += 1;
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth += 1;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      this.depth -= 1;
      if (this.depth === 0) return Step.Last;
    }
    return Step.Inside;
  }

  /** Adds `chunk[from, to)` to the element, unless it is already over the bound. */
  private keep(chunk: string, from: number, to: number): void {
    if (this.tooLong || to <= from) return;
    if (this.text.length + (to - from) > MAX_OBJECT_CHARS) {
      this.tooLong = true;
      this.text = "";
      return;
    }
    this.text += chunk.slice(from, to);
  }

  private emit(): void {
    this.phase = "between";
    const text = this.text;
    this.text = "";
    this.onElement(text, this.textLine, this.tooLong);
  }

  /** Ends the input: a scalar ends, an element cut off is reported; a missing `]` is an input error. */
  end(): void {
    if (this.phase === "element") {
      if (this.scalar && !this.inString) this.emit();
      else {
        this.onStray("the input ends inside this element; is the file complete?", this.textLine);
        this.text = "";
        this.phase = "between";
      }
    }
    if (this.phase === "start") throw new UsageError("is empty: expected a JSON array");
    if (this.phase === "between") {
      throw new UsageError(
        `ends before the ] that closes the JSON array (line ${this.line}); is the file complete?`,
      );
    }
  }
}

/**
 * Reads a JSON array of objects, one element at a time (memory stays bounded: an element over
 * 8 MB is an error row, skipped), with back-pressure. Keys become columns in the order first
 * seen; an element that is not a JSON object is an error row on the line it starts on. The
 * input must open with `[` and close with `]`; anything else is a UsageError naming `source`.
 */
export async function readJsonArray(
  chunks: AsyncGenerator<string, void, undefined>,
  source: string,
  sink: RowSink,
): Promise<InputLines & { readonly objects: JsonObjects }> {
  const objects = new JsonObjects(sink);
  const pending: Promise<void>[] = [];
  const scanner = new ArrayScanner(
    (text, line, tooLong) => {
      const cells = tooLong
        ? "the element is longer than 8 MB; it is skipped"
        : objects.cells(text);
      const wait =
        typeof cells === "string" ? sink.row([], line, cells) : sink.row(cells, line, undefined);
      if (wait !== undefined) pending.push(wait);
    },
    (problem, line) => {
      const wait = sink.row([], line, problem);
      if (wait !== undefined) pending.push(wait);
    },
  );
  const done = () => ({
    lines: scanner.line,
    headerLines: 0,
    blankLines: 0,
    continuationLines: 0,
    longest: { line: 0, lines: 1 },
    jsonArray: true,
    objects,
  });
  try {
    for await (const text of chunks) {
      scanner.push(text);
      while (pending.length > 0) await pending.shift();
      if (sink.stopped) {
        await chunks.return(undefined);
        return done();
      }
    }
    scanner.end();
    while (pending.length > 0) await pending.shift();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${source}: ${error.message}`);
    throw error;
  }
  return done();
}
