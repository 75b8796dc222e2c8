import type { Grantees, SharedStorySummary } from '../../../shared/collab/protocol';
import { AppError } from '../../../shared/errors';
import type { NewsroomDatabase } from './database';
import type { Users } from './users';

const wholeNewsroom = '*';

/**
 * Who may open which story. A story exists on the server once someone shares it: the sharer
 * becomes its owner and names who else may open it (people by name, or the whole newsroom).
 * Only the owner can change that list. Nobody can open a story that was not shared with them.
 */
export class Sharing {
  constructor(
    private readonly db: NewsroomDatabase,
    private readonly users: Users,
  ) {}

  /**
   * Shares a story: creates it with `by` as owner when new, then sets its grantees (replacing the
   * previous list). Refused when someone else owns it or a named person has no token.
   */
  share(storyId: string, by: string, grantees: Grantees): Grantees {
    const owner = this.ownerOf(storyId);
    if (owner !== null && owner !== by) throw new AppError('forbidden', `only ${owner}, who shared this story, can change who may open it`);
    const names = grantees === 'newsroom' ? [wholeNewsroom] : [...new Set(grantees)].filter((name) => name !== by);
    const unknown = names.filter((name) => name !== wholeNewsroom && !this.users.exists(name));
    if (unknown.length > 0) throw new AppError('invalid-argument', `no one on this server is called ${unknown.map((name) => `"${name}"`).join(', ')}`);
    this.db.transaction(() => {
      if (owner === null) this.db.prepare('INSERT INTO stories (story_id, owner, created_at) VALUES (?, ?, ?)').run(storyId, by, new Date().toISOString());
      this.db.prepare('DELETE FROM grants WHERE story_id = ?').run(storyId);
      const grant = this.db.prepare('INSERT INTO grants (story_id, grantee) VALUES (?, ?)');
      for (const name of names) grant.run(storyId, name);
    })();
    return grantees === 'newsroom' ? 'newsroom' : names;
  }

  /** The owner of a story, or null when it has not been shared. */
  ownerOf(storyId: string): string | null {
    const row = this.db.prepare('SELECT owner FROM stories WHERE story_id = ?').get(storyId) as { owner: string } | undefined;
    return row?.owner ?? null;
  }

  /** True when `user` owns the story or it was shared with them or with the whole newsroom. */
  canOpen(storyId: string, user: string): boolean {
    if (this.ownerOf(storyId) === user) return true;
    return this.db.prepare('SELECT 1 FROM grants WHERE story_id = ? AND grantee IN (?, ?)').get(storyId, user, wholeNewsroom) !== undefined;
  }

  /** Every story `user` may open, newest first. */
  storiesFor(user: string): Omit<SharedStorySummary, 'present'>[] {
    const rows = this.db
      .prepare(
        `SELECT s.story_id AS storyId, s.owner AS owner, group_concat(g.grantee, char(10)) AS grantees
         FROM stories s LEFT JOIN grants g ON g.story_id = s.story_id
         WHERE s.owner = ? OR s.story_id IN (SELECT story_id FROM grants WHERE grantee IN (?, ?))
         GROUP BY s.story_id ORDER BY s.created_at DESC`,
      )
      .all(user, user, wholeNewsroom) as { storyId: string; owner: string; grantees: string | null }[];
    return rows.map((row) => {
      const names = row.grantees ? row.grantees.split('\n') : [];
      return { storyId: row.storyId, owner: row.owner, grantees: names.includes(wholeNewsroom) ? 'newsroom' : names.sort() };
    });
  }
}
