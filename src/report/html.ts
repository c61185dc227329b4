import type { Workspace } from '../workspace/workspace.js';
import type { ReportEntry } from './model.js';

export interface HtmlOptions {
  today: string;
  base?: string;
}

export async function renderHtml(_ws: Workspace, _entries: ReportEntry[], _o: HtmlOptions): Promise<string> {
  return '';
}
