/** Asks the library everything the widget shows about a case at one instant: status, contact, channels, languages. */

import {
  type AdobeMayContact,
  type AdobeMayContactInput,
  adobeMayContact,
  isSlaInputError,
  type SlaIssue,
  type SlaStatus,
  type SlaStatusInput,
  type SupportChannels,
  type SupportChannelsInput,
  type SupportLanguages,
  type SupportLanguagesInput,
  slaStatus,
  supportChannels,
  supportLanguages,
} from "../../../src/index.js";
import type { WidgetParams } from "./params.js";

/** A secondary answer: the library's result, or the issues that kept it from answering. */
export type Answer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly SlaIssue<string>[] };

/** What the widget shows at one instant. */
export interface CaseView {
  readonly status: SlaStatus;
  /** May Adobe contact the Named Support Contacts now. */
  readonly contact: Answer<AdobeMayContact>;
  /** Which channels take the request now, and whether Adobe works it now. */
  readonly channels: Answer<SupportChannels>;
  /** English, and Japanese when offered now. */
  readonly languages: Answer<SupportLanguages>;
}

/** The issues of a thrown value: an `SlaInputError`'s own, else one issue with the message. */
export function issuesOf(error: unknown): readonly SlaIssue<string>[] {
  if (isSlaInputError(error)) return error.issues;
  const message = error instanceof Error ? error.message : String(error);
  return [{ path: [], code: "unexpected", message }];
}

function answer<T>(ask: () => T): Answer<T> {
  try {
    return { ok: true, value: ask() };
  } catch (error) {
    return { ok: false, issues: issuesOf(error) };
  }
}

/**
 * Everything shown about the case at `now` (an ISO string as given in the URL, or epoch ms).
 * One case object goes to every rule; each reads the fields it needs. The inputs are passed on
 * unvalidated, so the casts only name the library's input types: the library checks every field
 * and throws an `SlaInputError` naming each bad one.
 * @throws {SlaInputError} When `slaStatus` rejects the case; the other questions never throw.
 */
export function viewAt(params: WidgetParams, now: string | number): CaseView {
  const supportCase = { ...params.caseFields, now };
  const status = slaStatus(supportCase as unknown as SlaStatusInput);
  // The other questions are about the priority in force now (after any priority change).
  const inForce = { ...supportCase, priority: status.priority };
  return {
    status,
    contact: answer(() => adobeMayContact(inForce as unknown as AdobeMayContactInput)),
    channels: answer(() => supportChannels(inForce as unknown as SupportChannelsInput)),
    languages: answer(() => supportLanguages(inForce as unknown as SupportLanguagesInput)),
  };
}
