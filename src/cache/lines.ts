import { createHash } from 'node:crypto';

/*
 * What the cache files share: each part is checked by a checksum before it is parsed,
 * and a part that does not parse counts as missing, never as an error.
 */

/** The checksum of a part of a cache file; the same for a text and for its UTF-8 bytes. */
export function checksum(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

/** A JSON text's value, or `undefined` when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The same checksum, of a text given in parts. */
export function checksumOfParts(): { add(part: string): void; done(): string } {
  const hash = createHash('sha1');
  return {
    add: (part) => void hash.update(part),
    done: () => hash.digest('hex'),
  };
}
