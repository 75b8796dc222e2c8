import type { Article, Source } from '../../shared/article/model';
import type { MainApi } from '../../main/api/createApi';
import { paragraphs } from './articles';

/** Sources of the demo story: two named people in the Sources tab and an anonymous one with no reason yet. */
export const storySources: Source[] = [
  { id: 'src-grant', kind: 'person', name: 'Lena Grant', title: 'Mayor', affiliation: 'Harbour City', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' },
  { id: 'src-ramirez', kind: 'person', name: 'Carla Ramírez-Ortega', title: 'Councillor', affiliation: 'Ward 12', level: 'on-record', anonymityReason: '', contactNote: '', identity: '' },
  { id: 'src-deckhand', kind: 'person', name: 'one night-shift deckhand', title: '', affiliation: '', level: 'anonymous', anonymityReason: '', contactNote: '', identity: '' },
];

/** The demo story's long headline: four lines at 1024 px wide, two at 1440, over the 70-character limit. */
export const storyHeadline = 'Harbour City Adds Emergency Protections for Ferry Crews Ahead of the Weekend Immigration Raids';

/** Body paragraphs written for Copydesk's tests: several quotes per speaker, a surname-only attribution, an anonymous and an unattributed quote. */
export const storyParagraphs = [
  'As federal immigration raids loom over the weekend, Harbour City Mayor Lena Grant announced new protections for ferry crews and their families on Friday.',
  '“Harbour City has always stood with the people who keep its boats running,” Grant said in a statement. “Nobody who works our night shifts should fear the knock on the door.”',
  'The city will add $250,000 to its legal defence fund and has closed police databases to federal immigration agents.',
  '“Money for lawyers is welcome, but it is not enough,” said Councillor Carla Ramírez-Ortega, who represents the harbour ward.',
  '“The mayor must end every form of cooperation with the raids,” Ramírez-Ortega said. “That would cost the city nothing.”',
  'She added: “Our crews deserve more than a statement.”',
  '“We will publish the guidance in six languages,” Grant said.',
  '“I keep my phone on record every time I leave the pier,” one night-shift deckhand said.',
  'Protests are planned at the terminal on Saturday.',
  '“Record everything you see,” a flyer handed out at the terminal read.',
  '“The fund opens on Monday,” Grant said, adding that applications would be processed within a week.',
];

/** The demo story as article fields, ready to save over a created article. */
export function harbourStory(): Partial<Article> {
  return {
    kicker: 'Immigration',
    headline: storyHeadline,
    dek: 'The mayor’s office adds $250,000 to the legal defence fund as crews and councillors say more is needed before the raids begin on Sunday.',
    bylines: [
      { name: 'Ana Ruiz', role: 'reporter' },
      { name: 'Tom Becker', role: 'photographer' },
    ],
    dateline: { place: 'HARBOUR CITY', date: '2026-11-27' },
    tags: ['immigration', 'ferries', 'city hall'],
    sources: storySources,
    body: paragraphs(...storyParagraphs),
  };
}

const otherHeadlines = ['Ferry fares to double in spring', 'Night bus cut leaves riders stranded', 'Bridge inspection finds cracks', 'Council approves harbour budget', 'Storm closes the coast road', 'Library opens new wing', 'Pier repairs delayed again', 'Tram line delayed to 2029', 'Fishing quota talks stall', 'School roof fixed before winter'];

/** Saves the demo story and `others` short articles through the real API; returns the demo story's id. */
export async function seedNewsroom(main: MainApi, others = 29): Promise<string> {
  for (let index = 0; index < others; index += 1) {
    const headline = `${otherHeadlines[index % otherHeadlines.length]}${index >= otherHeadlines.length ? ` (${Math.floor(index / otherHeadlines.length) + 1})` : ''}`;
    const created = await main.api.createArticle({ headline });
    await main.api.saveArticle({ article: { ...created, body: paragraphs(`Story ${index + 1} for the library list.`) }, isExplicit: false });
  }
  const created = await main.api.createArticle({ headline: storyHeadline });
  await main.api.saveArticle({ article: { ...created, ...harbourStory() }, isExplicit: true });
  return created.id;
}
