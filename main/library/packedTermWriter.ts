import { Uint32Builder } from './packedFormat';

/** Where a file's term table and postings are written, one term at a time. */
export class TermWriter {
  readonly terms: string[] = [];
  readonly termTable: Uint32Builder;
  readonly ids: Uint32Builder;
  readonly freqs: Uint32Builder;

  /** `bounds`, when known, are at least the term table's and the postings' final lengths. */
  constructor(bounds?: { termTable: number; postings: number }) {
    this.termTable = new Uint32Builder(bounds?.termTable);
    this.ids = new Uint32Builder(bounds?.postings);
    this.freqs = new Uint32Builder(bounds?.postings);
  }

  /**
   * Writes one term (terms must come in code-unit order). `fields` yields, field by field in
   * ascending field id, the runs of postings to write in ascending document order (ids shifted
   * by `shift`); a field with no posting, and a term with none at all, are not written.
   */
  add(term: string, fields: Iterable<{ fieldId: number; ids: ArrayLike<number>; freqs: ArrayLike<number>; shift?: number }[]>): void {
    const counts: number[] = [];
    for (const runs of fields) {
      const before = this.ids.length;
      for (const run of runs) {
        this.ids.pushAll(run.ids, run.shift ?? 0);
        this.freqs.pushAll(run.freqs);
      }
      if (this.ids.length > before) counts.push(runs[0]?.fieldId ?? 0, this.ids.length - before);
    }
    if (counts.length === 0) return;
    this.terms.push(term);
    this.termTable.push(counts.length / 2);
    for (const count of counts) this.termTable.push(count);
  }
}

/** Strings in code-unit order, the order a file's terms are written in. */
export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
