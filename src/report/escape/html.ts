import { visible } from '../../output/escape.js';

/** Text for HTML element content and quoted attribute values, in code that builds markup. */
export function htmlText(text: string): string {
  return visible(String(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;')
    .replace(/=/g, '&#61;');
}

/**
 * What Handlebars gets for `{{value}}` in an HTML template: hidden characters shown as
 * escapes. Handlebars' own escaping then applies, so markup stays text.
 */
export function htmlVisible(text: string): string {
  return visible(String(text));
}
