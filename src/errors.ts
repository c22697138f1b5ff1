/** The library's error hierarchy: one base class and one input-error class carrying structured issues. */

import type { IssueCode } from "./issue-codes.js";

/**
 * A problem found in the input, located by its path in the input object.
 *
 * @example
 * ```ts
 * import { isSlaInputError, regionForCountry } from "adobe-support-sla";
 * try {
 *   regionForCountry("XX");
 * } catch (error) {
 *   if (!isSlaInputError(error)) throw error;
 *   error.issues[0]?.path //=> ["country"]
 *   error.issues[0]?.code //=> "unknown_country"
 *   error.issues[0]?.message //=> "`country` is not an ISO 3166-1 alpha-2 country code: \"XX\"; expected e.g. FR, US, JP"
 * }
 * ```
 * @category Errors and limits
 */
export interface SlaIssue<Code extends string = IssueCode> {
  /** Where in the input the problem is, e.g. `["holidays", 2]`; empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /**
   * A stable machine-readable code, e.g. `"missing_offset"`, `"unknown_key"`, `"out_of_range"`:
   * one of `issueCodes`. (`SlaIssue<string>`, or a wider union, for lists that mix the library's
   * issues with an application's own.)
   */
  readonly code: Code;
  /** A readable sentence that names the field in backticks and says what was expected. */
  readonly message: string;
}

/** Builds one issue with a typed code (an unknown code literal does not compile). */
export function issue(
  path: readonly (string | number)[],
  code: IssueCode,
  message: string,
): SlaIssue {
  return { path, code, message };
}

/**
 * The `params` of a zod check whose failure carries a code of the library's own, in place of
 * zod's (`toSlaIssues` reads it): `params: codeParams("invalid_date")`.
 */
export function codeParams(code: IssueCode): { readonly code: IssueCode } {
  return { code };
}

/** At most this many issues are listed in one error; the rest are counted in one more. */
export const MAX_ISSUES = 50;

/** The longest path both paths start with. */
export function commonPrefix(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): readonly (string | number)[] {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

/** The issue that ends a capped list: `count` more problems, all under `path`. */
export function moreIssues(count: number, path: readonly (string | number)[]): SlaIssue {
  const text = `${count} more problem${count === 1 ? "" : "s"} not listed`;
  return issue(
    [...path],
    "too_many_issues",
    path.length === 0 ? text : `\`${formatPath(path)}\`: ${text}`,
  );
}

/** One `too_many_issues` issue for the problems not listed, at the path they share. */
function summarise(rest: readonly SlaIssue[]): SlaIssue {
  let path = rest[0]?.path ?? [];
  for (const issue of rest) path = commonPrefix(path, issue.path);
  return moreIssues(rest.length, path);
}

/**
 * Base class of every error this library throws on purpose. Match it with {@link isSlaError},
 * which also recognises errors from another copy of the library.
 *
 * @example
 * ```ts
 * import { SlaError, SlaInputError } from "adobe-support-sla";
 * const error = new SlaInputError([{ path: ["plan"], code: "required", message: "`plan` is required" }]);
 * error instanceof SlaError //=> true
 * new SlaError("boom").name //=> "SlaError"
 * ```
 * @category Errors and limits
 */
export class SlaError extends Error {
  /** Always `"SlaError"` for this class; subclasses set their own. */
  override name = "SlaError";

  /**
   * `instanceof` also recognises errors made by another copy of the library (the
   * `adobe-support-sla/ics` entry point, or a second bundle), by the brand every instance carries.
   *
   * @param value - Any value.
   * @returns Whether it is an error of this library.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, undefined);
  }

  constructor(message?: string) {
    super(message);
    Object.defineProperty(this, brand, { value: true });
  }
}

/** The mark of this library's errors, shared by every copy of it (a registered symbol). */
const brand: symbol = /* @__PURE__ */ (() => Symbol.for("adobe-support-sla.error"))();

/** True when `value` is a branded error, of the class named `name` when given. */
function hasBrand(value: unknown, name: string | undefined): boolean {
  try {
    if (typeof value !== "object" || value === null) return false;
    if ((value as { [brand]?: unknown })[brand] !== true) return false;
    return name === undefined || (value as Error).name === name;
  } catch {
    return false;
  }
}

/**
 * Thrown by every public function when its input is invalid, or when what it asks for cannot be
 * answered inside the supported range (for example a calendar that is never open).
 *
 * `issues` lists every problem found; `message` joins their messages with `"; "`.
 *
 * @example
 * ```ts
 * import { responseDeadline, SlaInputError } from "adobe-support-sla";
 * try {
 *   responseDeadline({ plan: "expert", priority: "P2", region: "emea", openedAt: "2026-11-20T10:00" });
 * } catch (error) {
 *   if (!(error instanceof SlaInputError)) throw error;
 *   error.name //=> "SlaInputError"
 *   error.issues.map((issue) => issue.code) //=> ["missing_offset"]
 *   error.issues[0]?.path //=> ["openedAt"]
 * }
 * ```
 * @category Errors and limits
 */
export class SlaInputError extends SlaError {
  /** Always `"SlaInputError"`. */
  override name = "SlaInputError";

  /**
   * `instanceof` also recognises input errors made by another copy of the library.
   *
   * @param value - Any value.
   * @returns Whether it is an input error of this library.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, "SlaInputError");
  }
  /**
   * The problems found, in input order: never empty, and at most 50 of them followed by one
   * `too_many_issues` issue counting the rest.
   */
  readonly issues: readonly SlaIssue[];

  /**
   * Creates the error from its issues (frozen copies are kept).
   *
   * @param issues - The problems found; an empty list becomes one `invalid_input` issue, and a
   *   list longer than 51 keeps its first 50 and one `too_many_issues` issue counting the rest.
   */
  constructor(issues: readonly SlaIssue[]) {
    const list =
      issues.length === 0
        ? [issue([], "invalid_input", "invalid input")]
        : issues.length > MAX_ISSUES + 1
          ? [...issues.slice(0, MAX_ISSUES), summarise(issues.slice(MAX_ISSUES))]
          : issues;
    super(list.map((issue) => issue.message).join("; "));
    this.issues = Object.freeze(
      list.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

/**
 * True when `error` is an {@link SlaError}, including an {@link SlaInputError} (also across
 * bundle copies, by `name`).
 *
 * @param error - Any thrown value.
 * @returns Whether it is an error of this library.
 * @throws Never, even for hostile values (a proxy or a getter that throws).
 * @example
 * ```ts
 * import { isSlaError, regionForCountry } from "adobe-support-sla";
 * try {
 *   regionForCountry("XX");
 * } catch (error) {
 *   isSlaError(error) //=> true
 * }
 * isSlaError(new Error("other")) //=> false
 * ```
 * @category Errors and limits
 */
export function isSlaError(error: unknown): error is SlaError {
  try {
    return (
      error instanceof SlaError ||
      (error instanceof Error && (error.name === "SlaError" || error.name === "SlaInputError"))
    );
  } catch {
    return false;
  }
}

/**
 * True when `error` is an {@link SlaInputError} (also across bundle copies, by `name`); narrows
 * it so that `error.issues` can be read.
 *
 * @param error - Any thrown value.
 * @returns Whether it is an input error of this library.
 * @throws Never, even for hostile values (a proxy or a getter that throws).
 * @example
 * ```ts
 * import { isSlaInputError, regionForCountry } from "adobe-support-sla";
 * try {
 *   regionForCountry("XX");
 * } catch (error) {
 *   isSlaInputError(error) //=> true
 * }
 * isSlaInputError(new TypeError("other")) //=> false
 * ```
 * @category Errors and limits
 */
export function isSlaInputError(error: unknown): error is SlaInputError {
  try {
    return (
      error instanceof SlaInputError || (error instanceof Error && error.name === "SlaInputError")
    );
  } catch {
    return false;
  }
}

/** A short description of any thrown value, never throwing itself (hostile values included). */
export function describeThrown(value: unknown): string {
  try {
    if (value instanceof Error) return String(value.message);
    if (typeof value === "string") return value;
    return String(value);
  } catch {
    return "an unprintable value";
  }
}

/** Shorthand used inside the library: throw one issue. */
export function inputError(
  path: readonly (string | number)[],
  code: IssueCode,
  message: string,
): never {
  throw new SlaInputError([issue(path, code, message)]);
}

/** Renders a path the way messages show it: `holidays[2]`, `calendar.weekly.mon`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "input" : out;
}
