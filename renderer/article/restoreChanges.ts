import type { Article } from '../../shared/article/model';

/** One field that restoring would change: its label and its text now and after the restore. */
export interface FieldChange {
  label: string;
  now: string;
  restored: string;
}

const fields: { label: string; text: (article: Article) => string }[] = [
  { label: 'Kicker', text: (article) => article.kicker },
  { label: 'Headline', text: (article) => article.headline },
  { label: 'Dek', text: (article) => article.dek },
  { label: 'Bylines', text: (article) => article.bylines.filter((byline) => byline.name.trim()).map((byline) => `${byline.name} (${byline.role})`).join(', ') },
  { label: 'Additional reporting', text: (article) => article.additionalReporting },
  { label: 'Dateline', text: (article) => [article.dateline.place, article.dateline.date].filter(Boolean).join(', ') },
  { label: 'Tags', text: (article) => article.tags.join(', ') },
  { label: 'Workflow status', text: (article) => article.status },
  { label: 'Sources', text: (article) => article.sources.map((source) => source.name || source.title || 'unnamed source').join(', ') },
];

/** The fields (not the body) whose text differs between the article now and the article after a restore. */
export function fieldChanges(now: Article, restored: Article): FieldChange[] {
  return fields.flatMap(({ label, text }) => (text(now) === text(restored) ? [] : [{ label, now: text(now), restored: text(restored) }]));
}

/** How many review decisions a restore keeps and how many it drops. */
export function reviewChanges(now: Article, restored: Article): { kept: number; dropped: number } {
  const nowKeys = Object.keys(now.reviews);
  const kept = nowKeys.filter((key) => restored.reviews[key] === now.reviews[key]).length;
  return { kept, dropped: nowKeys.length - kept };
}
