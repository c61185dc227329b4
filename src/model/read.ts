/** Guards for reading fields of documents that may not match their schema. */

export type Doc = Record<string, unknown>;

export function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function doc(value: unknown): Doc | undefined {
  return isDoc(value) ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Own property only: a key named like an Object.prototype member must not resolve. */
export function get(value: unknown, key: string): unknown {
  if (!isDoc(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  return value[key];
}

/** The value at a dotted path such as `customer.contact.email`. */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) current = get(current, key);
  return current;
}

/** An own entry of a map from the policy: a key named `__proto__` must find nothing. */
export function own<T>(map: Record<string, T> | undefined, key: string): T | undefined {
  return map && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}
