import type { Conflict, RiskLevel } from './types.js';

export const MAX_SCORE = 100;

/** Sum of the weights, capped at 100. */
export function riskScore(conflicts: readonly Pick<Conflict, 'weight'>[]): number {
  let sum = 0;
  for (const conflict of conflicts) sum += conflict.weight;
  return Math.min(MAX_SCORE, sum);
}

/** low < 25 <= medium < 50 <= high < 75 <= critical */
export function riskLevel(score: number): RiskLevel {
  if (score < 25) return 'low';
  if (score < 50) return 'medium';
  if (score < 75) return 'high';
  return 'critical';
}
