/**
 * Characters the HTML parser reports as errors in any context: C0 and C1 controls other than
 * tab, line feed, form feed and carriage return, and Unicode noncharacters.
 */
const forbiddenCharacters =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Removes characters that cannot appear in a valid HTML document (controls, noncharacters) and
 * replaces lone surrogates, which UTF-8 cannot encode, with U+FFFD. Printable text is untouched.
 */
export function cleanText(text: string): string {
  return text.replace(forbiddenCharacters, '').replace(loneSurrogate, '\uFFFD');
}

/** Escapes text for use as element content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

/**
 * Serialises a value as JSON that is safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and
 * U+2029 become `\u` escapes, so no string can close the element or start a comment.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new RangeError('jsonForScript: the value cannot be serialised as JSON');
  return json.replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A field's printable text: cleaned of forbidden characters and trimmed; '' means "leave it out". */
export function visibleText(text: string): string {
  return cleanText(text).trim();
}
