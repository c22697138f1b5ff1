/**
 * The public API as the command line uses it: the one module of `src/cli` that imports the library
 * (src/index.ts), so that the rest of the command line imports it from here. The built command
 * line holds this module in `cli-lib.cjs`, shared by `cli.cjs` and `cli-report.cjs`
 * (tsup.config.ts); listing the names here, rather than building the whole of src/index.ts,
 * keeps out what the command line never uses, such as the public zod schemas that are built
 * when loaded.
 */

export type {
  DowngradeEligibility,
  DowngradeEligibilityInput,
  HolidayEntry,
  Pause,
  Priority,
  PriorityChange,
  ResponseDeadline,
  ResponseDeadlineInput,
  SlaState,
  SlaStatus,
  SlaStatusFigures,
  SlaStatusInput,
} from "../index.js";
export {
  downgradeEligibility,
  isSlaInputError,
  planIds,
  plans,
  priorities,
  regionIds,
  regions,
  responseDeadline,
  SlaInputError,
  SUPPORTED_RANGE,
  slaStates,
  slaStatus,
  slaStatusFigures,
  targetTableIds,
  targetTables,
} from "../index.js";
