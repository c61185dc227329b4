/**
 * Cyrillic and Greek letters that look like Latin ones, as their Latin lookalike. Only
 * the similarity check reads names through this table: a name spelt with them may be
 * another company's, and a reviewer should see it, but it is not proven to be the same.
 */
const lookalikes: Record<string, string> = {
  // Cyrillic, lower case after normalisation
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Latin letters that read as others
  ı: 'i',
  ȷ: 'j',
  ł: 'l',
};

const pattern = new RegExp(`[${Object.keys(lookalikes).join('')}]`, 'gu');

/**
 * A name with every lookalike letter replaced by the Latin one it resembles, before it is
 * normalised, so that a lookalike legal form (Cyrillic "Со.") is dropped as the Latin one.
 */
export function skeleton(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(pattern, (ch) => lookalikes[ch] ?? ch);
}
