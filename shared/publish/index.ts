/** The publish checklist: what must be settled before an article goes out, and whether it may. */
export { publishChecklist, canExport, blockingItems, defaultChecklistLimits } from './checklist';
export { analyserInputFor } from './analyserInput';
export type { ChecklistItem, ChecklistSeverity, ChecklistTarget, ChecklistField, ChecklistLimits } from './types';
