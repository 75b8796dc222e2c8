/** Caret colours with enough contrast on the light and the dark page (6-digit hex, as y-prosemirror needs). */
const colours = ['#c2410c', '#1d4ed8', '#047857', '#7e22ce', '#be123c', '#0e7490', '#a16207', '#4338ca'];

/** The same colour for the same name on every machine, so people recognise each other's carets. */
export function userColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return colours[hash % colours.length] as string;
}
