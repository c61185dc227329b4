import { Chalk, type ChalkInstance } from 'chalk';
import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';
import { countOf, t } from '../i18n/index.js';
import { visible } from './escape.js';
import { displayWidth } from './width.js';
import { failing, type FindingReport, type Formatter } from './report.js';

export { displayWidth } from './width.js';

/** For people: grouped by file, with the source line and a caret under the column. */
export const pretty: Formatter = (report) => {
  const c = new Chalk({ level: report.color ? 1 : 0 });
  const out: string[] = [];
  let current = '';
  for (const f of report.findings) {
    if (report.quiet && !failing(f, report.strict)) continue;
    if (f.file !== current) {
      if (current !== '') out.push('');
      out.push(c.underline(visible(f.file)));
      current = f.file;
    }
    out.push(...renderFinding(f, report, c));
  }
  if (out.length > 0) out.push('');
  out.push(summary(report, c));
  return `${out.join('\n')}\n`;
};

function renderFinding(f: Finding, report: FindingReport, c: ChalkInstance): string[] {
  const colour = severityColour(c)[f.severity];
  const where = f.line > 0 ? `${f.line}:${f.column}` : '-';
  const lines = [
    `  ${c.dim(where.padEnd(7))} ${colour(t(`cli.${f.severity}`).padEnd(7))} ${visible(f.message)}  ${c.dim(visible(f.rule))}`,
  ];
  const source = f.line > 0 ? report.sourceLine(f.file, f.line) : undefined;
  if (source !== undefined) lines.push(...excerpt(source, f.line, f.column, c));
  if (f.hint) lines.push(`  ${' '.repeat(7)} ${c.cyan(`${t('cli.hint')}:`)} ${visible(f.hint)}`);
  return lines;
}

const width = 72;

/** The source line trimmed to the terminal around the column, with a caret under it. */
export function excerpt(source: string, line: number, column: number, c: ChalkInstance): string[] {
  const chars = Array.from(source.replace(/\t/g, ' '));
  let start = 0;
  if (chars.length > width && column > width / 2)
    start = Math.min(column - width / 2, chars.length - width);
  start = Math.max(0, Math.floor(start));
  const prefix = start > 0 ? '…' : '';
  const shown = chars.slice(start, start + width);
  const suffix = start + width < chars.length ? '…' : '';
  const before = visible(chars.slice(start, Math.max(start, column - 1)).join(''));
  const gutter = String(line).padStart(5);
  const caretAt = displayWidth(prefix + before);
  return [
    `  ${c.dim(`${gutter} |`)} ${prefix}${visible(shown.join(''))}${suffix}`,
    `  ${c.dim(`${' '.repeat(5)} |`)} ${' '.repeat(caretAt)}${c.red('^')}`,
  ];
}

function severityColour(c: ChalkInstance): Record<Severity, (s: string) => string> {
  return { error: c.red.bold, warning: c.yellow.bold, notice: c.blue };
}

function summary(report: FindingReport, c: ChalkInstance): string {
  const counts = countBySeverity(report.findings);
  const files = countOf('file', report.files.length);
  if (report.findings.length === 0) return c.green(t('cli.summary.clean', { files }));
  const text = t('cli.summary', {
    files,
    errors: count('error', counts.error),
    warnings: count('warning', counts.warning),
    notices: count('notice', counts.notice),
  });
  return counts.error > 0 ? c.red(text) : c.yellow(text);
}

function count(severity: Severity, n: number): string {
  return n === 1 ? t(`cli.count.${severity}.one`) : t(`cli.count.${severity}.other`, { n });
}
