import { useEffect, useState } from 'react';
import type { Article } from '../../shared/article/model';
import { LineField } from '../LineField';
import { StoryField } from './StoryField';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug, which names the file: editable (Enter or leaving the field renames) until the article is first published. */
export function SlugField({ article, onRename }: { article: Article; onRename: (slug: string) => void }) {
  const [slug, setSlug] = useState(article.slug);
  useEffect(() => setSlug(article.slug), [article.slug]);
  const isLocked = article.publication !== null;
  const isValid = slugPattern.test(slug) && slug.length <= 80;
  const commit = () => {
    if (isValid && slug !== article.slug) onRename(slug);
  };
  const hint = isLocked
    ? `Fixed since the article was published · ${slug}.article.json`
    : isValid
      ? `${slug.length} of 80 characters · file ${slug}.article.json · Enter renames it`
      : 'Lower-case letters, digits and single hyphens, up to 80 characters';
  return (
    <StoryField htmlFor="field-slug" label="Slug" hint={hint} hintId="field-slug-hint" isProblem={!isValid}>
      <LineField id="field-slug" className="slug-input" value={slug} readOnly={isLocked} aria-invalid={!isValid || undefined} aria-describedby="field-slug-hint" onChange={setSlug} onEnter={commit} onBlur={commit} />
    </StoryField>
  );
}
