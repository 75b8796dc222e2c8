/**
 * Why a quote has its speaker, in the words an editor uses (`named in the sentence`,
 * `same speaker as the paragraph before`, `"she" → Jane Doe`), never the name of a rule.
 */
import type { ParagraphModel } from './article';
import type { Cue } from './cues';
import type { SpeakerRef } from './phrases';
import type { Speaker } from './speakers';
import type { AttributionRule } from './types';
import { documentNouns } from './lexicon';

/** The words of the paragraph that name a cue's speaker (`Durbin`, `she`, `the centre`). */
export function subjectText(paragraph: ParagraphModel, cue: Cue): string {
  const first = paragraph.tokens[cue.subject.start];
  const last = paragraph.tokens[cue.subject.end - 1];
  return first && last ? paragraph.text.slice(first.start, last.end) : '';
}

function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True when the words name a document (`the statement`) and the speaker is the organisation that issued it. */
function isIssuedDocument(written: string, speaker: Speaker): boolean {
  return speaker.kind === 'organisation' && documentNouns.has(written.trim().toLowerCase().split(/\s+/u).pop() ?? '');
}

/** One plain sentence fragment saying how a quote's speaker was found. */
export function explain(rule: AttributionRule, speaker: Speaker, written: string, subject: SpeakerRef['type'] | null): string {
  const name = speaker.name ?? '';
  switch (rule) {
    case 'explicit-link':
      return name ? `linked to ${name} in the editor` : 'linked in the editor';
    case 'continuation':
      return 'same speaker as the quote before';
    case 'previous-paragraph':
      return 'same speaker as the paragraph before';
    case 'none':
      return 'no speaker found';
    case 'pronoun':
      return name ? `"${written}" → ${name}` : `"${written}" refers to no one named nearby`;
    case 'speech-verb':
      if (speaker.kind === 'none') return 'no speaker found';
      if (subject === 'description' && speaker.kind === 'descriptive') return 'described in the sentence';
      if (written && !sameWords(written, name) && subject !== 'name') return isIssuedDocument(written, speaker) ? `"${written}" → issued by ${name}` : `"${written}" → ${name}`;
      return 'named in the sentence';
  }
}

/** How the owner of a noun of saying was found: `"Roe’s claim" → Jane Roe`, `"her warning" → Jane Roe`. */
export function explainOwner(written: string, speaker: Speaker): string {
  return `"${written}" → ${speaker.name ?? ''}`;
}
