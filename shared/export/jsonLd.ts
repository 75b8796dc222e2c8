import type { Article } from '../article/model';
import { correctionLabels, printedCorrections } from '../standards/corrections';
import type { PublicSpeaker, VerifiedQuotation } from '../standards/quotations';
import { jsonForScript, visibleText } from './escape';
import { displayHeadline } from './header';

/** A quote's speaker in schema.org terms; an unnamed source has only its printed description. */
export type SpeakerJsonLd =
  | { '@type': 'Person'; name: string; jobTitle?: string }
  | { '@type': 'Organization'; name: string }
  | { '@type': 'Person'; description: string };

/** A verified quote as a schema.org `Quotation`. */
export interface QuotationJsonLd {
  '@type': 'Quotation';
  text: string;
  spokenByCharacter: SpeakerJsonLd;
}

/** A printed correction, clarification or update as a schema.org `CorrectionComment`. */
export interface CorrectionJsonLd {
  '@type': 'CorrectionComment';
  name: string;
  text: string;
  datePublished: string;
}

/** The schema.org fields Copydesk publishes for an article. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  author?: { '@type': 'Person'; name: string }[];
  datePublished?: string;
  dateModified: string;
  locationCreated?: { '@type': 'Place'; name: string };
  keywords?: string[];
  inLanguage: 'en';
  /** The verified quotations in the article, in reading order. */
  hasPart?: QuotationJsonLd[];
  correction?: CorrectionJsonLd[];
}

function speakerJsonLd(speaker: PublicSpeaker): SpeakerJsonLd {
  if (speaker.kind === 'unnamed') return { '@type': 'Person', description: speaker.description };
  if (speaker.kind === 'organization') return { '@type': 'Organization', name: speaker.name };
  return speaker.jobTitle ? { '@type': 'Person', name: speaker.name, jobTitle: speaker.jobTitle } : { '@type': 'Person', name: speaker.name };
}

/** The verified quotes as schema.org `Quotation` items with their speakers. */
export function quotationsJsonLd(quotations: readonly VerifiedQuotation[]): QuotationJsonLd[] {
  return quotations.map((quotation) => ({ '@type': 'Quotation', text: visibleText(quotation.text), spokenByCharacter: speakerJsonLd(quotation.speaker) }));
}

/**
 * Builds the schema.org `NewsArticle` description of an article, with its verified quotations
 * (`hasPart`) and printed corrections (`correction`). Empty fields are left out; text is cleaned
 * of characters that HTML forbids, so the JSON matches what the page shows.
 */
export function newsArticleJsonLd(article: Article, publishedAt: string | null, quotations: readonly VerifiedQuotation[] = []): NewsArticleJsonLd {
  const authors = article.bylines
    .map((byline) => visibleText(byline.name))
    .filter(Boolean)
    .map((name) => ({ '@type': 'Person' as const, name }));
  const dek = visibleText(article.dek);
  const place = visibleText(article.dateline.place);
  const keywords = article.tags.map(visibleText).filter(Boolean);
  const corrections = printedCorrections(article.corrections)
    .filter((entry) => visibleText(entry.text) !== '')
    .map((entry) => ({ '@type': 'CorrectionComment' as const, name: correctionLabels[entry.kind], text: visibleText(entry.text), datePublished: entry.date }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: displayHeadline(article),
    ...(dek ? { description: dek } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(publishedAt ? { datePublished: publishedAt } : {}),
    dateModified: article.updatedAt,
    ...(place ? { locationCreated: { '@type': 'Place' as const, name: place } } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    inLanguage: 'en',
    ...(quotations.length > 0 ? { hasPart: quotationsJsonLd(quotations) } : {}),
    ...(corrections.length > 0 ? { correction: corrections } : {}),
  };
}

/** The text of the JSON-LD `<script>` element, escaped so no field can end the element early. */
export function jsonLdScriptText(data: NewsArticleJsonLd): string {
  return jsonForScript(data);
}
