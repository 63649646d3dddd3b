/** Where a piece of bad input came from. Every field is optional: a CLI flag has no line, a JSON body has no file. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer into the parsed document, e.g. `/coverage/lines`. */
  pointer?: string;
}

export interface ConfigIssue extends SourceLocation {
  message: string;
  /** The JSON Schema keyword or parser code that produced the issue, for machines. */
  code: string;
}

/** Dotted form of a JSON pointer for messages: `/rules/3/host` -> `rules[3].host`. */
export function pointerToPath(pointer: string | undefined): string {
  if (!pointer) return '';
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function formatLocation(loc: SourceLocation): string {
  const parts = [loc.file, loc.line, loc.line !== undefined ? loc.column : undefined].filter((p) => p !== undefined);
  return parts.join(':');
}

/** `config/publish/quality_gates.yaml:7:5 coverage.lines must be <= 100` */
export function formatIssue(issue: ConfigIssue): string {
  const where = formatLocation(issue);
  const path = pointerToPath(issue.pointer);
  return [where, path, issue.message].filter((p) => p !== '').join(' ');
}

/** Bad input: a configuration file, a manifest, an input value. Carries one or more located issues. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];

  constructor(issues: ConfigIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'ConfigError';
    this.issues = issues;
  }

  static single(message: string, location: SourceLocation = {}, code = 'invalid'): ConfigError {
    return new ConfigError([{ ...location, message, code }]);
  }
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError;
}
