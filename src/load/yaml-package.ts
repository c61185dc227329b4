import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded when a file is first parsed with positions. Loading it
 * takes about as long as loading the rest of `reg validate`, and a run whose files all
 * parse fast without a finding, or come from the cache (as most of a `--changed` run's
 * do), never needs it.
 */
export function yamlPackage(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
