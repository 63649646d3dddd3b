import analysis from '../../../../config/schemas/analysis.schema.json' with { type: 'json' };
import approvalMatrix from '../../../../config/schemas/approval_matrix.schema.json' with { type: 'json' };
import compatCatalog from '../../../../config/schemas/compat_catalog.schema.json' with { type: 'json' };
import compatExceptions from '../../../../config/schemas/compat_exceptions.schema.json' with { type: 'json' };
import compatMatrix from '../../../../config/schemas/compat_matrix.schema.json' with { type: 'json' };
import compatTenant from '../../../../config/schemas/compat_tenant.schema.json' with { type: 'json' };
import compatTenants from '../../../../config/schemas/compat_tenants.schema.json' with { type: 'json' };
import exceptionWorkflow from '../../../../config/schemas/exception_workflow.schema.json' with { type: 'json' };
import governanceRules from '../../../../config/schemas/governance_rules.schema.json' with { type: 'json' };
import pluginManifest from '../../../../config/schemas/powerx-plugin.schema.json' with { type: 'json' };
import qualityGates from '../../../../config/schemas/quality_gates.schema.json' with { type: 'json' };
import signaturePolicy from '../../../../config/schemas/signature_policy.schema.json' with { type: 'json' };
import subscriptions from '../../../../config/schemas/subscriptions.schema.json' with { type: 'json' };
import upgradePolicies from '../../../../config/schemas/upgrade_policies.schema.json' with { type: 'json' };
import { createSchemaSet, type SchemaSet } from './validate.js';

/** A kind of file the suite reads, the schema that validates it, and where it lives by default. */
export interface ConfigKind {
  name: string;
  schemaId: string;
  defaultPath: string;
  /** File names (without directory) recognised as this kind. */
  fileNames: readonly string[];
}

function kind(name: string, schema: { $id: string }, defaultPath: string, fileNames?: string[]): ConfigKind {
  const base = defaultPath.split('/').pop()!;
  return { name, schemaId: schema.$id, defaultPath, fileNames: fileNames ?? [base, base.replace(/\.yaml$/, '.yml')] };
}

export const CONFIG_KINDS: readonly ConfigKind[] = [
  kind('quality_gates', qualityGates, 'config/publish/quality_gates.yaml'),
  kind('approval_matrix', approvalMatrix, 'config/publish/approval_matrix.yaml'),
  kind('signature_policy', signaturePolicy, 'config/publish/signature_policy.yaml'),
  kind('governance_rules', governanceRules, 'config/version/governance_rules.yaml'),
  kind('compat_matrix', compatMatrix, 'config/version/compat_matrix.yaml'),
  kind('exception_workflow', exceptionWorkflow, 'config/version/exception_workflow.yaml'),
  kind('upgrade_policies', upgradePolicies, 'config/version/upgrade_policies.yaml'),
  kind('subscriptions', subscriptions, 'config/events/subscriptions.yaml'),
  kind('powerx-plugin', pluginManifest, 'powerx-plugin.yaml', ['powerx-plugin.yaml', 'powerx-plugin.yml', 'powerx-plugin.json']),
];

let shared: SchemaSet | undefined;

/** Every suite schema in one set (they reference each other's shared definitions). */
export function suiteSchemas(): SchemaSet {
  shared ??= createSchemaSet([
    analysis,
    approvalMatrix,
    compatCatalog,
    compatExceptions,
    compatMatrix,
    compatTenant,
    compatTenants,
    exceptionWorkflow,
    governanceRules,
    pluginManifest,
    qualityGates,
    signaturePolicy,
    subscriptions,
    upgradePolicies,
  ]);
  return shared;
}

export function configKind(name: string): ConfigKind {
  const found = CONFIG_KINDS.find((k) => k.name === name);
  if (!found) throw new Error(`unknown configuration kind ${name}`);
  return found;
}

/** The kind a file is, from its name or from a `yaml-language-server: $schema=` modeline. */
export function kindOfFile(path: string, text: string): ConfigKind | undefined {
  const base = path.split(/[\\/]/).pop() ?? path;
  const byName = CONFIG_KINDS.find((k) => k.fileNames.includes(base));
  if (byName) return byName;
  const modeline = /^#\s*yaml-language-server:\s*\$schema=(\S+)/m.exec(text.slice(0, 2048));
  if (!modeline) return undefined;
  const schemaFile = modeline[1]!.split('/').pop()!;
  return CONFIG_KINDS.find((k) => k.schemaId.endsWith(`/${schemaFile}`));
}
