import type { Article } from '../../shared/article/model';
import type { Settings } from '../../shared/ipc';
import { BylinesField } from './BylinesField';
import { CountedField } from './CountedField';
import { MetaFields } from './MetaFields';

interface ArticleFieldsProps {
  article: Article;
  settings: Settings;
  onChange: (change: Partial<Article>) => void;
  onRename: (slug: string) => void;
}

/** The structured fields above the body: kicker, headline, dek, bylines, dateline, tags, slug, status. */
export function ArticleFields({ article, settings, onChange, onRename }: ArticleFieldsProps) {
  return (
    <section className="fields" aria-label="Article fields">
      <div className="field">
        <label htmlFor="field-kicker">Kicker</label>
        <input id="field-kicker" className="kicker-input" type="text" value={article.kicker} onChange={(event) => onChange({ kicker: event.target.value })} />
      </div>
      <CountedField id="field-headline" label="Headline" className="headline-input" value={article.headline} limit={settings.headlineLimit} isMultiline onChange={(headline) => onChange({ headline })} />
      <CountedField id="field-dek" label="Dek" className="dek-input" value={article.dek} limit={settings.dekLimit} isMultiline onChange={(dek) => onChange({ dek })} />
      <BylinesField article={article} onChange={onChange} />
      <MetaFields article={article} onChange={onChange} onRename={onRename} />
    </section>
  );
}
