/** A kind of file the suite reads, the schema that validates it, and where it lives by default. */
export interface ConfigKind {
  name: string;
  schemaId: string;
  defaultPath: string;
  /** File names (without directory) recognised as this kind. */
  fileNames: readonly string[];
}

export const SCHEMA_BASE = 'https://powerx.dev/schemas/';

function kind(name: string, defaultPath: string, fileNames?: string[]): ConfigKind {
  const base = defaultPath.split('/').pop()!;
  return { name, schemaId: `${SCHEMA_BASE}${name}.schema.json`, defaultPath, fileNames: fileNames ?? [base, base.replace(/\.yaml$/, '.yml')] };
}

export const CONFIG_KINDS: readonly ConfigKind[] = [
  kind('quality_gates', 'config/publish/quality_gates.yaml'),
  kind('approval_matrix', 'config/publish/approval_matrix.yaml'),
  kind('signature_policy', 'config/publish/signature_policy.yaml'),
  kind('governance_rules', 'config/version/governance_rules.yaml'),
  kind('compat_matrix', 'config/version/compat_matrix.yaml'),
  kind('exception_workflow', 'config/version/exception_workflow.yaml'),
  kind('upgrade_policies', 'config/version/upgrade_policies.yaml'),
  kind('subscriptions', 'config/events/subscriptions.yaml'),
  kind('powerx-plugin', 'powerx-plugin.yaml', ['powerx-plugin.yaml', 'powerx-plugin.yml', 'powerx-plugin.json']),
];

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
