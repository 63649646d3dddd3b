import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { parseSource } from '../config/parse.js';
import { configKind } from '../config/suite.js';
import type { CoverageFormat } from '../reports/coverage.js';
import type { Severity } from '../reports/findings.js';
import { precompiled } from '../config/validate.js';
import qualityGatesSchema from '../config/validators/config/quality_gates.generated.cjs';

export type PolicyAction = 'fail' | 'warn' | 'pass';

export interface Waiver {
  id: string;
  package?: string;
  reason: string;
  approver: string;
  expires: string;
}

export interface SecurityPolicy {
  failOn: Severity[];
  cvssThreshold: number;
  licenses: { allow: string[]; deny: string[]; onUnlisted: PolicyAction; onMissing: PolicyAction; includeDev: boolean };
  waivers: Waiver[];
}

/** `config/publish/quality_gates.yaml` with the schema's defaults applied. */
export interface QualityGatesConfig {
  coverage: { lines: number; branches: number; functions: number; statements: number };
  tests: { maxFailed: number; minPassRate: number; minCount: number };
  reports: {
    coverage: { required: boolean; formats: CoverageFormat[]; paths: string[] };
    junit: { required: boolean; paths: string[] };
  };
  security: SecurityPolicy;
}

export interface LoadedGateConfig {
  /** As given (relative to the working directory when it was relative). */
  file: string;
  found: boolean;
  /** The file's settings, or the schema defaults when the file is missing (the gate then fails on `config`). */
  config: QualityGatesConfig;
  /** Line and column of a setting (JSON pointer) in the file, for annotations; undefined when the file is missing. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

export const DEFAULT_GATE_CONFIG_PATH = configKind('quality_gates').defaultPath;

export function parseGateConfig(text: string, file: string): QualityGatesConfig {
  return loadConfig<QualityGatesConfig>(text, file, precompiled(qualityGatesSchema));
}

/**
 * Reads the gate configuration. A missing file is not an error here: the gate reports it as a failed
 * condition (a missing configuration never passes). An invalid file is a ConfigError with its location.
 */
export async function loadGateConfig(file: string | undefined, cwd: string): Promise<LoadedGateConfig> {
  const name = file && file.trim() !== '' ? file : DEFAULT_GATE_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(resolve(cwd, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') throw error;
    return { file: name, found: false, config: parseGateConfig('{}', name), locate: () => undefined };
  }
  const config = parseGateConfig(text, name);
  return {
    file: name,
    found: true,
    config,
    locate: (pointer) => {
      const parsed = parseSource(text, name);
      return parsed.ok ? parsed.source.locate(pointer) : undefined;
    },
  };
}
