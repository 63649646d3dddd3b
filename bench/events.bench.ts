/**
 * Release event delivery at volume: N events × 3 subscribers (healthy; 10% HTTP 500s; 200 ms latency) on
 * loopback, through the delivering sink exactly as emit-event uses it (CloudEvents, Standard Webhooks
 * signatures, retries, rate limits, a file delivery log). Receivers run in a separate process and count
 * acknowledgements per webhook-id, so duplicates are seen where a receiver would see them.
 *
 * Two phases per run:
 * - burst: all N events published at once; deliveries/s over all three subscribers is the throughput;
 * - paced: N events published at half the burst rate (open loop); publish-to-first-attempt latency at that load.
 * In the same run, a raw keep-alive HTTP POST loop (one request at a time) to the same healthy receiver is
 * the ceiling the throughput is compared with.
 *
 * `npm run bench -- events [events=10000] [runs=3]`
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnvelope, originFromRun, serializeEnvelope } from '@powerx/core/events/envelope.js';
import type { AttemptRecord } from '@powerx/core/events/log.js';
import { percentile } from '@powerx/core/events/metrics.js';
import { generateSigningSecret } from '@powerx/core/events/signing.js';
import { parseSubscriptions } from '@powerx/core/events/subscriptions.js';
import { FileDeliveryLog } from '@powerx/github/delivery/log-file.js';
import { createDeliveringSink } from '@powerx/github/delivery/sink.js';
import { median } from './support/measure.js';

const SUBSCRIBERS = ['healthy', 'flaky', 'slow'] as const;
type ReceiverStats = Record<string, { requests: number; connections: number; acknowledged: number; duplicates: number; rejectedSignatures: number; distinct: number }>;

function ask<T>(child: ChildProcess, cmd: string, key: string): Promise<T & Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (m: Record<string, unknown>) => {
      if (key in m) {
        child.off('message', onMessage);
        resolve(m as T & Record<string, unknown>);
      }
    };
    child.on('message', onMessage);
    child.send({ cmd });
  });
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** One request at a time over one keep-alive connection: what a plain sender loop reaches. */
async function rawLoop(port: number, body: string, count: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const payload = Buffer.from(body);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/raw', agent, headers: { 'content-type': 'application/cloudevents+json', 'content-length': payload.length, 'webhook-id': `raw_${i}` } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return count / seconds;
}

interface PhaseFigures {
  deliveriesPerSecond: number;
  wallSeconds: number;
  publishSeconds: number;
  /** Publish to the first attempt's response, every delivery (events × subscribers). */
  firstAttemptMs: { p50: number; p95: number };
  bySubscriber: Record<string, { firstAttemptSuccessPct: number; eventualSuccessPct: number; firstAttemptP50Ms: number; firstAttemptP95Ms: number; attempts: number }>;
  duplicatesSeen: number;
  rejectedSignatures: number;
  pendingOrFailed: number;
  senderCpuMs: number;
  receiverCpuMs: number;
}

async function phase(events: number, ports: Record<string, number>, secret: string, child: ChildProcess, ratePerSecond?: number): Promise<PhaseFigures> {
  await ask(child, 'reset', 'reset');
  const sub = (id: string, port: number, inFlight: number) =>
    `  - id: ${id}\n    channel: webhook\n    target: http://127.0.0.1:${port}/hook\n    secretEnv: BENCH_SECRET\n    maxInFlight: ${inFlight}\n    filter: { types: ['plugin.*'], all: true }\n`;
  const subscriptions = parseSubscriptions(
    `defaults:\n  rateLimit: { perSecond: 10000, burst: 10000 }\n  retry: { schedule: [100ms, 200ms, 400ms, 800ms], maxAttempts: 10, stepBudget: 5m }\n  circuitBreaker: { failureThreshold: 50, cooldown: 1s }\nsubscribers:\n${sub('healthy', ports.healthy!, 128)}${sub('flaky', ports.flaky!, 128)}${sub('slow', ports.slow!, 400)}`,
    'bench-subscriptions.yaml',
  );
  const dir = mkdtempSync(join(tmpdir(), 'powerx-bench-events-'));
  const log = new FileDeliveryLog(join(dir, 'delivery-log.jsonl'));
  const origin = originFromRun({ serverUrl: 'https://github.com', repository: 'acme/bench', runId: `${Date.now()}-${ratePerSecond ?? 'burst'}` });
  const sink = createDeliveringSink({ subscriptions, secrets: { BENCH_SECRET: secret }, log, origin, announceFailures: false });
  const receiverCpu0 = (await ask<{ cpuMs: number }>(child, 'stats', 'stats')).cpuMs;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    if (ratePerSecond) {
      // Open loop: event i is due at i / rate; when behind, publish without waiting.
      const wait = started + (i / ratePerSecond) * 1000 - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const version = `1.${Math.floor(i / 1000)}.${i % 1000}`;
    await sink.publish({ type: 'plugin.release.published', subject: `bench-plugin@${version}`, tenant: `t${i % 50}`, data: { plugin: 'bench-plugin', version } });
  }
  const publishSeconds = (performance.now() - started) / 1000;
  const report = await sink.close();
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const after = await ask<{ stats: ReceiverStats; cpuMs: number }>(child, 'stats', 'stats');
  rmSync(dir, { recursive: true, force: true });

  const firsts = new Map<string, AttemptRecord>();
  const delivered = new Set<string>();
  const attempts: Record<string, number> = {};
  for (const r of log.records) {
    if (r.record !== 'attempt' || !r.sent) continue;
    const key = `${r.eventId}/${r.subscriber}`;
    attempts[r.subscriber] = (attempts[r.subscriber] ?? 0) + 1;
    if (r.attempt === 1) firsts.set(key, r);
    if (r.status === 'delivered') delivered.add(key);
  }
  const bySubscriber: PhaseFigures['bySubscriber'] = {};
  for (const id of SUBSCRIBERS) {
    const mine = [...firsts.values()].filter((a) => a.subscriber === id);
    const latency = mine.map((a) => a.sincePublishMs);
    bySubscriber[id] = {
      firstAttemptSuccessPct: round((mine.filter((a) => a.status === 'delivered').length / events) * 100, 2),
      eventualSuccessPct: round(([...delivered].filter((k) => k.endsWith(`/${id}`)).length / events) * 100, 2),
      firstAttemptP50Ms: percentile(latency, 50) ?? 0,
      firstAttemptP95Ms: percentile(latency, 95) ?? 0,
      attempts: attempts[id] ?? 0,
    };
  }
  const all = [...firsts.values()].map((a) => a.sincePublishMs);
  const stats = after.stats;
  return {
    deliveriesPerSecond: round(report.counts.delivered / wallSeconds, 0),
    wallSeconds: round(wallSeconds, 2),
    publishSeconds: round(publishSeconds, 2),
    firstAttemptMs: { p50: percentile(all, 50)!, p95: percentile(all, 95)! },
    bySubscriber,
    duplicatesSeen: SUBSCRIBERS.reduce((n, id) => n + stats[id]!.duplicates, 0),
    rejectedSignatures: SUBSCRIBERS.reduce((n, id) => n + stats[id]!.rejectedSignatures, 0),
    pendingOrFailed: report.counts.pending + report.counts.failed,
    senderCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    receiverCpuMs: after.cpuMs - receiverCpu0,
  };
}

function medianPhase(phases: PhaseFigures[]): PhaseFigures {
  const m = (pick: (f: PhaseFigures) => number) => median(phases.map(pick));
  return {
    deliveriesPerSecond: m((f) => f.deliveriesPerSecond),
    wallSeconds: m((f) => f.wallSeconds),
    publishSeconds: m((f) => f.publishSeconds),
    firstAttemptMs: { p50: m((f) => f.firstAttemptMs.p50), p95: m((f) => f.firstAttemptMs.p95) },
    bySubscriber: Object.fromEntries(
      SUBSCRIBERS.map((id) => [
        id,
        {
          firstAttemptSuccessPct: m((f) => f.bySubscriber[id]!.firstAttemptSuccessPct),
          eventualSuccessPct: m((f) => f.bySubscriber[id]!.eventualSuccessPct),
          firstAttemptP50Ms: m((f) => f.bySubscriber[id]!.firstAttemptP50Ms),
          firstAttemptP95Ms: m((f) => f.bySubscriber[id]!.firstAttemptP95Ms),
          attempts: m((f) => f.bySubscriber[id]!.attempts),
        },
      ]),
    ),
    duplicatesSeen: Math.max(...phases.map((f) => f.duplicatesSeen)),
    rejectedSignatures: Math.max(...phases.map((f) => f.rejectedSignatures)),
    pendingOrFailed: Math.max(...phases.map((f) => f.pendingOrFailed)),
    senderCpuMs: m((f) => f.senderCpuMs),
    receiverCpuMs: m((f) => f.receiverCpuMs),
  };
}

export async function run(args: string[]): Promise<object> {
  const events = Number(args[0] ?? 10_000);
  const runs = Number(args[1] ?? 3);
  const secret = generateSigningSecret();
  const child = fork(new URL('./support/events-receivers.ts', import.meta.url).pathname, [secret], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ports = await new Promise<Record<string, number>>((resolve) => child.once('message', (m: { ports: Record<string, number> }) => resolve(m.ports)));
  const sample = serializeEnvelope(buildEnvelope({ type: 'plugin.release.published', subject: 'bench-plugin@1.0.0', tenant: 't1', data: { plugin: 'bench-plugin', version: '1.0.0' } }, originFromRun({ serverUrl: 'https://github.com', repository: 'acme/bench', runId: '1' }))).body;
  const loadBefore = loadavg()[0]!;
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    // Warm-up: JIT, schema compilation, connection set-up.
    await rawLoop(ports.raw!, sample, 2000);
    await phase(Math.min(2000, events), ports, secret, child);
    const raw: number[] = [];
    const burst: PhaseFigures[] = [];
    const paced: PhaseFigures[] = [];
    const rates: number[] = [];
    for (let i = 0; i < runs; i++) {
      raw.push(await rawLoop(ports.raw!, sample, events));
      globalThis.gc?.();
      const b = await phase(events, ports, secret, child);
      burst.push(b);
      globalThis.gc?.();
      const rate = Math.max(1, Math.round(b.deliveriesPerSecond / SUBSCRIBERS.length / 2));
      rates.push(rate);
      paced.push(await phase(events, ports, secret, child, rate));
    }
    const rawMedian = median(raw);
    const b = medianPhase(burst);
    const p = medianPhase(paced);
    return {
      workload: { events, subscribers: ['healthy', 'flaky (10% HTTP 500)', 'slow (200 ms)'], runs, transport: 'loopback HTTP/1.1 keep-alive', receivers: 'separate process', maxInFlight: { healthy: 128, flaky: 128, slow: 400 } },
      headline: {
        deliveriesPerSecond: b.deliveriesPerSecond,
        rawKeepAlivePostLoopPerSecond: round(rawMedian, 0),
        throughputVsRawLoop: round(b.deliveriesPerSecond / rawMedian, 2),
        // Each run's burst against the raw loop measured just before it: less exposed to the machine's load drifting.
        pairedThroughputVsRawLoop: round(median(burst.map((f, i) => f.deliveriesPerSecond / raw[i]!)), 2),
        pacedEventsPerSecond: median(rates),
        publishToFirstAttemptMs: p.firstAttemptMs,
        firstAttemptSuccessPct: Object.fromEntries(SUBSCRIBERS.map((id) => [id, p.bySubscriber[id]!.firstAttemptSuccessPct])),
        eventualSuccessPct: Object.fromEntries(SUBSCRIBERS.map((id) => [id, Math.min(b.bySubscriber[id]!.eventualSuccessPct, p.bySubscriber[id]!.eventualSuccessPct)])),
        duplicatesSeen: Math.max(b.duplicatesSeen, p.duplicatesSeen),
        pendingOrFailed: Math.max(b.pendingOrFailed, p.pendingOrFailed),
        peakRssMiB: round(Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20, 0),
      },
      burst: b,
      paced: p,
      loadAverage: { before: round(loadBefore, 2), after: round(loadavg()[0]!, 2), cpus: availableParallelism() },
      rawLoopRuns: raw.map((r) => round(r, 0)),
      burstRuns: burst.map((f) => f.deliveriesPerSecond),
    };
  } finally {
    clearInterval(sampler);
    child.send({ cmd: 'exit' });
  }
}
