import type { FindingFormat, Formatter } from './report.js';

/** Loads only the formatter asked for, so that machine formats never load chalk. */
export async function formatter(format: FindingFormat): Promise<Formatter> {
  switch (format) {
    case 'pretty':
      return (await import('./pretty.js')).pretty;
    case 'json':
      return (await import('./json.js')).json;
    case 'github':
      return (await import('./github.js')).github;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
  }
}
