import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NewsroomClient } from '../../../../main/newsroom/newsroomClient';
import type { SharedStory } from '../../../../main/newsroom/sharedStory';
import { nodeText } from '../../../../shared/article/text';
import { setText } from '../../../../shared/collab/text';
import { storyRoots } from '../../../../shared/collab/storyDoc';
import { startClient, startServer, storyArticle, until } from '../../../support/newsroom';
import { addParagraph, typeInto } from '../../../support/typing';

type Action =
  | { kind: 'type'; client: number; paragraph: number; atEnd: boolean }
  | { kind: 'paragraph'; client: number }
  | { kind: 'headline'; client: number; text: string }
  | { kind: 'review'; client: number; key: number; status: 'verified' | 'flagged' }
  | { kind: 'offline'; client: number }
  | { kind: 'online'; client: number }
  | { kind: 'pause'; ms: number };

const client = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('type' as const), client, paragraph: fc.nat(4), atEnd: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('headline' as const), client, text: fc.string({ maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('review' as const), client, key: fc.nat(3), status: fc.constantFrom('verified' as const, 'flagged' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('offline' as const), client }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('online' as const), client }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 40 }) }) },
);

const sameState = (docs: Y.Doc[]) => docs.every((doc) => Buffer.from(Y.encodeStateVector(doc)).equals(Buffer.from(Y.encodeStateVector(docs[0] as Y.Doc))));

describe('three clients under random edits, disconnects and reconnects', () => {
  it('always converge, with every word anyone typed', async () => {
    const server = await startServer();
    const names = ['Ana Ruiz', 'Ben Okafor', 'Cy Moreau'];
    const clients: NewsroomClient[] = [];
    for (const name of names) clients.push(await startClient(server.url, server.users.issueToken(name)));
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 40 }), async (actions) => {
        const storyId = randomUUID();
        const owner = clients[0] as NewsroomClient;
        const stories: SharedStory[] = [await owner.shareStory(storyArticle(storyId), 'newsroom')];
        for (const other of clients.slice(1)) stories.push(await other.openStory(storyId));
        await until('every client to hold the story', () => stories.every((story, index) => clients[index]?.status(story).kind === 'synced' && story.doc.getText('headline').length > 0));
        const isOnline = [true, true, true];
        const typed: string[] = [];
        for (const [step, next] of actions.entries()) {
          if (next.kind === 'pause') {
            await new Promise((resolve) => setTimeout(resolve, next.ms));
            continue;
          }
          const story = stories[next.client] as SharedStory;
          const person = clients[next.client] as NewsroomClient;
          if (next.kind === 'type') {
            const word = ` w${step}c${next.client} `;
            // At a paragraph's start or end, so no word is typed inside another and each stays findable.
            typeInto(story.doc, next.paragraph, next.atEnd ? Number.MAX_SAFE_INTEGER : 0, word);
            typed.push(word.trim());
          } else if (next.kind === 'paragraph') {
            addParagraph(story.doc, `p${step}c${next.client}`);
            typed.push(`p${step}c${next.client}`);
          } else if (next.kind === 'headline') setText(story.doc.getText('headline'), next.text);
          else if (next.kind === 'review') story.doc.getMap(storyRoots.reviews).set(`q-${next.key}`, { status: next.status, text: 'q', speakerOverride: null, note: names[next.client], reviewer: names[next.client], at: '2026-11-02T10:00:00.000Z' });
          else if (next.kind === 'offline' && isOnline[next.client]) {
            person.goOffline();
            isOnline[next.client] = false;
          } else if (next.kind === 'online' && !isOnline[next.client]) {
            person.connect();
            isOnline[next.client] = true;
          }
        }
        clients.forEach((person, index) => {
          if (!isOnline[index]) person.connect();
        });
        const docs = stories.map((story) => story.doc);
        await until('the three to converge', () => stories.every((story, index) => clients[index]?.status(story).kind === 'synced') && sameState(docs), 30_000);
        const articles = stories.map((story, index) => (clients[index] as NewsroomClient).article(story));
        expect(articles[1]).toEqual(articles[0]);
        expect(articles[2]).toEqual(articles[0]);
        const text = nodeText(articles[0]!.body);
        for (const word of typed) expect(text).toContain(word);
        await Promise.all(clients.map((person) => person.closeStory(storyId)));
      }),
      { numRuns: 25 },
    );
  });
});
