import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, beforeHandleAwarenessPayload, beforeSyncPayload, DirectConnection, Document, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { claimClient, clientOwner, setLedgerOwner } from '../../../shared/collab/ledger';
import { ledgerDocumentName, parseDocumentName } from '../../../shared/collab/names';
import type { NewsroomContext } from './origin';
import { Refusal } from './refusal';
import type { Sharing } from './sharing';

const syncStep1 = 0;

/**
 * Records who wrote what, from the token and never from the client. Every Yjs client id that
 * first appears in a story through a connection is claimed, in the story's ledger, for the person
 * that connection signed in as. Afterwards only that person may add content under that id: an
 * update that carries new content under someone else's id is refused and the connection closed.
 * (Content someone else wrote that the server already holds may be relayed by anyone, as a
 * client does when it resyncs.) Presence shows the signed-in name, whatever the client sent.
 */
export class Authorship implements Extension {
  extensionName = 'Authorship';

  private readonly ledgers = new Map<string, { connection: DirectConnection; document: Document }>();

  constructor(private readonly sharing: Sharing) {}

  async afterLoadDocument({ documentName, instance }: afterLoadDocumentPayload): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address?.kind !== 'story') return;
    const name = ledgerDocumentName(address.storyId);
    const connection = await instance.openDirectConnection(name, {});
    const document = instance.documents.get(name);
    if (!document) throw new Error(`the ledger ${name} did not load`);
    this.ledgers.set(documentName, { connection, document });
    const owner = this.sharing.ownerOf(address.storyId);
    if (owner !== null) await connection.transact((ledger) => setLedgerOwner(ledger, owner));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const ledger = this.ledgers.get(documentName);
    this.ledgers.delete(documentName);
    await ledger?.connection.disconnect();
  }

  async beforeSync({ documentName, type, payload, context, document }: beforeSyncPayload<NewsroomContext>): Promise<void> {
    if (type === syncStep1) return;
    const ledger = this.ledgers.get(documentName);
    if (!ledger) return;
    const claims: number[] = [];
    for (const [client, end] of Y.parseUpdateMeta(payload).to) {
      const owner = clientOwner(ledger.document, client);
      if (owner === undefined) claims.push(client);
      else if (owner !== context.user && end > Y.getState(document.store, client)) {
        throw new Refusal(`refused an edit that claimed to be written by ${owner}`);
      }
    }
    if (claims.length === 0) return;
    await ledger.connection.transact((document) => {
      for (const client of claims) claimClient(document, client, context.user);
    });
  }

  async beforeHandleAwareness({ states, context, connection }: beforeHandleAwarenessPayload<NewsroomContext>): Promise<void> {
    if (!connection || !context) return;
    for (const state of states.values()) {
      const user = typeof state.user === 'object' && state.user !== null ? state.user : {};
      state.user = { ...user, name: context.user };
    }
  }
}
