import type { ArticleStatus } from '../../shared/article/model';

/** The workflow status as a small label, with "changed since published" when relevant. */
export function StatusBadge({ status, isChangedSincePublished }: { status: ArticleStatus; isChangedSincePublished: boolean }) {
  return (
    <span className={`status status-${status}`}>
      {status}
      {isChangedSincePublished ? ' · changed since published' : ''}
    </span>
  );
}
