import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { get, list, str } from '../model/read.js';

/** Who approved a pull request, by code-host handle, with when (ISO time, if known). */
export type Approvals = Map<string, string | undefined>;

/**
 * Reads the code host's review list: GitHub's reviews array (`user.login`, `state`,
 * `submitted_at`; a later review of the same user replaces the earlier one) or GitLab's
 * approvals object (`approved_by[].user.username`).
 */
export function readReviews(file: string, cwd: string): Approvals {
  const path = resolve(cwd, file);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(t('report.reviews.unreadable', { file, detail }), t('report.reviews.hint'));
  }
  return parseReviews(value);
}

export function parseReviews(value: unknown): Approvals {
  const out: Approvals = new Map();
  const gitlab = get(value, 'approved_by');
  if (gitlab !== undefined) {
    for (const entry of list(gitlab)) {
      const login = str(get(get(entry, 'user'), 'username'));
      if (login !== undefined) out.set(login.toLowerCase(), undefined);
    }
    return out;
  }
  const reviews = Array.isArray(value) ? value : list(get(value, 'reviews'));
  const ordered = [...reviews].sort((a, b) => timeOf(a).localeCompare(timeOf(b)));
  for (const review of ordered) {
    const login = str(get(get(review, 'user'), 'login'))?.toLowerCase();
    const state = str(get(review, 'state'))?.toUpperCase();
    // A comment does not withdraw an approval; a request for changes or a dismissal does.
    if (login === undefined || state === undefined || state === 'COMMENTED') continue;
    if (state === 'APPROVED') out.set(login, str(get(review, 'submitted_at')));
    else out.delete(login);
  }
  return out;
}

function timeOf(review: unknown): string {
  return str(get(review, 'submitted_at')) ?? '';
}
