import { UserError } from '../cli/errors.js';
import { isDate } from '../checks/date/future.js';
import { t } from '../i18n/index.js';

/** `--today` for reproducible runs: a calendar date or a usage error. */
export function parseToday(value: string, command = 'validate'): string {
  if (isDate(value)) return value;
  throw new UserError(t('cli.bad-date', { value }), t('cli.usage.hint', { command }));
}
