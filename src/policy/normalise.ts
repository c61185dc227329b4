import { domainToASCII } from 'node:url';
import { places } from './places.js';

/**
 * Keys under which two registrations name the same customer. Each strips only what
 * does not tell companies apart, so that different companies sharing a word stay apart.
 */

/** Legal-form words in English and other Latin-script names, as the last words of a name. */
const latinForms = new Set(
  (
    'co company corp corporation inc incorporated ltd limited llc llp plc gmbh ag kg sa sas srl ' +
    'spa bv nv pte pty kk group'
  ).split(' '),
);

/** Chinese legal-form endings, longest first so that 股份有限公司 goes before 有限公司. */
const hanForms = ['股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团', '公司'];

/**
 * Characters that show nothing: format and control characters (zero-width spaces and
 * joiners, bidirectional marks and overrides), the combining grapheme joiner, variation
 * selectors and the Hangul fillers. They must never make two equal names differ.
 */
// eslint-disable-next-line no-misleading-character-class -- lone joiners and selectors are the point
const invisible = /[\p{Cf}\p{Cc}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/gu;

/** Text without the characters that show nothing. */
export function withoutInvisible(text: string): string {
  return text.replace(invisible, '');
}

/** NFKC leaves printable ASCII as it is, and none of it is invisible. */
const printableAscii = /^[\x20-\x7e]*$/;

export function isPrintableAscii(text: string): boolean {
  return printableAscii.test(text);
}

export function normaliseName(name: string): string {
  // Most names are plain ASCII, which the Unicode passes would leave as they are.
  const ascii = isPrintableAscii(name);
  const visible = ascii ? name : withoutInvisible(withoutInvisible(name).normalize('NFKC'));
  // Each pass runs only where its characters occur: this runs once per registration, on
  // the thread that every run of a large workspace waits for.
  let text = visible.toLowerCase();
  if (text.includes('&')) text = text.replace(/&/g, ' and ');
  if (text.includes('.')) {
    text = text.replace(/\b(?:[a-z]\.){2,}/g, (abbr) => abbr.replace(/\./g, ''));
  }
  if (opening.test(text)) {
    text = text.replace(/[([【〔]([^()[\]【】〔〕]*)[)\]】〕]/g, (_, inner: string) =>
      isPlace(inner) ? ' ' : ` ${inner} `,
    );
  }
  text = text.replace(ascii ? asciiMarks : marks, ' ');
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  return stripForms(words).join('');
}

const opening = /[([【〔]/;

/** Punctuation and symbols; in ASCII they are every printable character but letters and digits. */
const marks = /[\p{P}\p{S}]/gu;
const asciiMarks = /[!-/:-@[-`{-~]/g;

function isPlace(inner: string): boolean {
  const bare = inner.replace(/[\s\p{P}]/gu, '');
  return places.has(bare) || places.has(bare.replace(/[市省]$/u, ''));
}

/** Drops legal forms from the end, one at a time, never the whole name. */
function stripForms(words: string[]): string[] {
  let out = [...words];
  for (;;) {
    const last = out[out.length - 1] ?? '';
    if (out.length > 1 && latinForms.has(last)) {
      out.pop();
      continue;
    }
    // Every Chinese form ends in 司 or 团; most names end otherwise and need no join.
    const end = last[last.length - 1];
    if (end !== '司' && end !== '团') return out;
    const joined = out.join('');
    const form = hanForms.find((f) => joined.endsWith(f));
    if (!form || joined.length <= form.length) return out;
    out = dropTail(out, form.length);
  }
}

/** The words without their last `count` characters; spacing inside a form does not matter. */
function dropTail(words: readonly string[], count: number): string[] {
  const out = [...words];
  let left = count;
  while (left > 0 && out.length > 0) {
    const last = out.pop() ?? '';
    if (last.length > left) out.push(last.slice(0, last.length - left));
    left -= Math.min(left, last.length);
  }
  return out;
}

/** `https://WWW.Example.com/path` and `example.com` are the same domain. */
export function normaliseDomain(domain: string): string | undefined {
  let text = withoutInvisible(withoutInvisible(domain).normalize('NFKC')).trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  text = text.replace(/^[^@/]*@/, '');
  text = text.split(/[/?#]/)[0] ?? '';
  text = text
    .replace(/:\d*$/, '')
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
  if (plainAscii(text)) return text;
  const ascii = domainToASCII(text);
  return ascii === '' ? undefined : ascii;
}

/**
 * A host name that the URL standard's host parser would return unchanged: lowercase
 * ASCII labels, none of them punycode, and no last label that reads as an IPv4 number.
 * Most domains are such, and the parser costs more than the rest of the facts together.
 */
function plainAscii(text: string): boolean {
  return asciiHost.test(text) && !punycode.test(text) && !numericEnd.test(text);
}

const asciiHost = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/;
const punycode = /(?:^|\.)xn--/;
const numericEnd = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;

/** Registration numbers compare exactly, except for case, spaces and hyphens. */
export function normaliseNumber(number: string): string | undefined {
  const text = withoutInvisible(withoutInvisible(number).normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s-]/g, '');
  return text === '' ? undefined : text;
}
