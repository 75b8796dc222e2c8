import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Article, Correction } from '../../../../shared/article/model';
import { unverifiedSuffix } from '../../../../shared/collab/attributionLog';
import { normaliseBody } from '../../../../shared/collab/body';
import { claimClient, ledgerView, setLedgerOwner } from '../../../../shared/collab/ledger';
import { withLocalPrivateFields } from '../../../../shared/collab/sources';
import { createStoryDoc, mergeSharedFields, readArticle, readArticleFields, writeArticle } from '../../../../shared/collab/storyDoc';
import { correctionsProblem } from '../../../../shared/standards/corrections';
import { generateArticle, specForWords } from '../../../../bench/fixtures/article';

/** A rich article: generated body with quotes and pull quotes, private fields set, reviews and a log. */
function richArticle(words = 800): Article {
  const article = generateArticle(specForWords(words, 3));
  const sources = article.sources.map((source, index) => ({ ...source, contactNote: `phone 555-01${index}`, identity: index === 0 ? 'Real Name' : '' }));
  return {
    ...article,
    sources,
    additionalReporting: 'Ana Ruiz',
    reviews: { 'q-1': { status: 'flagged', text: 'a quote', speakerOverride: null, note: 'check the tape', reviewer: 'Ed', at: '2026-11-02T10:00:00.000Z' } },
    attributionLog: [{ at: '2026-11-02T10:00:00.000Z', who: 'Ed', quoteKey: 'q-1', change: 'status', from: 'unreviewed', to: 'flagged' }],
    corrections: [correction('c-1', 'An earlier version misspelt the mayor’s name.'), { ...correction('c-2', 'The vote was on Tuesday.'), struck: { at: '2026-11-03T09:00:00.000Z', by: 'Ed', reason: 'it was Tuesday after all' } }],
  };
}

function correction(id: string, text: string): Correction {
  return { id, kind: 'correction', text, date: '2026-11-03', editor: 'Ed', at: '2026-11-03T08:00:00.000Z', struck: null };
}

const withoutPrivate = (article: Article): Article => ({ ...article, sources: article.sources.map((source) => ({ ...source, contactNote: '', identity: '' })) });
const normalised = (article: Article): Article => ({ ...article, body: normaliseBody(article.body) });
const transfer = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('the article as a Yjs document', () => {
  it('reads back exactly the article it was made from, minus the private source fields', () => {
    const article = richArticle();
    const doc = createStoryDoc(article);
    expect(readArticle(doc)).toEqual(normalised(withoutPrivate(article)));
  });

  it('never puts a contact note or a real identity into the document or its updates', () => {
    const article = richArticle();
    const bytes = Buffer.from(Y.encodeStateAsUpdate(createStoryDoc(article))).toString('latin1');
    expect(bytes).not.toContain('phone 555-01');
    expect(bytes).not.toContain('Real Name');
    expect(bytes).toContain(article.sources[0]?.name);
  });

  it('puts this machine’s private fields back by source id', () => {
    const article = richArticle();
    const read = readArticle(createStoryDoc(article));
    expect(withLocalPrivateFields(read.sources, article.sources)).toEqual(article.sources);
  });

  it('writes only what changed, so concurrent edits to different parts of a field both survive', () => {
    const article = richArticle(200);
    const base = createStoryDoc(article);
    const left = new Y.Doc();
    const right = new Y.Doc();
    transfer(base, left);
    transfer(base, right);
    const mine = readArticle(left);
    writeArticle(left, { ...mine, headline: `Breaking: ${mine.headline}` });
    const theirs = readArticle(right);
    writeArticle(right, { ...theirs, headline: `${theirs.headline} today`, status: 'editing' });
    transfer(left, right);
    transfer(right, left);
    const merged = readArticle(left);
    expect(merged.headline).toBe(`Breaking: ${article.headline} today`);
    expect(merged.status).toBe('editing');
    expect(readArticle(right)).toEqual(merged);
  });

  it('keeps the attribution log append-only and names each writer from the ledger, not from the entry', () => {
    const article = richArticle(200);
    const doc = createStoryDoc(article);
    const ledger = new Y.Doc();
    claimClient(ledger, doc.clientID, 'Ed Owner');
    setLedgerOwner(ledger, 'Ed Owner');
    const peer = new Y.Doc();
    transfer(doc, peer);
    const current = readArticle(peer);
    const forged = { at: '2026-11-02T11:00:00.000Z', who: 'Somebody Else', quoteKey: 'q-1', change: 'status' as const, from: 'flagged', to: 'verified' };
    writeArticle(peer, { ...current, attributionLog: [forged] });
    const before = readArticle(peer, ledgerView(ledger));
    expect(before.attributionLog.map((entry) => entry.who)).toEqual(['Ed', `Somebody Else${unverifiedSuffix}`]);
    claimClient(ledger, peer.clientID, 'Rita Reporter');
    expect(readArticle(peer, ledgerView(ledger)).attributionLog.map((entry) => entry.who)).toEqual(['Ed', 'Rita Reporter']);
  });

  it('shares corrections and strikes both ways, and each machine’s file stays append-only when they merge', () => {
    const local = richArticle(200);
    const base = createStoryDoc(local);
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    transfer(base, mine);
    transfer(base, theirs);
    // At the same time: this machine appends c-3; the other appends c-4 and strikes c-1.
    const ours: Article = { ...local, corrections: [...local.corrections, correction('c-3', 'Updated with the council’s reply.')] };
    writeArticle(mine, ours);
    const other = readArticle(theirs);
    const struckC1 = { at: '2026-11-04T10:00:00.000Z', by: 'Rita', reason: 'the name was right' };
    writeArticle(theirs, { ...other, corrections: [{ ...(other.corrections[0] as Correction), struck: struckC1 }, ...other.corrections.slice(1), correction('c-4', 'Clarified who paid.')] });
    transfer(theirs, mine);
    transfer(mine, theirs);

    expect(readArticle(mine).corrections.map((entry) => entry.id).sort()).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    expect(readArticle(theirs).corrections).toEqual(readArticle(mine).corrections);
    const merged = mergeSharedFields(ours, readArticleFields(mine));
    expect(merged.corrections.map((entry) => entry.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
    expect(merged.corrections[0]?.struck).toEqual(struckC1);
    expect(merged.corrections[1]?.struck).toEqual(local.corrections[1]?.struck);
    expect(correctionsProblem(ours.corrections, merged.corrections)).toBeNull();
  });

  it('never removes a correction from the story, whatever a machine writes', () => {
    const article = richArticle(100);
    const doc = createStoryDoc(article);
    writeArticle(doc, { ...readArticle(doc), corrections: [] });
    expect(readArticle(doc).corrections).toEqual(article.corrections);
  });

  it('refuses a document that does not hold a valid article, naming the field', () => {
    const doc = createStoryDoc(richArticle(100));
    doc.getMap('fields').set('status', 'on-fire');
    expect(() => readArticle(doc)).toThrow(/status/);
  });

  it('round-trips random edits of every shared field through one long-lived document', () => {
    const article = richArticle(150);
    const doc = createStoryDoc(article);
    const edit = fc.record({
      headline: fc.string({ maxLength: 40 }),
      dek: fc.string({ maxLength: 60 }),
      status: fc.constantFrom('draft', 'editing', 'ready'),
      tags: fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 4 }),
      paragraphs: fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() === text && text.length > 0), { minLength: 1, maxLength: 5 }),
      dropSource: fc.nat(20),
      review: fc.constantFrom('verified', 'flagged', 'unreviewed'),
    });
    fc.assert(
      fc.property(edit, (change) => {
        const current = readArticle(doc);
        const next: Article = {
          ...current,
          headline: change.headline,
          dek: change.dek,
          status: change.status,
          tags: change.tags,
          body: { type: 'doc', content: change.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
          sources: article.sources.filter((_, index) => index !== change.dropSource).map((source) => ({ ...source, contactNote: '', identity: '' })),
          reviews: { ...current.reviews, 'q-2': { status: change.review, text: 'x', speakerOverride: null, note: '', reviewer: 'Ed', at: '2026-11-02T10:00:00.000Z' } },
        };
        writeArticle(doc, next);
        expect(readArticle(doc)).toEqual(normalised(next));
      }),
      { numRuns: 60 },
    );
  });
});
