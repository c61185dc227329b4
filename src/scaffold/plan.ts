import type { Policy } from '../model/policy.js';
import type { JsonSchema } from '../schema/bundled.js';
import type { FieldInfo } from '../schema/fields.js';
import { validator } from '../schema/validator.js';

interface Base {
  /** Dotted path with `[]` for list entries, e.g. `products[].line`. */
  path: string;
  /** The key under its parent, e.g. `line`. */
  key: string;
  info: FieldInfo;
  required: boolean;
}

/** One question of `reg new`: a value, a map of questions, or a list of such maps. */
export type Question =
  | (Base & { type: 'value' })
  | (Base & { type: 'group'; fields: Question[] })
  | (Base & { type: 'list'; min: number; entry: Question[] });

/** Fields `reg new` fills itself or picks from lists before the kind's own fields. */
export const headerFields = new Set(['id', 'kind', 'partner', 'submitted_by', 'submitted_on']);

/** Optional fields worth asking: they identify the customer when conflicts are decided. */
const recommended = new Set(['customer.registration_number', 'customer.domain', 'products[].sku']);

type Overlay = JsonSchema | boolean | undefined;

/**
 * The questions of one kind in the schema's order: every field the kind requires, the
 * recommended optional ones, and the fields the policy's requirements name for the kind.
 */
export function questionsFor(kind: string, policy: Policy): Question[] {
  const v = validator('registration');
  const overlay = branchFor(v.schema, kind);
  const ctx: Ctx = { fields: v.fields, wanted: policyFields(kind, policy) };
  const required = new Set([...(v.schema.required ?? []), ...(overlay?.required ?? [])]);
  const keys = (v.fields.get('')?.children ?? []).filter((k) => !headerFields.has(k));
  return keys
    .map((key) => build(key, key, required.has(key), overlay?.properties?.[key], ctx))
    .filter((q): q is Question => q !== undefined);
}

interface Ctx {
  fields: Map<string, FieldInfo>;
  wanted: Set<string>;
}

function build(
  path: string,
  key: string,
  required: boolean,
  overlay: Overlay,
  ctx: Ctx,
): Question | undefined {
  const info = ctx.fields.get(path);
  if (!info) return undefined;
  const asked = required || recommended.has(path) || ctx.wanted.has(path);
  const item = ctx.fields.get(`${path}[]`);
  if (info.schema.type === 'array' && item && item.children.length > 0) {
    if (!asked) return undefined;
    const entry = children(`${path}[]`, item, undefined, ctx);
    const min = typeof info.schema.minItems === 'number' ? info.schema.minItems : 0;
    return { type: 'list', path, key, info, required, min, entry };
  }
  if (info.schema.type === 'object' && info.children.length > 0) {
    if (!required && !hasWanted(path, ctx.wanted)) return undefined;
    const fields = children(path, info, overlay, ctx);
    return { type: 'group', path, key, info, required, fields };
  }
  return asked && isScalar(info.schema) ? { type: 'value', path, key, info, required } : undefined;
}

function children(path: string, parent: FieldInfo, overlay: Overlay, ctx: Ctx): Question[] {
  const extra = typeof overlay === 'object' ? overlay : {};
  const required = new Set([...(parent.schema.required ?? []), ...(extra.required ?? [])]);
  return parent.children
    .map((key) => build(`${path}.${key}`, key, required.has(key), extra.properties?.[key], ctx))
    .filter((q): q is Question => q !== undefined);
}

/** The `then` of the schema's `if kind = …` branch: what that kind adds. */
function branchFor(schema: JsonSchema, kind: string): JsonSchema | undefined {
  for (const branch of schema.allOf ?? []) {
    const constant = branch.if?.properties?.kind?.const;
    if (constant === kind) return branch.then;
  }
  return undefined;
}

/** Fields the policy requires for this kind whatever the tier, industry or region. */
function policyFields(kind: string, policy: Policy): Set<string> {
  const out = new Set<string>();
  for (const req of policy.requirements ?? []) {
    const when = req.when ?? {};
    const others = Object.keys(when).filter((k) => k !== 'kind');
    if (others.length > 0 || (when.kind && !when.kind.includes(kind))) continue;
    for (const field of req.fields ?? []) out.add(field.replace(/\[\d*\]/g, '[]'));
  }
  return out;
}

function hasWanted(path: string, wanted: Set<string>): boolean {
  return [...wanted].some((w) => w.startsWith(`${path}.`) || w.startsWith(`${path}[]`));
}

function isScalar(schema: JsonSchema): boolean {
  const type = schema.type;
  return type === 'string' || type === 'number' || type === 'integer' || type === 'boolean';
}

/** Every value question of a plan, depth first, for `--yes` and the summary. */
export function flatten(questions: readonly Question[]): Question[] {
  return questions.flatMap((q) => {
    if (q.type === 'value') return [q];
    return [q, ...flatten(q.type === 'group' ? q.fields : q.entry)];
  });
}
