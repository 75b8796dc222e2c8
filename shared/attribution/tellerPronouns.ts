/**
 * `he` or `she` opening the `that` clause after `told <someone>` (`The mayor told reporter Tom
 * Hale that he was "not worried"`): the one who told, not the one told, when the teller can be
 * called by that pronoun. The object of `told` is the addressee, whose words the clause is not.
 */
import type { SpeakerRef } from './phrases';
import { classifyPhrase } from './phrases';
import { genderedTitles } from './lexicon';
import type { Place } from './resolve';
import type { Speaker, SpeakerContext } from './speakerContext';
import { subjectOfVerb } from './subjects';
import type { Token } from './tokens';

/** Verbs of telling that take the addressee as object before a `that` clause. */
const tellingVerbs = new Set(['told', 'tells', 'tell', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds']);

/** Most words of the addressee between the verb and `that` (`NPR correspondent Steve Inskeep`). */
const maxObjectWords = 6;

/** How a speaker phrase is resolved, passed in so this module does not import the resolver. */
export type ResolveRef = (context: SpeakerContext, ref: SpeakerRef, place: Place) => { speaker: Speaker; isAmbiguous: boolean };

/** Index of the verb of telling before `<object> that <pronoun>`, or -1. */
function tellingVerbBefore(tokens: readonly Token[], pronoun: number, floor: number): number {
  if (tokens[pronoun - 1]?.lower !== 'that') return -1;
  for (let index = pronoun - 2; index >= floor && pronoun - 2 - index < maxObjectWords; index -= 1) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return -1;
    if (tellingVerbs.has(token.lower)) return index < pronoun - 2 ? index : -1;
  }
  return -1;
}

/** True when nothing known about the speaker rules out the pronoun's gender. */
function canBeCalled(speaker: Speaker, gender: 'm' | 'f'): boolean {
  if (speaker.kind !== 'named' && speaker.kind !== 'descriptive') return false;
  if (speaker.entity) return speaker.entity.kind === 'person' && (speaker.entity.gender === null || speaker.entity.gender === gender);
  const other = gender === 'm' ? 'f' : 'm';
  return !(speaker.name ?? '').split(/\s+/u).some((word) => genderedTitles.get(word.toLowerCase()) === other);
}

/** The teller a pronoun after `told <someone> that` stands for, or null when the pattern or the gender does not fit. */
export function tellerOfPronoun(context: SpeakerContext, gender: 'm' | 'f', place: Place, resolve: ResolveRef): { speaker: Speaker; isAmbiguous: boolean } | null {
  const model = context.article.paragraphs[place.paragraph];
  if (!model) return null;
  const sentence = model.sentences.find((range) => range.start <= place.token && place.token < range.end);
  if (!sentence) return null;
  const verb = tellingVerbBefore(model.tokens, place.token, sentence.start);
  if (verb < 0) return null;
  const subject = subjectOfVerb(model.tokens, sentence.start, verb);
  if (!subject || subject === 'passive') return null;
  const ref = classifyPhrase(model, subject, (token, index) => context.article.isCommonWord(model, token, index));
  if (!ref || ref.type === 'pronoun') return null;
  const resolved = resolve(context, ref, { paragraph: place.paragraph, token: subject.start });
  return canBeCalled(resolved.speaker, gender) ? resolved : null;
}
