/** Runtime of the `//=>` convention: the assertions that documentation samples are rewritten into. */

import { AssertionError, deepStrictEqual } from "node:assert";

/** Where a `//=>` line is in the documentation, e.g. `docs/status.md:17`. */
type Location = string;

/** True when `text` matches `pattern`, where each `...` in the pattern stands for any text. */
export function matchesElided(text: string, pattern: string): boolean {
  const parts = pattern.split("...");
  if (parts.length === 1) return text === pattern;
  const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${parts.map(literally).join("[\\s\\S]*")}$`).test(text);
}

/**
 * `expected` with every string that contains `...` replaced by the actual string at the same place
 * when the actual string matches it, so that `deepStrictEqual` compares the rest exactly.
 */
export function resolveElisions(actual: unknown, expected: unknown): unknown {
  if (typeof expected === "string") {
    return typeof actual === "string" && expected.includes("...") && matchesElided(actual, expected)
      ? actual
      : expected;
  }
  if (Array.isArray(expected)) {
    const list = Array.isArray(actual) ? actual : [];
    return expected.map((item, i) => resolveElisions(list[i], item));
  }
  if (
    expected !== null &&
    typeof expected === "object" &&
    Object.getPrototypeOf(expected) === Object.prototype
  ) {
    const source =
      actual !== null && typeof actual === "object" ? (actual as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(expected).map(([key, value]) => [key, resolveElisions(source[key], value)]),
    );
  }
  return expected;
}

/** A plain-data copy of `value` (class instances, frozen or null-prototype objects become plain). */
function normalise(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function fail(location: Location, error: unknown): never {
  const detail = error instanceof Error ? error.message : String(error);
  throw new AssertionError({ message: `${location}: the //=> value does not match\n${detail}` });
}

/** `actual` must deep-equal `expected` (strings containing `...` match any text there). */
export function __expect(actual: unknown, expected: unknown, location: Location): void {
  const wanted = resolveElisions(actual, expected);
  try {
    deepStrictEqual(actual, wanted);
  } catch (error) {
    // Only if needed: compare as plain data (a frozen object or a class instance vs a literal).
    try {
      deepStrictEqual(normalise(actual), wanted);
    } catch {
      fail(location, error);
    }
  }
}

function checkThrown(
  thrown: unknown,
  name: string,
  message: string | null,
  location: Location,
): void {
  const error = thrown as { name?: unknown; message?: unknown } | null;
  const actualName = error?.name;
  if (actualName !== name) {
    throw new AssertionError({
      message: `${location}: expected a thrown ${name}, got ${String(actualName)}: ${String(error?.message)}`,
    });
  }
  if (message !== null && !matchesElided(String(error?.message), message)) {
    throw new AssertionError({
      message: `${location}: the thrown ${name}'s message does not match\n  expected: ${message}\n  actual:   ${String(error?.message)}`,
    });
  }
}

/** `run()` must throw an error named `name` whose message matches `message` (`...` elides). */
export function __expectThrows(
  run: () => unknown,
  name: string,
  message: string | null,
  location: Location,
): void {
  try {
    run();
  } catch (thrown) {
    checkThrown(thrown, name, message, location);
    return;
  }
  throw new AssertionError({
    message: `${location}: expected a thrown ${name}, but nothing was thrown`,
  });
}

/** The same as {@link __expectThrows} for an expression that awaits. */
export async function __expectThrowsAsync(
  run: () => Promise<unknown>,
  name: string,
  message: string | null,
  location: Location,
): Promise<void> {
  try {
    await run();
  } catch (thrown) {
    checkThrown(thrown, name, message, location);
    return;
  }
  throw new AssertionError({
    message: `${location}: expected a thrown ${name}, but nothing was thrown`,
  });
}
