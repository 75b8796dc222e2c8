import type { QuoteReview, SourcingLevel } from '../article/model';

/** Who a quote is attributed to: a named person, an organisation, an unnamed description, or nobody. */
export type SpeakerKind = 'named' | 'organisation' | 'descriptive' | 'none';

/** Which rule of the sieve attributed a quote. */
export type AttributionRule =
  | 'explicit-link'
  | 'speech-verb'
  | 'pronoun'
  | 'continuation'
  | 'previous-paragraph'
  | 'none';

/** One contiguous quoted span found in the body. Offsets are UTF-16 indices into the paragraph text. */
export interface DetectedQuote {
  /** Stable key for review state: survives edits elsewhere in the article. */
  key: string;
  /** 0-based index into the analysed paragraphs. */
  paragraph: number;
  /** Offset of the first character after the opening mark. */
  start: number;
  /** Offset of the closing mark (or the paragraph end when the quote runs on). */
  end: number;
  /** The exact characters between the marks. */
  text: string;
  /** Canonical speaker: the fullest name form in the article, the organisation, or the description as written. */
  speaker: string | null;
  speakerKind: SpeakerKind;
  /** Title kept apart from the name (`Senator`, `Chicago Alderman`), or ''. */
  title: string;
  /** The attributing words (`Durbin said Friday`), or '' when carried over. */
  cue: string;
  rule: AttributionRule;
  /** How the speaker was found, in an editor's words (`named in the sentence`, `"she" → Jane Doe`). */
  explanation: string;
  /** Id of the article source this quote is linked to (explicitly or by name), if any. */
  sourceId: string | null;
}

/** Finding codes, one per thing an editor must check. */
export type FindingCode =
  | 'unattributed-quote'
  | 'anonymous-without-reason'
  | 'incomplete-first-reference'
  | 'surname-before-introduction'
  | 'unbalanced-quotes'
  | 'pull-quote-mismatch'
  | 'conflicting-attribution'
  | 'edited-after-verification'
  | 'ambiguous-pronoun';

/** Something the editor must look at. Errors block publishing; warnings need a sign-off. */
export interface Finding {
  code: FindingCode;
  severity: 'error' | 'warning';
  message: string;
  /** Paragraph index, or -1 for findings about a pull quote or the article as a whole. */
  paragraph: number;
  start: number;
  end: number;
  quoteKey?: string;
}

/** A source as the analyser needs it (a subset of the article's `Source`). */
export interface AnalyserSource {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  title: string;
  level: SourcingLevel;
  anonymityReason: string;
}

/** An explicit link made in the editor: a quoted span (inline quote mark) tied to a source. */
export interface ExplicitLink {
  paragraph: number;
  start: number;
  end: number;
  sourceId: string;
}

/** Everything the analyser reads. Only `paragraphs` is required. */
export interface AnalyserInput {
  paragraphs: string[];
  sources?: AnalyserSource[];
  links?: ExplicitLink[];
  pullQuotes?: { text: string; sourceId: string | null }[];
  reviews?: Record<string, QuoteReview>;
  /** Replaces the default speech-verb list when given. */
  speechVerbs?: string[];
}

/** The analyser's answer. */
export interface AttributionResult {
  quotes: DetectedQuote[];
  findings: Finding[];
}
