import type { BodyNode } from '../article/model';
import type { PublicSpeaker, VerifiedQuotation } from '../standards/quotations';
import { escapeHtml } from './escape';

/** Quotation marks the reporter may have typed around a quote; `<q>` draws its own instead. */
const quotationMarks = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);

/**
 * The attributes that name a verified quote's speaker for machines: `data-speaker` (the name, or
 * for an unnamed source only its printed description), `data-speaker-kind` and `data-speaker-title`.
 */
export function speakerAttributes(speaker: PublicSpeaker): string {
  const name = speaker.kind === 'unnamed' ? speaker.description : speaker.name;
  const title = speaker.kind === 'person' && speaker.jobTitle ? ` data-speaker-title="${escapeHtml(speaker.jobTitle)}"` : '';
  return ` data-speaker="${escapeHtml(name)}" data-speaker-kind="${speaker.kind}"${title}`;
}

/** The opening tag of a verified quote; `runs-on` when it has no closing mark (it continues in the next paragraph). */
export function quotationOpenTag(speaker: PublicSpeaker, runsOn: boolean): string {
  return `<q class="quote${runsOn ? ' runs-on' : ''}"${speakerAttributes(speaker)}>`;
}

interface Cut {
  from: number;
  to: number;
  quotation: VerifiedQuotation | null;
  runsOn: boolean;
}

/** The ranges of one paragraph's text to drop (typed marks) and to wrap (the quoted words). */
function cutsFor(text: string, quotations: readonly VerifiedQuotation[]): Cut[] {
  const cuts: Cut[] = [];
  for (const quotation of quotations) {
    if (quotation.start > quotation.end || quotation.end > text.length) continue;
    const opening = quotation.start > 0 && quotationMarks.has(text.charAt(quotation.start - 1));
    const closing = quotation.end < text.length && quotationMarks.has(text.charAt(quotation.end));
    if (opening) cuts.push({ from: quotation.start - 1, to: quotation.start, quotation: null, runsOn: false });
    cuts.push({ from: quotation.start, to: quotation.end, quotation, runsOn: !closing });
    if (closing) cuts.push({ from: quotation.end, to: quotation.end + 1, quotation: null, runsOn: false });
  }
  return cuts.sort((a, b) => a.from - b.from);
}

function nodeLength(node: BodyNode): number {
  return node.type === 'text' ? (node.text ?? '').length : 1;
}

/**
 * A paragraph's inline content with each verified quote carried by a `quotation` mark (rendered as
 * `<q>`) and the quotation marks typed around it removed, since `<q>` draws them.
 */
export function withQuotations(content: readonly BodyNode[], text: string, quotations: readonly VerifiedQuotation[]): BodyNode[] {
  const cuts = cutsFor(text, quotations);
  if (cuts.length === 0) return [...content];
  const out: BodyNode[] = [];
  let offset = 0;
  for (const node of content) {
    const length = nodeLength(node);
    if (node.type !== 'text') {
      out.push(node);
      offset += length;
      continue;
    }
    const value = node.text ?? '';
    const bounds = new Set([0, value.length]);
    for (const cut of cuts) for (const edge of [cut.from, cut.to]) if (edge > offset && edge < offset + length) bounds.add(edge - offset);
    const sorted = [...bounds].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i += 1) {
      const from = sorted[i] as number;
      const to = sorted[i + 1] as number;
      const cut = cuts.find((candidate) => candidate.from <= offset + from && offset + to <= candidate.to);
      if (cut && cut.quotation === null) continue;
      const piece = value.slice(from, to);
      if (!cut) out.push({ ...node, text: piece });
      else out.push({ ...node, text: piece, marks: [...(node.marks ?? []), { type: 'quotation', attrs: { key: cut.quotation!.key, open: quotationOpenTag(cut.quotation!.speaker, cut.runsOn) } }] });
    }
    offset += length;
  }
  return out;
}
