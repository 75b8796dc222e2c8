/** Turns a Node file-system error into a sentence for a reporter. */
export function describeFsError(error: unknown, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'the file no longer exists' : 'the folder no longer exists';
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? 'permission denied: Copydesk may not read this file' : 'permission denied: the workspace folder is read-only for Copydesk';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EFBIG':
      return 'the disk is full (the file would be larger than this system allows)';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EBUSY':
      return 'the file is locked by another program';
    case 'EISDIR':
      return 'a folder has the article file name';
    default:
      return `could not ${action} the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
