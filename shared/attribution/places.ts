/**
 * Names of places an English news report mentions without introducing them, and the adjectives
 * of nationality: a run of capitals that is a place is never a person, so never a `he` or a
 * `she`. Countries, their capitals and the continents come from `countries-list` (ISO 3166), the
 * US states and territories from `states-us`; only the common short forms and large regions no
 * such table holds are written here, as general knowledge.
 */
import { continents, countries } from 'countries-list';
import { states } from 'states-us';

/** Everyday names of countries that the ISO table spells otherwise (`Britain`, `America`). */
const shortForms = 'Britain|Great Britain|England|Scotland|Wales|Northern Ireland|America|United States of America|Korea|Burma|Czech Republic|Ivory Coast|Washington|New York City';

/** Regions larger or looser than a country. */
const regions =
  'Latin America|Central America|Middle East|Near East|Far East|Southeast Asia|East Asia|South Asia|Central Asia|' +
  'Eastern Europe|Western Europe|Scandinavia|Balkans|Caribbean|Pacific|Atlantic|Arctic|Mediterranean|Persian Gulf|' +
  'Midwest|New England|West Coast|East Coast|Southwest|Northeast|Southeast|Northwest|South|North|East|West';

const nationalities =
  'American|British|English|French|German|Italian|Spanish|Portuguese|Dutch|Belgian|Swiss|Austrian|Swedish|Norwegian|Danish|' +
  'Finnish|Irish|Scottish|Welsh|Polish|Czech|Hungarian|Greek|Turkish|Russian|Ukrainian|Chinese|Japanese|Korean|Indian|' +
  'Pakistani|Afghan|Iranian|Iraqi|Syrian|Israeli|Palestinian|Lebanese|Egyptian|Saudi|Jordanian|Libyan|Mexican|Canadian|' +
  'Cuban|Brazilian|Argentine|Venezuelan|Colombian|Chilean|Peruvian|Australian|Nigerian|Kenyan|South African|Ethiopian|' +
  'Somali|Yemeni|Kurdish|Vietnamese|Filipino|Indonesian|Thai|European|Asian|African|Arab|Latino|Hispanic|Western|Soviet';

function lowerSet(names: Iterable<string>): ReadonlySet<string> {
  const set = new Set<string>();
  for (const name of names) if (name) set.add(name.toLowerCase());
  return set;
}

const placeNames = lowerSet([
  ...Object.values(countries).flatMap((country) => [country.name, ...country.capital.split(',').map((capital) => capital.trim())]),
  ...Object.values(continents),
  ...states.map((state) => state.name),
  ...shortForms.split('|'),
  ...regions.split('|'),
]);
const nationalityWords = lowerSet(nationalities.split('|'));

/** True when the words (a run of capitals, possessive removed) name a well-known place. */
export function isPlaceName(words: readonly string[]): boolean {
  const bare = words.filter((word) => word.toLowerCase() !== 'the');
  return bare.length > 0 && placeNames.has(bare.join(' ').toLowerCase());
}

/** True when a word is an adjective of nationality or region (`French`, `American`): in front of a name it belongs to the title. */
export function isNationality(word: string): boolean {
  return nationalityWords.has(word.toLowerCase());
}
