import { get, str } from '../../model/read.js';

/** Who approved a pull request, from the code host's own JSON, by lower-cased handle. */
export interface Reviews {
  host: 'github' | 'gitlab';
  approvedBy: Set<string>;
}

/**
 * Detects the code host by the shape of the JSON: GitHub's list of reviews
 * (`GET /repos/{o}/{r}/pulls/{n}/reviews`) or GitLab's approvals object
 * (`GET /projects/:id/merge_requests/:iid/approvals`). `undefined` for any other shape.
 */
export function parseReviews(value: unknown): Reviews | undefined {
  if (Array.isArray(value)) return { host: 'github', approvedBy: githubApprovals(value) };
  const approvedBy = get(value, 'approved_by');
  if (Array.isArray(approvedBy)) {
    const names = approvedBy.map((a) => str(get(get(a, 'user'), 'username')));
    return { host: 'gitlab', approvedBy: new Set(names.filter(isName).map(lower)) };
  }
  return undefined;
}

/**
 * On GitHub the latest review of each user stands: a later "changes requested"
 * supersedes an approval, and a dismissed approval is listed as DISMISSED. Comments
 * neither give nor take an approval, and a pending review is not submitted yet.
 */
function githubApprovals(reviews: unknown[]): Set<string> {
  const ordered = reviews
    .map((review, index) => ({ review, index, at: timeOf(review) }))
    .sort((a, b) => (a.at === b.at ? a.index - b.index : a.at < b.at ? -1 : 1));
  const latest = new Map<string, string>();
  for (const { review } of ordered) {
    const login = str(get(get(review, 'user'), 'login'));
    const state = str(get(review, 'state'))?.toUpperCase();
    if (!isName(login) || state === undefined || state === 'COMMENTED' || state === 'PENDING')
      continue;
    latest.set(lower(login), state);
  }
  return new Set([...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login));
}

/** Milliseconds since the epoch; reviews without a valid time keep their listed order. */
function timeOf(review: unknown): number {
  const at = Date.parse(str(get(review, 'submitted_at')) ?? '');
  return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
}

function isName(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function lower(name: string): string {
  return name.toLowerCase();
}
