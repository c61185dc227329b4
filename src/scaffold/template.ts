import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { isDoc } from '../model/read.js';
import { packageRoot } from '../schema/bundled.js';
import { guardHelpers, templateFailure } from '../templates/guard.js';

export interface Template {
  /** Where it was read from, for messages. */
  file: string;
  /** Renders the registration; `vars` are the template's `@` variables, e.g. `@schemaLine`. */
  render(registration: Record<string, unknown>, vars: Record<string, string>): string;
}

/** The workspace's own template for the kind, else the bundled one. */
export function loadTemplate(root: string, kind: string): Template {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(kind)) throw new UserError(t('new.kind.bad', { kind }));
  const rel = join('templates', 'registration', `${kind}.yaml.hbs`);
  const own = join(root, rel);
  const file = existsSync(own) ? own : join(packageRoot, rel);
  if (!existsSync(file)) {
    throw new UserError(
      t('new.template.missing', { kind }),
      t('new.template.missing.hint', { file: rel }),
    );
  }
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  guardHelpers(hbs);
  const source = readFileSync(file, 'utf8');
  // noEscape: the output is YAML, not HTML; values reach it only through the yaml helpers.
  const compiled = hbs.compile(source, { noEscape: true, strict: false });
  // Prototype access stays off (Handlebars' default): a template reads own data only.
  const render = (registration: Record<string, unknown>, vars: Record<string, string>) => {
    try {
      return compiled(registration, { data: vars });
    } catch (error) {
      throw templateFailure(file, source, error);
    }
  };
  return { file, render };
}

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('yaml', (value: unknown) => inline(value));
  hbs.registerHelper(
    'present',
    function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
      return value === undefined || value === null ? options.inverse(this) : options.fn(this);
    },
  );
  hbs.registerHelper('extra', (value: unknown, options: Handlebars.HelperOptions) => {
    const known = String(options.hash.except ?? '').split(/\s+/);
    return rest(value, known);
  });
}

/** One value as a YAML scalar (or flow collection) that fits after `key: ` on one line. */
export function inline(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  const base = { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: false } as const;
  const text = stringify(value, base).replace(/\n$/, '');
  if (!text.includes('\n')) return text;
  const quoted = {
    ...base,
    defaultStringType: 'QUOTE_DOUBLE',
    doubleQuotedMinMultiLineLength: Infinity,
  } as const;
  return stringify(value, quoted).replace(/\n$/, '');
}

/** The top-level keys a template does not write itself, as block YAML. */
function rest(value: unknown, known: readonly string[]): string {
  if (!isDoc(value)) return '';
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!known.includes(key) && value[key] !== undefined) {
      Object.defineProperty(extra, key, { value: value[key], enumerable: true });
    }
  }
  return Object.keys(extra).length === 0 ? '' : stringify(extra, { lineWidth: 0 });
}
