/**
 * Child process of bench/events.bench.ts: three loopback receivers (healthy; flaky with 10% 500s;
 * 200 ms latency). Each checks the Standard Webhooks signature and counts acknowledgements per
 * webhook-id, so duplicates are seen where a real receiver would see them. Talks to the parent over IPC.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSigningSecrets, signatureMatches } from '@powerx/core/events/signing.js';
import { createRandom } from '@powerx/core/random.js';

interface Stats {
  requests: number;
  connections: number;
  acknowledged: number;
  duplicates: number;
  rejectedSignatures: number;
  ids: Map<string, number>;
}

const secret = process.argv[2]!;
const keys = parseSigningSecrets(secret);
const random = createRandom(0x5eed).next;

function receiver(name: string, answer: (done: (status: number) => void) => void): { server: Server; stats: Stats } {
  const stats: Stats = { requests: 0, connections: 0, acknowledged: 0, duplicates: 0, rejectedSignatures: 0, ids: new Map() };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      stats.requests++;
      const body = Buffer.concat(chunks);
      const id = String(req.headers['webhook-id'] ?? '');
      if (name !== 'raw' && !signatureMatches(keys, id, Number(req.headers['webhook-timestamp']), body, String(req.headers['webhook-signature'] ?? ''))) {
        stats.rejectedSignatures++;
        res.writeHead(401).end();
        return;
      }
      answer((status) => {
        if (status < 300) {
          const seen = stats.ids.get(id) ?? 0;
          if (seen > 0) stats.duplicates++;
          stats.ids.set(id, seen + 1);
          stats.acknowledged++;
        }
        res.writeHead(status).end();
      });
    });
  });
  server.on('connection', () => stats.connections++);
  server.keepAliveTimeout = 60_000;
  server.maxRequestsPerSocket = 0;
  return { server, stats };
}

const receivers = {
  healthy: receiver('healthy', (done) => done(204)),
  flaky: receiver('flaky', (done) => done(random() < 0.1 ? 500 : 204)),
  slow: receiver('slow', (done) => setTimeout(() => done(204), 200)),
  raw: receiver('raw', (done) => done(204)),
};

const ports: Record<string, number> = {};
for (const [name, r] of Object.entries(receivers)) {
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  ports[name] = (r.server.address() as AddressInfo).port;
}

process.on('message', (message: { cmd: string }) => {
  if (message.cmd === 'stats') {
    const out: Record<string, Omit<Stats, 'ids'> & { distinct: number }> = {};
    for (const [name, r] of Object.entries(receivers)) out[name] = { requests: r.stats.requests, connections: r.stats.connections, acknowledged: r.stats.acknowledged, duplicates: r.stats.duplicates, rejectedSignatures: r.stats.rejectedSignatures, distinct: r.stats.ids.size };
    const cpu = process.cpuUsage();
    process.send!({ stats: out, cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
  } else if (message.cmd === 'reset') {
    for (const r of Object.values(receivers)) Object.assign(r.stats, { requests: 0, connections: 0, acknowledged: 0, duplicates: 0, rejectedSignatures: 0, ids: new Map() });
    process.send!({ reset: true });
  } else if (message.cmd === 'exit') {
    process.exit(0);
  }
});
process.send!({ ports });
