import { sourceLabel, useSources } from './sourcesContext';

/** The options of a "said by" menu: a blank choice, then every source of the article. */
export function SourceOptions() {
  const sources = useSources();
  return (
    <>
      <option value="">— choose a source —</option>
      {sources.map((source) => (
        <option key={source.id} value={source.id}>
          {sourceLabel(source)}
        </option>
      ))}
    </>
  );
}
