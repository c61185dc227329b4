import type { JsonSchema } from './bundled.js';

type Node = JsonSchema | boolean | undefined;

interface Context {
  node: Node;
  /** The kinds for which this branch of the schema applies. */
  kinds: ReadonlySet<string>;
}

/**
 * The kinds of registration for which the schema requires the field at `path`
 * (`customer.contact.email`, `products[].line`): every step must be required, by the
 * schema itself or by a branch `if kind is K then required`. Empty when optional.
 */
export function requiredForKinds(
  root: JsonSchema,
  path: string,
  kinds: readonly string[],
): string[] {
  return walk(root, steps(path), kinds, 0);
}

/** The kinds for which the field is required whenever its parent is present. */
export function requiredInParent(
  root: JsonSchema,
  path: string,
  kinds: readonly string[],
): string[] {
  const all = steps(path);
  return walk(root, all, kinds, all.length - 1);
}

function steps(path: string): string[] {
  return path
    .replace(/\[\]/g, '.[]')
    .split('.')
    .filter((s) => s !== '');
}

/** Walks the steps; from step `from` on, each must be required for a kind to remain. */
function walk(
  root: JsonSchema,
  path: readonly string[],
  kinds: readonly string[],
  from: number,
): string[] {
  let result = new Set(kinds);
  let contexts: Context[] = [{ node: root, kinds: result }];
  for (const [index, step] of path.entries()) {
    const required = new Set<string>();
    const next: Context[] = [];
    for (const context of expand(root, contexts)) {
      const node = resolve(root, context.node);
      if (!node) continue;
      if (step === '[]') {
        for (const kind of context.kinds) required.add(kind);
        next.push({ node: node.items, kinds: context.kinds });
        continue;
      }
      if (node.required?.includes(step)) for (const kind of context.kinds) required.add(kind);
      const child = node.properties?.[step];
      if (child !== undefined) next.push({ node: child, kinds: context.kinds });
    }
    if (index >= from) result = new Set([...result].filter((k) => required.has(k)));
    contexts = next;
  }
  return [...result];
}

/** A context with the branches under it that apply to some of its kinds. */
function expand(root: JsonSchema, contexts: readonly Context[]): Context[] {
  const out: Context[] = [];
  for (const context of contexts) {
    out.push(context);
    const node = resolve(root, context.node);
    for (const branch of node?.allOf ?? []) {
      const kind = kindOf(branch.if);
      const kinds =
        kind === undefined ? context.kinds : new Set([...context.kinds].filter((k) => k === kind));
      if (kinds.size > 0) out.push({ node: branch.then ?? branch, kinds });
    }
  }
  return out;
}

function kindOf(condition: JsonSchema | undefined): string | undefined {
  const value = condition?.properties?.kind?.const;
  return typeof value === 'string' ? value : undefined;
}

function resolve(root: JsonSchema, node: Node): JsonSchema | undefined {
  if (typeof node !== 'object') return undefined;
  let current: JsonSchema = node;
  for (let i = 0; i < 8 && current.$ref; i += 1) {
    const target = root.$defs?.[current.$ref.replace(/^#\/\$defs\//, '')];
    if (!target) break;
    current = { ...target, ...current, $ref: undefined };
  }
  return current;
}
