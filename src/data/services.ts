/** The service catalog, one kind per module of `services/`: plan features, support add-ons, digital learning, launch advisory phases and the field-service menu. */

export type { AddOn, AddOnEligibilityRule, AddOnId, AddOnPart } from "./services/add-ons.js";
export { addOnIds, addOns } from "./services/add-ons.js";
export type { DigitalLearning } from "./services/digital-learning.js";
export { digitalLearning } from "./services/digital-learning.js";
export type {
  FieldServiceActivity,
  FieldServiceActivityId,
  Solution,
  SolutionId,
} from "./services/field-services.js";
export {
  fieldServiceActivities,
  fieldServiceActivityIds,
  fieldServiceNote,
  solutionIds,
  solutions,
} from "./services/field-services.js";
export type { LaunchAdvisoryPhase, LaunchAdvisoryPhaseId } from "./services/launch-advisory.js";
export { launchAdvisoryPhaseIds, launchAdvisoryPhases } from "./services/launch-advisory.js";
export type { Feature, FeatureId } from "./services/plan-features.js";
export { expertFeatureIds, planFeatures, ultimateFeatureIds } from "./services/plan-features.js";
