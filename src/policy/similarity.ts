/** Character bigrams of a normalised name, each once; a one-character name is its own token. */
export function bigrams(name: string): string[] {
  const chars = [...name];
  if (chars.length < 2) return chars;
  const out = new Set<string>();
  for (let i = 1; i < chars.length; i += 1) out.add(`${chars[i - 1]}${chars[i]}`);
  return [...out];
}

/** Dice coefficient of two token sets: 1 for equal sets, 0 for disjoint ones. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const token of small) if (large.has(token)) shared += 1;
  return (2 * shared) / (a.length + b.length);
}

export interface Similar<T> {
  item: T;
  score: number;
}

/**
 * Finds names whose bigram Dice score reaches a threshold without comparing every
 * pair. Prefix filtering: order every name's tokens by how rare they are across the
 * index; two sets similar enough must share a token among the first few rarest of
 * each, so only those are indexed and probed. Exact, with no similar pair missed.
 */
export class NameIndex<T> {
  private readonly jaccard: number;
  private readonly frequency = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly entries: { item: T; tokens: string[] }[] = [];

  constructor(
    items: readonly { item: T; name: string }[],
    readonly threshold: number,
  ) {
    this.jaccard = threshold / (2 - threshold);
    const sets = items.map(({ item, name }) => ({ item, tokens: bigrams(name) }));
    for (const { tokens } of sets) {
      for (const token of tokens) this.frequency.set(token, (this.frequency.get(token) ?? 0) + 1);
    }
    for (const set of sets) {
      const id = this.entries.push(set) - 1;
      for (const token of this.prefix(set.tokens)) {
        const list = this.postings.get(token);
        if (list) list.push(id);
        else this.postings.set(token, [id]);
      }
    }
  }

  /** Indexed items whose names score at least the threshold against `name`. */
  search(name: string): Similar<T>[] {
    const tokens = bigrams(name);
    const seen = new Set<number>();
    const out: Similar<T>[] = [];
    const min = this.jaccard * tokens.length;
    const max = tokens.length / this.jaccard;
    for (const token of this.prefix(tokens)) {
      for (const id of this.postings.get(token) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries[id];
        if (!entry || entry.tokens.length < min - 1e-9 || entry.tokens.length > max + 1e-9) continue;
        const score = dice(tokens, entry.tokens);
        if (score >= this.threshold) out.push({ item: entry.item, score });
      }
    }
    return out;
  }

  private prefix(tokens: readonly string[]): string[] {
    const sorted = [...tokens].sort((a, b) => this.rarity(a, b));
    const keep = sorted.length - Math.ceil(this.jaccard * sorted.length - 1e-9) + 1;
    return sorted.slice(0, Math.max(1, keep));
  }

  private rarity(a: string, b: string): number {
    const fa = this.frequency.get(a) ?? 0;
    const fb = this.frequency.get(b) ?? 0;
    return fa !== fb ? fa - fb : a < b ? -1 : a > b ? 1 : 0;
  }
}
