import { randomUUID } from 'node:crypto';
import { articleSchema, type Article, type BodyNode } from '../../shared/article/model';
import { newArticle } from '../../shared/article/newArticle';
import { slugify } from '../../shared/article/slug';
import { bodyParagraphs, nodeText } from '../../shared/article/text';
import type { AttributionResult, Finding } from '../../shared/attribution/types';
import { bodyProblem } from '../../shared/editor/validateBody';
import { AppError } from '../../shared/errors';
import { proposeSources } from './sources';
import type { ImportDraft, ImportedFieldName, ImportOptions, ImportReport, ImportResult } from './types';

/**
 * Turns a parser's draft into a checked article and its report: runs the analyser when one is
 * given, proposes sources, links pull quotes to them, and validates the body against the editor
 * schema and the whole article against `articleSchema`. Throws `AppError('import-failed')` if either fails.
 */
export function finishImport(fileName: string, draft: ImportDraft, options: ImportOptions): ImportResult {
  const newId = options.newId ?? randomUUID;
  const content = draft.body.content ?? [];
  const analysed: BodyNode = { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  const analysis = options.analyse ? options.analyse({ paragraphs: bodyParagraphs(analysed), pullQuotes: pullQuotes(analysed) }) : null;
  const { sources, proposed, idForSpeaker } = proposeSources(draft.speakers, analysis, newId);
  const body = relinkPullQuotes(analysed, idForSpeaker);
  const problem = bodyProblem(body);
  if (problem) throw new AppError('import-failed', `${fileName}: the imported text does not fit the editor (${problem})`);
  const article = checkedArticle(fileName, newArticle(newId(), options.now ?? new Date().toISOString(), {
    slug: slugify(draft.headline),
    kicker: draft.kicker,
    headline: draft.headline,
    dek: draft.dek,
    bylines: draft.bylines,
    dateline: draft.dateline,
    tags: draft.tags,
    body,
    sources,
  }));
  const report: ImportReport = {
    fileName,
    format: draft.format,
    encoding: draft.encoding,
    fields: [...draft.fields].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field)),
    paragraphs: bodyParagraphs(body).length,
    dropped: draft.dropped,
    warnings: [...new Set([...draft.warnings, ...findingWarnings(analysis)])],
    quotes: analysis ? analysis.quotes.length : null,
    proposedSources: proposed,
  };
  return { article, report };
}

function checkedArticle(fileName: string, candidate: Article): Article {
  const parsed = articleSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('import-failed', `${fileName}: the imported article is not valid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown problem'})`);
}

const fieldOrder: ImportedFieldName[] = ['kicker', 'headline', 'dek', 'bylines', 'dateline', 'tags'];

function pullQuotes(body: BodyNode): { text: string; sourceId: string | null }[] {
  const found: { text: string; sourceId: string | null }[] = [];
  const visit = (node: BodyNode): void => {
    if (node.type === 'pullQuote') found.push({ text: nodeText(node), sourceId: null });
    else (node.content ?? []).forEach(visit);
  };
  visit(body);
  return found;
}

/** Replaces the parser's local speaker ids on pull quotes (at any depth) with the ids of the proposed sources. */
function relinkPullQuotes(node: BodyNode, idForSpeaker: Map<string, string>): BodyNode {
  if (node.type === 'pullQuote') {
    const local = typeof node.attrs?.sourceId === 'string' ? node.attrs.sourceId : null;
    return { ...node, attrs: { sourceId: local ? (idForSpeaker.get(local) ?? null) : null } };
  }
  return node.content ? { ...node, content: node.content.map((child) => relinkPullQuotes(child, idForSpeaker)) } : node;
}

function findingWarnings(analysis: AttributionResult | null): string[] {
  return (analysis?.findings ?? []).map((finding: Finding) =>
    finding.paragraph >= 0 ? `paragraph ${finding.paragraph + 1}: ${finding.message}` : finding.message,
  );
}
