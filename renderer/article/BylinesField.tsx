import { bylineRoles, type Article, type BylineRole } from '../../shared/article/model';

/** One row per byline (name and role), plus the "additional reporting by" line. */
export function BylinesField({ article, onChange }: { article: Article; onChange: (change: Partial<Article>) => void }) {
  const setByline = (index: number, change: Partial<Article['bylines'][number]>) =>
    onChange({ bylines: article.bylines.map((byline, at) => (at === index ? { ...byline, ...change } : byline)) });
  return (
    <fieldset className="field bylines">
      <legend>Bylines</legend>
      {article.bylines.map((byline, index) => (
        <div className="byline-row" key={index}>
          <input type="text" aria-label={`Byline ${index + 1} name`} placeholder="Name" value={byline.name} onChange={(event) => setByline(index, { name: event.target.value })} />
          <select aria-label={`Byline ${index + 1} role`} value={byline.role} onChange={(event) => setByline(index, { role: event.target.value as BylineRole })}>
            {bylineRoles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <button type="button" aria-label={`Remove byline ${index + 1}`} onClick={() => onChange({ bylines: article.bylines.filter((_, at) => at !== index) })}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" id="field-bylines" onClick={() => onChange({ bylines: [...article.bylines, { name: '', role: 'reporter' }] })}>
        Add byline
      </button>
      <label className="inline-label">
        Additional reporting by
        <input type="text" value={article.additionalReporting} onChange={(event) => onChange({ additionalReporting: event.target.value })} />
      </label>
    </fieldset>
  );
}
