import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';

/** `--today` for reproducible runs: a calendar date or a usage error. */
export function parseToday(value: string, command = 'validate'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    return value;
  }
  throw new UserError(t('cli.bad-date', { value }), t('cli.usage.hint', { command }));
}
