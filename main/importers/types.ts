import type { Article, BodyNode, Byline, Dateline, Source } from '../../shared/article/model';
import type { AnalyserInput, AttributionResult } from '../../shared/attribution/types';

/** The formats Copydesk imports, named after what a reporter would call them. */
export type ImportFormat = 'plain text' | 'Markdown' | 'Word (.docx)';

/** Article fields an importer can fill; the rest start empty. */
export type ImportedFieldName = 'kicker' | 'headline' | 'dek' | 'bylines' | 'dateline' | 'tags';

/** One field the importer filled, with where in the file the value came from. */
export interface ImportedField {
  field: ImportedFieldName;
  value: string;
  origin: string;
}

/** Something in the file that is not in the article, and why. */
export interface DroppedItem {
  item: string;
  reason: string;
}

/** A speaker the importer proposes as an article source; the editor confirms or edits it. */
export interface ProposedSource {
  id: string;
  name: string;
  title: string;
  kind: Source['kind'];
  level: Source['level'];
  /** How many detected quotes (and pull quotes) are attributed to this speaker. */
  quotes: number;
}

/** What an import did: which field came from where, what was left out, what needs a look. */
export interface ImportReport {
  fileName: string;
  format: ImportFormat;
  /** Text encoding the file was read as (`UTF-8`, `Windows-1252` …), or '' for .docx. */
  encoding: string;
  fields: ImportedField[];
  /** Number of body paragraphs (list items' paragraphs included, headings and pull quotes not). */
  paragraphs: number;
  dropped: DroppedItem[];
  warnings: string[];
  /** Quotes the analyser found, or null when no analyser ran. */
  quotes: number | null;
  proposedSources: ProposedSource[];
}

/** An imported article, not yet written anywhere, with its report. */
export interface ImportResult {
  article: Article;
  report: ImportReport;
}

/** Injected collaborators, so the import stays a pure function of its input. */
export interface ImportOptions {
  /** The attribution analyser; when given, detected speakers are proposed as sources. */
  analyse?: (input: AnalyserInput) => AttributionResult;
  /** ISO time used for `createdAt` and `updatedAt`. */
  now?: string;
  /** Generates the article id (a UUID) and source ids. */
  newId?: () => string;
}

/** A file handed to the importer: its name (for the extension and messages) and its bytes. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
}

/** A source named by the file itself (a pull quote's attribution line), keyed by a local id. */
export interface NamedSpeaker {
  localId: string;
  name: string;
  title: string;
}

/**
 * What a format parser hands back before the shared finishing steps: fields, a TipTap body and
 * the report lines gathered so far.
 */
export interface ImportDraft {
  format: ImportFormat;
  encoding: string;
  kicker: string;
  headline: string;
  dek: string;
  bylines: Byline[];
  dateline: Dateline;
  tags: string[];
  body: BodyNode;
  fields: ImportedField[];
  dropped: DroppedItem[];
  warnings: string[];
  /** Speakers named by pull-quote attribution lines; pull quotes carry their `localId` as `sourceId`. */
  speakers: NamedSpeaker[];
}

/** A draft with every field empty, for a parser to fill. */
export function emptyDraft(format: ImportFormat, encoding: string): ImportDraft {
  return {
    format,
    encoding,
    kicker: '',
    headline: '',
    dek: '',
    bylines: [],
    dateline: { place: '', date: '' },
    tags: [],
    body: { type: 'doc', content: [] },
    fields: [],
    dropped: [],
    warnings: [],
    speakers: [],
  };
}
