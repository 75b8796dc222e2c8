import { useEffect, useState, type ReactNode } from 'react';
import type { Article, ArticleStatus } from '../../shared/article/model';
import { BylinesField } from './BylinesField';
import { DateField } from './DateField';
import { LineField } from '../LineField';
import { SlugField } from './SlugField';
import { StatusOptions } from './StatusOptions';
import { StoryField } from './StoryField';

interface StoryPanelProps {
  article: Article;
  onChange: (change: Partial<Article>) => void;
  onRename: (slug: string) => void;
  /** File actions (duplicate, trash) shown at the end of the panel. */
  fileActions: ReactNode;
}

const characters = (text: string) => `${[...text].length} characters`;
const tagsOf = (text: string) => [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];

/**
 * The Story tab: what describes the story rather than tells it — kicker, bylines, dateline, tags,
 * workflow status and slug — each labelled with its limits and counts.
 */
export function StoryPanel({ article, onChange, onRename, fileActions }: StoryPanelProps) {
  const [tagText, setTagText] = useState(article.tags.join(', '));
  useEffect(() => setTagText(article.tags.join(', ')), [article.id]);
  const tagCount = article.tags.length;
  const datelineHint = article.dateline.place.trim() && article.dateline.date ? `Prints as ${article.dateline.place.trim()}, ${article.dateline.date}` : 'Publishing needs a place and a date';
  return (
    <section className="side-section story-panel" aria-label="Story">
      <h2 className="pane-title">Story</h2>
      <StoryField htmlFor="field-kicker" label="Kicker" hint={`Above the headline · ${characters(article.kicker)}`} hintId="field-kicker-hint">
        <LineField id="field-kicker" className="kicker-input" value={article.kicker} aria-describedby="field-kicker-hint" onChange={(kicker) => onChange({ kicker })} />
      </StoryField>
      <BylinesField article={article} onChange={onChange} />
      <StoryField label="Dateline" hint={datelineHint} hintId="field-dateline-hint">
        <label htmlFor="field-dateline-place" className="sub-label">
          Place
        </label>
        <LineField id="field-dateline-place" aria-label="Dateline place" placeholder="e.g. PORTSMOUTH" value={article.dateline.place} aria-describedby="field-dateline-hint" onChange={(place) => onChange({ dateline: { ...article.dateline, place } })} />
        <label htmlFor="field-dateline-date" className="sub-label">
          Date
        </label>
        <DateField id="field-dateline-date" value={article.dateline.date} describedBy="field-dateline-hint" onChange={(date) => onChange({ dateline: { ...article.dateline, date } })} />
      </StoryField>
      <StoryField htmlFor="field-tags" label="Tags" hint={`Separate with commas · ${tagCount} of 100 tags`} hintId="field-tags-hint" isProblem={tagCount > 100}>
        <LineField
          id="field-tags"
          value={tagText}
          placeholder="e.g. ferries, fares"
          aria-describedby="field-tags-hint"
          onChange={(text) => {
            setTagText(text);
            onChange({ tags: tagsOf(text).slice(0, 100) });
          }}
        />
      </StoryField>
      <StoryField htmlFor="field-status" label="Workflow status" hint="Draft → editing → ready → published">
        <select id="field-status" value={article.status} onChange={(event) => onChange({ status: event.target.value as ArticleStatus })}>
          <StatusOptions />
        </select>
      </StoryField>
      <SlugField article={article} onRename={onRename} />
      {fileActions}
    </section>
  );
}
