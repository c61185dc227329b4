/** Chinese characters: the unified ideographs and their extensions and compatibility forms. */
function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x323af)
  );
}

/**
 * The tokens a normalised name is compared by, each once: two characters from a Chinese
 * character, three from any other. A Chinese character says about as much as a short
 * Latin syllable, and trigrams keep Latin tokens rare enough to index. Characters are
 * code points; a name without any beyond the first plane (nearly every name) is cut
 * by its UTF-16 units directly, which a run over 100,000 names does a million times.
 */
export function grams(name: string): string[] {
  // Where each character starts, and one past the last.
  let starts: number[] | undefined;
  if (/[\uD800-\uDFFF]/.test(name)) {
    starts = [];
    for (let i = 0; i < name.length; i += (name.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
      starts.push(i);
    }
    starts.push(name.length);
  }
  const count = starts ? starts.length - 1 : name.length;
  const at = (i: number): number => (starts ? (starts[i] as number) : i);
  const han = (i: number): boolean => isHanCode(name.codePointAt(at(i)) ?? 0);
  if (count < 3) {
    let any = false;
    for (let i = 0; i < count && !any; i += 1) any = han(i);
    if (!any) return count === 0 ? [] : [name];
  }
  // A name has a few dozen tokens at most: looking through them costs less than a set,
  // which over 100,000 names is as many tables for the collector to copy.
  // A long name (there is no limit on it here) switches to a set once it has many tokens.
  const out: string[] = [];
  let seen: Set<string> | undefined;
  for (let i = 0; i < count; i += 1) {
    const size = han(i) ? 2 : 3;
    if (i + size > count) continue;
    const token = name.slice(at(i), at(i + size));
    if (seen ? seen.has(token) : out.includes(token)) continue;
    out.push(token);
    seen?.add(token);
    if (!seen && out.length > 64) seen = new Set(out);
  }
  if (out.length === 0) out.push(name);
  return out;
}

/** Dice coefficient of two token sets: 1 for equal sets, 0 for disjoint ones. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  // A name has a few dozen tokens at most: looking through them costs less than a set.
  const inLarge: (token: string) => boolean =
    large.length <= 32
      ? (t) => large.includes(t)
      : (
          (set) => (t: string) =>
            set.has(t)
        )(new Set(large));
  let shared = 0;
  for (const token of small) if (inLarge(token)) shared += 1;
  return (2 * shared) / (a.length + b.length);
}

export interface Similar<T> {
  item: T;
  score: number;
}

export interface NameSearch<T> {
  /** Items similar to a name, given as its `grams()`; `self` where it is an item searched for. */
  search(tokens: readonly string[], self?: T): Similar<T>[];
}

/** Up to this many names are compared directly: an index would cost more than it saves. */
const smallGroup = 16;

/** A search over `items`: direct comparison for a few names, a `NameIndex` for more. */
export function nameSearch<T>(
  items: readonly { item: T; grams: string[] }[],
  threshold: number,
): NameSearch<T> {
  if (items.length > smallGroup) return new NameIndex(items, threshold);
  return {
    search(tokens) {
      return items
        .map(({ item, grams: other }) => ({ item, score: dice(tokens, other) }))
        .filter((s) => s.score >= threshold);
    },
  };
}

/**
 * Past this many names sharing a token, the token no longer leads to candidates: it is
 * as common as a stop word, and following it would make the search quadratic.
 */
export const maxPostings = 32;

/**
 * Finds names whose Dice score over their grams reaches a threshold without comparing
 * every pair. Prefix filtering: order every name's tokens by how rare they are across
 * the index; two sets similar enough must share a token among the first few rarest of
 * each, so only those are indexed and probed. No similar pair is missed, except where
 * even the rarest tokens of a name are shared by more than `maxPostings` names.
 * Tokens are numbered by rarity, so a name is a sorted list of numbers.
 */
export class NameIndex<T> implements NameSearch<T> {
  private readonly jaccard: number;
  /** Token → its number; a lower number is a rarer token. */
  private readonly ids = new Map<string, number>();
  private readonly counts: number[] = [];
  private readonly items: T[] = [];
  /** Entry of each item, for the search of an item by its own name. */
  private readonly entryOf = new Map<T, number>();
  /*
   * Over 100,000 names the index outgrows the processor's caches, and a search costs
   * what its reads miss. So nothing a search reads is an object of its own: each kind of
   * list is one typed array, and what is read together sits together.
   */
  /** Every entry's token numbers end to end, entry `i`'s from `at[2i]` to `at[2i + 2]`. */
  private readonly tokens: Int32Array;
  /** Per entry: where its tokens start, and the search that last visited it. */
  private readonly at: Int32Array;
  /**
   * Per token, the entries with it in their prefix, as pairs of entry and the token's
   * place in that prefix: token `t`'s from `postingsAt[t]` to `postingsAt[t + 1]`.
   */
  private readonly postings: Int32Array;
  private readonly postingsAt: Int32Array;
  private stamp = 0;

  /** `items` with the `grams()` of their names. */
  constructor(
    items: readonly { item: T; grams: readonly string[] }[],
    readonly threshold: number,
  ) {
    this.jaccard = threshold / (2 - threshold);
    this.number(items.map((s) => s.grams));
    // Every token of these names is numbered now, so each name's numbers are written
    // straight into their place: no list of its own that the collector would copy.
    this.at = new Int32Array(2 * (items.length + 1));
    let total = 0;
    items.forEach(({ grams: tokens }, id) => {
      this.at[2 * id] = total;
      total += tokens.length;
    });
    this.at[2 * items.length] = total;
    this.tokens = new Int32Array(total);
    const postingsAt = new Int32Array(this.counts.length + 1);
    items.forEach(({ item, grams: tokens }, id) => {
      const start = this.at[2 * id] ?? 0;
      tokens.forEach((token, i) => (this.tokens[start + i] = this.ids.get(token) ?? 0));
      sortRange(this.tokens, start, start + tokens.length);
      this.items.push(item);
      this.entryOf.set(item, id);
      this.prefix(id, (token) => {
        postingsAt[token + 1] = (postingsAt[token + 1] ?? 0) + 2;
      });
    });
    for (let t = 0; t < this.counts.length; t += 1) {
      postingsAt[t + 1] = (postingsAt[t + 1] ?? 0) + (postingsAt[t] ?? 0);
    }
    this.postings = new Int32Array(postingsAt[this.counts.length] ?? 0);
    const filled = postingsAt.slice(0, -1);
    items.forEach((_, id) => {
      this.prefix(id, (token, position) => {
        const k = filled[token] ?? 0;
        this.postings[k] = id;
        this.postings[k + 1] = position;
        filled[token] = k + 2;
      });
    });
    this.postingsAt = postingsAt;
  }

  /** Calls `each` with the indexed tokens of an entry's prefix and their places in it. */
  private prefix(id: number, each: (token: number, position: number) => void): void {
    const start = this.at[2 * id] ?? 0;
    const keep = this.prefixLength((this.at[2 * id + 2] ?? 0) - start, 0);
    for (let p = start, position = 0; p < start + keep; p += 1) {
      const token = this.tokens[p] ?? 0;
      if ((this.counts[token] ?? 0) > maxPostings) continue;
      each(token, position);
      position += 1;
    }
  }

  /**
   * Indexed items whose names score at least the threshold against a name's grams. An
   * item of the index itself (`self`) is looked up by the numbers its entry already holds.
   */
  search(tokens: readonly string[], self?: T): Similar<T>[] {
    const entry = self === undefined ? undefined : this.entryOf.get(self);
    const known =
      entry === undefined
        ? this.numbered(tokens)
        : this.tokens.subarray(this.at[2 * entry], this.at[2 * entry + 2]);
    const unknown = tokens.length - known.length;
    const min = this.jaccard * tokens.length - 1e-9;
    const max = tokens.length / this.jaccard + 1e-9;
    this.stamp += 1;
    const out: Similar<T>[] = [];
    let position = unknown;
    const keep = this.prefixLength(known.length, unknown);
    for (let p = 0; p < keep; p += 1) {
      const token = known[p] ?? 0;
      if ((this.counts[token] ?? 0) > maxPostings) continue;
      const last = this.postingsAt[token + 1] ?? 0;
      for (let k = this.postingsAt[token] ?? 0; k < last; k += 2) {
        const id = this.postings[k] ?? 0;
        if (this.at[2 * id + 1] === this.stamp) continue;
        this.at[2 * id + 1] = this.stamp;
        const start = this.at[2 * id] ?? 0;
        const end = this.at[2 * id + 2] ?? 0;
        const size = end - start;
        if (size < min || size > max) continue;
        // This is the first token the two share, so the rest can add at most the shorter tail.
        const tail = Math.min(tokens.length - position - 1, size - (this.postings[k + 1] ?? 0) - 1);
        if (1 + tail < (this.threshold * (tokens.length + size)) / 2 - 1e-9) continue;
        const score = (2 * shared(known, this.tokens, start, end)) / (tokens.length + size);
        if (score >= this.threshold) out.push({ item: this.items[id] as T, score });
      }
      position += 1;
    }
    return out;
  }

  /** The numbers of the tokens the index knows, ascending. */
  private numbered(tokens: readonly string[]): Int32Array {
    const known: number[] = [];
    for (const t of tokens) {
      const id = this.ids.get(t);
      if (id !== undefined) known.push(id);
    }
    return Int32Array.from(known).sort();
  }

  /** Numbers every token by rarity: fewest names first, then by the token itself. */
  private number(sets: readonly (readonly string[])[]): void {
    const frequency = new Map<string, number>();
    for (const tokens of sets)
      for (const t of tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    const order = [...frequency].sort(
      (a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    );
    order.forEach(([token, count], id) => {
      this.ids.set(token, id);
      this.counts.push(count);
    });
  }

  /**
   * How many of the rarest tokens prefix filtering needs; of those, the ones shared by
   * more than `maxPostings` names are passed over. `unknown` tokens, absent from the
   * index, are the rarest of all.
   */
  private prefixLength(known: number, unknown: number): number {
    const size = known + unknown;
    const keep = Math.max(1, size - Math.ceil(this.jaccard * size - 1e-9) + 1) - unknown;
    return Math.min(known, Math.max(0, keep));
  }
}

/** Sorts `list` from `start` to `end` in place: a name has a few dozen tokens at most. */
function sortRange(list: Int32Array, start: number, end: number): void {
  if (end - start > 64) {
    list.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i += 1) {
    const value = list[i] ?? 0;
    let j = i - 1;
    for (; j >= start && (list[j] ?? 0) > value; j -= 1) list[j + 1] = list[j] ?? 0;
    list[j + 1] = value;
  }
}

/** How many numbers two ascending lists share, the second from `start` to `end` of `b`. */
function shared(a: Int32Array, b: Int32Array, start: number, end: number): number {
  let i = 0;
  let j = start;
  let n = 0;
  while (i < a.length && j < end) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      n += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return n;
}
