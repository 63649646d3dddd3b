/**
 * The gates' parsers and outputs at scale, each beside a baseline measured in the same run:
 * - a 25,000-result SARIF log: parseSarif (validation, rule lookup, severity) against bare JSON.parse;
 * - the same findings through the security gate and the upload-SARIF builder (merge, limits, gzip);
 * - a 20,000-test JUnit file: parseJUnit against fast-xml-parser's own parse of the same text;
 * - a 5,000-file lcov tracefile: parseLcov against splitting the text into lines;
 * - cold start of the quality-gate and security-scan bundles against `node -e 0`.
 * Medians of several runs. `npm run bench -- gates [runs]`
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseGateConfig } from '@powerx/core/gates/config.js';
import { buildUploadSarif } from '@powerx/core/gates/sarif-output.js';
import { evaluateSecurityGate } from '@powerx/core/gates/security.js';
import { parseJUnit } from '@powerx/core/reports/junit.js';
import { parseLcov } from '@powerx/core/reports/lcov.js';
import { parseSarif } from '@powerx/core/reports/sarif.js';
import { median, spawnMs } from './support/measure.js';

const root = new URL('..', import.meta.url).pathname;

function ms(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs both interleaved (after a warm-up) and returns the medians and their ratio. */
function pair(runs: number, subject: () => unknown, baseline: () => unknown): { medianMs: number; baselineMs: number; ratio: number } {
  subject();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    b.push(ms(baseline));
    a.push(ms(subject));
  }
  const medianMs = median(a);
  const baselineMs = median(b);
  return { medianMs: round(medianMs), baselineMs: round(baselineMs), ratio: round(medianMs / baselineMs) };
}

const round = (n: number) => Math.round(n * 100) / 100;

function sarifLog(results: number): string {
  const rules = Array.from({ length: 200 }, (_, i) => ({ id: `rule-${i}`, shortDescription: { text: `Rule ${i}` }, defaultConfiguration: { level: i % 3 === 0 ? 'error' : 'warning' }, properties: { 'security-severity': String((i % 100) / 10), tags: ['security'] } }));
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Scanner', rules } },
        originalUriBaseIds: { SRC: { uri: 'file:///work/plugin/' } },
        results: Array.from({ length: results }, (_, i) => ({
          ruleId: `rule-${i % 200}`,
          ruleIndex: i % 200,
          message: { text: `Finding ${i}: user input reaches a sink` },
          locations: [{ physicalLocation: { artifactLocation: { uri: `src/module-${i % 500}.ts`, uriBaseId: 'SRC' }, region: { startLine: (i % 400) + 1, startColumn: 3 } } }],
          partialFingerprints: { primaryLocationLineHash: `${i.toString(16)}:1` },
        })),
      },
    ],
  });
}

function junitXml(tests: number): string {
  const cases: string[] = [];
  for (let i = 0; i < tests; i++) {
    cases.push(i % 100 === 0 ? `<testcase classname="suite.${i % 50}" name="test ${i}" time="0.01"><failure message="expected &lt;1&gt; got &lt;2&gt;">at line ${i}</failure></testcase>` : `<testcase classname="suite.${i % 50}" name="test ${i}" time="0.01"/>`);
  }
  return `<?xml version="1.0"?><testsuites><testsuite name="all" tests="${tests}">${cases.join('\n')}</testsuite></testsuites>`;
}

function lcovText(files: number): string {
  const out: string[] = [];
  for (let f = 0; f < files; f++) {
    out.push(`SF:src/file-${f}.ts`, 'FN:1,main', `FNDA:${f % 2},main`);
    for (let l = 1; l <= 40; l++) out.push(`DA:${l},${(l + f) % 3}`);
    out.push('BRDA:3,0,0,1', 'BRDA:3,0,1,-', 'LF:40', 'LH:26', 'end_of_record');
  }
  return out.join('\n');
}

function coldStart(runs: number): Record<string, unknown> {
  const workspace = mkdtempSync(join(tmpdir(), 'powerx-gates-bench-'));
  mkdirSync(join(workspace, 'config', 'publish'), { recursive: true });
  copyFileSync(join(root, 'config', 'publish', 'quality_gates.yaml'), join(workspace, 'config', 'publish', 'quality_gates.yaml'));
  writeFileSync(join(workspace, 'powerx-plugin.yaml'), 'id: acme.crm-sync\nversion: 2.4.0\n');
  mkdirSync(join(workspace, 'coverage'));
  writeFileSync(join(workspace, 'coverage', 'lcov.info'), lcovText(50));
  mkdirSync(join(workspace, 'reports'));
  writeFileSync(join(workspace, 'reports', 'junit.xml'), junitXml(200));
  writeFileSync(join(workspace, 'scan.sarif'), sarifLog(100));
  writeFileSync(join(workspace, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'p', version: '1.0.0' } } }));
  const env = (action: string): NodeJS.ProcessEnv => {
    const files = ['out', 'summary', 'state', 'env'].map((f) => join(workspace, `${action}-${f}`));
    for (const f of files) writeFileSync(f, '');
    return {
      PATH: process.env.PATH,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: files[0],
      GITHUB_STEP_SUMMARY: files[1],
      GITHUB_STATE: files[2],
      GITHUB_ENV: files[3],
      RUNNER_TEMP: workspace,
      'INPUT_FAIL-ON-BLOCK': 'false',
      'INPUT_NPM-AUDIT': 'false',
      INPUT_SARIF: 'scan.sarif',
    };
  };
  const out: Record<string, unknown> = {};
  const bareEnv = env('bare');
  for (const action of ['quality-gate', 'security-scan']) {
    const e = env(action);
    const bundle = join(root, 'dist', action, 'index.js');
    spawnMs(['-e', '0'], bareEnv, workspace);
    spawnMs([bundle], e, workspace);
    const bare: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(spawnMs(['-e', '0'], bareEnv, workspace));
      full.push(spawnMs([bundle], e, workspace));
    }
    out[action] = { medianMs: round(median(full)), nodeBaselineMs: round(median(bare)), ratio: round(median(full) / median(bare)) };
  }
  rmSync(workspace, { recursive: true, force: true });
  return out;
}

export async function run(args: string[]): Promise<object> {
  const runs = Number(args[0] ?? 7);
  const sarif = sarifLog(25_000);
  const parsed = parseSarif(sarif, 'bench.sarif');
  const policy = parseGateConfig('{}', 'bench.yaml').security;
  const evidence = () =>
    evaluateSecurityGate(policy, { config: { file: 'q', found: true }, findings: parsed.findings, sources: [{ kind: 'sarif', file: 'bench.sarif', findings: parsed.findings.length, tools: ['Scanner'] }], missing: [], now: new Date() });
  const evaluated = evidence();
  const junit = junitXml(20_000);
  const xml = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
  const lcov = lcovText(5_000);
  return {
    sarif25k: { bytes: sarif.length, ...pair(runs, () => parseSarif(sarif, 'bench.sarif'), () => JSON.parse(sarif)) },
    securityGate25k: pair(runs, evidence, () => parsed.findings.map((f) => ({ ...f }))),
    uploadSarif25k: {
      ...pair(
        runs,
        () => buildUploadSarif({ runs: parsed.runs, findings: evaluated.findings, licenses: [], workspace: '/work/plugin', toolVersion: 'bench' }),
        () => JSON.stringify(JSON.parse(sarif)),
      ),
      uploadBytes: buildUploadSarif({ runs: parsed.runs, findings: evaluated.findings, licenses: [], workspace: '/work/plugin', toolVersion: 'bench' }).stats.uploadBytes,
    },
    junit20k: { bytes: junit.length, ...pair(runs, () => parseJUnit(junit, 'junit.xml'), () => xml.parse(junit)) },
    lcov5kFiles: { bytes: lcov.length, ...pair(runs, () => parseLcov(lcov, 'lcov.info'), () => lcov.split('\n').map((l) => l.split(':'))) },
    coldStart: coldStart(runs),
  };
}
