/**
 * Public entry of adobe-support-sla: every public name is listed here explicitly.
 *
 * @module
 * @mergeModuleWith <project>
 */

export type { CalendarInput } from "./calendar/api.js";
export {
  addBusinessTime,
  businessTimeBetween,
  createCalendar,
  isOpen,
  nextOpening,
} from "./calendar/api.js";
export { BusinessCalendar } from "./calendar/calendar.js";
export type {
  CalendarDefinition,
  ClosedDates,
  TimeWindow,
  Weekday,
} from "./calendar/definition.js";
export { calendarDefinitionSchema, weekdays } from "./calendar/definition.js";
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
export type { SlaIssue } from "./errors.js";
export { isSlaError, isSlaInputError, SlaError, SlaInputError } from "./errors.js";
export type { ContactReason } from "./explain/reason.js";
export type {
  ClosedDate,
  DatedHoliday,
  HolidayClosure,
  HolidayEntry,
  HolidayWeekday,
  YearlyHoliday,
} from "./holidays/entries.js";
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
export type { IssueCode } from "./issue-codes.js";
export { issueCodes } from "./issue-codes.js";
export type { InputLimit } from "./limits.js";
export { inputLimits } from "./limits.js";
export type { ContactPlaceInput } from "./place/contact-hours.js";
export type { MeasureFrom } from "./place/fields.js";
export { measureFromOptions } from "./place/fields.js";
export type { RegionChoice, TableChoice, TimeZoneChoice } from "./place/resolve.js";
export { regionForCountry } from "./place/resolve.js";
export type {
  AddOnEligibility,
  AddOnEligibilityInput,
  AddOnReasonCode,
} from "./rules/add-on-eligibility.js";
export { addOnEligibility, addOnEligibilityInputSchema } from "./rules/add-on-eligibility.js";
export type {
  AdobeMayContact,
  AdobeMayContactInput,
  ContactRule,
} from "./rules/adobe-may-contact.js";
export { adobeMayContact, adobeMayContactInputSchema } from "./rules/adobe-may-contact.js";
export {
  downgradeEligibility,
  downgradeEligibilityInputSchema,
} from "./rules/downgrade-eligibility.js";
export type {
  AttemptExclusion,
  DowngradeClause,
  DowngradeEligibility,
  DowngradeEligibilityInput,
  DowngradeReason,
  DowngradeReasonCode,
  JudgedAttempt,
} from "./rules/downgrade-eligibility-types.js";
export { attemptExclusions, downgradeReasonCodes } from "./rules/downgrade-eligibility-types.js";
export type {
  AppliedTarget,
  HoursUsed,
  ResponseDeadline,
  ResponseDeadlineInput,
} from "./rules/response-deadline.js";
export { responseDeadline, responseDeadlineInputSchema } from "./rules/response-deadline.js";
export type { LaunchAdvisoryDeliverable } from "./rules/services.js";
export {
  fieldServiceActivitiesFor,
  launchAdvisoryDeliverables,
  planFeaturesFor,
} from "./rules/services.js";
export { slaStatus, slaStatusInputSchema } from "./rules/sla-status.js";
export { slaStatusFigures } from "./rules/sla-status-figures.js";
export type {
  AppliedPause,
  SlaState,
  SlaStatus,
  SlaStatusFigures,
  SlaStatusInput,
} from "./rules/sla-status-types.js";
export { slaStates } from "./rules/sla-status-types.js";
export type {
  SubmissionCheck,
  SubmissionCheckInput,
  SubmissionReasonCode,
} from "./rules/submission-check.js";
export { submissionCheck, submissionCheckInputSchema } from "./rules/submission-check.js";
export type {
  ChannelStatus,
  SupportChannels,
  SupportChannelsInput,
} from "./rules/support-channels.js";
export { supportChannels, supportChannelsInputSchema } from "./rules/support-channels.js";
export type {
  JapaneseAvailability,
  SupportLanguages,
  SupportLanguagesInput,
} from "./rules/support-languages.js";
export { supportLanguages, supportLanguagesInputSchema } from "./rules/support-languages.js";
export type { InstantInput, LuxonDateTimeLike, TemporalInstantLike } from "./time/instant.js";
export { SUPPORTED_RANGE } from "./time/range.js";
