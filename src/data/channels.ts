/** Support channels, the language rule, the support-admin permissions and the Adobe Commerce product ids (pure data). */

import type { Priority } from "./priorities.js";

/**
 * Channel identifiers, in the order results list them.
 *
 * @example
 * ```ts
 * import { channelIds } from "adobe-support-sla";
 * channelIds //=> ["phone", "chat", "online-case"]
 * ```
 * @category Catalog
 */
export const channelIds = ["phone", "chat", "online-case"] as const;
/**
 * A way to reach Adobe support: `"phone"`, `"chat"` or `"online-case"` (the web portal).
 *
 * @example
 * ```ts
 * import { type ChannelId, channels } from "adobe-support-sla";
 * const id: ChannelId = "online-case";
 * channels[id].name //=> "Online case (web portal)"
 * ```
 * @category Catalog
 */
export type ChannelId = (typeof channelIds)[number];

/**
 * When something happens: `"24x7"` (every instant of the year) or `"business-hours"` (the
 * region's business hours, holidays closed).
 *
 * @example
 * ```ts
 * import { requestHandling, type ServiceHours } from "adobe-support-sla";
 * const p2: ServiceHours = requestHandling.P2;
 * p2 //=> "business-hours"
 * ```
 * @category Catalog
 */
export type ServiceHours = "24x7" | "business-hours";

/**
 * One support channel.
 *
 * @example
 * ```ts
 * import { channels, type SupportChannel } from "adobe-support-sla";
 * const phone: SupportChannel = channels.phone;
 * phone.accepts.P3 //=> "business-hours"
 * phone.namedFor //=> ["P1", "P2", "P3", "P4"]
 * ```
 * @category Catalog
 */
export interface SupportChannel {
  /** The channel's id, also its key in {@link channels}. */
  readonly id: ChannelId;
  /** English name. */
  readonly name: string;
  /** When the channel takes a new request or message, per priority. */
  readonly accepts: Readonly<Record<Priority, ServiceHours>>;
  /** The priorities for which the policy names this channel as a route to support. */
  readonly namedFor: readonly Priority[];
  /** Our own one-line summary. */
  readonly summary: string;
}

const allPriorities: readonly Priority[] = /* @__PURE__ */ (() =>
  Object.freeze(["P1", "P2", "P3", "P4"]))();
const alwaysOpen: Readonly<Record<Priority, ServiceHours>> = /* @__PURE__ */ (() =>
  Object.freeze({
    P1: "24x7",
    P2: "24x7",
    P3: "24x7",
    P4: "24x7",
  }))();

/**
 * The support channels by id: what each accepts, per priority, and for which priorities the
 * policy names it.
 *
 * Phone takes P1 emergencies around the clock and P2-P4 calls in business hours; chat and the
 * online portal take submissions at any time. The policy lists the channels once, for both plans
 * (among the Expert features; the Ultimate features add no other channel).
 *
 * @example
 * ```ts
 * import { channels } from "adobe-support-sla";
 * channels.phone.accepts.P1 //=> "24x7"
 * channels.phone.accepts.P2 //=> "business-hours"
 * channels.chat.namedFor //=> ["P2", "P3", "P4"]
 * ```
 * @category Catalog
 */
export const channels: Readonly<Record<ChannelId, SupportChannel>> = /* @__PURE__ */ (() =>
  Object.freeze({
    phone: Object.freeze({
      id: "phone",
      name: "Phone",
      accepts: Object.freeze({
        P1: "24x7",
        P2: "business-hours",
        P3: "business-hours",
        P4: "business-hours",
      }),
      namedFor: allPriorities,
      summary: "Live phone support: around the clock for P1 emergencies, business hours for P2-P4.",
    }),
    chat: Object.freeze({
      id: "chat",
      name: "Chat",
      accepts: alwaysOpen,
      namedFor: Object.freeze(["P2", "P3", "P4"] as const),
      summary: "Chat takes messages at any time; it is a named route for P2-P4 requests.",
    }),
    "online-case": Object.freeze({
      id: "online-case",
      name: "Online case (web portal)",
      accepts: alwaysOpen,
      namedFor: allPriorities,
      summary: "A case opened in the support portal, which takes submissions at any time.",
    }),
  } satisfies Record<ChannelId, SupportChannel>))();

/**
 * When Adobe works a request of each priority: P1 around the clock, P2-P4 in business hours.
 *
 * @example
 * ```ts
 * import { requestHandling } from "adobe-support-sla";
 * requestHandling.P1 //=> "24x7"
 * requestHandling.P3 //=> "business-hours"
 * ```
 * @category Catalog
 */
export const requestHandling: Readonly<Record<Priority, ServiceHours>> = /* @__PURE__ */ (() =>
  Object.freeze({
    P1: "24x7",
    P2: "business-hours",
    P3: "business-hours",
    P4: "business-hours",
  } satisfies Record<Priority, ServiceHours>))();

/**
 * Product ids that mean Adobe Commerce (for the language rule; matched after trimming, any case).
 * `"commerce-managed-services"` is Adobe Commerce on Managed Services.
 *
 * @example
 * ```ts
 * import { adobeCommerceProductIds } from "adobe-support-sla";
 * adobeCommerceProductIds //=> ["commerce", "commerce-managed-services"]
 * ```
 * @category Catalog
 */
export const adobeCommerceProductIds = /* @__PURE__ */ (() =>
  Object.freeze(["commerce", "commerce-managed-services"]))();

/**
 * Language identifiers (BCP 47) of the support languages.
 *
 * @example
 * ```ts
 * import { languageIds } from "adobe-support-sla";
 * languageIds //=> ["en", "ja"]
 * ```
 * @category Catalog
 */
export const languageIds = ["en", "ja"] as const;
/**
 * A support language: `"en"` (English) or `"ja"` (Japanese).
 *
 * @example
 * ```ts
 * import { type LanguageId, supportLanguages } from "adobe-support-sla";
 * const answer = supportLanguages({ region: "japan", now: "2026-11-24T10:00:00+09:00" });
 * const offered: readonly LanguageId[] = answer.languages;
 * offered //=> ["en", "ja"]
 * ```
 * @category Catalog
 */
export type LanguageId = (typeof languageIds)[number];

/**
 * The language rule: English always; Japanese only in Japan hours, never for Adobe Commerce.
 * {@link supportLanguages} applies it to an instant.
 *
 * @example
 * ```ts
 * import { languageRule } from "adobe-support-sla";
 * languageRule.english.availability //=> "24x7"
 * languageRule.japanese.timeZone //=> "Asia/Tokyo"
 * languageRule.japanese.excludedProducts //=> ["commerce", "commerce-managed-services"]
 * ```
 * @category Catalog
 */
export const languageRule = /* @__PURE__ */ (() =>
  Object.freeze({
    /** English is offered everywhere, at every instant. */
    english: Object.freeze({
      /** Language id. */
      language: "en",
      /** Offered at every instant of the year. */
      availability: "24x7",
    }),
    /** Japanese: for the Japan region only, in Japan business hours, never for Adobe Commerce. */
    japanese: Object.freeze({
      /** Language id. */
      language: "ja",
      /** Only customers of this region (by billing address) can get Japanese support. */
      region: "japan",
      /** The hours are the Japan region's (Mon-Fri 09:00-17:00), always read in this zone. */
      timeZone: "Asia/Tokyo",
      /** Closed on the holidays the caller passes (Japanese national and Adobe holidays). */
      holidays: "caller-supplied",
      /** Never for these products. */
      excludedProducts: adobeCommerceProductIds,
    }),
  } as const))();

/**
 * Why Japanese support is or is not available (see {@link languageRule}), in the order
 * {@link supportLanguages} checks them (`"available"` first, the checks after it).
 *
 * @example
 * ```ts
 * import { japaneseReasonCodes } from "adobe-support-sla";
 * japaneseReasonCodes //=> ["available", "not_japan_region", "adobe_commerce", "national_holiday", "holiday", "outside_japan_hours"]
 * ```
 * @category Catalog
 */
export const japaneseReasonCodes = [
  "available",
  "not_japan_region",
  "adobe_commerce",
  "national_holiday",
  "holiday",
  "outside_japan_hours",
] as const;
/**
 * A reason code of the Japanese-language answer.
 *
 * @example
 * ```ts
 * import { type JapaneseReasonCode, supportLanguages } from "adobe-support-sla";
 * const answer = supportLanguages({ region: "emea", now: "2026-11-23T10:00:00+01:00" });
 * const code: JapaneseReasonCode = answer.japanese.reason.code;
 * code //=> "not_japan_region"
 * ```
 * @category Catalog
 */
export type JapaneseReasonCode = (typeof japaneseReasonCodes)[number];

/**
 * Permission identifiers of a support admin, in the order of {@link supportAdminPermissions}.
 *
 * @example
 * ```ts
 * import { supportAdminPermissionIds } from "adobe-support-sla";
 * supportAdminPermissionIds[0] //=> "manage-support-users"
 * supportAdminPermissionIds.length //=> 4
 * ```
 * @category Catalog
 */
export const supportAdminPermissionIds = [
  "manage-support-users",
  "control-access-roles",
  "use-case-management-tools",
  "start-chats",
] as const;
/**
 * A support-admin permission id.
 *
 * @example
 * ```ts
 * import { type SupportAdminPermissionId, supportAdminPermissionIds } from "adobe-support-sla";
 * const id: SupportAdminPermissionId = "start-chats";
 * supportAdminPermissionIds.indexOf(id) //=> 3
 * ```
 * @category Catalog
 */
export type SupportAdminPermissionId = (typeof supportAdminPermissionIds)[number];

/**
 * One thing a support admin can do in the support portal.
 *
 * @example
 * ```ts
 * import { type SupportAdminPermission, supportAdminPermissions } from "adobe-support-sla";
 * const first: SupportAdminPermission | undefined = supportAdminPermissions[0];
 * first?.description //=> "Add support users to the portal and remove them."
 * ```
 * @category Catalog
 */
export interface SupportAdminPermission {
  /** The permission's id. */
  readonly id: SupportAdminPermissionId;
  /** Our own wording. */
  readonly description: string;
}

/**
 * What a support admin (set up in Adobe Admin Console) can do in the support portal, in our
 * words. Support admins are Admin Console super-users and get the system e-mails sent when a
 * support user is created.
 *
 * @example
 * ```ts
 * import { supportAdminPermissions } from "adobe-support-sla";
 * supportAdminPermissions[3] //=> { id: "start-chats", description: "Open a chat with Adobe support." }
 * ```
 * @category Catalog
 */
export const supportAdminPermissions: readonly SupportAdminPermission[] = /* @__PURE__ */ (() =>
  Object.freeze([
    Object.freeze({
      id: "manage-support-users",
      description: "Add support users to the portal and remove them.",
    }),
    Object.freeze({
      id: "control-access-roles",
      description: "Decide which access roles each support user has.",
    }),
    Object.freeze({
      id: "use-case-management-tools",
      description: "Use the portal's tools for handling support cases with Adobe.",
    }),
    Object.freeze({
      id: "start-chats",
      description: "Open a chat with Adobe support.",
    }),
  ] satisfies readonly SupportAdminPermission[]))();

/**
 * Remote access: the customer gives Adobe Support access to the systems concerned through remote
 * support tools that Adobe controls, for troubleshooting and support (our wording of the policy).
 *
 * @example
 * ```ts
 * import { remoteAccess } from "adobe-support-sla";
 * remoteAccess.grantedBy //=> "customer"
 * remoteAccess.grantedTo //=> "Adobe Support"
 * ```
 * @category Catalog
 */
export const remoteAccess = /* @__PURE__ */ (() =>
  Object.freeze({
    /** Stable id of the rule. */
    id: "adobe-controlled-remote-support-tools",
    /** Who gives the access. */
    grantedBy: "customer",
    /** Who receives it. */
    grantedTo: "Adobe Support",
    /** The means: tools that Adobe controls. */
    through: "remote support tools controlled by Adobe",
    /** What the access is for. */
    purpose: "troubleshooting and support services on the customer systems concerned",
    /** The rule in one sentence (our wording). */
    summary:
      "The customer grants Adobe Support access to the relevant systems through Adobe-controlled remote support tools, for troubleshooting and support.",
  } as const))();
/**
 * The remote-access rule: see {@link remoteAccess}.
 *
 * @example
 * ```ts
 * import { type RemoteAccess, remoteAccess } from "adobe-support-sla";
 * const rule: RemoteAccess = remoteAccess;
 * rule.through //=> "remote support tools controlled by Adobe"
 * ```
 * @category Catalog
 */
export type RemoteAccess = typeof remoteAccess;
