/**
 * Verbs of saying, writing, naming and judging (`say`, `call`, `describe`, `warn`, `praise`,
 * `believe` …) in every inflected form. A quoted phrase after one (`Roe called the plan "a
 * disgrace"`) belongs to the verb's subject. General English, not a list fitted to any text.
 */

const regularBases = (
  'add admit advise affirm agree allege announce answer argue ask assert assure attack blame blast boast brag ' +
  'brand call caution challenge characterize characterise charge chant cite claim comment complain concede conclude ' +
  'condemn confess confirm contend counter criticize criticise declare decry deem defend demand denounce deny describe ' +
  'dismiss disagree dub echo email emphasize emphasise encourage estimate exclaim explain express fear frame hail ' +
  'highlight hint hope imply inform insist instruct insult joke label lament laud lambast lambaste liken list mention mock ' +
  'mourn muse name note object observe offer opine order paint plead pledge point portray post praise predict ' +
  'proclaim promise pronounce propose protest question quip quote rail rant reason rebuke recall recount refer reiterate ' +
  'reject remark remind repeat reply report respond retort reveal ridicule say scoff scold scream shout slam sneer ' +
  'snap state stress suggest summarize summarise swear tag taunt tell term testify text thank threaten tout tweet urge ' +
  'vow wail warn welcome whisper wonder worry write yell believe think feel guess insist label call accuse ' +
  'applaud acknowledge champion complain congratulate disparage dispute exhort implore lecture moan mutter pitch ' +
  'plug promote recommend reassure rebut refute sigh speak talk trumpet deride dismiss slam paint cast envision ' +
  'advocate bemoan berate chide fret gripe grumble jeer tease vent'
).split(' ');

const irregular = (
  'said says saying told tells telling wrote written writes writing spoke spoken speaks speaking thought thinks ' +
  'thinking felt feels feeling swore sworn swears meant means put puts shot fired hit struck read reads'
).split(' ');

/** Verbs of two syllables stressed on the last, whose final consonant doubles (`referred`, `admitting`, `rebutted`). */
const stressedLast = new Set(['admit', 'refer', 'rebut']);

function forms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = (/^[a-z]*[^aeiou][aeiou][bdgmnprt]$/u.test(base) && base.length <= 4) || stressedLast.has(base) ? base + base.slice(-1) : base;
  const third = /(?:s|x|z|ch|sh|o)$/u.test(base) ? `${base}es` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  const participle = base.endsWith('e') && !base.endsWith('ee') ? `${stem}ing` : `${doubled}ing`;
  return [base, third, past, participle];
}

const allForms = new Set<string>([...regularBases.flatMap(forms), ...irregular]);

/** True when a lower-case word is a form of a verb of saying, writing, naming or judging. */
export function isCommunicationVerb(lower: string): boolean {
  return allForms.has(lower);
}
