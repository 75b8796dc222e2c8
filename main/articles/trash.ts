import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { withArticleLock } from './saveLock';

/**
 * Moves an article's file into the workspace's `.copydesk/trash/`, under the article's lock, from
 * where it can be put back by hand. A name already in the trash gets a time prefix, so nothing in it is replaced.
 */
export async function moveToTrash(dir: string, id: string, fileName: string): Promise<void> {
  const trashDir = join(dir, '.copydesk', 'trash');
  await mkdir(trashDir, { recursive: true });
  const existing = await readdir(trashDir);
  const target = existing.includes(fileName) ? `${Date.now()}-${fileName}` : fileName;
  await withArticleLock(dir, id, () => rename(join(dir, fileName), join(trashDir, target)));
}
