import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCycloneDx, cyclonedxLicenses, integrityHashes, npmPurl } from '@powerx/core/deps/cyclonedx.js';
import { declaredLicense, readNpmTree, type DependencyTree } from '@powerx/core/deps/npm-tree.js';
import { isConfigError } from '@powerx/core/errors.js';
import { parseGateConfig } from '@powerx/core/gates/config.js';
import { buildUploadSarif, SARIF_LIMITS, type SarifLimits } from '@powerx/core/gates/sarif-output.js';
import { evaluateSecurityGate } from '@powerx/core/gates/security.js';
import { parseSarif, type SarifReport } from '@powerx/core/reports/sarif.js';
import { npmAuditRunner } from '@powerx/github/npm-audit.js';
import { readFixture } from '../support/report-fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'powerx-outputs-'));
  dirs.push(dir);
  return dir;
}

type Json = Record<string, unknown>;
type Run = { tool: { driver: Json & { name: string; rules: Json[] } }; results: Json[] };

function upload(reports: SarifReport[], workspace = '/ws', limits: Partial<SarifLimits> = {}) {
  const policy = parseGateConfig('{}', 'q.yaml').security;
  const result = evaluateSecurityGate(policy, {
    config: { file: 'q.yaml', found: true },
    findings: reports.flatMap((r) => r.findings),
    sources: reports.map((r) => ({ kind: 'sarif' as const, file: r.file, findings: r.findings.length, tools: [] })),
    missing: [],
    now: new Date('2026-11-22T00:00:00Z'),
  });
  return buildUploadSarif({ runs: reports.flatMap((r) => r.runs), findings: result.findings, licenses: [], workspace, toolVersion: '0.1.0', limits });
}

/** What code scanning checks on every result: a rule id that the run's rules hold at ruleIndex, and a message. */
function expectWellFormed(log: Json, limits: SarifLimits = SARIF_LIMITS): void {
  const runs = log.runs as Run[];
  expect(log.version).toBe('2.1.0');
  expect(runs.length).toBeLessThanOrEqual(limits.runsPerFile);
  expect(new Set(runs.map((r) => r.tool.driver.name)).size).toBe(runs.length);
  for (const run of runs) {
    expect(run.results.length).toBeLessThanOrEqual(limits.resultsPerRun);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(limits.rulesPerRun);
    for (const result of run.results) {
      expect(typeof result.ruleId).toBe('string');
      expect(run.tool.driver.rules[result.ruleIndex as number]!.id).toBe(result.ruleId);
      expect(typeof (result.message as Json).text).toBe('string');
    }
  }
}

describe('upload SARIF', () => {
  it('uses the limits GitHub documents for code scanning uploads', () => {
    expect(SARIF_LIMITS).toEqual({
      runsPerFile: 20,
      resultsPerRun: 25_000,
      rulesPerRun: 25_000,
      extensionsPerRun: 100,
      threadFlowLocationsPerResult: 10_000,
      locationsPerResult: 1_000,
      tagsPerRule: 20,
      uploadBytes: 10_000_000,
    });
  });

  it('merges runs of one tool into one run and keeps every fixture result', () => {
    const names = ['trivy-image', 'gitleaks-7.5.0', 'osv-scanner-test-vuln-results-a', 'semgrep-oss-1.69.0', 'govulncheck-1.3.0', 'eslint-8.57.0-no-results', 'snyk-container-two-runs-no-results'];
    const out = upload(names.map((n) => parseSarif(readFixture(`sarif/${n}.sarif`), `${n}.sarif`)));
    expectWellFormed(out.log);
    expect(out.stats.runs.map((r) => [r.tool, r.results])).toEqual([
      ['Trivy', 1],
      ['Gitleaks', 8],
      ['osv-scanner', 3],
      ['Semgrep OSS', 77],
      ['govulncheck', 3],
      ['ESLint', 0],
      ['Snyk Container', 0],
    ]);
    expect(out.stats.trimmed).toEqual([]);
    expect(out.stats.uploadBytes).toBe(gzipSync(out.text).toString('base64').length);
    const runs = out.log.runs as Run[];
    // gitleaks writes no ruleId: the message names it.
    expect(runs[1]!.results[0]).toMatchObject({ ruleId: 'AWS Access Key secret detected' });
    // %SRCROOT% and file:// URIs become plain paths.
    const semgrep = runs[3]!.results[0]!.locations as { physicalLocation: { artifactLocation: Json } }[];
    expect(semgrep[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'Gruntfile.js' });
    const osv = runs[2]!.results[1]!.locations as { physicalLocation: { artifactLocation: Json } }[];
    expect(osv[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///path/to/go.mod' });
  });

  it('paths under the workspace become relative', () => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'T' } }, results: [{ ruleId: 'r', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///ws/src/a.ts' }, region: { startLine: 4 } } }] }] }] };
    const out = upload([parseSarif(JSON.stringify(log), 't.sarif')]);
    const result = (out.log.runs as Run[])[0]!.results[0]!;
    expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 4 } } }]);
  });

  it('cuts results beyond the per-run limit, least severe first, and locations, thread flows and tags beyond theirs', () => {
    const limits = { ...SARIF_LIMITS, resultsPerRun: 250, locationsPerResult: 10, threadFlowLocationsPerResult: 100, tagsPerRule: 5 };
    const results = [
      ...Array.from({ length: 260 }, (_, i) => ({ ruleId: 'noise', level: 'note', message: { text: `n${i}` } })),
      ...Array.from({ length: 10 }, (_, i) => ({
        ruleId: 'bad',
        level: 'error',
        message: { text: `e${i}` },
        locations: Array.from({ length: 12 }, (_, j) => ({ physicalLocation: { artifactLocation: { uri: `f${j}.ts` } } })),
        codeFlows: [{ threadFlows: [{ locations: Array.from({ length: 60 }, () => ({ location: { message: { text: 'x' } } })) }, { locations: Array.from({ length: 60 }, () => ({})) }] }],
      })),
    ];
    const tags = Array.from({ length: 8 }, (_, i) => `t${i}`);
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Big', rules: [{ id: 'noise' }, { id: 'bad', properties: { tags } }] } }, results }] };
    const out = upload([parseSarif(JSON.stringify(log), 'big.sarif')], '/ws', limits);
    expectWellFormed(out.log, limits);
    const run = (out.log.runs as Run[])[0]!;
    expect(run.results).toHaveLength(250);
    expect(run.results.filter((r) => r.level === 'error')).toHaveLength(10);
    // The least severe results kept are the first ones, in their order.
    expect(run.results.filter((r) => r.level === 'note').map((r) => (r.message as Json).text)).toEqual(Array.from({ length: 240 }, (_, i) => `n${i}`));
    const bad = run.results.find((r) => r.ruleId === 'bad')!;
    expect(bad.locations).toHaveLength(10);
    const flows = (bad.codeFlows as { threadFlows: { locations: unknown[] }[] }[])[0]!.threadFlows;
    expect(flows.map((t) => t.locations.length)).toEqual([60, 40]);
    expect((run.tool.driver.rules.find((r) => r.id === 'bad')!.properties as { tags: string[] }).tags).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect([...out.stats.trimmed].sort()).toEqual(['locations beyond 10 per result', 'results of Big beyond 250 (least severe dropped)', 'rule tags beyond 5 per rule', 'thread flow locations beyond 100 per result']);
  });

  it('stays under the upload size by shedding detail, then the least severe results', () => {
    let seed = 1;
    const noise = () => {
      let text = '';
      for (let i = 0; i < 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += seed.toString(36);
      }
      return text;
    };
    const results = Array.from({ length: 2_000 }, (_, i) => ({
      ruleId: i % 50 === 0 ? 'serious' : 'minor',
      level: i % 50 === 0 ? 'error' : 'note',
      message: { text: noise() },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i}.ts` }, region: { startLine: i + 1, snippet: { text: noise() } } } }],
    }));
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Noisy', rules: [{ id: 'serious', help: { text: noise() } }, { id: 'minor' }] } }, results }] };
    const limits = { ...SARIF_LIMITS, uploadBytes: 60_000 };
    const full = upload([parseSarif(JSON.stringify(log), 'noisy.sarif')]);
    expect(full.stats.uploadBytes).toBeGreaterThan(limits.uploadBytes);
    expect(full.stats.trimmed).toEqual([]);
    const out = upload([parseSarif(JSON.stringify(log), 'noisy.sarif')], '/ws', limits);
    expect(out.stats.uploadBytes).toBeLessThanOrEqual(limits.uploadBytes);
    expect(out.stats.uploadBytes).toBe(gzipSync(out.text).toString('base64').length);
    expect(out.stats.trimmed.slice(0, 3)).toEqual(['rule help and full descriptions', 'code snippets, code flows and related locations', 'least severe results of Noisy (upload over 60,000 bytes)']);
    const run = (out.log.runs as Run[])[0]!;
    expect(run.results.filter((r) => r.ruleId === 'serious')).toHaveLength(40);
    expect(out.text).not.toContain('"snippet"');
  });
});

describe('npm dependency tree', () => {
  function lockDir(lock: unknown, files: Record<string, unknown> = {}): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
    for (const [path, value] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), JSON.stringify(value));
    }
    return dir;
  }

  it('reads lockfile v3 with nested copies, dev flags, workspace links and licences from node_modules when the lockfile lacks them', async () => {
    const dir = lockDir(
      {
        lockfileVersion: 3,
        packages: {
          '': { name: 'plugin', version: '1.0.0', dependencies: { a: '^1', util: '*' }, devDependencies: { t: '^1' } },
          'node_modules/a': { version: '1.0.0', license: 'MIT', dependencies: { b: '^2' } },
          'node_modules/a/node_modules/b': { version: '2.0.0', license: 'ISC' },
          'node_modules/b': { version: '1.0.0' },
          'node_modules/t': { version: '1.0.0', dev: true, license: 'MIT', dependencies: { b: '^1' } },
          'node_modules/util': { resolved: 'packages/util', link: true },
          'packages/util': { name: 'util', version: '0.1.0', license: 'Apache-2.0', dependencies: { b: '^1' } },
        },
      },
      { 'node_modules/b/package.json': { name: 'b', version: '1.0.0', licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] } },
    );
    const tree = (await readNpmTree(dir))!;
    expect(tree.source).toBe('package-lock.json');
    expect(tree.packages.map((p) => [p.path, p.name, p.version, p.license, p.dev, p.dependencies])).toEqual([
      ['node_modules/a', 'a', '1.0.0', 'MIT', false, ['node_modules/a/node_modules/b']],
      ['node_modules/a/node_modules/b', 'b', '2.0.0', 'ISC', false, []],
      ['node_modules/b', 'b', '1.0.0', '(MIT OR Apache-2.0)', false, []],
      ['node_modules/t', 't', '1.0.0', 'MIT', true, ['node_modules/b']],
      ['node_modules/util', 'util', '0.1.0', 'Apache-2.0', false, ['node_modules/b']],
    ]);
    expect(tree.root.dependencies).toEqual(['node_modules/a', 'node_modules/util', 'node_modules/t']);
    const lockLines = readFileSync(join(dir, 'package-lock.json'), 'utf8').split('\n');
    expect(tree.lineOf('node_modules/t')).toBe(lockLines.findIndex((l) => l.trim().startsWith('"node_modules/t":')) + 1);
  });

  it('reads lockfile v1 nested dependencies', async () => {
    const dir = lockDir({
      name: 'old',
      version: '1.0.0',
      lockfileVersion: 1,
      dependencies: { a: { version: '1.0.0', requires: { b: '^2.0.0' }, dependencies: { b: { version: '2.0.0' } } }, b: { version: '1.0.0', dev: true } },
    });
    const tree = (await readNpmTree(dir))!;
    expect(tree.packages.map((p) => [p.path, p.version, p.dev, p.dependencies])).toEqual([
      ['node_modules/a', '1.0.0', false, ['node_modules/a/node_modules/b']],
      ['node_modules/a/node_modules/b', '2.0.0', false, []],
      ['node_modules/b', '1.0.0', true, []],
    ]);
    expect(tree.root).toMatchObject({ name: 'old', dependencies: ['node_modules/a', 'node_modules/b'] });
  });

  it('falls back to node_modules, and says nothing for a folder without npm', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'p', version: '1.0.0', dependencies: { '@s/x': '1' } }));
    mkdirSync(join(dir, 'node_modules/@s/x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@s/x/package.json'), JSON.stringify({ name: '@s/x', version: '3.1.0', license: { type: 'BSD-3-Clause' } }));
    const tree = (await readNpmTree(dir))!;
    expect(tree.source).toBe('node_modules');
    expect(tree.packages).toMatchObject([{ path: 'node_modules/@s/x', name: '@s/x', version: '3.1.0', license: 'BSD-3-Clause' }]);
    expect(tree.root.dependencies).toEqual(['node_modules/@s/x']);
    expect(await readNpmTree(tempDir())).toBeUndefined();
  });

  it('a lockfile that is not one is an error', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package-lock.json'), '{"hello": 1}');
    const error = await readNpmTree(dir).catch((e: unknown) => e);
    expect(isConfigError(error) && error.issues[0]).toMatchObject({ file: 'package-lock.json', code: 'not-lockfile' });
  });

  it('reads legacy licence declarations', () => {
    expect(declaredLicense({ license: 'MIT' })).toBe('MIT');
    expect(declaredLicense({ license: { type: 'ISC', url: 'x' } })).toBe('ISC');
    expect(declaredLicense({ licenses: [{ type: 'MIT' }] })).toBe('MIT');
    expect(declaredLicense({})).toBeUndefined();
  });
});

describe('CycloneDX SBOM', () => {
  const tree: DependencyTree = {
    root: { name: '@acme/crm-sync', version: '2.4.0', license: 'Apache-2.0', dependencies: ['node_modules/a', 'node_modules/@s/x'] },
    packages: [
      { path: 'node_modules/a', name: 'a', version: '1.0.0', license: 'MIT', dev: false, optional: false, integrity: 'sha512-AAEC', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', dependencies: ['node_modules/@s/x'] },
      { path: 'node_modules/@s/x', name: '@s/x', version: '3.1.0', license: '(MIT OR Apache-2.0)', dev: false, optional: true, dependencies: [] },
      { path: 'node_modules/a/node_modules/@s/x', name: '@s/x', version: '3.1.0', license: '(MIT OR Apache-2.0)', dev: true, optional: false, dependencies: [] },
      { path: 'node_modules/t', name: 't', version: '1.0.0', license: 'LicenseRef-Custom', dev: true, optional: false, dependencies: [] },
    ],
    source: 'package-lock.json',
    lockfile: 'package-lock.json',
    lineOf: () => undefined,
  };

  it('lists one component per package version with purl, scope, licences, hashes and every install path', () => {
    const bom = buildCycloneDx(tree, { now: new Date('2026-11-22T00:00:00Z'), tool: { name: 'powerx', version: '0.1.0' }, serialNumber: '3e671687-395b-41f5-a30f-a58921a69b79' });
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79', version: 1 });
    expect((bom.metadata as Json).component).toEqual({ type: 'application', 'bom-ref': 'pkg:npm/%40acme/crm-sync@2.4.0', name: '@acme/crm-sync', version: '2.4.0', purl: 'pkg:npm/%40acme/crm-sync@2.4.0', licenses: [{ license: { id: 'Apache-2.0' } }] });
    expect(bom.components).toEqual([
      {
        type: 'library',
        'bom-ref': 'pkg:npm/%40s/x@3.1.0',
        group: '@s',
        name: 'x',
        version: '3.1.0',
        scope: 'optional',
        purl: 'pkg:npm/%40s/x@3.1.0',
        licenses: [{ expression: '(MIT OR Apache-2.0)' }],
        properties: [
          { name: 'cdx:npm:package:path', value: 'node_modules/@s/x' },
          { name: 'cdx:npm:package:path', value: 'node_modules/a/node_modules/@s/x' },
        ],
      },
      {
        type: 'library',
        'bom-ref': 'pkg:npm/a@1.0.0',
        name: 'a',
        version: '1.0.0',
        scope: 'required',
        purl: 'pkg:npm/a@1.0.0',
        licenses: [{ license: { id: 'MIT' } }],
        hashes: [{ alg: 'SHA-512', content: '000102' }],
        externalReferences: [{ type: 'distribution', url: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' }],
        properties: [{ name: 'cdx:npm:package:path', value: 'node_modules/a' }],
      },
      { type: 'library', 'bom-ref': 'pkg:npm/t@1.0.0', name: 't', version: '1.0.0', scope: 'excluded', purl: 'pkg:npm/t@1.0.0', licenses: [{ expression: 'LicenseRef-Custom' }], properties: [{ name: 'cdx:npm:package:path', value: 'node_modules/t' }] },
    ]);
    expect(bom.dependencies).toEqual([
      { ref: 'pkg:npm/%40acme/crm-sync@2.4.0', dependsOn: ['pkg:npm/%40s/x@3.1.0', 'pkg:npm/a@1.0.0'] },
      { ref: 'pkg:npm/%40s/x@3.1.0', dependsOn: [] },
      { ref: 'pkg:npm/a@1.0.0', dependsOn: ['pkg:npm/%40s/x@3.1.0'] },
      { ref: 'pkg:npm/t@1.0.0', dependsOn: [] },
    ]);
    expect(buildCycloneDx(tree, { now: new Date(), tool: { name: 'p', version: '1' }, specVersion: '1.5' }).specVersion).toBe('1.5');
  });

  it('maps licences and hashes', () => {
    expect(cyclonedxLicenses('Not Spdx')).toEqual([{ license: { name: 'Not Spdx' } }]);
    expect(cyclonedxLicenses('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual([{ expression: 'GPL-2.0-only WITH Classpath-exception-2.0' }]);
    expect(integrityHashes('sha1-AAE= sha512-AAEC')).toEqual([
      { alg: 'SHA-1', content: '0001' },
      { alg: 'SHA-512', content: '000102' },
    ]);
    expect(npmPurl('@types/node', '24.0.0')).toBe('pkg:npm/%40types/node@24.0.0');
  });
});

describe('npm audit runner', () => {
  function fakeNpm(script: string): string {
    const dir = tempDir();
    const npm = join(dir, 'npm');
    writeFileSync(npm, `#!/bin/sh\n${script}\n`);
    chmodSync(npm, 0o755);
    return npm;
  }

  it('returns the JSON npm printed even when npm exits 1', async () => {
    const npm = fakeNpm(`[ "$1 $2 $3" = "audit --json --omit=dev" ] || exit 9\necho '{"auditReportVersion":2,"vulnerabilities":{}}'\nexit 1`);
    await expect(npmAuditRunner({ npm, args: ['--omit=dev'] })(tempDir())).resolves.toBe('{"auditReportVersion":2,"vulnerabilities":{}}\n');
  });

  it('retries once when npm reports a network error', async () => {
    const state = join(tempDir(), 'count');
    const npm = fakeNpm(`n=$(cat "${state}" 2>/dev/null || echo 0); echo $((n+1)) > "${state}"\nif [ "$n" = 0 ]; then echo '{"error":{"code":"ETIMEDOUT","summary":"request timed out"}}'; exit 1; fi\necho '{"auditReportVersion":2,"vulnerabilities":{}}'`);
    await expect(npmAuditRunner({ npm, retryDelayMs: 1 })(tempDir())).resolves.toContain('auditReportVersion');
  });

  it('fails clearly without JSON, and when npm hangs', async () => {
    const broken = fakeNpm('echo "npm ERR! something" >&2\nexit 2');
    await expect(npmAuditRunner({ npm: broken })(tempDir())).rejects.toThrow('npm audit exited with code 2 without JSON output: npm ERR! something');
    const hang = fakeNpm('sleep 5');
    await expect(npmAuditRunner({ npm: hang, timeoutMs: 200 })(tempDir())).rejects.toThrow('npm audit did not finish within 0 s');
    await expect(npmAuditRunner({ npm: join(tempDir(), 'missing-npm') })(tempDir())).rejects.toThrow(/cannot run/);
  });
});
