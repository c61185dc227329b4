import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../cli/errors.js';
import { t } from '../i18n/index.js';
import { errorCode } from '../workspace/error-code.js';
import { get, isDoc, str, type Doc } from '../model/read.js';
import type { Workspace } from '../workspace/workspace.js';
import { parseSet, setPath } from './set.js';

export interface StartFlags {
  partner?: string;
  set?: string[];
  from?: string;
}

/**
 * What is known before any question: `--from`, then each `--set`, then `--partner`; the
 * id is always assigned by `reg new`, and `submitted_on` is today unless given.
 */
export function startingData(ws: Workspace, flags: StartFlags, cwd: string, today: string): Doc {
  const data: Doc = flags.from ? readFrom(resolve(cwd, flags.from), ws.limits.maxFileBytes) : {};
  delete data.id;
  for (const arg of flags.set ?? []) {
    const { path, value } = parseSet(arg);
    setPath(data, path, value);
  }
  if (flags.partner !== undefined) data.partner = flags.partner;
  data.submitted_on ??= today;
  return data;
}

/** The partner is implied when the workspace has only one; the contact when it has one. */
export function fillImplied(ws: Workspace, data: Doc): void {
  if (data.partner === undefined && ws.partners.size === 1)
    data.partner = [...ws.partners.keys()][0];
  const partner = ws.partners.get(str(data.partner) ?? '');
  const contacts = Array.isArray(partner?.contacts) ? partner.contacts : [];
  const by = get(data, 'submitted_by');
  if (by === undefined && contacts.length === 1 && contacts[0]) {
    data.submitted_by = { name: contacts[0].name, email: contacts[0].email };
  }
  if (isDoc(by) && by.name === undefined && typeof by.email === 'string') {
    const match = contacts.find((c) => c.email.toLowerCase() === String(by.email).toLowerCase());
    if (match) by.name = match.name;
  }
}

/** A partner with a profile and an id fit for a folder name (never `../…`). */
export function checkPartner(ws: Workspace, partner: unknown): void {
  const fit = typeof partner === 'string' && /^[a-z0-9][a-z0-9-]{1,31}$/.test(partner);
  if (partner === undefined || (fit && ws.partners.has(partner))) return;
  const known = [...ws.partners.keys()].join(', ');
  throw new UserError(
    t('new.partner.unknown', { partner: String(partner), known }),
    t('new.partner.hint'),
  );
}

export function checkKind(ws: Workspace, kind: string): void {
  if (Object.prototype.hasOwnProperty.call(ws.policy.kinds, kind)) return;
  const known = Object.keys(ws.policy.kinds).join(', ');
  throw new UserError(t('new.kind.unknown', { kind, known }), t('new.kind.hint'));
}

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

function readFrom(file: string, limit: number): Doc {
  const text = readFromFile(file, limit);
  let value: unknown;
  try {
    value = parse(text, { schema: 'core', maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    throw new UserError(t('new.from.bad', { file, detail }), t('new.from.hint'));
  }
  if (!isDoc(value)) throw new UserError(t('new.from.not-map', { file }), t('new.from.hint'));
  assertSafeKeys(value, file, { open: new Set(), done: new Set() });
  return value;
}

/**
 * The text of a `--from` file, never read past the size limit: a device such as
 * /dev/zero would otherwise be read until memory runs out, and a pipe until it closes.
 */
function readFromFile(file: string, limit: number): string {
  let fd: number;
  try {
    // Looked at before it is opened: opening a named pipe waits for a writer, forever.
    if (!statSync(file).isFile()) {
      throw new UserError(t('new.from.not-file', { file }), t('new.from.hint'));
    }
    fd = openSync(file, 'r');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UserError(t('cli.path-missing', { path: file }), t('new.from.hint'));
    }
    throw new UserError(
      t('new.from.unreadable', { file, code: code ?? 'EIO' }),
      t('new.from.hint'),
    );
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UserError(t('new.from.not-file', { file }), t('new.from.hint'));
    if (stats.size > limit) throw new UserError(t('new.from.large', { file, limit }));
    const text = readFileSync(fd, 'utf8');
    // It may have grown since it was measured.
    if (Buffer.byteLength(text) > limit) throw new UserError(t('new.from.large', { file, limit }));
    return text;
  } finally {
    closeSync(fd);
  }
}

/**
 * Keys that would reach an object's prototype are refused before anything reads them. An
 * alias may make a map contain itself, which no registration can be written as: refused
 * too. A map reached twice through aliases, without a loop, is looked at once.
 */
function assertSafeKeys(
  value: unknown,
  file: string,
  seen: { open: Set<unknown>; done: Set<unknown> },
): void {
  if (!Array.isArray(value) && !isDoc(value)) return;
  if (seen.done.has(value)) return;
  if (seen.open.has(value)) throw new UserError(t('new.from.loop', { file }), t('new.from.hint'));
  seen.open.add(value);
  if (Array.isArray(value)) value.forEach((item) => assertSafeKeys(item, file, seen));
  else {
    for (const key of Object.keys(value)) {
      if (forbidden.has(key))
        throw new UserError(t('new.from.key', { file, key }), t('new.from.hint'));
      assertSafeKeys(value[key], file, seen);
    }
  }
  seen.open.delete(value);
  seen.done.add(value);
}
