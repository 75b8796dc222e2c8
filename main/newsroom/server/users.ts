import { createHash, randomBytes } from 'node:crypto';
import { userNameSchema } from '../../../shared/collab/protocol';
import { AppError } from '../../../shared/errors';
import type { NewsroomDatabase } from './database';

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * The people of a newsroom and their tokens. Only a SHA-256 hash of each token is stored: the
 * token is a 256-bit random secret, so a hash cannot be reversed and a leaked database signs no one in.
 */
export class Users {
  constructor(private readonly db: NewsroomDatabase) {}

  /** Issues a new token for `name` (replacing any earlier one, which stops working) and returns it once. */
  issueToken(name: string): string {
    const parsed = userNameSchema.safeParse(name);
    if (!parsed.success) throw new AppError('invalid-argument', `"${name.slice(0, 100)}" is not a valid name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const token = `cdn_${randomBytes(32).toString('base64url')}`;
    this.db
      .prepare('INSERT INTO users (name, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash')
      .run(parsed.data, hashToken(token), new Date().toISOString());
    return token;
  }

  /** The person a token belongs to, or null for a missing, malformed or unknown token. */
  authenticate(token: string | null | undefined): string | null {
    if (typeof token !== 'string' || !/^cdn_[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const row = this.db.prepare('SELECT name FROM users WHERE token_hash = ?').get(hashToken(token)) as { name: string } | undefined;
    return row?.name ?? null;
  }

  /** True when `name` has been given a token. */
  exists(name: string): boolean {
    return this.db.prepare('SELECT 1 FROM users WHERE name = ?').get(name) !== undefined;
  }

  /** Every name, in alphabetical order. */
  names(): string[] {
    return (this.db.prepare('SELECT name FROM users ORDER BY name').all() as { name: string }[]).map((row) => row.name);
  }
}
