const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `1h30m` -> 5 400 000. The schemas' duration pattern (`^([0-9]+(ms|s|m|h|d))+$`) is checked before this runs. */
export function parseDuration(text: string): number {
  if (!/^([0-9]+(ms|s|m|h|d))+$/.test(text)) throw new Error(`"${text}" is not a duration such as 30s, 5m or 1h30m`);
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/([0-9]+)(ms|s|m|h|d)/g)) total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return total;
}

/** 5 400 000 -> `1h30m`; sub-second values in ms. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('');
}
