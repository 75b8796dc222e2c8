import type { CopydeskApi } from '../../shared/ipc';
import type { PrivateFields } from './privateFields';

/**
 * Wraps the handlers so private fields are sealed as articles come in from the renderer and opened
 * as they go back out. Everything between (workspace, revisions, recovery, export) sees sealed values.
 */
export function guardPrivateFields(api: CopydeskApi, fields: PrivateFields): CopydeskApi {
  const open = fields.open.bind(fields);
  const seal = fields.seal.bind(fields);
  return {
    ...api,
    createArticle: async (arg) => open(await api.createArticle(arg)),
    openArticle: async (arg) => {
      const { article, recovered } = await api.openArticle(arg);
      return { article: open(article), recovered: recovered && open(recovered) };
    },
    saveArticle: async ({ article, isExplicit }) => {
      const result = await api.saveArticle({ article: seal(article), isExplicit });
      return { ...result, article: open(result.article) };
    },
    resolveConflict: async (arg) => {
      const { article, copy } = await api.resolveConflict({ ...arg, mine: seal(arg.mine) });
      return { article: open(article), copy: copy && open(copy) };
    },
    duplicateArticle: async (arg) => open(await api.duplicateArticle(arg)),
    renameArticle: async (arg) => open(await api.renameArticle(arg)),
    restoreRevision: async (arg) => open(await api.restoreRevision(arg)),
    readRevision: async (arg) => open(await api.readRevision(arg)),
    exportArticle: async (arg) => {
      const result = await api.exportArticle(arg);
      return result && { ...result, article: open(result.article) };
    },
  };
}
