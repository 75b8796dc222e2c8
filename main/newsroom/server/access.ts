import type { Extension, onAuthenticatePayload, onStatelessPayload } from '@hocuspocus/server';
import { parseDocumentName } from '../../../shared/collab/names';
import { newsroomRequestSchema, type NewsroomReply, type NewsroomRequest } from '../../../shared/collab/protocol';
import { AppError } from '../../../shared/errors';
import type { NewsroomContext } from './origin';
import type { PresenceDirectory } from './presence';
import { Refusal } from './refusal';
import type { Sharing } from './sharing';
import type { Users } from './users';

/**
 * Who may connect to what. Every document needs a valid token; a story (and its ledger) only for
 * the people it was shared with; ledgers and the newsroom document are read-only for clients.
 * Requests on the newsroom document (who am I, share, list) are answered here.
 */
export class Access implements Extension {
  extensionName = 'Access';

  constructor(
    private readonly users: Users,
    private readonly sharing: Sharing,
    /** Who is in each story now: this instance's connections, or every instance's behind a load balancer. */
    private readonly presence: PresenceDirectory,
  ) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<NewsroomContext> {
    const user = this.users.authenticate(token);
    if (user === null) throw new Refusal(token ? 'the server does not know this token' : 'no token was given');
    const address = parseDocumentName(documentName);
    if (address === null) throw new Refusal('this server has no document of that name');
    if (address.kind !== 'newsroom' && !this.sharing.canOpen(address.storyId, user)) throw new Refusal('this story has not been shared with you');
    if (address.kind !== 'story') connectionConfig.readOnly = true;
    return { user };
  }

  async onStateless({ connection, documentName, payload }: onStatelessPayload): Promise<void> {
    if (documentName !== 'newsroom') return;
    const user = (connection.context as NewsroomContext).user;
    let request: NewsroomRequest;
    try {
      request = newsroomRequestSchema.parse(JSON.parse(payload));
    } catch {
      connection.sendStateless(JSON.stringify({ type: 'refused', requestId: '', message: 'the server could not read that request' } satisfies NewsroomReply));
      return;
    }
    connection.sendStateless(JSON.stringify(await this.answer(request, user)));
  }

  private async answer(request: NewsroomRequest, user: string): Promise<NewsroomReply> {
    const { requestId } = request;
    try {
      switch (request.type) {
        case 'whoami':
          return { type: 'identity', requestId, user };
        case 'share':
          return { type: 'shared', requestId, storyId: request.storyId, grantees: this.sharing.share(request.storyId, user, request.grantees) };
        case 'list':
          return { type: 'stories', requestId, stories: await Promise.all(this.sharing.storiesFor(user).map(async (story) => ({ ...story, present: await this.presence.present(story.storyId) }))) };
      }
    } catch (error) {
      if (error instanceof AppError) return { type: 'refused', requestId, message: error.message };
      throw error;
    }
  }
}
