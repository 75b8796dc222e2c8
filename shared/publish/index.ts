/** The publish checklist: what must be settled before an article goes out, and whether it may. */
export { publishChecklist, canExport, blockingItems, defaultChecklistLimits, type StandardsOptions } from './checklist';
export { readyProblem } from './standardsChecks';
export { evidenceRequirements, type EvidenceRequirement } from '../standards/policy';
export { analyserInputFor } from './analyserInput';
export type { ChecklistItem, ChecklistSeverity, ChecklistTarget, ChecklistField, ChecklistLimits } from './types';
