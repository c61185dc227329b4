import { t, type MessageKey } from '../i18n/index.js';
import type { State } from '../policy/derive.js';

const stateKeys: Record<State, MessageKey> = {
  pending: 'report.state.pending',
  active: 'report.state.active',
  expiring: 'report.state.expiring',
  expired: 'report.state.expired',
  won: 'report.state.won',
  lost: 'report.state.lost',
  withdrawn: 'report.state.withdrawn',
  rejected: 'report.state.rejected',
};

/** The message key of a state's name, for templates that phrase it with `t`. */
export function stateKey(state: State): MessageKey {
  return stateKeys[state];
}

export function stateLabel(state: State): string {
  return t(stateKeys[state]);
}
