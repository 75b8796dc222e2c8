/** How much a checklist item matters: errors block publishing, warnings need a sign-off. */
export type ChecklistSeverity = 'error' | 'warning' | 'ok';

/** Article fields a checklist item can point at. */
export type ChecklistField = 'headline' | 'dek' | 'bylines' | 'dateline' | 'sources';

/**
 * Where the publish panel jumps when an item is chosen: a metadata field, a detected quote, or a
 * body paragraph (numbered as `bodyParagraphs` and the analyser number them). `null` for summaries.
 */
export type ChecklistTarget = { field: ChecklistField } | { quoteKey: string } | { paragraph: number } | null;

/** One line of the publish checklist. `id` is stable across runs, so a warning's sign-off can be recorded. */
export interface ChecklistItem {
  id: string;
  severity: ChecklistSeverity;
  label: string;
  reason: string;
  target: ChecklistTarget;
}

/** Longest headline and dek, in characters, before the checklist warns. */
export interface ChecklistLimits {
  headline: number;
  dek: number;
}
