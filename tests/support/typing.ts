import * as Y from 'yjs';
import { storyRoots } from '../../shared/collab/storyDoc';

/** Types `text` into paragraph `index` of a story's body at `offset` (clamped), as the editor's binding would. */
export function typeInto(doc: Y.Doc, index: number, offset: number, text: string): void {
  const body = doc.getXmlFragment(storyRoots.body);
  doc.transact(() => {
    const paragraph = body.get(Math.min(index, body.length - 1)) as Y.XmlElement;
    let node = paragraph.get(0) as Y.XmlText | undefined;
    if (!node) {
      node = new Y.XmlText();
      paragraph.insert(0, [node]);
    }
    node.insert(Math.min(offset, node.length), text);
  });
}

/** Adds a new paragraph holding `text` at the end of the body. */
export function addParagraph(doc: Y.Doc, text: string): void {
  const body = doc.getXmlFragment(storyRoots.body);
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    body.insert(body.length, [paragraph]);
  });
}
