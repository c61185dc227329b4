import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { t, hasMessage } from '../i18n/index.js';
import type { Params } from '../findings/finding.js';
import { packageRoot } from '../schema/bundled.js';
import { guardHelpers, templateFailure } from './guard.js';
import { inlineCode, markdownText } from './markdown.js';

export type Helper = Handlebars.HelperDelegate;

/**
 * Where template `name` (e.g. `docs/process.md.hbs`) is read from: the workspace's
 * `templates/` folder overrides the package's.
 */
export function templatePath(name: string, root?: string): string {
  if (root !== undefined) {
    const own = join(root, 'templates', name);
    if (existsSync(own) && statSync(own).isFile()) return own;
  }
  return join(packageRoot, 'templates', name);
}

/**
 * Renders a Handlebars template with the shared helpers: `t` (a message in the current
 * language, hash arguments as its parameters), `md` (user text escaped for markdown)
 * and `code` (an inline code span). Output is not HTML-escaped: templates write
 * markdown or YAML and escape user data with a helper.
 */
export function renderTemplate(
  name: string,
  data: object,
  options: { root?: string; helpers?: Record<string, Helper> } = {},
): string {
  const hbs = Handlebars.create();
  hbs.registerHelper({
    t: translate,
    md: (text: unknown) => markdownText(String(text ?? '')),
    code: codeHelper,
  });
  if (options.helpers) hbs.registerHelper(options.helpers);
  guardHelpers(hbs);
  const file = templatePath(name, options.root);
  const source = readFileSync(file, 'utf8');
  try {
    return hbs.compile(source, { noEscape: true })(data);
  } catch (error) {
    // A workspace's own template is written by hand: its mistakes name file and line.
    throw templateFailure(file, source, error);
  }
}

function translate(key: unknown, options: Handlebars.HelperOptions): string {
  const id = String(key);
  if (!hasMessage(id)) throw new Error(`template asks for an unknown message "${id}"`);
  const params: Params = {};
  for (const [k, v] of Object.entries(options.hash as Record<string, unknown>)) {
    params[k] = typeof v === 'number' ? v : String(v ?? '');
  }
  return t(id, params);
}

function codeHelper(text: unknown): string {
  return inlineCode(String(text ?? ''));
}
