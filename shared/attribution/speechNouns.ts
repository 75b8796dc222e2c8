/**
 * Nouns of saying and of a stated position (`claim`, `remark`, `conclusion`, `chants` …). A sentence that reports what
 * someone said through one of them (`Roe's claim that the plan was "a con"`) attributes speech as
 * surely as one with a verb of saying, so its short quoted phrases are quotes. General English,
 * not a list fitted to any text.
 */

const singular = (
  'accusation admission allegation argument assertion assessment boast broadside call chant characterisation characterization claim ' +
  'comment complaint conclusion contention criticism declaration description dig insistence insult jab lament mantra message plea ' +
  'pledge prediction proclamation promise quip rebuke refrain rejection remark reply response retort slogan statement ' +
  'suggestion taunt testimony vow warning'
).split(' ');

/** The regular English plural: `speeches`, `replies`, `remarks`. */
function plural(noun: string): string {
  if (/(?:s|x|ch|sh)$/u.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const nouns: ReadonlySet<string> = new Set(singular.flatMap((noun) => [noun, plural(noun)]));

/** True when a lower-case word is a noun of saying, in the singular or the plural. */
export function isSpeechNoun(lower: string): boolean {
  return nouns.has(lower);
}
