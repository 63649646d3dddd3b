import { spawnSync } from 'node:child_process';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Wall time of `node <args>` from process start to exit, in ms. Throws on a non-zero exit unless `mayFail`. */
export function spawnMs(args: string[], env: NodeJS.ProcessEnv, cwd: string, mayFail = false): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !mayFail) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return ms;
}
