import type { Node } from 'yaml';
import type { Segment } from '../findings/finding.js';
import type { Positioned } from './positioned.js';
import { yamlPackage } from './yaml-package.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Line and column of the node at `path`: the key of the last segment, or its value.
 * Where the path leaves the document (a missing key), the deepest existing ancestor.
 */
export function locate(p: Positioned, path: readonly Segment[], at: 'key' | 'value'): Position {
  const root = p.doc?.contents as Node | null | undefined;
  let offset = root?.range?.[0] ?? 0;
  let node: unknown = root;

  for (let i = 0; i < path.length; i += 1) {
    const step = stepInto(node, path[i] as Segment);
    if (!step) break;
    const last = i === path.length - 1;
    offset = last && at === 'value' ? (step.valueOffset ?? step.keyOffset) : step.keyOffset;
    node = step.value;
  }
  const lc = p.lines.linePos(offset);
  return { line: lc.line, column: lc.col };
}

interface Step {
  keyOffset: number;
  valueOffset: number | undefined;
  value: unknown;
}

function stepInto(node: unknown, seg: Segment): Step | undefined {
  const { isMap, isScalar, isSeq } = yamlPackage();
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== String(seg)) continue;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      const keyOffset = keyNode.range?.[0] ?? 0;
      return { keyOffset, valueOffset: valueNode?.range?.[0], value: valueNode };
    }
    return undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg] as Node | undefined;
    if (!item?.range) return undefined;
    return { keyOffset: item.range[0], valueOffset: item.range[0], value: item };
  }
  return undefined;
}
