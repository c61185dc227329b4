import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/checks/facts.js';
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
  const names = fc.oneof(ascii, anyText, latinName);

  it('give a name the lookalike key of its skeleton', () => {
    checkProperty(names, (name) => {
      const facts = factsOf({ rel: 'registrations/a/A.yaml', data: { customer: { name } } });
      const key = normaliseName(name);
      expect(facts.lookalike).toBe(key === '' ? undefined : normaliseName(skeleton(name)));
    });
  });

  it('normalise any name as the Unicode passes do', () => {
    // A zero-width space sends a name down the Unicode passes, which drop it again.
    checkProperty(names, (name) => {
      expect(normaliseName(name)).toBe(normaliseName(`${name}\u200b`));
    });
  });
});
