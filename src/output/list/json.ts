import type { ListRow } from './row.js';

export function listJson(rows: readonly ListRow[]): string {
  return `${JSON.stringify({ version: 1, registrations: rows }, null, 2)}\n`;
}
