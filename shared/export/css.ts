/**
 * The stylesheet embedded in every export: a readable single column on screen, a dark variant
 * for readers who prefer it, and a print layout. Colours meet WCAG AA contrast in both schemes.
 */
export const exportStylesheet = `:root {
  color-scheme: light dark;
  --text: #1a1a1a;
  --muted: #4a4a4a;
  --accent: #8a1c1c;
  --rule: #d0d0d0;
  --background: #fdfdfb;
  --link: #0b4f8a;
  --banner-text: #ffffff;
  --banner-background: #8a1c1c;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e8e6e3;
    --muted: #c2bfba;
    --accent: #f0a0a0;
    --rule: #4a4a4a;
    --background: #151515;
    --link: #9cc8f5;
    --banner-text: #151515;
    --banner-background: #f0a0a0;
  }
}
* { box-sizing: border-box; }
html { background: var(--background); color: var(--text); }
body {
  margin: 0;
  font-family: Georgia, "Times New Roman", serif;
  font-size: 1.125rem;
  line-height: 1.6;
}
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.draft-banner {
  margin: 0 0 2rem;
  padding: 0.5rem 1rem;
  background: var(--banner-background);
  color: var(--banner-text);
  font-family: system-ui, sans-serif;
  font-weight: 700;
  letter-spacing: 0.05em;
  text-align: center;
}
.article-header { margin-bottom: 2rem; border-bottom: 1px solid var(--rule); padding-bottom: 1rem; }
.kicker {
  margin: 0 0 0.5rem;
  color: var(--accent);
  font-family: system-ui, sans-serif;
  font-size: 0.875rem;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
}
h1 { margin: 0 0 0.75rem; font-size: 2.25rem; line-height: 1.15; }
h2 { margin: 2rem 0 0.5rem; font-size: 1.5rem; line-height: 1.25; }
h3 { margin: 1.5rem 0 0.5rem; font-size: 1.25rem; line-height: 1.3; }
.dek { margin: 0 0 1rem; color: var(--muted); font-size: 1.25rem; line-height: 1.4; }
.byline, .additional-reporting {
  margin: 0.25rem 0;
  color: var(--muted);
  font-family: system-ui, sans-serif;
  font-size: 0.9375rem;
}
.author { color: var(--text); font-weight: 600; }
.dates {
  margin: 0.25rem 0;
  color: var(--muted);
  font-family: system-ui, sans-serif;
  font-size: 0.9375rem;
}
.dateline { font-weight: 700; letter-spacing: 0.02em; }
q.quote { quotes: "“" "”" "‘" "’"; }
q.runs-on::after { content: no-close-quote; }
.corrections { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: 1rem; font-style: italic; }
.correction { margin: 0 0 0.75rem; }
p { margin: 0 0 1.1rem; }
ul, ol { margin: 0 0 1.1rem; padding-left: 1.5rem; }
li > p { margin: 0 0 0.4rem; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
.pull-quote { margin: 2rem 0; padding: 1rem 0 1rem 1.25rem; border-left: 4px solid var(--accent); }
.pull-quote blockquote { margin: 0; }
.pull-quote blockquote p { margin: 0; font-size: 1.5rem; line-height: 1.35; font-style: italic; }
.pull-quote figcaption { margin-top: 0.75rem; color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.9375rem; }
.speaker-name { color: var(--text); font-weight: 600; }
@media print {
  :root { --text: #000000; --muted: #333333; --accent: #000000; --rule: #999999; --background: #ffffff; --link: #000000; }
  html { background: #ffffff; }
  body { font-size: 11pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2, h3 { break-after: avoid; }
  .pull-quote, li { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
  a { text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; word-break: break-all; }
  .draft-banner { border: 2px solid #000000; background: none; color: #000000; }
}
`;
