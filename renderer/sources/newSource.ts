import type { Source } from '../../shared/article/model';

/** A new on-the-record person source with a fresh id. */
export function newSource(name: string, fields: Partial<Source> = {}): Source {
  return { id: `src-${crypto.randomUUID()}`, kind: 'person', name, title: '', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: '', identity: '', ...fields };
}
