import { join } from 'node:path';
import { UserError } from '../cli/errors.js';
import { ruleIds } from '../checks/catalog.js';
import { checkDocument } from '../checks/document.js';
import type { PolicyContext } from '../checks/policy/check.js';
import { checkPolicy } from '../checks/policy/index.js';
import type { Unit } from '../checks/unit.js';
import type { Finding } from '../findings/finding.js';
import { phraseFindings } from '../findings/phrase.js';
import { countOf, t } from '../i18n/index.js';
import { loadDocument } from '../load/document.js';
import { defaultLimits, type Limits } from '../load/limits.js';
import { readRegistration, readSource } from '../load/source.js';
import type { Partner } from '../model/partner.js';
import type { Policy } from '../model/policy.js';
import { str } from '../model/read.js';
import { validator } from '../schema/validator.js';
import { partnerFiles } from './files.js';
import { findRoot, policyFileName } from './find.js';
import type { Workspace } from './workspace.js';

/** Finds and loads the workspace around `start`; a bad policy is a UserError (exit 2). */
export function openWorkspace(start: string): Workspace {
  const root = findRoot(start);
  const policyFile = join(root, policyFileName);
  const policy = loadPolicy(root, policyFile);
  const limits = limitsOf(policy);
  const partnerUnits = partnerFiles(root).map((rel) => loadUnit(root, rel, 'partner', limits));
  const partners = new Map<string, Partner>();
  for (const unit of partnerUnits) {
    const id = str(unit.data?.id);
    if (id !== undefined && !partners.has(id)) partners.set(id, unit.data as unknown as Partner);
  }
  return { root, policy, policyFile, limits, partners, partnerUnits, partnerFindings: [] };
}

export function loadUnit(
  root: string,
  rel: string,
  schema: 'registration' | 'partner' | 'policy',
  limits: Limits,
  identify = false,
): Unit {
  const read = schema === 'registration' ? readRegistration : readSource;
  const source = read(join(root, rel), rel, limits, identify);
  const loaded = loadDocument(source, limits);
  return checkDocument(rel, loaded, schema);
}

function loadPolicy(root: string, file: string): Policy {
  let unit: Unit;
  try {
    unit = loadUnit(root, policyFileName, 'policy', defaultLimits);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserError(t('cli.bad-policy', { file, problems: countOf('problem', 1) }), detail);
  }
  if (unit.drafts.length === 0 && unit.data) {
    unit.drafts.push(...checkPolicy(policyContext(unit.data as unknown as Policy)));
  }
  const unreadable = unit.drafts.find((d) => d.rule === 'yaml.unreadable');
  if (unreadable) {
    // Nothing in the file is wrong: "not valid, fix it" would send the user the wrong way.
    const [finding] = phraseFindings([unreadable], unit.loaded, defaultLimits);
    throw new UserError(`${policyFileName}: ${finding?.message ?? ''}`, finding?.hint);
  }
  if (unit.drafts.length > 0 || !unit.data) {
    const findings = phraseFindings(unit.drafts, unit.loaded, defaultLimits);
    throw new UserError(
      t('cli.bad-policy', { file: policyFileName, problems: countOf('problem', findings.length) }),
      t('cli.bad-policy.hint'),
      2,
      findings.map(policyLine),
    );
  }
  return unit.data as unknown as Policy;
}

function policyContext(policy: Policy): PolicyContext {
  const fields = [...validator('registration').fields.keys()].filter(
    (k) => k !== '' && !k.includes('[]'),
  );
  return { policy, rules: ruleIds(), fields: new Set(fields) };
}

function policyLine(f: Finding): string {
  const hint = f.hint ? `\n    ${f.hint}` : '';
  return `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}${hint}`;
}

function limitsOf(policy: Policy): Limits {
  return {
    maxFileBytes: policy.limits?.max_file_bytes ?? defaultLimits.maxFileBytes,
    maxAliases: policy.limits?.max_aliases ?? defaultLimits.maxAliases,
  };
}
