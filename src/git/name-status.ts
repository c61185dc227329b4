export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One line of `git diff --name-status -z`, its paths as git printed them. */
export interface RawChange {
  status: ChangeStatus;
  path: string;
  from?: string;
}

/** `git diff --name-status -z`: a status, then one path, or two for a rename or copy. */
export function parseNameStatus(out: string): RawChange[] {
  const fields = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const code = fields[i] ?? '';
    const letter = code.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const from = fields[i + 1] ?? '';
      const path = fields[i + 2] ?? '';
      changes.push(letter === 'R' ? { status: 'renamed', path, from } : { status: 'added', path });
      i += 3;
      continue;
    }
    const path = fields[i + 1] ?? '';
    const status = statusOf(letter);
    if (status !== undefined) changes.push({ status, path });
    i += 2;
  }
  return changes;
}

function statusOf(letter: string): ChangeStatus | undefined {
  if (letter === 'A') return 'added';
  if (letter === 'D') return 'deleted';
  if (letter === 'M' || letter === 'T') return 'modified';
  return undefined;
}
