import { Command, Option } from 'commander';
import type { AuditEntry, AuditLog } from '@powerx/core/audit/log.js';
import { createCompatChecker } from '@powerx/core/compat/engine.js';
import { readCatalogFile, readExceptionFiles, readManifestFile, readMatrixFile, readTenantFile, readTenantsFile } from '@powerx/core/compat/files.js';
import { recordCompatReport } from '@powerx/core/compat/record.js';
import { buildReport, renderReportMarkdown, renderReportText, type CompatReport } from '@powerx/core/compat/report.js';
import type { Catalog, TenantContext } from '@powerx/core/compat/types.js';
import { CollectingSink, type ReleaseEventInput } from '@powerx/core/events/sink.js';
import { createPlatformClient, type PlatformClient } from '@powerx/platform/client.js';
import { fetchCatalog, fetchTenants, parseTenantSelector, relevantPlugins, toTenantContext } from '@powerx/platform/compat-context.js';
import { installChecked, type InstallOutcome } from '@powerx/platform/compat-install.js';
import { openCliAuditLog } from '../audit-log.js';
import { EXIT, processIo, UsageError, type Format, type Io } from '../output.js';

interface CheckFlags {
  manifest: string;
  tenant?: string;
  tenants?: string;
  tenantId: string[];
  selector?: string;
  catalog?: string;
  matrix: string;
  exceptions: string[];
  platformUrl?: string;
  platformToken?: string;
  auditLog?: string;
  format: Format;
}

interface InstallFlags extends CheckFlags {
  timeout: string;
  monitor: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];
const formatOption = () => new Option('--format <format>', 'output format').choices(['text', 'json', 'md']).default('text');

function withCheckOptions(command: Command): Command {
  return command
    .requiredOption('--manifest <file>', 'plugin manifest (powerx-plugin.yaml or .json)')
    .option('--tenant <file>', 'one tenant context file ({id, hostVersion, runtimes, plugins})')
    .option('--tenants <file>', 'a tenant inventory file ({tenants: [...]})')
    .option('--tenant-id <id>', 'a tenant to read from the platform (repeatable)', collect, [])
    .option('--selector <terms>', 'tenants to read from the platform: tag=..., tier=..., region=..., plugin=..., testPool=true, or all')
    .option('--catalog <file>', 'catalog of released manifests ({plugins: [...]}); read from the platform when --platform-url is given')
    .option('--matrix <file>', 'compatibility matrix', 'config/version/compat_matrix.yaml')
    .option('--exceptions <path>', 'exception records: a file, a directory or a glob (repeatable)', collect, [])
    .option('--platform-url <url>', 'PowerX platform API (env POWERX_PLATFORM_URL)', process.env.POWERX_PLATFORM_URL)
    .option('--platform-token <token>', 'platform API token (env POWERX_PLATFORM_TOKEN)', process.env.POWERX_PLATFORM_TOKEN)
    .option('--audit-log <file>', 'append audit records (JSON lines, hash-chained) to this file')
    .addOption(formatOption());
}

function checkFlags(flags: CheckFlags, needPlatform: boolean): void {
  const fileSources = [flags.tenant, flags.tenants].filter(Boolean).length;
  const platformSources = (flags.tenantId.length > 0 ? 1 : 0) + (flags.selector ? 1 : 0);
  if (fileSources + platformSources !== 1) throw new UsageError('name the tenants once: --tenant <file>, --tenants <file>, --tenant-id <id> or --selector <terms>');
  if (platformSources > 0 && !flags.platformUrl) throw new UsageError('--tenant-id and --selector read tenants from the platform: give --platform-url (or POWERX_PLATFORM_URL)');
  if (needPlatform && (!flags.platformUrl || platformSources === 0)) throw new UsageError('install acts on the platform: give --platform-url and the tenants as --tenant-id or --selector');
}

interface Checked {
  report: CompatReport;
  events: ReleaseEventInput[];
  client?: PlatformClient;
  audit?: AuditLog;
}

/** The check shared by `plugin check` and `plugin install`: the same engine, report, audit and events as the compat-check action. */
async function runCheck(flags: CheckFlags, cwd: string): Promise<Checked> {
  const manifest = await readManifestFile(flags.manifest, cwd);
  const matrix = await readMatrixFile(flags.matrix, cwd);
  const exceptions = await readExceptionFiles(flags.exceptions, cwd);
  const client = flags.platformUrl ? createPlatformClient({ baseUrl: flags.platformUrl, token: flags.platformToken }) : undefined;
  let tenants: TenantContext[];
  if (flags.tenant) tenants = (await readTenantFile(flags.tenant, cwd)).value;
  else if (flags.tenants) tenants = (await readTenantsFile(flags.tenants, cwd)).value;
  else tenants = (await fetchTenants(client!, flags.tenantId.length > 0 ? { ids: flags.tenantId } : { filter: parseTenantSelector(flags.selector!, '--selector') })).map(toTenantContext);
  if (tenants.length === 0) throw new UsageError('no tenant matched');
  let catalog: Catalog = { plugins: [] };
  if (flags.catalog) catalog = (await readCatalogFile(flags.catalog, cwd)).value;
  else if (client) catalog = await fetchCatalog(client, relevantPlugins(manifest.value, tenants));

  const now = new Date();
  const checker = createCompatChecker({ manifest: manifest.value, catalog, matrix: matrix.value, exceptions: exceptions.records, now });
  const report = buildReport({ manifest: manifest.value, matrix: matrix.value, exceptions: exceptions.records, results: tenants.map((t) => checker.check(t)), now });
  const sink = new CollectingSink();
  const audit = flags.auditLog ? openCliAuditLog(flags.auditLog, { workflow: 'powerx plugin' }, [flags.platformToken ?? '']) : undefined;
  await recordCompatReport(report, exceptions.records, { events: sink, ...(audit ? { audit } : {}) });
  return { report, events: sink.events, ...(client ? { client } : {}), ...(audit ? { audit } : {}) };
}

function print(io: Io, format: Format, report: CompatReport, json: object): void {
  if (format === 'json') io.out(JSON.stringify(json, null, 2));
  else if (format === 'md') io.out(renderReportMarkdown(report));
  else io.out(renderReportText(report));
}

/** Audit entries for what install did: each platform operation, and each monitoring analysis of an exceptional install. */
function installAudit(report: CompatReport, installs: readonly InstallOutcome[]): AuditEntry[] {
  const subject = `${report.plugin}@${report.version}`;
  const entries: AuditEntry[] = [];
  for (const i of installs) {
    if (i.action === 'skipped-blocked' || i.action === 'skipped-current') continue;
    const exception = report.results.find((r) => r.tenant === i.tenant)?.exception;
    entries.push({
      action: 'compat.install',
      subject,
      outcome: i.operation?.status ?? 'failed',
      details: { tenant: i.tenant, type: i.action, verdict: i.verdict, operation: i.operation?.id ?? null, error: i.error ?? i.operation?.error?.message ?? null, exception: exception?.id ?? null },
    });
    if (i.monitoring) {
      entries.push({
        action: 'compat.exception.monitored',
        subject,
        outcome: i.monitoring.status === 'successful' ? 'passed' : i.monitoring.status,
        details: { tenant: i.tenant, exception: exception?.id ?? null, reason: i.monitoring.reason, measurements: i.monitoring.measurements.length, action: i.monitoring.action, operation: i.monitoring.operation?.id ?? null },
      });
    }
  }
  return entries;
}

export function pluginCommand(io: Io = processIo, cwd: () => string = () => process.cwd()): Command {
  const plugin = new Command('plugin').description('Check and install plugin versions with the compatibility guard');

  withCheckOptions(plugin.command('check'))
    .description('Check a plugin version against tenants (exit 0 pass/warn/exception, 1 block, 2 bad input)')
    .action(async (flags: CheckFlags) => {
      checkFlags(flags, false);
      const { report, events } = await runCheck(flags, cwd());
      print(io, flags.format, report, { ...report, events });
      process.exitCode = report.verdict === 'block' ? EXIT.failed : EXIT.ok;
    });

  withCheckOptions(plugin.command('install'))
    .description('Check, then install or upgrade through the platform on every tenant that is not blocked (exit 0 all done, 1 any blocked or failed, 2 bad input)')
    .option('--timeout <seconds>', 'how long to wait for each platform operation', '120')
    .option('--no-monitor', "do not watch installs made under an exception with the exception's monitoring profile (recorded in the audit log)")
    .action(async (flags: InstallFlags) => {
      checkFlags(flags, true);
      const timeout = Number(flags.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout must be a positive number of seconds (got "${flags.timeout}")`);
      const { report, events, client, audit } = await runCheck(flags, cwd());
      const installs = await installChecked(client!, report, { timeoutMs: timeout * 1000, monitor: flags.monitor });
      await audit?.appendAll(installAudit(report, installs));
      if (flags.format === 'json') io.out(JSON.stringify({ ...report, events, installs }, null, 2));
      else {
        print(io, flags.format, report, report);
        for (const i of installs) {
          const what = i.operation ? `${i.action} ${i.operation.status} (operation ${i.operation.id}${i.operation.error ? `: ${i.operation.error.code} ${i.operation.error.message}` : ''})` : i.error ? `${i.action} failed: ${i.error}` : i.action;
          io.out(`install ${i.tenant}: ${what}`);
          if (i.monitoring) {
            const acted = i.monitoring.operation ? `; ${i.monitoring.action} ${i.monitoring.operation.status} (operation ${i.monitoring.operation.id})` : i.monitoring.action === 'alert' ? '; alert only' : '';
            io.out(`monitor ${i.tenant}: ${i.monitoring.status}: ${i.monitoring.reason}${acted}`);
          }
        }
      }
      const failed = installs.some(
        (i) => i.action === 'skipped-blocked' || i.error !== undefined || (i.operation && i.operation.status !== 'succeeded') || i.monitoring?.status === 'failed' || i.monitoring?.status === 'error',
      );
      process.exitCode = failed ? EXIT.failed : EXIT.ok;
    });

  return plugin;
}
