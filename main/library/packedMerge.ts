import { decode, encode, searchFields, Uint32Builder, type Snapshot } from './packedFormat';
import { byCodeUnits, TermWriter } from './packedTermWriter';

/**
 * Joins index files built over disjoint sets of articles (one per scan worker) into one, as if a
 * single index had taken every article: short ids of each part are shifted past the previous
 * part's, postings are concatenated per term and field, and field-length averages are weighted.
 * When two parts hold one id (two files claiming it), the first wins: the other's document and
 * postings are left out, as one index taking both files would have skipped the second.
 */
export function mergeSnapshots(parts: readonly Uint8Array[], workspace: string, journal = ''): Buffer {
  const decoded = parts.map(decode);
  const documents = decoded.reduce((total, snapshot) => total + snapshot.shortIds.length, 0);
  const shortIds = new Uint32Builder(documents);
  const documentIds: string[] = [];
  const hashes: string[] = [];
  const fieldLengths = new Uint32Builder(documents * searchFields.length);
  const shifts: number[] = [];
  const seen = new Set<string>();
  /** Per part, the (unshifted) short ids of documents left out. */
  const dropped: Set<number>[] = [];
  let nextId = 0;
  let documentCount = 0;
  const sums = searchFields.map(() => 0);
  for (const { header, shortIds: partIds, documentIds: partDocuments, hashes: partHashes, fieldLengths: lengths } of decoded) {
    shifts.push(nextId);
    const left = new Set<number>();
    dropped.push(left);
    searchFields.forEach((_, field) => (sums[field] = (sums[field] as number) + (header.averageFieldLength[field] ?? 0) * header.documentCount));
    documentCount += header.documentCount;
    for (let position = 0; position < partIds.length; position += 1) {
      const id = partDocuments[position] as string;
      const lengthsOf = lengths.subarray(position * searchFields.length, (position + 1) * searchFields.length);
      if (seen.has(id)) {
        left.add(partIds[position] as number);
        documentCount -= 1;
        searchFields.forEach((_, field) => (sums[field] = (sums[field] as number) - (lengthsOf[field] ?? 0)));
        continue;
      }
      seen.add(id);
      shortIds.push((partIds[position] as number) + nextId);
      documentIds.push(id);
      hashes.push(partHashes[position] as string);
      fieldLengths.pushAll(lengthsOf);
    }
    nextId += header.nextId;
  }
  // Term → per field, the (part, start, length) runs to concatenate, in part order.
  const runs = new Map<string, Map<number, { part: number; start: number; length: number }[]>>();
  decoded.forEach(({ terms, termTable }, part) => {
    let cursor = 0;
    let posting = 0;
    for (const term of terms) {
      const fields = runs.get(term) ?? new Map<number, { part: number; start: number; length: number }[]>();
      runs.set(term, fields);
      const count = termTable[cursor++] as number;
      for (let field = 0; field < count; field += 1) {
        const fieldId = termTable[cursor++] as number;
        const length = termTable[cursor++] as number;
        const list = fields.get(fieldId) ?? [];
        list.push({ part, start: posting, length });
        fields.set(fieldId, list);
        posting += length;
      }
    }
  });
  const sum = (pick: (snapshot: Snapshot) => number) => decoded.reduce((total, snapshot) => total + pick(snapshot), 0);
  const writer = new TermWriter({ termTable: sum((snapshot) => snapshot.termTable.length), postings: sum((snapshot) => snapshot.header.postings) });
  for (const term of [...runs.keys()].sort(byCodeUnits)) {
    const fields = runs.get(term) as Map<number, { part: number; start: number; length: number }[]>;
    writer.add(term, (function* kept() {
      for (const [fieldId, list] of [...fields].sort((a, b) => a[0] - b[0])) {
        yield list.map((run) => {
          const source = decoded[run.part] as Snapshot;
          const left = dropped[run.part] as Set<number>;
          const range = source.postings.read(run.start, run.start + run.length);
          const ids = range.ids.subarray(range.from, range.to);
          const freqs = range.freqs.subarray(range.from, range.to);
          if (left.size === 0) return { fieldId, ids, freqs, shift: shifts[run.part] as number };
          const keep = Array.from(ids, (docId) => !left.has(docId));
          return { fieldId, ids: ids.filter((_, index) => keep[index]), freqs: freqs.filter((_, index) => keep[index]), shift: shifts[run.part] as number };
        });
      }
    })());
  }
  const averageFieldLength = sums.map((sum) => (documentCount ? sum / documentCount : 0));
  return encode({
    header: { workspace, journal, documentCount, nextId, averageFieldLength },
    shortIds: shortIds.view(), fieldLengths: fieldLengths.view(), termTable: writer.termTable.view(), ids: writer.ids.view(), freqs: writer.freqs.view(), documentIds, hashes, terms: writer.terms,
  });
}
