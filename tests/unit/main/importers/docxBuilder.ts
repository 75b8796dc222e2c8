import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';

/** A 1×1 transparent PNG. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * A small newsroom .docx written with the `docx` package: Title, Subtitle, headings at levels
 * 1 and 3, bold and italic runs, a hyperlink, an unsafe link, an image with alt text and a comment.
 */
export async function buildNewsroomDocx(): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { italics: true } }] },
    comments: { children: [{ id: 0, author: 'Desk', date: new Date('2026-01-05T09:00:00Z'), children: [new Paragraph('Check the figure')] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ferry Crews Walk Out', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Commuters face a week of disruption', style: 'Subtitle' }),
          new Paragraph({
            children: [
              new TextRun('Crews walked out at '),
              new TextRun({ text: 'dawn', bold: true }),
              new TextRun(' on '),
              new TextRun({ text: 'Tuesday', italics: true }),
              new TextRun(', the '),
              new ExternalHyperlink({ link: 'https://union.example.org/', children: [new TextRun({ text: 'union', style: 'Hyperlink' })] }),
              new TextRun(' said.'),
            ],
          }),
          new Paragraph({ text: 'The offer', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('“It is fair and final,” said Tom Brennan.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Paragraph({ text: 'Details', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: pixel, transformation: { width: 10, height: 10 }, altText: { name: 'pier', description: 'Crews on the pier', title: 'Pier' } })] }),
          new Paragraph({
            children: [new TextRun('See '), new ExternalHyperlink({ link: 'file:///etc/passwd', children: [new TextRun('the file')] }), new TextRun('.')],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A .docx whose body is plain paragraphs in the newsroom layout, with no Title style. */
export async function buildPlainLayoutDocx(): Promise<Uint8Array> {
  const lines = ['Harbour Ferries', 'Ferry Crews Walk Out as Talks Collapse', 'Commuters face a week of disruption', 'Crews walked off the job at dawn on Tuesday, leaving thousands of commuters queuing for buses.', 'Talks resume on Friday.'];
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
