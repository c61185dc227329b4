import { afterEach, describe, expect, it } from 'vitest';
import { reg } from '../helpers/cli.js';
import {
  makeRegistryRepo,
  removeRepo,
  type RegistryRepo,
  workflowPolicy,
  write,
} from '../helpers/registry-repo.js';

let repo: RegistryRepo;
afterEach(() => removeRepo(repo));

function codeowners(): string[] {
  const result = reg(['codeowners'], { cwd: repo.ws });
  expect(result.code).toBe(0);
  return result.stdout.split('\n');
}

describe('reg codeowners', () => {
  it("gives each partner's folders to its handles and the approvers, the policy to the admins", () => {
    repo = makeRegistryRepo();
    const lines = codeowners();
    expect(lines).toContain('/registrations/alpha/ @alpha-zhang @cm-li @sd-wang');
    expect(lines).toContain('/attachments/beta/ @beta-li @cm-li @sd-wang');
    for (const path of [
      '/reg.config.yaml',
      '/schemas/',
      '/templates/',
      '/partners/',
      '/.github/',
      '/CODEOWNERS',
    ]) {
      expect(lines).toContain(`${path} @ops-admin`);
    }
  });

  it('prefixes the workspace folder when the workspace is a subfolder of the repository', () => {
    repo = makeRegistryRepo({ subfolder: 'channel' });
    const lines = codeowners();
    expect(lines).toContain('/channel/registrations/alpha/ @alpha-zhang @cm-li @sd-wang');
    expect(lines).toContain('/channel/reg.config.yaml @ops-admin');
    expect(lines).toContain('/.github/ @ops-admin');
  });

  it('names an approver group by its team when the policy gives one', () => {
    repo = makeRegistryRepo();
    const policy = workflowPolicy.replace(
      'sales-directors: { title: Sales directors, members: [sd-wang] }',
      'sales-directors: { title: Sales directors, members: [sd-wang], team: acme/sales-directors }',
    );
    write(repo.ws, { 'reg.config.yaml': policy });
    expect(codeowners()).toContain(
      '/registrations/alpha/ @alpha-zhang @cm-li @acme/sales-directors',
    );
  });
});
