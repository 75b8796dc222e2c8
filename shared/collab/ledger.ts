import * as Y from 'yjs';

/**
 * A story's ledger is a second Yjs document that only the server writes: which Yjs client id
 * belongs to which signed-in person, and who owns the story. Clients open it read-only, so the
 * names it holds come from tokens, never from what a client says about itself.
 */
export const ledgerRoots = { clients: 'clients', story: 'story' } as const;

/** Who wrote what, as far as the server has confirmed it. */
export interface LedgerView {
  /** The verified person behind a Yjs client id, or undefined while the server has not seen it. */
  authorOf(clientId: number): string | undefined;
  /** The person who shared the story, or null before the ledger has synced. */
  owner: string | null;
}

/** Reads a ledger document. `self` adds this machine's own client, known before the server confirms it. */
export function ledgerView(ledger: Y.Doc, self?: { clientId: number; user: string }): LedgerView {
  const clients = ledger.getMap<string>(ledgerRoots.clients);
  const owner = ledger.getMap<string>(ledgerRoots.story).get('owner');
  return {
    authorOf: (clientId) => clients.get(String(clientId)) ?? (self && self.clientId === clientId ? self.user : undefined),
    owner: typeof owner === 'string' ? owner : null,
  };
}

/** The person a client id was claimed by, if any (server side). */
export function clientOwner(ledger: Y.Doc, clientId: number): string | undefined {
  return ledger.getMap<string>(ledgerRoots.clients).get(String(clientId));
}

/** Records that a Yjs client id belongs to `user` (server side; the first claim wins). */
export function claimClient(ledger: Y.Doc, clientId: number, user: string): void {
  const clients = ledger.getMap<string>(ledgerRoots.clients);
  if (clients.has(String(clientId))) throw new RangeError(`client ${clientId} is already claimed`);
  clients.set(String(clientId), user);
}

/** Records the story's owner (server side), once. */
export function setLedgerOwner(ledger: Y.Doc, owner: string): void {
  const story = ledger.getMap<string>(ledgerRoots.story);
  if (story.get('owner') !== owner) story.set('owner', owner);
}
