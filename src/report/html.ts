import { createHash } from 'node:crypto';
import { version } from '../cli/version.js';
import { language, t } from '../i18n/index.js';
import type { State } from '../policy/derive.js';
import { formatMoney } from '../policy/money.js';
import type { Workspace } from '../workspace/workspace.js';
import { approvalDays } from './approval-days.js';
import { barChart, type Bar } from './chart.js';
import { htmlVisible } from './escape/html.js';
import { stateLabel } from './labels.js';
import type { EntrySummary } from './model.js';
import { readTemplateFile, renderTemplate } from './templates.js';
import { totalsOf, type Totals } from './totals.js';

export interface HtmlOptions {
  today: string;
  /** The branch whose history dates the approvals; HEAD when absent. */
  base?: string;
  /** The approval days, when the caller asked git for them already (see approval-days.ts). */
  approved?: Promise<Map<string, string> | undefined>;
}

/** The dashboard: one HTML file with inline CSS, SVG and script, fit to publish as is. */
export async function renderHtml(
  ws: Workspace,
  entries: readonly EntrySummary[],
  options: HtmlOptions,
): Promise<string> {
  const approved = await (options.approved ?? approvalDays(ws.root, options.base ?? 'HEAD'));
  const totals = totalsOf(entries, ws.policy, options.today, approved);
  const style = readTemplateFile(ws.root, 'report', 'html.css');
  const script = readTemplateFile(ws.root, 'report', 'html.js');
  return renderTemplate(ws.root, 'report', 'html', 'html', {
    lang: language(),
    program: htmlVisible(ws.policy.program.name),
    today: options.today,
    version: version(),
    csp: csp(style, script),
    style,
    script,
    total: entries.length,
    openCount: entries.filter((e) => ['pending', 'active', 'expiring'].includes(e.state)).length,
    overdue: entries.filter((e) => e.sla.overdue).length,
    pipeline: money(totals.pipeline, ws),
    currency: ws.policy.base_currency,
    warningDays: ws.policy.protection.warning_days,
    charts: charts(totals, ws),
    sla: totals.sla,
    expiring: totals.expiringSoon.map(({ entry, daysLeft }) => ({
      id: htmlVisible(entry.id),
      partner: htmlVisible(entry.partnerName ?? entry.partner),
      protectionEnd: entry.protectionEnd,
      daysLeft,
    })),
    rows: entries.map((e) => rowOf(e, ws)),
  });
}

/** Nothing may load or connect; only this file's own style and script may run. */
function csp(style: string, script: string): string {
  const hash = (text: string): string =>
    `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  return [
    "default-src 'none'",
    `style-src ${hash(style)}`,
    `script-src ${hash(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function charts(totals: Totals, ws: Workspace): Record<string, string | undefined> {
  const count = (map: Map<string, number>, label: (key: string) => string): Bar[] =>
    [...map].map(([key, value]) => ({ label: label(key), value, text: String(value) }));
  const tierTitle = (id: string): string => ws.policy.tiers.find((x) => x.id === id)?.title ?? id;
  const partnerName = (id: string): string => {
    const name = ws.partners.get(id)?.name;
    return typeof name === 'string' ? name : id;
  };
  const pipeline = [...totals.pipelineByTier].map(([id, value]) => ({
    label: tierTitle(id),
    value,
    text: money(value, ws),
  }));
  const sla = totals.sla?.some((r) => r.days.length > 0)
    ? barChart(
        t('report.html.sla'),
        totals.sla.map((r) => ({
          label: r.title,
          value: r.median ?? 0,
          text: r.median === undefined ? '—' : t('report.html.median', { days: r.median }),
          mark: r.sla,
        })),
        t('report.html.sla-mark'),
      )
    : undefined;
  return {
    state: barChart(
      t('report.html.by-state'),
      count(totals.byState, (s) => stateLabel(s as State)),
    ),
    partner: barChart(t('report.html.by-partner'), count(totals.byPartner, partnerName)),
    tier: barChart(t('report.html.by-tier'), count(totals.byTier, tierTitle)),
    pipeline: barChart(
      t('report.html.pipeline-by-tier', { currency: ws.policy.base_currency }),
      pipeline,
    ),
    sla,
  };
}

function rowOf(e: EntrySummary, ws: Workspace): Record<string, unknown> {
  const rank = ws.policy.tiers.findIndex((x) => x.id === e.tier.id);
  return {
    id: htmlVisible(e.id),
    partner: htmlVisible(e.partnerName ?? e.partner),
    customer: htmlVisible(e.customer ?? e.title ?? ''),
    kind: htmlVisible(e.kind),
    tier: htmlVisible(e.tier.title),
    tierRank: rank,
    state: e.state,
    stateText: stateLabel(e.state),
    value: e.amount?.base ?? 0,
    valueText: e.amount ? money(e.amount.base, ws) : '',
    submittedOn: htmlVisible(e.submittedOn ?? ''),
    slaDue: e.sla.due ?? '',
    overdue: e.sla.overdue,
    protectionEnd: e.protectionEnd ?? '',
    errors: e.counts.error,
  };
}

function money(value: number, ws: Workspace): string {
  return formatMoney(value, ws.policy.base_currency, language() === 'zh-CN' ? 'zh-CN' : 'en-US');
}
