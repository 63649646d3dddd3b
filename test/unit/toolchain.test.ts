import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/harness.js';

describe('toolchain', () => {
  it('runs on Node 24', () => {
    expect(process.versions.node).toMatch(/^24\./);
  });

  it('runs on a Node 24 recent enough for the sigstore packages (>= 24.15)', () => {
    const [, minor] = process.versions.node.split('.').map(Number);
    expect(minor).toBeGreaterThanOrEqual(15);
  });

  it('declares Node 24 in .node-version', () => {
    expect(readFileSync(join(repoRoot, '.node-version'), 'utf8').trim()).toBe('24');
  });
});
