import { isSealedValue, privateEvidenceFields, privateSourceFields, type Article, type QuoteEvidence, type Source } from '../../shared/article/model';
import { AppError } from '../../shared/errors';
import type { Secrets } from './secrets';

/**
 * Seals and opens the private fields of an article: its sources' `contactNote` and `identity`, and
 * the evidence behind its quotes (note, transcript, recording file and time).
 * Inside main, and on disk, articles hold sealed values; the renderer only ever sees clear text.
 */
export class PrivateFields {
  constructor(private readonly secrets: Secrets | null) {}

  /** True when private fields are encrypted at rest on this computer. */
  isEncryptionAvailable(): boolean {
    return this.secrets?.isAvailable() ?? false;
  }

  /**
   * The article with every clear private value sealed. Values already sealed (including ones this
   * computer cannot open) are kept as they are; without a keychain, values stay in clear.
   */
  seal(article: Article): Article {
    if (!this.isEncryptionAvailable()) return article;
    return this.mapPrivate(article, (value) => {
      if (value === '' || isSealedValue(value)) return value;
      try {
        return (this.secrets as Secrets).seal(value);
      } catch {
        throw new AppError('write-failed', 'the system keychain could not encrypt the private source notes and quote evidence, so nothing was saved; your text is still in the editor');
      }
    });
  }

  /** The article with every sealed value this computer can open in clear; the others stay sealed. */
  open(article: Article): Article {
    const secrets = this.secrets;
    if (!secrets || !this.isEncryptionAvailable()) return article;
    return this.mapPrivate(article, (value) => {
      if (!isSealedValue(value)) return value;
      try {
        return secrets.open(value);
      } catch {
        return value;
      }
    });
  }

  private mapPrivate(article: Article, map: (value: string) => string): Article {
    const sources = article.sources.map((source) => {
      const next: Source = { ...source };
      for (const field of privateSourceFields) next[field] = map(source[field]);
      return next;
    });
    const evidence = Object.fromEntries(
      Object.entries(article.evidence).map(([key, entry]) => {
        const next: QuoteEvidence = { ...entry };
        for (const field of privateEvidenceFields) next[field] = map(entry[field]);
        return [key, next];
      }),
    );
    return { ...article, sources, evidence };
  }
}
