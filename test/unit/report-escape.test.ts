import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/report/escape/csv.js';
import { htmlText } from '../../src/report/escape/html.js';
import { markdownCode, markdownHtml, markdownText } from '../../src/report/escape/markdown.js';
import { parseCsv } from '../helpers/report.js';

const markup = '\\`*_{}[]()#+-.!|~';

describe('markdown text', () => {
  it('leaves no markup character unescaped, no tag, no line break, no bare mention', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab @<>&\n\r:/w.', ...markup) }), (s) => {
        const out = markdownText(s);
        const unescaped = out.replace(/\\[\s\S]/g, '');
        expect([...unescaped].filter((c) => markup.includes(c))).toEqual([]);
        expect(out).not.toMatch(/[<>\n\r]/);
        expect(out).not.toMatch(/@(?!\u200b)/);
        expect(out).not.toMatch(/:\/\//);
      }),
    );
  });

  it('keeps plain words as they are', () => {
    expect(markdownText('Meridian Foods 美滋食品')).toBe('Meridian Foods 美滋食品');
  });

  it('breaks the autolinks a code host would otherwise make of a domain', () => {
    expect(markdownText('www.evil.example')).toBe('www\u200b\\.evil\\.example');
  });
});

describe('markdown inside HTML and inline code', () => {
  it('escapes tags and markdown emphasis inside <summary>', () => {
    expect(markdownHtml('<b>*x*</b> @me')).toBe('&lt;b&gt;&#42;x&#42;&lt;/b&gt; @\u200bme');
  });

  it('fences inline code with more backticks than the text holds', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x')).toBe('`` `x ``');
  });
});

describe('HTML text', () => {
  it('never leaves a character that could open a tag or end an attribute', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(htmlText(s)).not.toMatch(/[<>"'`]|&(?!(amp|lt|gt|quot|#39|#96|#61);)/);
      }),
    );
  });
});

describe('CSV cells', () => {
  it('read back as the same text, one cell, a formula start prefixed with an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'a,"\n=+-@ x') })), (cells) => {
        const [row] = parseCsv(csvRow(cells));
        const expected = cells.map((c) => (/^[=+\-@]/.test(c) ? `'${c}` : c));
        expect(row).toEqual(cells.length === 0 ? [''] : expected);
      }),
    );
  });

  it('writes numbers as numbers and nothing for a missing value', () => {
    expect([csvCell(-5), csvCell(undefined), csvCell('-5')]).toEqual(['-5', '', "'-5"]);
  });
});
