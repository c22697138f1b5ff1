/** The readable steps of a case status: where it stands, the priority in force, the pauses, then the deadline's own steps. */

import type { StatusCore } from "../rules/sla-status.js";
import type { SlaStatus } from "../rules/sla-status-types.js";
import { formatDuration, localText } from "./format.js";

/** The first step: the state, with the times and shares it rests on. */
function stateStep(core: StatusCore, percentUsed: number): string {
  const { parsed, state, evaluatedAt, dueAt, elapsedMs, targetMs, remainingMs, threshold } = core;
  const rules = core.deadline.place.rules;
  const due = localText(dueAt, rules);
  if (state === "met") {
    return `met: responded ${localText(evaluatedAt, rules)}, ${formatDuration(dueAt - evaluatedAt)} before the deadline ${due}`;
  }
  if (state === "met-late") {
    return `met late: responded ${localText(evaluatedAt, rules)}, after the deadline ${due}`;
  }
  const now = localText(parsed.now, rules);
  if (state === "breached") {
    const clock = core.deadline.calendar !== null ? "business" : "elapsed";
    return `breached: no response by the deadline ${due}; ${formatDuration(-remainingMs)} of ${clock} time overdue at ${now}`;
  }
  const used = `${formatDuration(Math.max(0, elapsedMs))} of ${formatDuration(targetMs)} used`;
  return `${state}: ${used} at ${now} (${percentUsed}%; at risk from ${Math.round(threshold * 100)}%), due ${due}`;
}

/** The steps of a status, in order: its own, then its deadline's (without "due" when paused). */
export function statusSteps(core: StatusCore, status: SlaStatus): string[] {
  const { parsed, priority, inForce, measureFrom, pauses, dueAt } = core;
  const rules = core.deadline.place.rules;
  const steps = [stateStep(core, status.percentUsed)];
  if (inForce) {
    const from =
      measureFrom === "change" ? "measured from the change" : "measured from the original opening";
    steps.push(
      `priority ${priority} in force since ${localText(inForce.at, rules)} (opened as ${parsed.priority}); ${from}`,
    );
  }
  pauses.forEach((pause, index) => {
    const to = localText(pause.to, rules);
    const taken = status.pauses[index]?.clockMs ?? 0;
    steps.push(
      `paused ${localText(pause.from, rules)} to ${pause.ongoing ? `${to} (ongoing, counted up to now)` : to}${pause.reason ? ` (${pause.reason})` : ""}: ${formatDuration(taken)} taken off the clock`,
    );
  });
  const deadline = status.deadline;
  if (pauses.length > 0 && dueAt !== deadline.dueAtMs) {
    steps.push(`without pauses the deadline would be ${localText(deadline.dueAtMs, rules)}`);
  }
  for (const step of deadline.steps)
    if (!step.startsWith("due ") || pauses.length === 0) steps.push(step);
  return steps;
}
