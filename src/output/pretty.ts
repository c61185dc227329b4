import { Chalk, type ChalkInstance } from 'chalk';
import { countBySeverity, type Finding, type Severity } from '../findings/finding.js';
import { t } from '../i18n/index.js';
import { visible } from './escape.js';
import type { FindingReport, Formatter } from './report.js';

/** For people: grouped by file, with the source line and a caret under the column. */
export const pretty: Formatter = (report) => {
  const c = new Chalk({ level: report.color ? 1 : 0 });
  const out: string[] = [];
  let current = '';
  for (const f of report.findings) {
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

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    n += isWide(code) ? 2 : 1;
  }
  return n;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function severityColour(c: ChalkInstance): Record<Severity, (s: string) => string> {
  return { error: c.red.bold, warning: c.yellow.bold, notice: c.blue };
}

function summary(report: FindingReport, c: ChalkInstance): string {
  const counts = countBySeverity(report.findings);
  const files = report.files.length;
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
