import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '@powerx/cli/commands/demo.js';
import { foldDeliveries, parseDeliveryLog } from '@powerx/core/events/log.js';

describe('powerx demo --stage events', () => {
  it('delivers a release to a healthy and a flaky subscriber, and shows the log with the retries', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'powerx-demo-events-'));
    const code = await runDemo({ out: dir, stage: ['events'] }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/ops-console: delivered after 1 attempt/);
    expect(text).toMatch(/ci-hook: delivered after [2-6] attempts/);
    expect(text).toMatch(/1 event accepted/);
    expect(text).toMatch(/retrying\s+ci-hook/);
    expect(text).toMatch(/every signature verified: yes; acknowledged 1 event\(s\), duplicates 0/);
    const log = parseDeliveryLog(readFileSync(join(dir, 'events', 'delivery-log.jsonl'), 'utf8'), 'delivery-log.jsonl');
    expect([...foldDeliveries(log.records).values()].map((s) => [s.subscriber, s.status, s.successes])).toEqual([
      ['ops-console', 'delivered', 1],
      ['ci-hook', 'delivered', 1],
    ]);
  });
});
