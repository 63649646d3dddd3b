import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventEmitter } from 'node:events';
import { Command } from 'commander';
import { parseBadVersion, parseRouteAssignment, type BadVersionFault, type RouteFault, type SimFaults } from '@powerx/platform/sim/faults.js';
import { startSimulator } from '@powerx/platform/sim/server.js';
import { EXIT, processIo, UsageError, type Io } from '../output.js';

interface SimOptions {
  port: string;
  host: string;
  dataDir?: string;
  seed: string;
  tenants: string;
  plugins: string;
  token?: string;
  operationDelay: string;
  faultErrorRate: string[];
  faultLatency: string[];
  faultStatus: string[];
  faultAfterApply?: string;
  crashAfter?: string;
  badVersion: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max} (got "${text}")`);
  return value;
}

function ratio(name: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 1) throw new UsageError(`${name} must be a number from 0 to 1 (got "${text}")`);
  return value;
}

/** Turns the repeatable --fault-* flags into one rule per route. */
export function faultsFromOptions(options: Pick<SimOptions, 'faultErrorRate' | 'faultLatency' | 'faultStatus' | 'faultAfterApply' | 'crashAfter' | 'badVersion'>): SimFaults {
  const rules = new Map<string, RouteFault>();
  const rule = (route: string) => {
    let found = rules.get(route);
    if (!found) {
      found = { route };
      rules.set(route, found);
    }
    return found;
  };
  const assignment = (flag: string, text: string) => {
    try {
      return parseRouteAssignment(text, flag);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  };
  for (const text of options.faultErrorRate) {
    const { route, value } = assignment('--fault-error-rate', text);
    rule(route).errorRate = ratio(`--fault-error-rate ${route}`, String(value));
  }
  for (const text of options.faultLatency) {
    const { route, value } = assignment('--fault-latency', text);
    rule(route).latencyMs = integer(`--fault-latency ${route}`, String(value), 0, 60_000);
  }
  for (const text of options.faultStatus) {
    const { route, value } = assignment('--fault-status', text);
    if (![500, 503, 429].includes(value)) throw new UsageError(`--fault-status ${route} must be 500, 503 or 429 (got ${value})`);
    rule(route).status = value as RouteFault['status'];
  }
  if (options.faultAfterApply !== undefined) {
    const share = ratio('--fault-after-apply', options.faultAfterApply);
    for (const r of rules.values()) r.afterApplyRatio = share;
  }
  const badVersions: BadVersionFault[] = options.badVersion.map((text) => {
    try {
      return parseBadVersion(text);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  });
  return {
    routes: [...rules.values()],
    badVersions,
    crashAfterOperations: options.crashAfter === undefined ? null : integer('--crash-after', options.crashAfter, 1, 1_000_000),
  };
}

function describeFaults(faults: SimFaults): string[] {
  const lines: string[] = [];
  for (const r of faults.routes ?? []) {
    const parts = [
      r.errorRate ? `${Math.round(r.errorRate * 100)}% errors (${r.status ?? 500}, ${Math.round((r.afterApplyRatio ?? 0.5) * 100)}% after applying)` : '',
      r.latencyMs ? `+${r.latencyMs} ms` : '',
    ].filter((p) => p !== '');
    lines.push(`  fault ${r.route}: ${parts.join(', ')}`);
  }
  for (const b of faults.badVersions ?? []) lines.push(`  bad version ${b.plugin}@${b.version}: +${Math.round((b.errorRate ?? 0.35) * 100)}% error rate`);
  if (faults.crashAfterOperations) lines.push(`  crash after ${faults.crashAfterOperations} operation(s)`);
  return lines;
}

/** `powerx sim`: the local PowerX platform simulator, until SIGINT/SIGTERM. */
export function simCommand(io: Io = processIo, signals: EventEmitter = process): Command {
  return new Command('sim')
    .description('Run the local PowerX platform simulator (durable state, seeded data, fault injection) until interrupted')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '8787')
    .option('--host <host>', 'loopback address to listen on', '127.0.0.1')
    .option('-d, --data-dir <dir>', 'state directory; restarting on it continues where the last run stopped (default: <tmp>/powerx-sim/<seed>)')
    .option('--seed <seed>', 'seed of the generated tenants and catalog', '1')
    .option('--tenants <n>', 'number of tenants', '50')
    .option('--plugins <n>', 'number of plugins', '12')
    .option('--token <token>', 'require this bearer token (default: $POWERX_SIM_TOKEN; none when unset)')
    .option('--operation-delay <ms>', 'time an operation takes from accepted to finished', '50')
    .option('--fault-error-rate <route=rate>', 'share of requests to a route answered with an error, e.g. "POST /tenants/{tenantId}/operations=0.3" or "*=0.1" (repeatable)', collect, [])
    .option('--fault-latency <route=ms>', 'latency added to a route (repeatable)', collect, [])
    .option('--fault-status <route=status>', 'status of injected errors on a route: 500 (default), 503 or 429 (repeatable)', collect, [])
    .option('--fault-after-apply <ratio>', 'share of injected errors sent after the request was applied (default 0.5)')
    .option('--crash-after <n>', 'accept n operations, then crash without answering the last one')
    .option('--bad-version <plugin@version[=rate]>', 'a version that raises the error rate of every tenant running it (repeatable)', collect, [])
    .option('--json', 'print {"url", "dataDir", "seed"} as one JSON line instead of text')
    .action(async (options: SimOptions) => {
      const seed = /^\d+$/.test(options.seed) ? Number(options.seed) : options.seed;
      const faults = faultsFromOptions(options);
      const dataDir = options.dataDir ?? join(tmpdir(), 'powerx-sim', String(seed));
      const simulator = await startSimulator({
        port: integer('--port', options.port, 0, 65_535),
        host: options.host,
        dataDir,
        seed,
        tenants: integer('--tenants', options.tenants, 0, 100_000),
        plugins: integer('--plugins', options.plugins, 1, 1_000),
        token: options.token || process.env.POWERX_SIM_TOKEN || undefined,
        operationDelayMs: integer('--operation-delay', options.operationDelay, 0, 600_000),
        faults,
      }).catch((error: unknown) => {
        throw new UsageError(`cannot start the simulator: ${(error as Error).message}`);
      });
      if (options.json) {
        io.out(JSON.stringify({ url: simulator.url, dataDir: simulator.dataDir, seed: simulator.seed }));
      } else {
        io.out(`PowerX simulator listening on ${simulator.url}`);
        io.out(`  data ${simulator.dataDir} (seed ${String(simulator.seed)})`);
        for (const line of describeFaults(faults)) io.out(line);
        io.out('  Ctrl-C to stop');
      }
      await new Promise<void>((resolveDone) => {
        const stop = (signal: string) => {
          signals.off('SIGINT', onInt);
          signals.off('SIGTERM', onTerm);
          void simulator.close().then(() => {
            if (!options.json) io.out(`stopped (${signal}); state kept in ${simulator.dataDir}`);
            process.exitCode = EXIT.ok;
            resolveDone();
          });
        };
        const onInt = () => stop('SIGINT');
        const onTerm = () => stop('SIGTERM');
        signals.on('SIGINT', onInt);
        signals.on('SIGTERM', onTerm);
        void simulator.crashed.then(() => {
          signals.off('SIGINT', onInt);
          signals.off('SIGTERM', onTerm);
          io.err(`the simulator crashed (injected fault); restart it on ${simulator.dataDir} to resume`);
          process.exitCode = EXIT.failed;
          resolveDone();
        });
      });
    });
}
