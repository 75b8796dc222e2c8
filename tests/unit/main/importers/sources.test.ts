import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import type { AnalyserInput, AttributionResult, DetectedQuote, SpeakerKind } from '../../../../shared/attribution/types';
import { fixedOptions, utf8 } from './helpers';

function quote(paragraph: number, speaker: string | null, speakerKind: SpeakerKind, title = ''): DetectedQuote {
  return { key: `q${paragraph}-${speaker ?? ''}`, paragraph, start: 1, end: 5, text: 'text', speaker, speakerKind, title, cue: '', rule: 'speech-verb', explanation: 'named in the sentence', sourceId: null };
}

/** Stands in for the analyser with a fixed answer, and records what it was given. */
function fixedAnalyser(result: AttributionResult): { analyse: (input: AnalyserInput) => AttributionResult; inputs: AnalyserInput[] } {
  const inputs: AnalyserInput[] = [];
  return { analyse: (input) => (inputs.push(input), result), inputs };
}

const markdown = `# Ferry Crews Walk Out

"We are out," said Maria Okafor, the union secretary.

"Fair and final," Blue Water Ferries said in a statement. "Vote on it," Okafor said.

"It is bad," one commuter said.

> "Patience has not paid the rent."
> — Maria Okafor, Union Secretary
`;

const analysis: AttributionResult = {
  quotes: [
    quote(0, 'Maria Okafor', 'named', 'union secretary'),
    quote(1, 'Blue Water Ferries', 'organisation'),
    quote(1, 'Maria Okafor', 'named'),
    quote(2, 'one commuter', 'descriptive'),
    quote(2, null, 'none'),
  ],
  findings: [
    { code: 'unbalanced-quotes', severity: 'error', message: 'unbalanced quotation marks', paragraph: 6, start: 0, end: 1 },
    { code: 'pull-quote-mismatch', severity: 'warning', message: 'the pull quote is not in the body', paragraph: -1, start: 0, end: 0 },
  ],
};

describe('sources proposed from the analyser', () => {
  it('passes the body paragraphs and pull quotes to the analyser', async () => {
    const { analyse, inputs } = fixedAnalyser(analysis);
    await importFile({ name: 'story.md', bytes: utf8(markdown) }, fixedOptions({ analyse }));
    expect(inputs[0]?.paragraphs).toHaveLength(3);
    expect(inputs[0]?.pullQuotes).toEqual([{ text: '"Patience has not paid the rent."', sourceId: null }]);
  });

  it('proposes one source per canonical name with kind, level and title', async () => {
    const { analyse } = fixedAnalyser(analysis);
    const { report } = await importFile({ name: 'story.md', bytes: utf8(markdown) }, fixedOptions({ analyse }));
    expect(report.quotes).toBe(5);
    expect(report.proposedSources.map(({ name, title, kind, level, quotes }) => ({ name, title, kind, level, quotes }))).toEqual([
      { name: 'Maria Okafor', title: 'Union Secretary', kind: 'person', level: 'on-record', quotes: 3 },
      { name: 'Blue Water Ferries', title: '', kind: 'organisation', level: 'on-record', quotes: 1 },
      { name: 'one commuter', title: '', kind: 'person', level: 'anonymous', quotes: 1 },
    ]);
  });

  it('links the pull quote to its proposed source and leaves the anonymity reason empty for review', async () => {
    const { analyse } = fixedAnalyser(analysis);
    const { article } = await importFile({ name: 'story.md', bytes: utf8(markdown) }, fixedOptions({ analyse }));
    const okafor = article.sources.find((source) => source.name === 'Maria Okafor');
    const pullQuote = article.body.content?.find((node) => node.type === 'pullQuote');
    expect(pullQuote?.attrs).toEqual({ sourceId: okafor?.id });
    expect(article.sources.find((source) => source.name === 'one commuter')?.anonymityReason).toBe('');
    expect(new Set(article.sources.map((source) => source.id)).size).toBe(3);
  });

  it('turns the analyser findings into report warnings with 1-based paragraph numbers', async () => {
    const { analyse } = fixedAnalyser(analysis);
    const { report } = await importFile({ name: 'story.md', bytes: utf8(markdown) }, fixedOptions({ analyse }));
    expect(report.warnings).toEqual(['paragraph 7: unbalanced quotation marks', 'the pull quote is not in the body']);
  });
});
