/** Writes a case view, or the issues that stopped it, into the page's elements (text only, never HTML). */

import { regions, type SlaIssue, type SlaState } from "../../../src/index.js";
import { countdown, isoInZone, readableInZone } from "./format.js";
import type { CaseView } from "./model.js";
import { parameterOf } from "./params.js";

/** The zones the deadline is shown in. */
export interface Zones {
  readonly agent: string;
  /** The customer's zone; absent: the zone of the business hours the library chose. */
  readonly customer: string | undefined;
}

const stateLabels: Record<SlaState, string> = {
  pending: "Pending",
  "at-risk": "At risk",
  breached: "Breached",
  met: "Met",
  "met-late": "Met late",
};

const channelLabels: Record<string, string> = {
  phone: "phone",
  chat: "chat",
  "online-case": "online case",
};

const languageLabels: Record<string, string> = { en: "English", ja: "Japanese" };

/** The element with `data-testid="id"`; the page ships every one of them. */
export function part(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (element === null) throw new Error(`the page has no element data-testid="${id}"`);
  return element;
}

function setTime(id: string, ms: number, zone: string): void {
  const element = part(id);
  element.textContent = readableInZone(ms, zone);
  element.setAttribute("datetime", isoInZone(ms, zone));
  element.title = isoInZone(ms, zone);
}

/** `Mon 23 Nov 2026, 03:20 EST` of an ISO UTC string from the library, in `zone`. */
function when(iso: string, zone: string): string {
  return readableInZone(Date.parse(iso), zone);
}

/** The issue messages of a secondary question the library could not answer. */
function unanswered(issues: readonly SlaIssue<string>[]): string {
  return `unknown: ${issues.map((issue) => issue.message).join("; ")}`;
}

/** Fills the result with the view at one instant. */
export function renderView(view: CaseView, zones: Zones): void {
  const { status, contact, channels, languages } = view;
  const customerZone = zones.customer ?? status.deadline.timeZone.id;
  const root = part("widget");
  root.dataset.state = status.state;
  part("error").hidden = true;
  part("result").hidden = false;

  const region = status.deadline.region;
  part("case").textContent = [
    status.deadline.table.name,
    status.priority,
    ...(region ? [regions[region.id].label] : []),
  ].join(" · ");
  part("target").textContent = `Target: ${status.deadline.target.description}`;

  const state = part("state");
  state.textContent = stateLabels[status.state];
  state.dataset.state = status.state;

  const remaining = part("remaining");
  remaining.textContent = countdown(status.remainingMs);
  remaining.dataset.remainingMs = String(status.remainingMs);
  const clock = status.clock === "business" ? "business time" : "24x7 time";
  const answered = status.respondedAt !== null;
  part("remaining-label").textContent = answered
    ? status.remainingMs >= 0
      ? `of ${clock} to spare when Adobe responded`
      : `of ${clock} late when Adobe responded`
    : status.remainingMs >= 0
      ? `of ${clock} left`
      : `of ${clock} overdue`;
  part("bar").style.width = `${Math.min(100, Math.max(0, status.percentUsed))}%`;

  let note = `${status.percentUsed}% of the target used`;
  if (answered) note += `; responded ${when(status.evaluatedAt, zones.agent)}`;
  else if (status.clock === "business" && channels.ok && !channels.value.handledNow) {
    const resumes = channels.value.nextHandledAt;
    note += resumes
      ? `; the business clock is stopped until ${when(resumes, zones.agent)}`
      : "; the business clock is stopped";
  }
  part("clock-note").textContent = note;

  setTime("deadline-agent", status.dueAtMs, zones.agent);
  setTime("deadline-customer", status.dueAtMs, customerZone);
  const utc = part("deadline-utc");
  utc.textContent = status.dueAt;
  utc.setAttribute("datetime", status.dueAt);
  part("agent-zone").textContent = `Agent · ${zones.agent}`;
  part("customer-zone").textContent =
    zones.customer === undefined ? `Hours zone · ${customerZone}` : `Customer · ${customerZone}`;
  part("at-risk-at").textContent =
    `At risk from ${when(status.atRiskAt, zones.agent)} (${Math.round(status.atRiskThreshold * 100)}% of the target)`;

  const contactNow = part("contact-now");
  if (contact.ok) {
    const c = contact.value;
    contactNow.dataset.allowed = String(c.allowed);
    contactNow.textContent = c.allowed
      ? c.rule === "any-time"
        ? "Yes, at any time (P1)"
        : "Yes, inside business hours"
      : `No, outside business hours; next ${c.nextAllowedAt ? when(c.nextAllowedAt, zones.agent) : "opening unknown"}`;
  } else {
    delete contactNow.dataset.allowed;
    contactNow.textContent = unanswered(contact.issues);
  }

  const channelList = part("channels");
  channelList.textContent = channels.ok
    ? channels.value.acceptingNow.map((id) => channelLabels[id] ?? id).join(", ")
    : unanswered(channels.issues);

  const languageList = part("languages");
  if (languages.ok) {
    const l = languages.value;
    languageList.dataset.languages = l.languages.join(",");
    const names = l.languages.map((id) => languageLabels[id] ?? id).join(", ");
    languageList.textContent = l.japanese.available
      ? names
      : `${names} (${l.japanese.reason.text})`;
  } else {
    delete languageList.dataset.languages;
    languageList.textContent = unanswered(languages.issues);
  }

  const steps = part("explanation");
  steps.replaceChildren(
    ...status.steps.map((step) => {
      const item = document.createElement("li");
      item.textContent = step;
      return item;
    }),
  );
  root.dataset.ready = "true";
}

/** Replaces the result with the issues, each with its URL parameter and the library's message. */
export function renderIssues(issues: readonly SlaIssue<string>[]): void {
  const root = part("widget");
  root.dataset.state = "error";
  part("result").hidden = true;
  part("case").textContent = "Case not computed";
  part("target").textContent = "";
  part("error").hidden = false;
  part("error-issues").replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement("li");
      item.dataset.path = issue.path.join(".");
      item.dataset.code = issue.code;
      const field = issue.path.join(".");
      const parameter = parameterOf(issue.path[0]);
      const where = document.createElement("code");
      where.textContent = parameter ?? (field === "" ? "input" : field);
      item.append(where);
      if (parameter !== undefined && field !== parameter) {
        item.append(` (${field})`);
      }
      item.append(`: ${issue.message}`);
      return item;
    }),
  );
  root.dataset.ready = "true";
}
