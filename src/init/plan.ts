import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../cli/version.js';
import { packageRoot, schemaPath, type SchemaName } from '../schema/bundled.js';

/** One file `reg init` creates: where it goes and how its text is made. */
export interface Planned {
  /** Workspace-relative path with `/`. */
  rel: string;
  text(): string;
}

/** Bundled file under templates/init/ → where it goes in the workspace. */
const copied: Record<string, string> = {
  'reg.config.yaml': 'reg.config.yaml',
  'partners/example-partner.yaml': 'partners/example-partner.yaml',
  'README.md': 'README.md',
  'github/workflows/registrations.yml': '.github/workflows/registrations.yml',
  'github/pull_request_template.md': '.github/pull_request_template.md',
  'gitlab-ci.yml': '.gitlab-ci.yml',
  'gitlab/merge_request_templates/Registration.md':
    '.gitlab/merge_request_templates/Registration.md',
  'schemas-README.md': 'schemas/README.md',
  // Without its dot in the package: npm leaves out files named .gitignore when it packs.
  gitignore: '.gitignore',
};

const schemas: SchemaName[] = ['registration', 'partner', 'policy'];

/** The files that need no policy: the policy itself, the example partner, CI, the schemas. */
export function basePlan(programName: () => string): Planned[] {
  const files = Object.entries(copied).map(([from, rel]) => ({
    rel,
    text: () =>
      fill(readFileSync(join(packageRoot, 'templates', 'init', from), 'utf8'), programName),
  }));
  const keep = [
    'registrations/.gitkeep',
    'attachments/.gitkeep',
    'templates/registration/.gitkeep',
  ];
  return [
    ...files,
    ...schemas.map((name) => ({
      rel: `schemas/${name}.schema.json`,
      text: () => schemaCopy(name),
    })),
    ...keep.map((rel) => ({ rel, text: () => '' })),
  ];
}

function fill(text: string, programName: () => string): string {
  return text
    .replaceAll('__REGKIT_VERSION__', version())
    .replaceAll('__PROGRAM_NAME__', programName());
}

/** The bundled schema, marked as a generated copy; `$comment` is an annotation only. */
function schemaCopy(name: SchemaName): string {
  const schema = JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
  const marked = {
    $comment: `Generated copy of the schema of regkit ${version()}, made by reg init. Do not edit.`,
    ...schema,
  };
  return `${JSON.stringify(marked, null, 2)}\n`;
}
