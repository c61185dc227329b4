import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { joinLongEach } from '../../../src/templates/long-each.js';

/** Renders `source` with Handlebars' own `each` and with the one that joins long arrays. */
function both(
  source: string,
  context: object,
  options: CompileOptions = {},
): { own: string; joined: string } {
  const own = Handlebars.create();
  const joined = Handlebars.create();
  const builtin = joined.helpers['each'];
  joinLongEach(joined);
  // The test is only worth something while the helper is really replaced.
  expect(joined.helpers['each']).not.toBe(builtin);
  const compile = { preventIndent: true, ...options };
  return {
    own: own.compile(source, compile)(context),
    joined: joined.compile(source, compile)(context),
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `R-${i}`, name: `<b>${i}</b>`, tags: ['a', 'b'] }));

describe('each over long arrays, joined a block at a time', () => {
  const sizes = [0, 1, 255, 256, 257, 512, 513, 1000];

  it.each(sizes)('renders %i rows as Handlebars does, with every @ variable', (n) => {
    const source =
      '{{#each rows}}[{{@index}}/{{@key}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}}] ' +
      '{{id}} {{name}} {{../title}} {{@root.title}}\n{{else}}none{{/each}}';
    const { own, joined } = both(source, { rows: rows(n), title: 'T&C' });
    expect(joined).toBe(own);
    if (n > 0) expect(joined.split('\n')).toHaveLength(n + 1);
  });

  it('passes block parameters and nests, inner arrays long or short', () => {
    const source =
      '{{#each rows as |row i|}}{{i}}:{{row.id}}({{#each row.tags as |tag j|}}{{j}}{{tag}}{{i}}{{/each}})' +
      '{{#each ../grid}}{{@index}}{{#if @last}}!{{/if}}{{/each}};{{/each}}';
    const grid = Array.from({ length: 300 }, (_, i) => i);
    const { own, joined } = both(source, { rows: rows(400), grid });
    expect(joined).toBe(own);
    expect(joined).toContain('399:R-399(0a3991b399)');
  });

  it('leaves holes of a sparse array out as Handlebars does', () => {
    const sparse: unknown[] = [];
    sparse[3] = 'x';
    sparse[700] = 'y';
    sparse.length = 900;
    const source = '{{#each items}}{{@index}}={{this}}{{#if @last}}L{{/if}},{{/each}}';
    const { own, joined } = both(source, { items: sparse });
    expect(joined).toBe(own);
    expect(joined).toBe('3=x,700=y,');
  });

  it('renders plain values, and templates compiled without data or with ids', () => {
    const items = Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? null : i));
    const source = '{{#each items}}{{this}}{{@index}},{{/each}}';
    for (const options of [{}, { data: false }, { trackIds: true }]) {
      const { own, joined } = both(source, { items }, options);
      expect(joined).toBe(own);
    }
  });

  it('leaves objects, short arrays and a missing list to Handlebars', () => {
    const map = Object.fromEntries(rows(300).map((r) => [r.id, r.name]));
    const source =
      '{{#each map}}{{@key}}={{this}}{{#if @last}}.{{/if}}{{/each}}|{{#each none}}x{{else}}empty{{/each}}';
    const { own, joined } = both(source, { map });
    expect(joined).toBe(own);
    expect(joined.endsWith('|empty')).toBe(true);
  });
});
