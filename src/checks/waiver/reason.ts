/** Fewest letters and digits a waiver's reason must have, counting repeats once. */
export const minReasonLength = 20;
/** Fewest different characters, so that "abababab…" or "xxxx…" do not pass. */
const minDistinct = 6;

/**
 * Whether a waiver's reason says something: a reviewer must be able to judge it, so
 * padding with spaces, punctuation or one repeated character does not count.
 */
export function isRealReason(reason: string): boolean {
  const chars = [...reason.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const collapsed = chars.filter((c, i) => c !== chars[i - 1]);
  return collapsed.length >= minReasonLength && new Set(collapsed).size >= minDistinct;
}
