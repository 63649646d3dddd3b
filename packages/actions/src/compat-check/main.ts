import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reportAnnotations } from '@powerx/core/compat/annotations.js';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { readCatalogFile, readExceptionFiles, readManifestFile, readMatrixFile, readTenantContexts } from '@powerx/core/compat/files.js';
import { recordCompatReport } from '@powerx/core/compat/record.js';
import { buildReport, renderReportMarkdown } from '@powerx/core/compat/report.js';
import type { Catalog, TenantContext } from '@powerx/core/compat/types.js';
import { ConfigError } from '@powerx/core/errors.js';
import { createPlatformClient } from '@powerx/platform/client.js';
import { fetchCatalog, fetchTenants, parseTenantSelector, relevantPlugins, toTenantContext, type TenantSelection } from '@powerx/platform/compat-context.js';
import { splitList } from '@powerx/core/compat/exception-workflow.js';
import { appendSummary, error, getBooleanInput, getInput, getMultilineInput, group, info, notice, runContext, setFailed, setOutput, warning } from '@powerx/github/runner.js';
import { openAuditLog } from '../shared/audit-log.js';
import { openEventSink } from '../shared/event-sink.js';
import { auditLogPath, deliveryLogPath, tempPath } from '../shared/files.js';
import { getSecretInput } from '../shared/inputs.js';

interface Settings {
  workspace: string;
  manifest: string;
  matrix: string;
  exceptions: string[];
  /** Tenants from a file (`tenants-file`), or from the platform. */
  tenantsFile?: string;
  catalogFile?: string;
  platform?: { url: string; token: string; selection: TenantSelection };
  failOnBlock: boolean;
  subscriptions: string;
  deliveryLog: string;
  auditLog: string;
  report: string;
}

function readSettings(): Settings {
  const run = runContext();
  const workspace = run.workspace;
  const tenantIds = splitList(getInput('tenants'));
  const selector = getInput('tenant-selector');
  const tenantsFile = getInput('tenants-file');
  const platformUrl = getInput('platform-url');
  const token = getSecretInput('platform-token');
  const problems: string[] = [];
  if (tenantsFile && (tenantIds.length > 0 || selector)) problems.push('give either tenants-file or tenants/tenant-selector, not both');
  if (!tenantsFile && !platformUrl) problems.push('give tenants-file, or platform-url with tenants or tenant-selector');
  if (platformUrl && !tenantsFile && tenantIds.length === 0 && !selector) problems.push('platform-url needs tenants (ids) or tenant-selector (e.g. tag=retail, or all)');
  if (tenantIds.length > 0 && selector) problems.push('give tenants or tenant-selector, not both');
  if (problems.length > 0) throw new ConfigError(problems.map((message) => ({ message: `inputs: ${message}`, code: 'bad-input' })));
  const settings: Settings = {
    workspace,
    manifest: getInput('manifest') || 'powerx-plugin.yaml',
    matrix: getInput('matrix') || 'config/version/compat_matrix.yaml',
    exceptions: getMultilineInput('exceptions'),
    failOnBlock: getBooleanInput('fail-on-block'),
    subscriptions: getInput('subscriptions'),
    deliveryLog: deliveryLogPath(run),
    auditLog: auditLogPath(run),
    report: resolve(workspace, getInput('report-path') || tempPath('powerx-compat-report.json', run)),
  };
  if (tenantsFile) settings.tenantsFile = tenantsFile;
  const catalogFile = getInput('catalog-file');
  if (catalogFile) settings.catalogFile = catalogFile;
  if (platformUrl) {
    settings.platform = { url: platformUrl, token, selection: tenantIds.length > 0 ? { ids: tenantIds } : { filter: parseTenantSelector(selector) } };
  }
  return settings;
}

async function tenantsAndCatalog(settings: Settings, manifest: Parameters<typeof relevantPlugins>[0]): Promise<{ tenants: TenantContext[]; catalog: Catalog; source: string }> {
  const client = settings.platform ? createPlatformClient({ baseUrl: settings.platform.url, token: settings.platform.token || undefined }) : undefined;
  let tenants: TenantContext[];
  let source: string;
  if (settings.tenantsFile) {
    tenants = (await readTenantContexts(settings.tenantsFile, settings.workspace)).value;
    source = settings.tenantsFile;
  } else {
    tenants = (await fetchTenants(client!, settings.platform!.selection)).map(toTenantContext);
    source = settings.platform!.url;
  }
  let catalog: Catalog = { plugins: [] };
  if (settings.catalogFile) catalog = (await readCatalogFile(settings.catalogFile, settings.workspace)).value;
  else if (client) catalog = await fetchCatalog(client, relevantPlugins(manifest, tenants));
  return { tenants, catalog, source };
}

export async function compatCheck(): Promise<void> {
  const settings = readSettings();
  const context = runContext();
  const now = new Date();
  const manifest = await readManifestFile(settings.manifest, settings.workspace);
  const matrix = await readMatrixFile(settings.matrix, settings.workspace);
  const exceptions = await readExceptionFiles(settings.exceptions, settings.workspace);
  const { tenants, catalog, source } = await group('Read tenants and catalog', async () => {
    const found = await tenantsAndCatalog(settings, manifest.value);
    info(`${found.tenants.length} tenant(s) from ${found.source}; catalog of ${found.catalog.plugins.length} plugin(s); ${exceptions.records.length} exception record(s) from ${exceptions.files.length} file(s)`);
    return found;
  });
  if (tenants.length === 0) throw ConfigError.single(`inputs: no tenant matched (${source})`, {}, 'no-tenants');

  const checker = createCompatChecker({ manifest: manifest.value, catalog, matrix: matrix.value, exceptions: exceptions.records, now });
  const report = buildReport({ manifest: manifest.value, matrix: matrix.value, exceptions: exceptions.records, results: tenants.map((t) => checker.check(t)), now });

  const audit = openAuditLog(settings.auditLog, context, [settings.platform?.token ?? '']);
  const events = await openEventSink({ subscriptions: settings.subscriptions, deliveryLog: settings.deliveryLog, audit, workspace: settings.workspace, run: context });
  await recordCompatReport(report, exceptions.records, { audit, events: events.sink, reportUrl: context.runUrl || undefined });
  const published = await events.finish();
  await writeFile(settings.report, JSON.stringify({ ...report, ...published }, null, 2));

  for (const a of reportAnnotations(report, { file: manifest.file, text: manifest.text }, { file: matrix.file, text: matrix.text })) {
    const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === 'error') error(a.message, props);
    else if (a.level === 'warning') warning(a.message, props);
    else notice(a.message, props);
  }
  appendSummary(
    renderReportMarkdown(report, {
      reportUrl: context.runUrl || undefined,
      exceptionHint: 'To run it anyway, request an exception for {tenant} waiving {codes} (workflow `compat-exception`); it needs approval and a monitoring profile.',
    }),
  );
  info(`${report.plugin}@${report.version}: ${report.verdict} on ${report.results.length} tenant(s) (${report.counts.block} blocked); report at ${settings.report}`);

  setOutput('verdict', report.verdict);
  setOutput('risk', String(report.risk.score));
  setOutput('risk-level', report.risk.level);
  setOutput('checked', String(report.results.length));
  setOutput('blocked', String(report.counts.block));
  setOutput('report', settings.report);
  setOutput('audit-log', settings.auditLog);
  if (report.verdict === 'block' && settings.failOnBlock) {
    const blocked = report.results.filter((r) => r.verdict === 'block').map((r) => r.tenant);
    setFailed(`${report.plugin}@${report.version} is blocked on ${blocked.length} tenant(s): ${blocked.slice(0, 10).join(', ')}${blocked.length > 10 ? ', ...' : ''}; see the job summary`);
  }
}
