import { isTransactionOrigin } from '@hocuspocus/server';

/** What every authenticated connection carries: the person its token belongs to. */
export interface NewsroomContext {
  user: string;
}

/** The signed-in person behind a transaction, when it came from a client connection. */
export function userOfOrigin(origin: unknown): string | null {
  if (!isTransactionOrigin(origin) || origin.source !== 'connection') return null;
  const context = origin.connection.context as Partial<NewsroomContext> | undefined;
  return typeof context?.user === 'string' ? context.user : null;
}
