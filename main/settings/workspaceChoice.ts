import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { writeFileDurably } from '../articles/articleFile';

/**
 * Which workspace folder to open: `COPYDESK_WORKSPACE` when set, else the folder last chosen
 * in the Open Workspace dialog, else `~/Documents/Copydesk`.
 */
export async function resolveWorkspace(userDataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.COPYDESK_WORKSPACE;
  if (fromEnv && isAbsolute(fromEnv)) return fromEnv;
  try {
    const saved: unknown = JSON.parse(await readFile(join(userDataDir, 'workspace.json'), 'utf8'));
    const path = typeof saved === 'object' && saved !== null ? (saved as { path?: unknown }).path : undefined;
    if (typeof path === 'string' && isAbsolute(path)) return path;
  } catch {
    // No saved choice yet.
  }
  return join(homedir(), 'Documents', 'Copydesk');
}

/** Remembers a workspace chosen in the native dialog. */
export async function rememberWorkspace(userDataDir: string, path: string): Promise<void> {
  await writeFileDurably(join(userDataDir, 'workspace.json'), `${JSON.stringify({ path }, null, 2)}\n`);
}
