/**
 * Splits a whole number of units (minor units, counts) into whole parts in proportion to `weights` by largest
 * remainder: the parts add up to `total` exactly and none is a fraction (docs/domain/metrics.md M13 Allocation).
 * Equal weights share equally, the earlier parts taking the units left over. Zero weights everywhere share equally.
 */
export function apportion(total: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  if (total < 0) return apportion(-total, weights).map((part) => -part || 0);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const parts = shares.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
