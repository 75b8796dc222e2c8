/**
 * Quotes framed as someone's own words (`because, in the union's words, "…"`, `"…," in her
 * words`): the owner of `words` said them, whatever the sentence's subject is. General English:
 * `in X's words` is the possessive twin of `in the words of X`, which is a verb-list cue.
 */
import type { Cue, CueContext } from './cues';
import { bodyNouns, organisationNouns } from './lexicon';
import { classifyPhrase, type SpeakerRef } from './phrases';
import { isPossessive, stripPossessive, type Token } from './tokens';

const possessivePronouns: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
const determiners = new Set(['the', 'a', 'an', 'one', 'this', 'that']);
/** Most words of an owner (`the union's`, `one senior aide's`, `Mr. Ana Roe's`). */
const maxOwnerWords = 4;

/** The owner between `in` and `words` (`the union's`, `Forbes'`, `her`), or null. */
function ownerOf(context: CueContext, start: number, end: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  if (end - start === 1) {
    const pronoun = possessivePronouns.get(tokens[start]?.lower ?? '');
    if (pronoun) return { type: 'pronoun', word: pronoun, start, end };
  }
  const last = tokens[end - 1];
  if (end - start > maxOwnerWords || last?.kind !== 'word' || !isPossessive(last.text)) return null;
  for (let index = start; index < end; index += 1) if (tokens[index]?.kind !== 'word') return null;
  const ref = classifyPhrase(context.paragraph, { start, end }, context.isCommon);
  if (ref?.type === 'name') return ref;
  const first = tokens[start] as Token;
  const isDescription = determiners.has(first.lower) && /^\p{Ll}/u.test(last.text);
  if (!isDescription) return null;
  const text = stripPossessive(context.paragraph.text.slice(first.start, last.end));
  const head = stripPossessive(last.lower);
  const isOrganisation = organisationNouns.has(head) || bodyNouns.has(head);
  return { type: 'description', text: first.lower + text.slice(first.text.length), isOrganisation, start, end };
}

/** The owner of `in <owner> words` whose `in` is at `from`, when `words` ends at `to`. */
function ownedPhrase(context: CueContext, from: number, to: number): SpeakerRef | null {
  const tokens = context.paragraph.tokens;
  if (tokens[from]?.lower !== 'in' || tokens[to - 1]?.lower !== 'words' || to - from < 3) return null;
  return ownerOf(context, from + 1, to - 1);
}

function cueOf(subject: SpeakerRef, words: number, quoteToken: number, side: Cue['side']): Cue {
  const verb = { start: words, end: words + 1, phrase: 'words' };
  const range = { start: Math.min(subject.start - 1, words), end: Math.max(subject.end, words + 1) };
  return { verb, subject, range, side, distance: Math.max(0, quoteToken - words - 1), isEmbedded: false, isNoun: true };
}

/**
 * The cue of a quote right after `in <owner>'s words,` (or `:`) or right before `, in <owner>'s
 * words`, or null. The owner is a possessive name, description or pronoun.
 */
export function ownedWordsCue(context: CueContext, quoteToken: number): Cue | null {
  const tokens = context.paragraph.tokens;
  let before = quoteToken - 1;
  if (tokens[before]?.text === ',' || tokens[before]?.text === ':') before -= 1;
  if (tokens[before]?.lower === 'words') {
    for (let from = before - 2; from >= Math.max(0, before - maxOwnerWords - 1); from -= 1) {
      const subject = ownedPhrase(context, from, before + 1);
      if (subject) return cueOf(subject, before, quoteToken, 'head');
    }
  }
  const after = tokens[quoteToken + 1]?.text === ',' ? quoteToken + 2 : quoteToken + 1;
  for (let to = after + 3; to <= after + maxOwnerWords + 2; to += 1) {
    const subject = ownedPhrase(context, after, to);
    if (subject) return cueOf(subject, to - 1, quoteToken, 'tail');
  }
  return null;
}
