import type { Severity } from '../findings/finding.js';
import { visible } from './escape.js';
import type { Formatter } from './report.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** Workflow commands, which GitHub Actions shows as annotations on the pull request. */
export const github: Formatter = (report) =>
  report.findings
    .map((f) => {
      const props = [`file=${property(f.file)}`];
      if (f.line > 0) props.push(`line=${f.line}`, `col=${f.column}`);
      props.push(`title=${property(f.rule)}`);
      const body = f.hint ? `${f.message}\n${f.hint}` : f.message;
      return `::${command[f.severity]} ${props.join(',')}::${data(body)}\n`;
    })
    .join('');

function data(text: string): string {
  return visible(text.replace(/%/g, '%25')).replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
