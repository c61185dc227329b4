import { ruleIds } from '../checks/catalog.js';
import { UserError } from '../cli/errors.js';
import type { Globals } from '../cli/globals.js';
import { explainField, fieldNames, findField } from '../explain/field.js';
import { explainRule } from '../explain/rule.js';
import { suggest } from '../findings/suggest.js';
import { t } from '../i18n/index.js';
import type { Policy } from '../model/policy.js';
import { findRoot } from '../workspace/find.js';
import { openWorkspace } from '../workspace/load.js';

/** `reg explain FIELD|RULE`; outside a workspace it explains without the policy's parts. */
export async function explainCommand(name: string, g: Globals): Promise<number> {
  const policy = policyAround(g.cwd);
  const rules = ruleIds();
  let lines: string[];
  if (rules.includes(name)) lines = explainRule(name, policy);
  else {
    const field = findField(name);
    if (!field) {
      const close = suggest(name, [...rules, ...fieldNames()]).join(', ');
      // Nothing close enough is no suggestion to make.
      const hint = close ? t('explain.unknown.hint', { close }) : t('explain.unknown.hint.none');
      throw new UserError(t('explain.unknown', { name }), hint);
    }
    lines = explainField(field, policy);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function policyAround(cwd: string): Policy | undefined {
  try {
    findRoot(cwd);
  } catch {
    return undefined;
  }
  return openWorkspace(cwd).policy;
}
