import type { Finding } from '../findings/finding.js';
import { xml } from './escape.js';
import type { FindingReport, Formatter } from './report.js';

/** JUnit XML, one test case per file, for CI systems that show test reports (GitLab). */
export const junit: Formatter = (report) => {
  const failing = (f: Finding): boolean =>
    f.severity === 'error' || (report.strict && f.severity === 'warning');
  const byFile = groupByFile(report);
  const failures = report.files.filter((file) => (byFile.get(file) ?? []).some(failing)).length;

  const cases = report.files.map((file) => {
    const findings = byFile.get(file) ?? [];
    const failed = findings.filter(failing);
    const other = findings.filter((f) => !failing(f));
    const parts = failed.map(
      (f) =>
        `      <failure message="${xml(f.message)}" type="${xml(f.rule)}">${xml(detail(f))}</failure>\n`,
    );
    if (other.length > 0) {
      parts.push(`      <system-out>${xml(other.map(detail).join('\n'))}</system-out>\n`);
    }
    const name = xml(file);
    if (parts.length === 0)
      return `    <testcase name="${name}" classname="reg.${report.command}"/>\n`;
    return `    <testcase name="${name}" classname="reg.${report.command}">\n${parts.join('')}    </testcase>\n`;
  });

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="reg" tests="${report.files.length}" failures="${failures}">\n` +
    `  <testsuite name="reg ${xml(report.command)}" tests="${report.files.length}" failures="${failures}" errors="0">\n` +
    cases.join('') +
    '  </testsuite>\n</testsuites>\n'
  );
};

function groupByFile(report: FindingReport): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = map.get(f.file);
    if (list) list.push(f);
    else map.set(f.file, [f]);
  }
  for (const file of map.keys()) if (!report.files.includes(file)) report.files.push(file);
  return map;
}

function detail(f: Finding): string {
  const hint = f.hint ? `\n  ${f.hint}` : '';
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}${hint}`;
}
