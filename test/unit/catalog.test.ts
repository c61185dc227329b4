import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds, warningRules } from '../../src/checks/catalog.js';
import { hasMessage, t } from '../../src/i18n/index.js';
import { repoRoot } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const text = sources(join(repoRoot, 'src'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const families =
  'yaml|schema|ref|attachment|completeness|date|id|waiver|conflict|pr|policy|approval';

describe('the rule catalogue', () => {
  const catalogue = new Set(ruleIds());

  it('holds every rule id the sources yield', () => {
    const yielded = new Set<string>();
    const patterns = [
      new RegExp(`rule: '((?:${families})\\.[a-z0-9.-]+)'`, 'g'),
      // Maps of error codes to rules, as in the YAML loader; `key:` names a message instead.
      new RegExp(`^\\s+(?!key:)\\w+: '((?:${families})\\.[a-z0-9.-]+)',$`, 'gm'),
    ];
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) yielded.add(m[1] ?? '');
    const missing = [...yielded].filter((id) => !catalogue.has(id));
    expect(yielded.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('explains every rule in English and Chinese', () => {
    for (const rule of catalogue) {
      const key = `explain.${rule}`;
      expect(hasMessage(key), key).toBe(true);
      if (!hasMessage(key)) continue;
      expect(t(key, {}, 'en')).not.toBe(t(key, {}, 'zh-CN'));
      expect(t(key, {}, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('phrases every rule with a message and a hint', () => {
    const unphrased = [...catalogue].filter(
      (rule) => !hasMessage(rule) && !rule.startsWith('schema.'),
    );
    expect(unphrased).toEqual([]);
  });

  it('knows which rules are warnings', () => {
    const warned = [...text.matchAll(/rule: '([a-z]+\.[a-z0-9.-]+)',\s*severity: 'warning'/g)].map(
      (m) => m[1],
    );
    expect(warned.length).toBeGreaterThan(2);
    for (const rule of warned) expect(warningRules.has(rule ?? ''), rule).toBe(true);
    for (const rule of warningRules) expect(catalogue.has(rule), rule).toBe(true);
  });
});
