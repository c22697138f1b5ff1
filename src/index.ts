/** Public entry of adobe-support-sla: every public name is listed here explicitly. */

export type { Country } from "./data/countries.js";
export { countries } from "./data/countries.js";
export type { Plan, PlanId, ResponseTarget, TargetTable, TargetTableId } from "./data/plans.js";
export { commerceRule, planIds, plans, targetTableIds, targetTables } from "./data/plans.js";
export type { EngagementRule, Impact, Priority, PriorityLevel } from "./data/priorities.js";
export { priorities, priorityLevels } from "./data/priorities.js";
export type { Region, RegionId, RegionZoneRule } from "./data/regions.js";
export { regionIds, regions } from "./data/regions.js";
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
  AppliedTarget,
  BusinessDayReading,
  HoursUsed,
  ResponseDeadline,
  ResponseDeadlineInput,
} from "./sla/deadline.js";
export {
  businessDayReadings,
  responseDeadline,
  responseDeadlineInputSchema,
} from "./sla/deadline.js";
export type { RegionChoice, TableChoice, TimeZoneChoice } from "./sla/resolve.js";
export { regionForCountry } from "./sla/resolve.js";
export type { InstantInput } from "./time/instant.js";
export { SUPPORTED_RANGE } from "./time/range.js";
