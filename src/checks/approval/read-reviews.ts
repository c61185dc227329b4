import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../cli/errors.js';
import { t } from '../../i18n/index.js';
import { parseReviews, type Reviews } from './reviews.js';

const maxReviewBytes = 16 * 1024 * 1024;

/** The code host's review list from a file, read within a size limit; a UserError if unfit. */
export function readReviews(file: string): Reviews {
  let value: unknown;
  try {
    value = JSON.parse(readLimited(file));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(t('approval.unreadable', { file, detail }), t('approval.bad-reviews.hint'));
  }
  const reviews = parseReviews(value);
  if (!reviews)
    throw new UserError(t('approval.bad-reviews', { file }), t('approval.bad-reviews.hint'));
  return reviews;
}

function readLimited(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxReviewBytes) throw new Error(`larger than ${maxReviewBytes} bytes`);
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
