import { useMemo, type MutableRefObject } from 'react';
import type { Article, BodyNode } from '../../shared/article/model';
import { isChangedSincePublished } from '../../shared/article/publication';
import { useSaveStatus, type SaveStatusStore } from './saveStatus';
import { StatusBadge } from './StatusBadge';

interface ArticleStatusBadgeProps {
  article: Article;
  bodyRef: MutableRefObject<() => BodyNode>;
  status: SaveStatusStore;
}

/**
 * The open article's workflow status and whether it changed since it was published, checked
 * again after each save that lands (the editor holds the current body), not per keystroke.
 */
export function ArticleStatusBadge({ article, bodyRef, status }: ArticleStatusBadgeProps) {
  const savedAt = useSaveStatus(status, (current) => current.savedAt);
  const isChanged = useMemo(() => isChangedSincePublished({ ...article, updatedAt: savedAt || article.updatedAt }, () => bodyRef.current()), [article, savedAt, bodyRef]);
  return <StatusBadge status={article.status} isChangedSincePublished={isChanged} />;
}
