import { isDoc } from '../model/read.js';
import { validator } from '../schema/validator.js';

/** A copy of a registration with its keys in the schema's order, so files read alike. */
export function inSchemaOrder(value: unknown, path = ''): unknown {
  const fields = validator('registration').fields;
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, `${path}[]`));
  if (!isDoc(value)) return value;
  const order = fields.get(path)?.children ?? [];
  const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const child = path === '' ? key : `${path}.${key}`;
    Object.defineProperty(out, key, {
      value: inSchemaOrder(value[key], child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}
