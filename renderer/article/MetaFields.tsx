import { useEffect, useState } from 'react';
import type { Article, ArticleStatus } from '../../shared/article/model';
import { StatusOptions } from './StatusOptions';

interface MetaFieldsProps {
  article: Article;
  onChange: (change: Partial<Article>) => void;
  onRename: (slug: string) => void;
}

/** Dateline, tags, slug (editable until first publication) and workflow status. */
export function MetaFields({ article, onChange, onRename }: MetaFieldsProps) {
  const [tagText, setTagText] = useState(article.tags.join(', '));
  const [slug, setSlug] = useState(article.slug);
  useEffect(() => setSlug(article.slug), [article.slug]);
  useEffect(() => setTagText(article.tags.join(', ')), [article.id]);
  const isSlugLocked = article.publication !== null;
  return (
    <div className="meta-grid">
      <label>
        Dateline place
        <input id="field-dateline-place" type="text" value={article.dateline.place} onChange={(event) => onChange({ dateline: { ...article.dateline, place: event.target.value } })} />
      </label>
      <label>
        Dateline date
        <input type="date" value={article.dateline.date} onChange={(event) => onChange({ dateline: { ...article.dateline, date: event.target.value } })} />
      </label>
      <label>
        Tags
        <input
          type="text"
          value={tagText}
          placeholder="comma, separated"
          onChange={(event) => {
            setTagText(event.target.value);
            onChange({ tags: [...new Set(event.target.value.split(',').map((tag) => tag.trim()).filter(Boolean))] });
          }}
        />
      </label>
      <label>
        Workflow status
        <select value={article.status} onChange={(event) => onChange({ status: event.target.value as ArticleStatus })}>
          <StatusOptions />
        </select>
      </label>
      <label>
        Slug
        <input
          type="text"
          value={slug}
          readOnly={isSlugLocked}
          title={isSlugLocked ? 'The slug is fixed once the article has been published' : 'Press Enter to rename the file'}
          onChange={(event) => setSlug(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && slug !== article.slug) onRename(slug);
          }}
          onBlur={() => slug !== article.slug && onRename(slug)}
        />
      </label>
    </div>
  );
}
