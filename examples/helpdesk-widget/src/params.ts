/** Reads the widget's URL parameters into library inputs, passing every value on as given (the library validates). */

/** Each URL parameter that feeds the library, and the input field it becomes. */
export const parameterFields = {
  plan: "plan",
  priority: "priority",
  region: "region",
  country: "billingCountry",
  hoursTz: "timeZone",
  opened: "openedAt",
  product: "product",
  termStart: "termStart",
  holidays: "holidays",
  businessDay: "businessDay",
  responded: "respondedAt",
  atRisk: "atRiskThreshold",
  now: "now",
} as const;

/** A URL parameter that feeds the library. */
export type LibraryParameter = keyof typeof parameterFields;

/** What the page was asked to show. */
export interface WidgetParams {
  /**
   * The case as `slaStatus` reads it, without `now`; values as given in the URL (holidays split on
   * commas, `atRisk` as a number), absent parameters left out. Not validated here.
   */
  readonly caseFields: Readonly<Record<string, unknown>>;
  /** The `now` parameter as given; absent: the page's clock. */
  readonly now: string | undefined;
  /** The customer's zone (`tz`): where the customer's clock reads; display only. */
  readonly customerTz: string | undefined;
  /** The agent's zone (`agentTz`); absent: the browser's zone. */
  readonly agentTz: string | undefined;
}

/** A parameter's value, or `undefined` when it is absent or blank. */
function value(search: URLSearchParams, name: string): string | undefined {
  const text = search.get(name)?.trim();
  return text === undefined || text === "" ? undefined : text;
}

/** Reads the URL parameters; unknown parameters (helpdesks add their own) are ignored. */
export function readParams(search: URLSearchParams): WidgetParams {
  const caseFields: Record<string, unknown> = {};
  for (const [parameter, field] of Object.entries(parameterFields)) {
    const text = value(search, parameter);
    if (text === undefined || parameter === "now") continue;
    if (parameter === "holidays") {
      caseFields[field] = text
        .split(",")
        .map((date) => date.trim())
        .filter((date) => date !== "");
    } else if (parameter === "atRisk") {
      caseFields[field] = Number(text);
    } else {
      caseFields[field] = text;
    }
  }
  return {
    caseFields,
    now: value(search, "now"),
    customerTz: value(search, "tz"),
    agentTz: value(search, "agentTz"),
  };
}

/** The URL parameter behind a library input field (`openedAt` → `opened`), for error messages. */
export function parameterOf(field: string | number | undefined): string | undefined {
  for (const [parameter, name] of Object.entries(parameterFields)) {
    if (name === field) return parameter;
  }
  // The contact questions call the instant `at`: it is the widget's `now`.
  return field === "at" ? "now" : undefined;
}
