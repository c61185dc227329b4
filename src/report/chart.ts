import { htmlText } from './escape/html.js';

/** One bar: its label, its length, and the text printed after it. */
export interface Bar {
  label: string;
  value: number;
  text: string;
  /** Where to draw a target mark (e.g. an SLA), in the bars' unit. */
  mark?: number;
}

const width = 460;
const labelWidth = 170;
const barArea = 190;
const rowHeight = 24;

/**
 * A horizontal bar chart as inline SVG, drawn here so that the dashboard needs no chart
 * library and no request. Every label is escaped: partner names come from partners.
 */
export function barChart(title: string, bars: readonly Bar[], markLabel?: string): string {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.mark ?? 0)));
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((bar, i) => row(bar, i, max, markLabel)).join('');
  return (
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" ` +
    `height="${height}" aria-label="${htmlText(title)}">` +
    `<title>${htmlText(title)}</title>${rows}</svg>`
  );
}

function row(bar: Bar, i: number, max: number, markLabel: string | undefined): string {
  const y = i * rowHeight + 4;
  const length = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * barArea)) : 0;
  const label = bar.label.length > 20 ? `${bar.label.slice(0, 19)}…` : bar.label;
  const textY = y + 15;
  // The value is printed past the bar and past its mark, so that the mark never crosses it.
  const end = Math.max(labelWidth + length, bar.mark === undefined ? 0 : x(bar.mark, max));
  return (
    `<g><title>${htmlText(bar.label)}: ${htmlText(bar.text)}</title>` +
    `<text class="label" x="${labelWidth - 6}" y="${textY}" text-anchor="end">` +
    `${htmlText(label)}</text>` +
    `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${length}" ` +
    `height="${rowHeight - 8}"/>` +
    `<text class="value" x="${end + 6}" y="${textY}">${htmlText(bar.text)}</text>` +
    `${markOf(bar, y, max, markLabel)}</g>`
  );
}

/** A short vertical line at the bar's target, e.g. the SLA of a tier. */
function markOf(bar: Bar, y: number, max: number, markLabel: string | undefined): string {
  if (bar.mark === undefined) return '';
  const at = x(bar.mark, max);
  return (
    `<line class="mark" x1="${at}" x2="${at}" y1="${y - 2}" y2="${y + rowHeight - 4}">` +
    `<title>${htmlText(markLabel ?? '')} ${bar.mark}</title></line>`
  );
}

function x(value: number, max: number): number {
  return labelWidth + Math.round((value / max) * barArea);
}
