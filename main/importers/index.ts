/** The importers: one file's bytes in, an article and a report out. */
export { checkImportSize, extensionOf, fileKindOf, importFile, importSizeLimits } from './importFile';
export { formatReport } from './formatReport';
export type { ImportInput, ImportOptions, ImportReport, ImportResult, ProposedSource } from './types';
