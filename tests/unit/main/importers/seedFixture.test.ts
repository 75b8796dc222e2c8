import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../main/importers/importFile';
import { analyse } from '../../../../shared/attribution/index';
import { fixedOptions, paragraphsOf, repoRoot } from './helpers';

/** The shared seed article lives beside the repository; the project's own tests do not depend on it. */
const seedPath = path.resolve(repoRoot, '../shared/fixtures/chicago-ice-raids.txt');
const hasSeed = existsSync(seedPath);

if (!hasSeed) console.warn(`skipping the seed-article import tests: ${seedPath} does not exist (it lives outside the repository, beside it in ../shared/fixtures)`);

async function importSeed(options = fixedOptions()) {
  return importFile({ name: 'chicago-ice-raids.txt', bytes: await readFile(seedPath) }, options);
}

describe('plain-text import of the shared Chicago seed article', () => {
  it.skipIf(!hasSeed)('maps kicker, headline, dek and ten body paragraphs', async () => {
    const { article, report } = await importSeed();
    expect(article.kicker).toBe('Lori Lightfoot');
    expect(article.headline).toBe('Chicago Adds More Protections for Immigrant Populations Ahead of ICE Raids');
    expect(article.dek).toBe("Mayor Lightfoot's administration has earmarked an additional $250K for legal defense funds");
    expect(paragraphsOf(article.body)).toHaveLength(10);
    expect(report.paragraphs).toBe(10);
  });

  it.skipIf(!hasSeed)('drops the trailing Contact Us and reports it', async () => {
    const { article, report } = await importSeed();
    expect(report.dropped).toEqual([{ item: 'Contact Us', reason: 'page boilerplate at the end of the text' }]);
    expect(paragraphsOf(article.body).some((paragraph) => paragraph.includes('Contact Us'))).toBe(false);
  });

  it.skipIf(!hasSeed)('keeps the mixed straight and curly quotation marks of the Ramirez-Rosa quote', async () => {
    const { article } = await importSeed();
    const quote = paragraphsOf(article.body)[4] ?? '';
    expect(quote.startsWith('"An additional $250,000')).toBe(true);
    expect(quote).toContain('legal services,” Chicago Alderman Carlos Ramirez-Rosa said. “However,');
    expect(quote.endsWith('zero dollars."')).toBe(true);
  });

  it.skipIf(!hasSeed)('finds seven quotes and proposes the four speakers as sources', async () => {
    const { article, report } = await importSeed(fixedOptions({ analyse }));
    expect(report.quotes).toBe(7);
    const proposed = report.proposedSources.map(({ name, title, kind, level }) => ({ name, title, kind, level }));
    expect(proposed).toEqual(
      expect.arrayContaining([
        // The analyser keeps the place with the title ("Chicago Mayor"), as it does for "Chicago Alderman".
        { name: 'Lori Lightfoot', title: expect.stringMatching(/(^|\s)Mayor$/), kind: 'person', level: 'on-record' },
        { name: 'Carlos Ramirez-Rosa', title: 'Chicago Alderman', kind: 'person', level: 'on-record' },
        { name: 'Dick Durbin', title: 'Senator', kind: 'person', level: 'on-record' },
        { name: 'one faith leader', title: '', kind: 'person', level: 'anonymous' },
      ]),
    );
    expect(proposed).toHaveLength(4);
    expect(article.sources.find((source) => source.name === 'one faith leader')?.anonymityReason).toBe('');
    expect(new Set(article.sources.map((source) => source.id)).size).toBe(article.sources.length);
  });
});
