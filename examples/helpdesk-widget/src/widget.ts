/** Entry of the helpdesk widget: reads the URL, shows the case and ticks the countdown every second. */

import type { SlaIssue } from "../../../src/index.js";
import { isKnownZone } from "./format.js";
import { type CaseView, issuesOf, viewAt } from "./model.js";
import { readParams } from "./params.js";
import { renderIssues, renderView, type Zones } from "./render.js";

/** An issue for a zone parameter the browser does not know (the library never sees these two). */
function zoneIssues(zones: { readonly name: string; readonly zone: string | undefined }[]) {
  return zones
    .filter(
      (z): z is { name: string; zone: string } => z.zone !== undefined && !isKnownZone(z.zone),
    )
    .map(
      ({ name, zone }): SlaIssue<string> => ({
        path: [name],
        code: "invalid_time_zone",
        message: `\`${name}\` is not an IANA time zone: ${JSON.stringify(zone)}; expected e.g. Europe/Paris`,
      }),
    );
}

function main(): void {
  const params = readParams(new URLSearchParams(window.location.search));
  const agent = params.agentTz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const badZones = zoneIssues([
    { name: "agentTz", zone: agent },
    { name: "tz", zone: params.customerTz },
  ]);
  let first: CaseView;
  try {
    first = viewAt(params, params.now ?? Date.now());
  } catch (error) {
    renderIssues([...issuesOf(error), ...badZones]);
    return;
  }
  if (badZones.length > 0) {
    renderIssues(badZones);
    return;
  }
  const zones: Zones = { agent, customer: params.customerTz };
  renderView(first, zones);
  // Once answered, nothing changes with time.
  if (first.status.respondedAt !== null) return;

  // The countdown runs from the first instant (the `now` parameter, or the clock) on the page's
  // monotonic clock; each tick asks the library again, so the state and the business clock
  // (which stands still outside business hours) are always the library's.
  const base = Date.parse(first.status.now);
  const started = performance.now();
  const timer = window.setInterval(() => {
    try {
      renderView(viewAt(params, base + Math.floor(performance.now() - started)), zones);
    } catch (error) {
      window.clearInterval(timer);
      renderIssues(issuesOf(error));
    }
  }, 1000);
}

try {
  main();
} catch (error) {
  // Never a blank page: even an unexpected failure is shown.
  renderIssues(issuesOf(error));
}
