import type { ContractView } from "./offer-view.js";

/**
 * When each creator's contract took effect, from all its versions: the first acceptance. An amendment changes the
 * terms from then on, not the day the collaboration began, so commissions on orders since then stay owed (M13).
 */
export function tookEffectByCreator(versions: ContractView[]): Map<string, string> {
  const tookEffect = new Map<string, string>();
  for (const version of versions) {
    const known = tookEffect.get(version.creatorId);
    if (!known || version.acceptedAt < known) tookEffect.set(version.creatorId, version.acceptedAt);
  }
  return tookEffect;
}
