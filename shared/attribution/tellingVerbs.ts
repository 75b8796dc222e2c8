/**
 * Verbs of saying beyond the speech-verb list that report words a person spoke or wrote (`Roe
 * touted her record.`, `He blamed Lee.`): a sentence built on one makes that person the one a
 * bare quote after it carries on. Verbs of thinking report no words.
 */

/** Verbs of thinking and feeling (`lawmakers who thought the act fell short`). */
const cognitionVerbs = new Set(
  'think thinks thought believe believes believed feel feels felt hope hopes hoped fear fears feared worry worries worried wonder wonders wondered guess guessed mean means meant'.split(' '),
);

/** True for a finite verb of saying (`touted`, `blamed`), not a participle (`admitting privileges`) or a verb of thinking. */
export function isTellingVerb(phrase: string): boolean {
  return !/ing$/u.test(phrase) && !cognitionVerbs.has(phrase);
}
