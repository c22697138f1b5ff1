import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flatObjectEntries } from "../../src/cli/report/ndjson.js";

// The NDJSON fast path reads exactly what JSON.parse reads, or leaves the line to JSON.parse.

/** The line's entries folded as JSON.parse folds them (first place, last value); undefined when left to JSON.parse. */
const entriesOf = (line: string, keys: string[] = []): unknown[] | undefined => {
  const out: unknown[] = [];
  if (!flatObjectEntries(line, out, keys)) return undefined;
  const map = new Map<unknown, unknown>();
  for (let i = 0; i < out.length; i += 2) map.set(out[i], out[i + 1]);
  return [...map].flat();
};

/** What JSON.parse makes of a line, as alternating keys and values; undefined for anything but an object. */
function parsed(line: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    return Object.entries(value).flat();
  } catch {
    return undefined;
  }
}

describe("flatObjectEntries", () => {
  it("reads a flat object's keys in order, with string, number, boolean and null values", () => {
    expect(
      entriesOf(' { "ticket" : "ADB-100001", "n": -1.5e3, "ok": true, "no": false, "x": null } '),
    ).toEqual(["ticket", "ADB-100001", "n", -1500, "ok", true, "no", false, "x", null]);
    expect(entriesOf("{}")).toEqual([]);
    expect(entriesOf('{"a":1,"b":2,"a":3}')).toEqual(["a", 3, "b", 2]);
    // The previous line's keys are reused where they repeat, and replaced where they do not.
    const keys: string[] = [];
    expect(entriesOf('{"ticket":"T1","plan":"expert"}', keys)).toEqual([
      "ticket",
      "T1",
      "plan",
      "expert",
    ]);
    expect(entriesOf('{"ticket":"T2","planned":"x"}', keys)).toEqual([
      "ticket",
      "T2",
      "planned",
      "x",
    ]);
    expect(entriesOf('{"tick":"T3","plan":"y"}', keys)).toEqual(["tick", "T3", "plan", "y"]);
    expect(keys).toEqual(["tick", "plan"]);
  });

  it("leaves to JSON.parse escapes, nesting, repeated and index keys, and anything not JSON", () => {
    for (const line of [
      '{"a":"x\\"y"}',
      '{"a":{"b":1}}',
      '{"a":[1]}',
      '{"b":1,"1":2}',
      '{"a":01}',
      '{"a":1,}',
      '{"a":1} x',
      '{"a":\t1}',
      "[1]",
      "null",
      '{"a":tru}',
    ]) {
      expect(entriesOf(line), line).toBeUndefined();
    }
  });

  it("agrees with JSON.parse whenever it reads a line (property)", () => {
    const token = fc.constantFrom(
      "{",
      "}",
      '"a"',
      '"b"',
      '"1"',
      '"ADB-100001"',
      ":",
      ",",
      " ",
      "1",
      "-0",
      "2.5e-3",
      "01",
      "true",
      "null",
      "[",
      "]",
      '"x\\u0041"',
      "\t",
    );
    fc.assert(
      fc.property(fc.array(fc.array(token, { maxLength: 14 }), { maxLength: 4 }), (lines) => {
        const keys: string[] = [];
        for (const line of lines.map((tokens) => tokens.join(""))) {
          const fast = entriesOf(line, keys);
          if (fast !== undefined) expect(fast).toEqual(parsed(line));
        }
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const line = tokens.join("");
        const fast = entriesOf(line);
        if (fast !== undefined) expect(fast).toEqual(parsed(line));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(
            fc.string(),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.boolean(),
            fc.constant(null),
          ),
        ),
        (object) => {
          const line = JSON.stringify(object);
          const fast = entriesOf(line);
          if (fast !== undefined) expect(fast).toEqual(parsed(line));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
