/** The library's error hierarchy: one base class and one input-error class carrying structured issues. */

/** A problem found in the input, located by its path in the input object. */
export interface SlaIssue {
  /** Where in the input the problem is, e.g. `["holidays", 2]`; empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable code, e.g. `"missing_offset"`, `"unknown_key"`, `"out_of_range"`. */
  readonly code: string;
  /** A readable sentence that names the field in backticks and says what was expected. */
  readonly message: string;
}

/** Base class of every error this library throws on purpose. */
export class SlaError extends Error {
  override name = "SlaError";
}

/**
 * Thrown by every public function when its input is invalid, or when what it asks for cannot be
 * answered inside the supported range (for example a calendar that is never open).
 *
 * `issues` lists every problem found; `message` joins their messages.
 */
export class SlaInputError extends SlaError {
  override name = "SlaInputError";
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly SlaIssue[];

  constructor(issues: readonly SlaIssue[]) {
    const list =
      issues.length > 0 ? issues : [{ path: [], code: "invalid_input", message: "invalid input" }];
    super(list.map((issue) => issue.message).join("; "));
    this.issues = Object.freeze(
      list.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

/** True when `error` is an {@link SlaError} (also across bundle copies, by `name`). Never throws. */
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

/** True when `error` is an {@link SlaInputError} (also across bundle copies, by `name`). Never throws. */
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
  code: string,
  message: string,
): never {
  throw new SlaInputError([{ path, code, message }]);
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
