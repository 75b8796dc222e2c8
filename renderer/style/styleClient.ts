import type { Editor } from '@tiptap/core';
import { Mapping } from '@tiptap/pm/transform';
import { styledFields, type StyleSegment, type StyledField } from '../../shared/style/articleStyle';
import type { StyleFinding } from '../../shared/style/fixes';
import type { StyleLevel, StyleRuleId } from '../../shared/style/rules';
import { emptyStyleSnapshot, styleBlockPlaces, styleChangeBetween, styleSnapshotOf, type StyleSnapshot } from './styleDocument';
import { createWorkerSession } from '../worker/session';
import type { StylePort, StyleReply, StyleUpdate, TextSplice } from './styleProtocol';

/** A style finding in the open article: where it is, and for the body its document range. */
export interface EditorStyleFinding extends StyleFinding {
  where: StyleSegment;
  /** Document positions of the finding in the body; null for a field. */
  range: { from: number; to: number } | null;
}

/** The checked article fields. */
export type StyleFields = Record<StyledField, string>;

/** The open article's house-style findings as the UI reads them, kept in step with the editor by a worker. */
export interface StyleClient {
  /** The findings of the article as it stands, or null before the first check came back. */
  current(): EditorStyleFinding[] | null;
  /** Calls `listener` after each new set of findings; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * The findings with their body ranges moved through the edits made since they were checked, for
   * acting on them now (jump, fix); a finding whose text was deleted gets a null range.
   */
  placedNow(findings: readonly EditorStyleFinding[]): EditorStyleFinding[];
  /** The fields as they now are; checked again when typing pauses if they changed. */
  setFields(fields: StyleFields): void;
  /** The rule pack's levels; checked again at once if they changed. */
  setLevels(levels: Record<StyleRuleId, StyleLevel>): void;
  /** Stops listening to the editor and ends the worker; happens by itself when the editor is destroyed. */
  dispose(): void;
}

/** How the client runs: where its worker comes from, the pause after typing, and a fallback when the worker fails. */
export interface StyleClientOptions {
  createPort: () => StylePort;
  /** Called once if the worker cannot run; the client carries on with this port instead. */
  createFallbackPort?: () => StylePort;
  /** Pause after the last edit before the changed texts are sent. */
  delayMs: number;
  /** Told of each check that arrived, for measurements: the worker's time and the round trip. */
  onTiming?: (timing: { checkMs: number; roundTripMs: number }) => void;
}

/** Body text blocks come after the fields in the worker's list of texts. */
const bodyBase = styledFields.length;

function placeFindings(findings: readonly StyleFinding[], snapshot: StyleSnapshot): EditorStyleFinding[] {
  const places = styleBlockPlaces(snapshot);
  return findings.map((finding) => {
    const field = styledFields[finding.segment];
    if (field !== undefined) return { ...finding, where: { kind: 'field', field }, range: null };
    const block = finding.segment - bodyBase;
    const place = places[block];
    return { ...finding, where: { kind: 'block', block, paragraph: place?.paragraph ?? null }, range: place ? { from: place.start + finding.start, to: place.start + finding.end } : null };
  });
}

const isSamePlaces = (a: readonly EditorStyleFinding[] | null, b: readonly EditorStyleFinding[]) =>
  a !== null && a.length === b.length && a.every((finding, index) => finding.range?.from === b[index]?.range?.from);

/**
 * Keeps a worker's copy of the article's checked texts in step with the editor and brings its
 * findings back. Per keystroke it only notes that the document changed; when typing pauses it
 * sends the texts that changed (found by comparing top-level blocks), and it applies an answer
 * only if neither the document nor a field changed since, so ranges always match the text.
 */
export function createStyleClient(editor: Editor, initial: { fields: StyleFields; levels: Record<StyleRuleId, StyleLevel> }, options: StyleClientOptions): StyleClient {
  const listeners = new Set<() => void>();
  let sent: StyleSnapshot = emptyStyleSnapshot;
  let sentFields: StyleFields | null = null;
  let sentLevels: Record<StyleRuleId, StyleLevel> | null = null;
  let fields = initial.fields;
  let levels = initial.levels;
  let latest: EditorStyleFinding[] | null = null;
  // The edits made since `latest` was placed, to move its ranges to where the text is now.
  let since = new Mapping();

  const show = (findings: readonly StyleFinding[], isNew: boolean) => {
    const placed = placeFindings(findings, sent);
    if (!isNew && isSamePlaces(latest, placed)) return;
    latest = placed;
    since = new Mapping();
    for (const listener of listeners) listener();
  };

  const session = createWorkerSession<StyleUpdate, StyleReply>(editor, {
    name: 'House-style check',
    createPort: options.createPort,
    createFallbackPort: options.createFallbackPort,
    delayMs: options.delayMs,
    prepare(version, current) {
      const snapshot = styleSnapshotOf(editor.state.doc);
      const splices: TextSplice[] = [];
      if (sentFields === null) splices.push({ start: 0, deleteCount: 0, texts: styledFields.map((field) => fields[field]) });
      else styledFields.forEach((field, index) => fields[field] !== sentFields?.[field] && splices.push({ start: index, deleteCount: 1, texts: [fields[field]] }));
      const body = styleChangeBetween(sent, snapshot);
      if (body) splices.push({ ...body, start: body.start + bodyBase });
      const update: StyleUpdate = { type: 'update', version, splices };
      if (levels !== sentLevels) update.levels = levels;
      sent = snapshot;
      sentFields = fields;
      sentLevels = levels;
      if (splices.length > 0 || update.levels) return update;
      // Nothing new to check, but ranges move with the text around them.
      if (latest && current) show(current.findings, false);
      return null;
    },
    forget() {
      sent = emptyStyleSnapshot;
      sentFields = null;
      sentLevels = null;
    },
    accept(result, reply, roundTripMs) {
      options.onTiming?.({ checkMs: reply.checkMs, roundTripMs });
      show(result.findings, reply.type === 'result' || latest === null);
    },
    onDocumentChange(transaction) {
      since.appendMapping(transaction.mapping);
    },
  });

  return {
    current: () => latest,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    placedNow(findings) {
      return findings.map((finding) => {
        if (!finding.range) return finding;
        const from = since.mapResult(finding.range.from, 1);
        const to = since.mapResult(finding.range.to, -1);
        return { ...finding, range: from.deleted || to.deleted || to.pos < from.pos ? null : { from: from.pos, to: to.pos } };
      });
    },
    setFields(next) {
      if (styledFields.every((field) => next[field] === fields[field])) return;
      fields = next;
      session.changed();
    },
    setLevels(next) {
      if (next === levels) return;
      levels = next;
      session.changed(0);
    },
    dispose() {
      session.dispose();
      listeners.clear();
    },
  };
}
