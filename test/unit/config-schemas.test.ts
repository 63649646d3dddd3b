import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as AddFormats;

const root = resolve(import.meta.dirname, '..', '..');
const schemaDir = join(root, 'config', 'schemas');
const schemaFiles = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();

type Json = Record<string, unknown>;
const schemas = new Map<string, Json>(schemaFiles.map((f) => [f, JSON.parse(readFileSync(join(schemaDir, f), 'utf8')) as Json]));
const idOf = (name: string) => `https://powerx.dev/schemas/${name}.schema.json`;

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, useDefaults: true });
  addFormats(ajv);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

const ajv = newAjv();
function validator(name: string): ValidateFunction {
  const fn = ajv.getSchema(idOf(name));
  if (!fn) throw new Error(`no schema ${name}`);
  return fn;
}

/** Validates a YAML text (defaults are applied to the returned value). */
function check(name: string, yamlText: string): { valid: boolean; errors: ErrorObject[]; value: Json } {
  const value = parse(yamlText) as Json;
  const fn = validator(name);
  const valid = fn(value);
  return { valid, errors: fn.errors ?? [], value };
}

/** Each configuration file the suite reads, with its schema. */
const DEFAULT_FILES = [
  { schema: 'quality_gates', file: 'config/publish/quality_gates.yaml' },
  { schema: 'approval_matrix', file: 'config/publish/approval_matrix.yaml' },
  { schema: 'governance_rules', file: 'config/version/governance_rules.yaml' },
  { schema: 'compat_matrix', file: 'config/version/compat_matrix.yaml' },
  { schema: 'exception_workflow', file: 'config/version/exception_workflow.yaml' },
  { schema: 'upgrade_policies', file: 'config/version/upgrade_policies.yaml' },
  { schema: 'subscriptions', file: 'config/events/subscriptions.yaml' },
  { schema: 'powerx-plugin', file: 'examples/powerx-plugin.yaml' },
] as const;

const OWN_SCHEMAS = [...DEFAULT_FILES.map((d) => `${d.schema}.schema.json`), 'analysis.schema.json'];

/** Every subschema of a schema, with its JSON pointer. */
function* subschemas(node: unknown, pointer = ''): Generator<[string, Json]> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* subschemas(item, `${pointer}/${i}`);
    return;
  }
  const schema = node as Json;
  yield [pointer, schema];
  for (const key of ['properties', '$defs', 'patternProperties']) {
    const map = schema[key] as Json | undefined;
    if (map) for (const [name, sub] of Object.entries(map)) yield* subschemas(sub, `${pointer}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not', 'contains']) {
    if (schema[key] && typeof schema[key] === 'object') yield* subschemas(schema[key], `${pointer}/${key}`);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(schema[key])) yield* subschemas(schema[key], `${pointer}/${key}`);
  }
}

describe('configuration schemas', () => {
  it('finds every schema the suite names', () => {
    for (const name of OWN_SCHEMAS) expect(schemaFiles).toContain(name);
  });

  it.each(schemaFiles)('%s compiles with ajv 2020 in strict mode', (file) => {
    const fresh = newAjv();
    expect(() => fresh.getSchema(idOf(file.replace(/\.schema\.json$/, '')))).not.toThrow();
    expect(fresh.getSchema(idOf(file.replace(/\.schema\.json$/, '')))).toBeTypeOf('function');
  });

  it.each(OWN_SCHEMAS)('%s has draft 2020-12, its $id, a title and a description', (file) => {
    const schema = schemas.get(file)!;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://powerx.dev/schemas/${file}`);
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.description).toEqual(expect.any(String));
  });

  it.each(OWN_SCHEMAS)('%s: every object is closed and every property is described', (file) => {
    const problems: string[] = [];
    for (const [pointer, schema] of subschemas(schemas.get(file))) {
      if (schema.type !== 'object') continue;
      if (schema.properties && schema.additionalProperties !== false) problems.push(`${pointer}: additionalProperties must be false`);
      if (!schema.properties && schema.additionalProperties === undefined) problems.push(`${pointer}: object without properties must say what its keys hold`);
      for (const [name, sub] of Object.entries((schema.properties ?? {}) as Json)) {
        if (typeof sub === 'boolean') continue;
        if (typeof (sub as Json).description !== 'string') problems.push(`${pointer}/properties/${name}: no description`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps definitions that several schemas repeat identical', () => {
    const seen = new Map<string, { file: string; def: unknown }>();
    const differences: string[] = [];
    for (const file of OWN_SCHEMAS) {
      for (const [name, def] of Object.entries((schemas.get(file)!.$defs ?? {}) as Json)) {
        const first = seen.get(name);
        if (!first) seen.set(name, { file, def });
        else if (JSON.stringify(first.def) !== JSON.stringify(def)) differences.push(`$defs/${name}: ${first.file} != ${file}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('default configuration files', () => {
  it.each(DEFAULT_FILES)('$file is valid against $schema', ({ schema, file }) => {
    const { valid, errors } = check(schema, readFileSync(join(root, file), 'utf8'));
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(DEFAULT_FILES)('$file names its schema on the first line for editors', ({ schema, file }) => {
    const firstLine = readFileSync(join(root, file), 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match).not.toBeNull();
    const target = resolve(dirname(join(root, file)), match![1]!);
    expect(target).toBe(join(schemaDir, `${schema}.schema.json`));
    expect(existsSync(target)).toBe(true);
  });

  it('uses time zones the runtime knows', () => {
    const zones: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'timeZone') zones.push(String(x));
          else walk(x);
        }
      }
    };
    for (const { file } of DEFAULT_FILES) walk(parse(readFileSync(join(root, file), 'utf8')));
    expect(zones.length).toBeGreaterThan(0);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });

  it('ships a sample manifest whose versions and ranges node-semver accepts', () => {
    const manifest = parse(readFileSync(join(root, 'examples/powerx-plugin.yaml'), 'utf8')) as {
      version: string;
      host: string;
      runtimes: Record<string, string>;
      dependencies: Record<string, string | { range: string }>;
    };
    expect(semver.valid(manifest.version)).toBe(manifest.version);
    const ranges = [manifest.host, ...Object.values(manifest.runtimes), ...Object.values(manifest.dependencies).map((d) => (typeof d === 'string' ? d : d.range))];
    expect(ranges.length).toBeGreaterThan(4);
    for (const range of ranges) expect(semver.validRange(range), range).not.toBeNull();
  });
});

describe('schema defaults (ajv useDefaults)', () => {
  it('quality gates: an empty file gets 90% coverage, strict tests, both reports and the high/critical gate', () => {
    const { valid, value } = check('quality_gates', '{}');
    expect(valid).toBe(true);
    expect(value.coverage).toMatchObject({ lines: 90, branches: 90, functions: 90, statements: 90 });
    expect(value.tests).toMatchObject({ maxFailed: 0, minPassRate: 0.95, minCount: 1 });
    expect(value.reports).toMatchObject({ coverage: { required: true, formats: ['istanbul-summary', 'lcov', 'cobertura'] }, junit: { required: true } });
    expect(value.security).toMatchObject({ failOn: ['high', 'critical'], cvssThreshold: 7, waivers: [] });
  });

  it('approval matrix: a stage defaults to self-review prevented, no admin bypass, protected branches; SLA 24 h', () => {
    const { valid, value } = check('approval_matrix', 'stages:\n  - { environment: qa, role: qa, reviewers: { users: [linda] } }\n');
    expect(valid).toBe(true);
    expect((value.stages as Json[])[0]).toMatchObject({ preventSelfReview: true, canAdminsBypass: false, waitTimerMinutes: 0, deploymentPolicy: { type: 'protected-branches' } });
    expect(value.rules).toMatchObject({ distinctApprovers: true, forbidSubmitterApproval: true, requireOrgTwoFactor: true });
    expect(value.sla).toMatchObject({ hours: 24 });
    expect(value.rollbackContacts).toMatchObject({ required: true, minCount: 1 });
  });

  it('governance rules: an empty file is advisory with CVSS bands and SLA per priority', () => {
    const { valid, value } = check('governance_rules', '{}');
    expect(valid).toBe(true);
    expect(value.policies).toMatchObject({ enforcement: 'advisory', security: { bands: { critical: { minScore: 9, weight: 100 }, high: { minScore: 7, weight: 70 } } }, prerelease: { mode: 'exclude' } });
    expect(value.sla).toMatchObject({ critical: '24h', high: '72h', medium: '14d', low: '30d' });
    expect(value.decisions).toMatchObject({ allowed: ['upgrade', 'schedule', 'ignore'], ignore: { requireComment: true } });
  });

  it('compat matrix: weights and the block threshold default to the documented values', () => {
    const { valid, value } = check('compat_matrix', 'generatedAt: 2026-11-01T00:00:00Z\n');
    expect(valid).toBe(true);
    expect(value.weights).toMatchObject({ untested: 15, 'major-jump': 20, 'optional-dependency-mismatch': 10, 'matrix-stale': 10, prerelease: 15 });
    const weights = value.weights as Record<string, number>;
    for (const code of ['host-mismatch', 'runtime-missing', 'runtime-mismatch', 'dependency-missing', 'dependency-mismatch', 'dependent-broken', 'migration-path-missing', 'migration-irreversible', 'matrix-incompatible']) {
      expect(weights[code], code).toBeGreaterThanOrEqual(50);
    }
    expect(Object.keys(weights)).toHaveLength(14);
    expect(value.thresholds).toMatchObject({ block: 50 });
    expect(value).toMatchObject({ maxAgeHours: 168, rules: [] });
  });

  it('exception workflow: SLA 24 h, self-review prevented, monitoring required on error rate and latency', () => {
    const { valid, value } = check('exception_workflow', 'chain:\n  - { environment: sec, role: security }\n');
    expect(valid).toBe(true);
    expect(value).toMatchObject({ slaHours: 24, preventSelfReview: true, maxDuration: '30d', monitoring: { requiredMetrics: ['errorRate', 'latencyP95Ms'], onFailure: 'rollback' } });
  });

  it('upgrade policies: rollback is automatic to the previous stable version within 3 minutes; scenario alert thresholds', () => {
    const { valid, value } = check('upgrade_policies', 'strategies:\n  s:\n    steps: [{ setWeight: 100 }]\n');
    expect(valid).toBe(true);
    expect((value.strategies as Record<string, Json>).s).toMatchObject({
      batchConcurrency: 4,
      maxParallelTenants: 10,
      rollback: { automatic: true, triggers: ['failed', 'error'], target: 'previous-stable', scope: 'all', timeBudget: '3m' },
    });
    expect(value.alerts).toMatchObject({ errorRate: 0.05, missingMetrics: '5m', batchRuntime: '30m', rollbackFailure: true });
  });

  it('analysis metrics get Argo-like defaults', () => {
    const { valid, value } = check('upgrade_policies', `
strategies: { s: { steps: [{ setWeight: 100 }] } }
analysisTemplates:
  t:
    metrics:
      - { name: m, provider: { powerx: { metric: errorRate } }, successCondition: result < 0.05 }
`);
    expect(valid).toBe(true);
    const metric = ((value.analysisTemplates as Record<string, Json>).t!.metrics as Json[])[0];
    expect(metric).toMatchObject({ interval: '1m', count: 1, failureLimit: 0, inconclusiveLimit: 0, consecutiveErrorLimit: 4, provider: { powerx: { window: '5m', aggregate: 'max' } } });
  });

  it('subscriptions: 10 s timeout, retry schedule, and alerts at 5% over 5 minutes and 10 s latency', () => {
    const { valid, value } = check('subscriptions', 'subscribers: []\n');
    expect(valid).toBe(true);
    expect(value.defaults).toMatchObject({ timeout: '10s', retry: { maxAttempts: 9, stepBudget: '60s' }, rateLimit: { perSecond: 10, burst: 20 } });
    expect(((value.defaults as Json).retry as Json).schedule).toEqual(['5s', '30s', '2m', '10m', '30m', '1h', '2h', '4h']);
    expect(value.alerts).toMatchObject({ failureRate: 0.05, window: '5m', latency: '10s', signatureRejections: true });
  });

  it('plugin manifest: migrations are irreversible unless stated', () => {
    const { valid, value } = check('powerx-plugin', 'id: acme.x\nversion: 1.0.0\nname: X\nhost: "^3.0.0"\nmigrations: { schema: 2, minFrom: 1 }\n');
    expect(valid).toBe(true);
    expect(value.migrations).toMatchObject({ schema: 2, minFrom: 1, reversible: false });
    expect(value).toMatchObject({ runtimes: {}, dependencies: {} });
  });
});

interface InvalidCase {
  what: string;
  yaml: string;
  keyword: string;
  instancePath: string;
  params?: Record<string, unknown>;
}

const MANIFEST = 'id: acme.crm-sync\nversion: 2.4.0\nname: CRM Sync\nhost: ">=3.2.0 <4.0.0"\n';
const STAGE = '{ environment: powerx-qa, role: qa, reviewers: { teams: [acme/qa] } }';
const HOOK = 'id: h\n    channel: webhook\n    target: https://hooks.example.com/x\n    secretEnv: HOOK_SECRET';

const INVALID: Record<string, InvalidCase[]> = {
  quality_gates: [
    { what: 'an unknown key', yaml: 'coverage:\n  lines: 90\n  line: 80\n', keyword: 'additionalProperties', instancePath: '/coverage', params: { additionalProperty: 'line' } },
    { what: 'coverage above 100%', yaml: 'coverage:\n  lines: 101\n', keyword: 'maximum', instancePath: '/coverage/lines' },
    { what: 'a pass rate given in percent', yaml: 'tests:\n  minPassRate: 95\n', keyword: 'maximum', instancePath: '/tests/minPassRate' },
    { what: 'an unknown severity', yaml: 'security:\n  failOn: [high, severe]\n', keyword: 'enum', instancePath: '/security/failOn/1' },
    { what: 'an unknown coverage format', yaml: 'reports:\n  coverage:\n    formats: [jacoco]\n', keyword: 'enum', instancePath: '/reports/coverage/formats/0' },
    {
      what: 'a waiver whose expiry has no time zone',
      yaml: 'security:\n  waivers:\n    - { id: CVE-2024-4068, reason: not reachable from the bundle, approver: linda, expires: "2027-01-31T00:00:00" }\n',
      keyword: 'format',
      instancePath: '/security/waivers/0/expires',
    },
    { what: 'a waiver without an approver', yaml: 'security:\n  waivers:\n    - { id: CVE-2024-4068, reason: not reachable from the bundle, expires: 2027-01-31T00:00:00Z }\n', keyword: 'required', instancePath: '/security/waivers/0', params: { missingProperty: 'approver' } },
  ],
  approval_matrix: [
    { what: 'an unknown key in a stage', yaml: `stages:\n  - { environment: powerx-qa, role: qa, reviewers: { teams: [acme/qa] }, approvers: 2 }\n`, keyword: 'additionalProperties', instancePath: '/stages/0', params: { additionalProperty: 'approvers' } },
    { what: 'a wait timer above 30 days', yaml: `stages:\n  - { environment: powerx-qa, role: qa, reviewers: { teams: [acme/qa] }, waitTimerMinutes: 50000 }\n`, keyword: 'maximum', instancePath: '/stages/0/waitTimerMinutes' },
    { what: 'a bad weekday', yaml: `stages: [${STAGE}]\nlaunchWindows:\n  - { days: [monday], start: "09:00", end: "16:00" }\n`, keyword: 'enum', instancePath: '/launchWindows/0/days/0' },
    { what: 'a time that is not HH:MM', yaml: `stages: [${STAGE}]\nlaunchWindows:\n  - { days: [mon], start: "9am", end: "16:00" }\n`, keyword: 'pattern', instancePath: '/launchWindows/0/start' },
    {
      what: 'more than 6 reviewers in total',
      yaml: 'stages:\n  - environment: powerx-qa\n    role: qa\n    reviewers:\n      users: [a1, a2, a3, a4]\n      teams: [acme/t1, acme/t2, acme/t3]\n',
      keyword: 'maxItems',
      instancePath: '/stages/0/reviewers/teams',
    },
    { what: 'a stage without reviewers', yaml: 'stages:\n  - { environment: powerx-qa, role: qa, reviewers: {} }\n', keyword: 'minProperties', instancePath: '/stages/0/reviewers' },
    { what: 'selected refs without any pattern', yaml: `stages:\n  - { environment: powerx-qa, role: qa, reviewers: { teams: [acme/qa] }, deploymentPolicy: { type: selected } }\n`, keyword: 'required', instancePath: '/stages/0/deploymentPolicy' },
    { what: 'tag patterns with protected branches', yaml: `stages:\n  - { environment: powerx-qa, role: qa, reviewers: { teams: [acme/qa] }, deploymentPolicy: { tags: ["v*"] } }\n`, keyword: 'false schema', instancePath: '/stages/0/deploymentPolicy/tags' },
    { what: 'a freeze without a reason', yaml: `stages: [${STAGE}]\nfreezes:\n  - { start: 2026-12-21T00:00:00Z, end: 2027-01-04T00:00:00Z }\n`, keyword: 'required', instancePath: '/freezes/0', params: { missingProperty: 'reason' } },
  ],
  governance_rules: [
    { what: 'an unknown policy', yaml: 'policies:\n  autoUpgrade: true\n', keyword: 'additionalProperties', instancePath: '/policies', params: { additionalProperty: 'autoUpgrade' } },
    { what: 'an unknown enforcement level', yaml: 'policies:\n  enforcement: mandatory\n', keyword: 'enum', instancePath: '/policies/enforcement' },
    { what: 'a CVSS score above 10', yaml: 'policies:\n  security:\n    bands:\n      critical: { minScore: 11, weight: 100 }\n', keyword: 'maximum', instancePath: '/policies/security/bands/critical/minScore' },
    { what: 'an SLA that is not a duration', yaml: 'sla:\n  critical: one day\n', keyword: 'pattern', instancePath: '/sla/critical' },
    { what: 'an exemption without expiry', yaml: 'exemptions:\n  - { tenant: t1, plugin: acme.crm-sync, reason: certified build in use, approver: ops }\n', keyword: 'required', instancePath: '/exemptions/0', params: { missingProperty: 'expires' } },
    { what: 'an empty tenant selector', yaml: 'scope:\n  include: [{}]\n', keyword: 'minProperties', instancePath: '/scope/include/0' },
  ],
  compat_matrix: [
    { what: 'an unknown conflict code', yaml: 'generatedAt: 2026-11-01T00:00:00Z\nweights:\n  host-missmatch: 80\n', keyword: 'additionalProperties', instancePath: '/weights', params: { additionalProperty: 'host-missmatch' } },
    { what: 'a weight above 100', yaml: 'generatedAt: 2026-11-01T00:00:00Z\nweights:\n  untested: 150\n', keyword: 'maximum', instancePath: '/weights/untested' },
    { what: 'a block threshold of 0', yaml: 'generatedAt: 2026-11-01T00:00:00Z\nthresholds: { block: 0 }\n', keyword: 'minimum', instancePath: '/thresholds/block' },
    { what: 'an unknown verdict', yaml: 'generatedAt: 2026-11-01T00:00:00Z\nrules:\n  - { plugin: "*", versions: "*", host: "^3.0.0", verdict: broken }\n', keyword: 'enum', instancePath: '/rules/0/verdict' },
    { what: 'a plugin id that is not dotted', yaml: 'generatedAt: 2026-11-01T00:00:00Z\nrules:\n  - { plugin: CrmSync, versions: "*", host: "^3.0.0", verdict: compatible }\n', keyword: 'pattern', instancePath: '/rules/0/plugin' },
    { what: 'a generatedAt that is not a date-time', yaml: 'generatedAt: yesterday\n', keyword: 'format', instancePath: '/generatedAt' },
    { what: 'no generatedAt', yaml: 'rules: []\n', keyword: 'required', instancePath: '', params: { missingProperty: 'generatedAt' } },
  ],
  exception_workflow: [
    { what: 'an unknown key', yaml: 'chain: [{ environment: sec, role: security }]\nslaHour: 24\n', keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'slaHour' } },
    { what: 'an SLA above 30 days', yaml: 'chain: [{ environment: sec, role: security }]\nslaHours: 1000\n', keyword: 'maximum', instancePath: '/slaHours' },
    { what: 'a warning code as waivable', yaml: 'chain: [{ environment: sec, role: security }]\nwaivableCodes: [host-mismatch, untested]\n', keyword: 'enum', instancePath: '/waivableCodes/1' },
    { what: 'an empty chain', yaml: 'chain: []\n', keyword: 'minItems', instancePath: '/chain' },
    {
      what: 'a monitoring metric without any condition',
      yaml: 'chain: [{ environment: sec, role: security }]\nmonitoring:\n  defaultProfile:\n    metrics:\n      - { name: m, provider: { powerx: { metric: errorRate } } }\n',
      keyword: 'anyOf',
      instancePath: '/monitoring/defaultProfile/metrics/0',
    },
    {
      what: 'an unknown platform metric',
      yaml: 'chain: [{ environment: sec, role: security }]\nmonitoring:\n  defaultProfile:\n    metrics:\n      - { name: m, provider: { powerx: { metric: cpu } }, successCondition: result < 1 }\n',
      keyword: 'enum',
      instancePath: '/monitoring/defaultProfile/metrics/0/provider/powerx/metric',
    },
  ],
  upgrade_policies: [
    { what: 'an unknown step', yaml: 'strategies:\n  s:\n    steps: [{ setCanaryScale: 10 }]\n', keyword: 'additionalProperties', instancePath: '/strategies/s/steps/0', params: { additionalProperty: 'setCanaryScale' } },
    { what: 'a step with two actions', yaml: 'strategies:\n  s:\n    steps: [{ setWeight: 10, pause: {} }]\n', keyword: 'maxProperties', instancePath: '/strategies/s/steps/0' },
    { what: 'a weight above 100%', yaml: 'strategies:\n  s:\n    steps: [{ setWeight: 120 }]\n', keyword: 'maximum', instancePath: '/strategies/s/steps/0/setWeight' },
    { what: 'a pause that is not a duration', yaml: 'strategies:\n  s:\n    steps: [{ pause: { duration: ten minutes } }]\n', keyword: 'pattern', instancePath: '/strategies/s/steps/0/pause/duration' },
    { what: 'an unknown rollback target', yaml: 'strategies:\n  s:\n    steps: [{ setWeight: 100 }]\n    rollback: { target: latest }\n', keyword: 'enum', instancePath: '/strategies/s/rollback/target' },
    {
      what: 'a condition that is not a simple comparison',
      yaml: 'strategies: { s: { steps: [{ setWeight: 100 }] } }\nanalysisTemplates:\n  t:\n    metrics:\n      - { name: m, provider: { powerx: { metric: errorRate } }, successCondition: "len(result) > 0" }\n',
      keyword: 'pattern',
      instancePath: '/analysisTemplates/t/metrics/0/successCondition',
    },
    { what: 'an error-rate alert given in percent', yaml: 'strategies: { s: { steps: [{ setWeight: 100 }] } }\nalerts: { errorRate: 5 }\n', keyword: 'maximum', instancePath: '/alerts/errorRate' },
    { what: 'an uppercase strategy name', yaml: 'strategies:\n  Fast:\n    steps: [{ setWeight: 100 }]\n', keyword: 'pattern', instancePath: '/strategies' },
  ],
  subscriptions: [
    { what: 'an unknown subscriber key', yaml: `subscribers:\n  - ${HOOK}\n    url: https://x.example.com\n    filter: { types: ["*"], all: true }\n`, keyword: 'additionalProperties', instancePath: '/subscribers/0', params: { additionalProperty: 'url' } },
    { what: 'an unknown channel', yaml: 'subscribers:\n  - { id: s, channel: email, secretEnv: S, filter: { types: ["*"], all: true } }\n', keyword: 'enum', instancePath: '/subscribers/0/channel' },
    { what: 'a failure-rate alert given in percent', yaml: 'subscribers: []\nalerts: { failureRate: 5 }\n', keyword: 'maximum', instancePath: '/alerts/failureRate' },
    { what: 'a burst of 0', yaml: `subscribers:\n  - ${HOOK}\n    filter: { types: ["*"], all: true }\n    rateLimit: { perSecond: 5, burst: 0 }\n`, keyword: 'minimum', instancePath: '/subscribers/0/rateLimit/burst' },
    { what: 'neither tenants nor all', yaml: `subscribers:\n  - ${HOOK}\n    filter: { types: ["*"] }\n`, keyword: 'required', instancePath: '/subscribers/0/filter', params: { missingProperty: 'tenants' } },
    { what: 'tenants together with all', yaml: `subscribers:\n  - ${HOOK}\n    filter: { types: ["*"], all: true, tenants: [t1] }\n`, keyword: 'false schema', instancePath: '/subscribers/0/filter/tenants' },
    { what: 'all: false', yaml: `subscribers:\n  - ${HOOK}\n    filter: { types: ["*"], all: false, tenants: [t1] }\n`, keyword: 'const', instancePath: '/subscribers/0/filter/all' },
    { what: 'a webhook without a URL', yaml: 'subscribers:\n  - { id: s, channel: webhook, target: ops-console, secretEnv: S, filter: { types: ["*"], all: true } }\n', keyword: 'format', instancePath: '/subscribers/0/target' },
    { what: 'a dispatch target that is not owner/repo', yaml: 'subscribers:\n  - { id: s, channel: repository_dispatch, target: "https://github.com/acme/ci", secretEnv: T, filter: { types: ["*"], tenants: [t1] } }\n', keyword: 'pattern', instancePath: '/subscribers/0/target' },
    { what: 'a secret given instead of its variable name', yaml: 'subscribers:\n  - { id: s, channel: pagerduty, secretEnv: "R0ut1ng-key!", filter: { types: ["*"], all: true } }\n', keyword: 'pattern', instancePath: '/subscribers/0/secretEnv' },
    { what: 'a retry schedule entry that is not a duration', yaml: `subscribers: []\ndefaults:\n  retry: { schedule: [5s, 1 minute] }\n`, keyword: 'pattern', instancePath: '/defaults/retry/schedule/1' },
  ],
  'powerx-plugin': [
    { what: 'an unknown key', yaml: `${MANIFEST}engines: { node: ">=20" }\n`, keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'engines' } },
    { what: 'a negative schema version', yaml: `${MANIFEST}migrations: { schema: -1, minFrom: 0 }\n`, keyword: 'minimum', instancePath: '/migrations/schema' },
    { what: 'a loose version', yaml: MANIFEST.replace('2.4.0', 'v2.4'), keyword: 'pattern', instancePath: '/version' },
    { what: 'an id that is not dotted lowercase', yaml: MANIFEST.replace('acme.crm-sync', 'Acme_CRM'), keyword: 'pattern', instancePath: '/id' },
    { what: 'no host range', yaml: MANIFEST.replace(/host:.*\n/, ''), keyword: 'required', instancePath: '', params: { missingProperty: 'host' } },
    { what: 'an unknown key in a dependency', yaml: `${MANIFEST}dependencies:\n  acme.core: { range: ^1.0.0, required: false }\n`, keyword: 'additionalProperties', instancePath: '/dependencies/acme.core', params: { additionalProperty: 'required' } },
    { what: 'a changelog that is not a URL', yaml: `${MANIFEST}changelog: see CHANGELOG\n`, keyword: 'format', instancePath: '/changelog' },
  ],
};

describe('invalid snippets are rejected where a release engineer would look', () => {
  it('covers every schema with at least two snippets', () => {
    for (const { schema } of DEFAULT_FILES) expect(INVALID[schema]?.length ?? 0, schema).toBeGreaterThanOrEqual(2);
  });

  const cases = Object.entries(INVALID).flatMap(([schema, list]) => list.map((c) => ({ schema, ...c })));
  it.each(cases)('$schema: $what -> $keyword at "$instancePath"', ({ schema, yaml, keyword, instancePath, params }) => {
    const { valid, errors } = check(schema, yaml);
    expect(valid).toBe(false);
    const expected: Record<string, unknown> = { keyword, instancePath };
    if (params) expected.params = expect.objectContaining(params);
    expect(errors).toContainEqual(expect.objectContaining(expected));
  });

  it('accepts the valid neighbours of those snippets', () => {
    const ok: [string, string][] = [
      ['approval_matrix', 'stages:\n  - environment: powerx-qa\n    role: qa\n    reviewers:\n      users: [a1, a2, a3]\n      teams: [acme/t1, acme/t2, acme/t3]\n    deploymentPolicy: { type: selected, tags: ["v*"] }\n'],
      ['subscriptions', `subscribers:\n  - ${HOOK}\n    filter: { types: ["plugin.*"], tenants: [t1], tags: [production] }\n  - { id: d, channel: repository_dispatch, target: acme/ci, secretEnv: T, filter: { types: ["*"], all: true } }\n  - { id: s, channel: slack, secretEnv: SLACK_WEBHOOK_URL, filter: { types: ["*"], all: true } }\n`],
      ['upgrade_policies', 'strategies:\n  s:\n    steps: [{ setTenants: { tags: [canary] } }, { pause: {} }, { analysis: { templates: [{ templateName: t }] } }, { setWeight: 100 }]\n'],
      ['powerx-plugin', `${MANIFEST.replace('2.4.0', '3.0.0-rc.1+build.7')}dependencies:\n  acme.core: ^1.0.0\n  acme.extra: { range: ">=2", optional: true }\n`],
      ['compat_matrix', 'generatedAt: 2026-11-01T08:30:00+01:00\nrules:\n  - { plugin: acme.crm-sync, versions: "2.4.x", host: "3.5.0 - 3.5.2", verdict: incompatible, reason: session API change, severity: warning }\n'],
    ];
    for (const [schema, yaml] of ok) expect(check(schema, yaml).errors, `${schema}: ${yaml}`).toEqual([]);
  });
});
