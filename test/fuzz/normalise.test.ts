import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skeleton } from '../../src/policy/confusables.js';
import { normaliseDomain, normaliseName, normaliseNumber } from '../../src/policy/normalise.js';
import { anyText, checkProperty } from '../helpers/fuzz.js';

const invisible = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u2066',
  '\u00ad',
  '\u034f',
  '\ufe0f',
];

/** `text` with invisible characters slipped in at random places. */
const withInvisible = fc
  .tuple(anyText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...invisible)), { maxLength: 5 }))
  .map(([text, inserts]) => ({
    text,
    dodged: inserts.reduce((t, [at, ch]) => {
      const chars = [...t];
      chars.splice(at % (chars.length + 1), 0, ch);
      return chars.join('');
    }, text),
  }));

const latinName = fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,20}$/);
const toCyrillic: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  i: 'і',
  s: 'ѕ',
  j: 'ј',
};

describe('property: normalisation', () => {
  it('of names is idempotent', () =>
    checkProperty(anyText, (name) => {
      const once = normaliseName(name);
      expect(normaliseName(once)).toBe(once);
    }));

  it('of domains and registration numbers is idempotent', () =>
    checkProperty(anyText, (text) => {
      const domain = normaliseDomain(text);
      if (domain !== undefined) expect(normaliseDomain(domain)).toBe(domain);
      const number = normaliseNumber(text);
      if (number !== undefined) expect(normaliseNumber(number)).toBe(number);
    }));

  it('ignores zero-width and bidirectional characters anywhere in a name, domain or number', () =>
    checkProperty(withInvisible, ({ text, dodged }) => {
      expect(normaliseName(dodged)).toBe(normaliseName(text));
      expect(normaliseDomain(dodged)).toBe(normaliseDomain(text));
      expect(normaliseNumber(dodged)).toBe(normaliseNumber(text));
    }));

  it('gives a Latin name and its Cyrillic lookalike the same skeleton, but not the same key', () =>
    checkProperty(latinName, (name) => {
      const lookalike = [...name].map((ch) => toCyrillic[ch] ?? ch).join('');
      expect(normaliseName(skeleton(lookalike))).toBe(normaliseName(skeleton(name)));
      if (lookalike !== name) expect(normaliseName(lookalike)).not.toBe(normaliseName(name));
    }));

  it('keeps the skeleton idempotent', () =>
    checkProperty(anyText, (name) => {
      const once = normaliseName(skeleton(name));
      expect(normaliseName(skeleton(once))).toBe(once);
    }));
});

describe('the shortcuts of plain ASCII names', () => {
  const ascii = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);

  it('take the lookalike key of a printable ASCII name to be its key', () => {
    checkProperty(ascii, (name) => {
      expect(normaliseName(skeleton(name))).toBe(normaliseName(name));
    });
  });

  it('normalise a printable ASCII name as the Unicode passes do', () => {
    // A zero-width space sends the name down the Unicode passes, which drop it again.
    checkProperty(ascii, (name) => {
      expect(normaliseName(`${name}\u200b`)).toBe(normaliseName(name));
    });
  });
});
