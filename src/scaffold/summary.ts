import { formatPath, type Segment } from '../findings/finding.js';
import { isDoc } from '../model/read.js';
import { fieldKey, fieldText } from '../schema/fields.js';
import { validator } from '../schema/validator.js';

/** One line per value, `Title (path): value`, for the summary before writing. */
export function summaryLines(data: unknown, at: Segment[] = []): string[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => summaryLines(item, [...at, i]));
  if (isDoc(data)) return Object.keys(data).flatMap((key) => summaryLines(data[key], [...at, key]));
  if (data === undefined) return [];
  const info = validator('registration').fields.get(fieldKey(at));
  const title = fieldText(info).title;
  const path = formatPath(at);
  return [`  ${title ? `${title} (${path})` : path}: ${String(data)}`];
}
