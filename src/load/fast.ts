import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The fast path: js-yaml with the YAML 1.2 core schema, no positions. It answers only
 * for files that are plainly well formed; anything it is unsure of (anchors and aliases,
 * several documents, duplicate keys, any syntax error) returns `undefined`, and the
 * caller takes the positioned path, which carries every limit and reports the finding.
 */
export function parseFast(text: string): { value: unknown } | undefined {
  if (anchorOrAlias.test(text) || documentMarker.test(text)) return undefined;
  try {
    const value = load(text, { schema: CORE_SCHEMA, json: false });
    if (value === undefined || value === null) return undefined;
    return { value };
  } catch {
    return undefined;
  }
}

// Over-approximate on purpose: a false match costs only a slower parse of that file.
const anchorOrAlias = /(^|[\s[{,:-])[&*][^\s,[\]{}]/m;
const documentMarker = /^(---|\.\.\.)(\s|$)/m;
