/** Public entry of adobe-support-sla: every public name is listed here explicitly. */

export type {
  ChannelId,
  JapaneseReasonCode,
  LanguageId,
  RemoteAccess,
  ServiceHours,
  SupportAdminPermission,
  SupportAdminPermissionId,
  SupportChannel,
} from "./data/channels.js";
export {
  adobeCommerceProductIds,
  channelIds,
  channels,
  japaneseReasonCodes,
  languageIds,
  languageRule,
  remoteAccess,
  requestHandling,
  supportAdminPermissionIds,
  supportAdminPermissions,
} from "./data/channels.js";
export type { Country } from "./data/countries.js";
export { countries } from "./data/countries.js";
export type { Plan, PlanId, ResponseTarget, TargetTable, TargetTableId } from "./data/plans.js";
export { commerceRule, planIds, plans, targetTableIds, targetTables } from "./data/plans.js";
export type { EngagementRule, Impact, Priority, PriorityLevel } from "./data/priorities.js";
export { priorities, priorityLevels } from "./data/priorities.js";
export type { Region, RegionId, RegionZoneRule } from "./data/regions.js";
export { regionIds, regions } from "./data/regions.js";
export type {
  AddOn,
  AddOnEligibilityRule,
  AddOnId,
  AddOnPart,
  DigitalLearning,
  Feature,
  FeatureId,
  FieldServiceActivity,
  FieldServiceActivityId,
  LaunchAdvisoryPhase,
  LaunchAdvisoryPhaseId,
  Solution,
  SolutionId,
} from "./data/services.js";
export {
  addOnIds,
  addOns,
  digitalLearning,
  expertFeatureIds,
  fieldServiceActivities,
  fieldServiceActivityIds,
  fieldServiceNote,
  launchAdvisoryPhaseIds,
  launchAdvisoryPhases,
  planFeatures,
  solutionIds,
  solutions,
  ultimateFeatureIds,
} from "./data/services.js";
export type { CalendarInput } from "./engine/api.js";
export {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextOpening,
} from "./engine/api.js";
export { BusinessCalendar } from "./engine/calendar.js";
export type { CalendarDefinition, ClosedDates, TimeWindow, Weekday } from "./engine/definition.js";
export { calendarDefinitionSchema, weekdays } from "./engine/definition.js";
export type { SlaIssue } from "./errors.js";
export { isSlaError, isSlaInputError, SlaError, SlaInputError } from "./errors.js";
export type {
  JapaneseDateInput,
  JapaneseHoliday,
  JapaneseHolidayKind,
} from "./holidays/japan.js";
export { isJapaneseHoliday, japaneseHoliday, japaneseHolidaysIn } from "./holidays/japan.js";
export type { JapaneseHolidayId } from "./holidays/japan-law.js";
export { japaneseHolidayCoverage, japaneseHolidayIds } from "./holidays/japan-law.js";
export type {
  CaseWith,
  ContactAttempt,
  HolidaysInput,
  Pause,
  PriorityChange,
  SupportCase,
  SupportCaseKey,
} from "./input/case.js";
export type { BusinessDayReading, ContactOutcome } from "./input/options.js";
export { businessDayReadings, contactOutcomes } from "./input/options.js";
export type { PlainDateLike } from "./input/plain-date.js";
export { commerceProductAliases } from "./input/product-aliases.js";
export { supportCaseSchema } from "./input/schema.js";
export type { InputLimit } from "./limits.js";
export { inputLimits } from "./limits.js";
export type {
  AdobeMayContact,
  AdobeMayContactInput,
  ChannelStatus,
  ContactPlaceInput,
  ContactReason,
  ContactRule,
  JapaneseAvailability,
  SubmissionCheck,
  SubmissionCheckInput,
  SubmissionReasonCode,
  SupportChannels,
  SupportChannelsInput,
  SupportLanguages,
  SupportLanguagesInput,
} from "./policy/contact.js";
export {
  adobeMayContact,
  adobeMayContactInputSchema,
  submissionCheck,
  submissionCheckInputSchema,
  supportChannels,
  supportChannelsInputSchema,
  supportLanguages,
  supportLanguagesInputSchema,
} from "./policy/contact.js";
export type {
  AttemptExclusion,
  DowngradeClause,
  DowngradeEligibility,
  DowngradeEligibilityInput,
  DowngradeReason,
  DowngradeReasonCode,
  JudgedAttempt,
} from "./policy/downgrade.js";
export {
  attemptExclusions,
  downgradeEligibility,
  downgradeEligibilityInputSchema,
  downgradeReasonCodes,
} from "./policy/downgrade.js";
export type {
  AddOnEligibility,
  AddOnEligibilityInput,
  AddOnReasonCode,
  LaunchAdvisoryDeliverable,
} from "./policy/services.js";
export {
  addOnEligibility,
  addOnEligibilityInputSchema,
  fieldServiceActivitiesFor,
  launchAdvisoryDeliverables,
  planFeaturesFor,
} from "./policy/services.js";
export type {
  AppliedPause,
  SlaState,
  SlaStatus,
  SlaStatusInput,
} from "./policy/status.js";
export { slaStates, slaStatus, slaStatusInputSchema } from "./policy/status.js";
export type { MeasureFrom } from "./sla/context.js";
export { measureFromOptions } from "./sla/context.js";
export type {
  AppliedTarget,
  HoursUsed,
  ResponseDeadline,
  ResponseDeadlineInput,
} from "./sla/deadline.js";
export { responseDeadline, responseDeadlineInputSchema } from "./sla/deadline.js";
export type { RegionChoice, TableChoice, TimeZoneChoice } from "./sla/resolve.js";
export { regionForCountry } from "./sla/resolve.js";
export type { InstantInput, LuxonDateTimeLike, TemporalInstantLike } from "./time/instant.js";
export { SUPPORTED_RANGE } from "./time/range.js";
