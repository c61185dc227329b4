/**
 * Whether JSON gives the value back as it is: no number it would change (infinities,
 * not-a-number, minus zero) and no nesting deep enough to strain writing or reading it.
 * A parsed document that passes may travel or be kept as JSON text; any other is parsed
 * again from its YAML where it is needed.
 */
export function plainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((v) => plainJson(v, depth + 1));
  if (typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
    return false;
  }
  return Object.values(value).every((v) => plainJson(v, depth + 1));
}
