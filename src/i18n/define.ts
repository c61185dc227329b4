/** Each message in both languages side by side, so that neither can fall behind. */
export type Pair = readonly [en: string, zhCN: string];

export function defineMessages<K extends string>(messages: Record<K, Pair>): Record<K, Pair> {
  return messages;
}
