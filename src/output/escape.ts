/**
 * Characters that would let text from a registration rewrite what a reader sees: control
 * characters, bidirectional overrides and invisible joiners. Output shows them as escapes.
 */
const hidden =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * The same characters, and the line and paragraph separators, as JSON.stringify leaves
 * them raw; it already escapes C0 controls, and its own line breaks must stay.
 */
const hiddenInJson = /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function visible(text: string): string {
  return text.replace(hidden, (ch) => `\\u{${ch.codePointAt(0)?.toString(16).padStart(4, '0')}}`);
}

/** Escapes for XML text and attribute values; drops characters XML 1.0 cannot hold. */
export function xml(text: string): string {
  return wellFormed(visible(text))
    .replace(/[\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** The text with each unpaired surrogate half (no character at all) as U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udfff]/g, (c, i: number, s: string) =>
    isPaired(s, i) ? c : '\ufffd',
  );
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const prev = s.charCodeAt(i - 1);
  return prev >= 0xd800 && prev <= 0xdbff;
}

/**
 * JSON whose text shows no hidden character raw: each is written as a `\u` escape, so a
 * reader of the text sees it and a parser reads back exactly the original string.
 */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    hiddenInJson,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
