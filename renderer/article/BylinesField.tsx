import { bylineRoles, type Article, type BylineRole } from '../../shared/article/model';
import { LineField } from '../LineField';
import { StoryField } from './StoryField';

/** One row per byline (name and role), plus the "additional reporting by" line. */
export function BylinesField({ article, onChange }: { article: Article; onChange: (change: Partial<Article>) => void }) {
  const setByline = (index: number, change: Partial<Article['bylines'][number]>) =>
    onChange({ bylines: article.bylines.map((byline, at) => (at === index ? { ...byline, ...change } : byline)) });
  const count = article.bylines.length;
  return (
    <>
      <StoryField label="Bylines" hint={count === 0 ? 'None yet; publishing needs at least one.' : `${count} of 50`}>
        {article.bylines.map((byline, index) => (
          <div className="byline-row" key={index}>
            <LineField aria-label={`Byline ${index + 1} name`} placeholder="Name" value={byline.name} onChange={(name) => setByline(index, { name })} />
            <select aria-label={`Byline ${index + 1} role`} value={byline.role} onChange={(event) => setByline(index, { role: event.target.value as BylineRole })}>
              {bylineRoles.map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </select>
            <button type="button" aria-label={`Remove byline ${index + 1}`} title="Remove this byline" onClick={() => onChange({ bylines: article.bylines.filter((_, at) => at !== index) })}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" id="field-bylines" className="add-button" disabled={count >= 50} onClick={() => onChange({ bylines: [...article.bylines, { name: '', role: 'reporter' }] })}>
          Add byline
        </button>
      </StoryField>
      <StoryField htmlFor="field-additional-reporting" label="Additional reporting by" hint="Names, as they should print">
        <LineField id="field-additional-reporting" value={article.additionalReporting} onChange={(additionalReporting) => onChange({ additionalReporting })} />
      </StoryField>
    </>
  );
}
