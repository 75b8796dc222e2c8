import { z } from 'zod';
import { articleIdSchema } from '../article/model';

/** A person's name on the newsroom server: what `add-user` was given and what others see. */
export const userNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} .'_-]*$/u, 'a name is letters, digits, spaces, dots, apostrophes, hyphens and underscores');

/** Who a story is shared with: named people, or the whole newsroom. */
export const granteesSchema = z.union([z.literal('newsroom'), z.array(userNameSchema).max(500)]);
export type Grantees = z.infer<typeof granteesSchema>;

/** Requests a client sends on the newsroom document (Hocuspocus stateless messages, JSON). */
export const newsroomRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('whoami'), requestId: z.string().max(64) }),
  z.object({ type: z.literal('share'), requestId: z.string().max(64), storyId: articleIdSchema, grantees: granteesSchema }),
  z.object({ type: z.literal('list'), requestId: z.string().max(64) }),
]);
export type NewsroomRequest = z.infer<typeof newsroomRequestSchema>;

/** One story the signed-in person may open. */
export interface SharedStorySummary {
  storyId: string;
  owner: string;
  grantees: Grantees;
  /** Who has it open now (names from their tokens), on every server instance sharing the newsroom's Redis. */
  present: string[];
}

/** Replies from the server, matched to their request by `requestId`. */
export type NewsroomReply =
  | { type: 'identity'; requestId: string; user: string }
  | { type: 'shared'; requestId: string; storyId: string; grantees: Grantees }
  | { type: 'stories'; requestId: string; stories: SharedStorySummary[] }
  | { type: 'refused'; requestId: string; message: string };
