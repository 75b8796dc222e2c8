import type { connectedPayload, Extension, Hocuspocus, onAwarenessUpdatePayload, onConfigurePayload, onDisconnectPayload } from '@hocuspocus/server';
import { Redis as RedisClient } from 'ioredis';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { parseDocumentName, storyDocumentName } from '../../../shared/collab/names';
import type { NewsroomContext } from './origin';

/** Who is in which story now: the names behind the Shared list's "In it now". */
export interface PresenceDirectory {
  /** The people (names from their tokens) who have `storyId` open, sorted. */
  present(storyId: string): Promise<string[]>;
}

/** The people connected to a story's document on this instance, from their tokens. */
export function localPresent(instance: Hocuspocus | null, storyId: string): string[] {
  const document = instance?.documents.get(storyDocumentName(storyId));
  if (!document) return [];
  const names = document.getConnections().map((connection) => (connection.context as NewsroomContext | undefined)?.user);
  return [...new Set(names.filter((name): name is string => typeof name === 'string'))].sort();
}

/** One server on its own: who is present is who is connected here. */
export class LocalPresence implements Extension, PresenceDirectory {
  extensionName = 'LocalPresence';
  private instance: Hocuspocus | null = null;

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async present(storyId: string): Promise<string[]> {
    return localPresent(this.instance, storyId);
  }
}

/** How long an instance's entry in a story's presence set lives unless renewed (an instance that dies drops out after this). */
export const presenceTtlMs = 15_000;
const renewEveryMs = presenceTtlMs / 3;
const awarenessOrigin = 'copydesk-left-elsewhere';

interface LeftMessage {
  from: string;
  documentName: string;
  clients: number[];
}

/**
 * Presence behind a load balancer, for instances that share documents through Redis.
 *
 * The Shared list: each instance keeps, per story, a Redis sorted set of `instance⇥name` members
 * scored by when they expire; it adds a person when they connect, removes them when their last
 * connection to the story here closes, and renews its members every few seconds, so an instance
 * that dies drops out within `presenceTtlMs`. Asking who is in a story reads the live members.
 *
 * Carets and peers: Hocuspocus's Redis extension relays awareness between instances but skips the
 * removal sent when the last person on an instance leaves (the document has no connection left to
 * publish for), so the others would see them for another 30 s. This publishes that removal itself,
 * and applies the ones other instances publish.
 */
export class RedisPresence implements Extension, PresenceDirectory {
  extensionName = 'RedisPresence';
  private instance: Hocuspocus | null = null;
  private readonly commands: RedisClient;
  private readonly subscriber: RedisClient;
  /** Per story id, the names this instance has in its Redis set now. */
  private readonly registered = new Map<string, Set<string>>();
  private readonly renewal: NodeJS.Timeout;
  private readonly leftChannel: string;

  constructor(
    redis: { host: string; port: number },
    private readonly instanceId: string,
    private readonly prefix = 'copydesk',
  ) {
    this.commands = new RedisClient(redis.port, redis.host, { lazyConnect: false });
    this.subscriber = new RedisClient(redis.port, redis.host, { lazyConnect: false });
    this.leftChannel = `${prefix}:presence-left`;
    void this.subscriber.subscribe(this.leftChannel);
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.leftChannel) this.applyLeft(message);
    });
    this.renewal = setInterval(() => void this.renewAll().catch(() => undefined), renewEveryMs);
  }

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async connected({ documentName }: connectedPayload<NewsroomContext>): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address?.kind === 'story') await this.renew(address.storyId);
  }

  async onDisconnect({ documentName }: onDisconnectPayload<NewsroomContext>): Promise<void> {
    const address = parseDocumentName(documentName);
    if (address?.kind !== 'story') return;
    // The connection leaves the document's list after this hook's turn.
    await new Promise((resolve) => setImmediate(resolve));
    await this.renew(address.storyId);
  }

  async onAwarenessUpdate({ documentName, document, removed, transactionOrigin }: onAwarenessUpdatePayload): Promise<void> {
    if (removed.length === 0 || transactionOrigin !== null) return;
    // The Redis extension decides on its next turn whether anyone is left to publish for; so does this.
    await new Promise((resolve) => setImmediate(resolve));
    if (document.connections.size > 0) return;
    const message: LeftMessage = { from: this.instanceId, documentName, clients: removed };
    await this.commands.publish(this.leftChannel, JSON.stringify(message));
  }

  /** Everyone in the story on any instance; only this instance's people while Redis cannot be read. */
  async present(storyId: string): Promise<string[]> {
    const members = await this.commands.zrangebyscore(this.key(storyId), Date.now(), '+inf').catch(() => null);
    if (members === null) return localPresent(this.instance, storyId);
    return [...new Set(members.map((member) => member.slice(member.indexOf('\t') + 1)))].sort();
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.renewal);
    const stories = [...this.registered.keys()];
    await Promise.all(stories.map((storyId) => this.write(storyId, [])));
    this.subscriber.disconnect();
    await this.commands.quit();
  }

  private key(storyId: string): string {
    return `${this.prefix}:present:${storyId}`;
  }

  /** Brings this instance's members of the story's set in line with who is connected here. */
  private async renew(storyId: string): Promise<void> {
    await this.write(storyId, localPresent(this.instance, storyId));
  }

  private async write(storyId: string, names: string[]): Promise<void> {
    const key = this.key(storyId);
    const member = (name: string) => `${this.instanceId}\t${name}`;
    const gone = [...(this.registered.get(storyId) ?? [])].filter((name) => !names.includes(name));
    if (names.length > 0) this.registered.set(storyId, new Set(names));
    else this.registered.delete(storyId);
    const expires = Date.now() + presenceTtlMs;
    const batch = this.commands.multi().zremrangebyscore(key, '-inf', Date.now());
    if (gone.length > 0) batch.zrem(key, ...gone.map(member));
    for (const name of names) batch.zadd(key, expires, member(name));
    if (names.length > 0) batch.pexpire(key, presenceTtlMs);
    await batch.exec();
  }

  private async renewAll(): Promise<void> {
    const stories = new Set(this.registered.keys());
    for (const name of this.instance?.documents.keys() ?? []) {
      const address = parseDocumentName(name);
      if (address?.kind === 'story') stories.add(address.storyId);
    }
    await Promise.all([...stories].map((storyId) => this.renew(storyId)));
  }

  private applyLeft(raw: string): void {
    let message: LeftMessage;
    try {
      message = JSON.parse(raw) as LeftMessage;
    } catch {
      return;
    }
    if (message.from === this.instanceId || !Array.isArray(message.clients)) return;
    const awareness = this.instance?.documents.get(message.documentName)?.awareness;
    if (!awareness) return;
    const known = message.clients.filter((client) => typeof client === 'number' && awareness.getStates().has(client));
    if (known.length > 0) removeAwarenessStates(awareness, known, awarenessOrigin);
  }
}
