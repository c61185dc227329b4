import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { packageRoot } from '../schema/bundled.js';
import { guardHelpers, templateFailure } from '../templates/guard.js';
import { joinLongEach } from '../templates/long-each.js';
import { registerHelpers, type Target } from './helpers.js';

/** Where a template file comes from: the workspace's `templates/` first, then the package's. */
export function templateFile(root: string, folder: string, file: string): string {
  const own = join(root, 'templates', folder, file);
  return existsSync(own) ? own : join(packageRoot, 'templates', folder, file);
}

/** The text of a template file (a template, a style sheet, a script). */
export function readTemplateFile(root: string, folder: string, file: string): string {
  return read(templateFile(root, folder, file));
}

/**
 * Renders `templates/<folder>/<name>.hbs` for one target. Partials are the folder's files
 * whose names start with `_`, each overridable on its own. Markdown, CSV and text turn
 * Handlebars' HTML escaping off: their helpers escape for their own syntax instead.
 */
export function renderTemplate(
  root: string,
  folder: string,
  name: string,
  target: Target,
  context: object,
): string {
  const env = Handlebars.create();
  registerHelpers(env, target);
  guardHelpers(env);
  joinLongEach(env);
  for (const partial of partialNames(root, folder)) {
    env.registerPartial(partial, read(templateFile(root, folder, `_${partial}.hbs`)));
  }
  const file = templateFile(root, folder, `${name}.hbs`);
  const source = read(file);
  try {
    const template = env.compile(source, { noEscape: target !== 'html', preventIndent: true });
    return template(context);
  } catch (error) {
    throw templateFailure(file, source, error);
  }
}

function partialNames(root: string, folder: string): string[] {
  const names = new Set<string>();
  for (const dir of [join(packageRoot, 'templates', folder), join(root, 'templates', folder)]) {
    for (const file of listing(dir)) {
      if (file.startsWith('_') && file.endsWith('.hbs')) names.add(file.slice(1, -'.hbs'.length));
    }
  }
  return [...names].sort();
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UserError(t('report.template.missing', { file }), t('report.template.hint'));
  }
}
