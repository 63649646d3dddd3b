/** `config/publish/approval_matrix.yaml`, validated by its schema plus the rules a schema cannot say. */
import { ConfigError, type ConfigIssue } from '../errors.js';
import { checkConfig } from '../config/load.js';
import { parseSource } from '../config/parse.js';
import type { FreezePeriod, WeeklyWindow } from './launch-window.js';
import { precompiled } from '../config/validate.js';
import approvalMatrixSchema from '../config/validators/config/approval_matrix.generated.cjs';

export interface DeploymentPolicy {
  type: 'protected-branches' | 'selected' | 'any';
  branches?: string[];
  tags?: string[];
}

export interface MatrixStage {
  environment: string;
  role: string;
  reviewers: { users?: string[]; teams?: string[] };
  preventSelfReview: boolean;
  canAdminsBypass: boolean;
  waitTimerMinutes: number;
  deploymentPolicy: DeploymentPolicy;
  slaHours?: number;
}

export interface ApprovalMatrix {
  stages: MatrixStage[];
  rules: { distinctApprovers: boolean; forbidSubmitterApproval: boolean; requireOrgTwoFactor: boolean };
  sla: { hours: number; reminders: { enabled: boolean; everyHours: number; maxReminders: number } };
  launchWindows?: WeeklyWindow[];
  freezes: FreezePeriod[];
  rollbackContacts: { required: boolean; minCount: number };
}

export function parseApprovalMatrix(text: string, file: string): ApprovalMatrix {
  const result = checkConfig<ApprovalMatrix>(text, file, precompiled(approvalMatrixSchema));
  if (!result.ok) throw new ConfigError(result.issues);
  const matrix = result.value;
  const source = parseSource(text, file);
  const issues: ConfigIssue[] = [];
  const add = (pointer: string, message: string, code: string) => {
    const at = source.ok ? source.source.locate(pointer) : {};
    issues.push({ file, ...at, pointer, message, code });
  };
  const environments = new Map<string, number>();
  const roles = new Map<string, number>();
  matrix.stages.forEach((stage, i) => {
    const env = stage.environment.toLowerCase();
    if (environments.has(env)) add(`/stages/${i}/environment`, `environment ${stage.environment} is already stage ${environments.get(env)! + 1}; each stage needs its own environment`, 'duplicate');
    environments.set(env, i);
    if (roles.has(stage.role)) add(`/stages/${i}/role`, `role ${stage.role} is already stage ${roles.get(stage.role)! + 1}`, 'duplicate');
    roles.set(stage.role, i);
  });
  (matrix.launchWindows ?? []).forEach((window, i) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: window.timeZone });
    } catch {
      add(`/launchWindows/${i}/timeZone`, `${window.timeZone} is not a time zone this runtime knows (IANA names such as Europe/Berlin)`, 'time-zone');
    }
    if (window.start === window.end) add(`/launchWindows/${i}/end`, 'must differ from start', 'empty-window');
  });
  matrix.freezes.forEach((freeze, i) => {
    if (Date.parse(freeze.end) <= Date.parse(freeze.start)) add(`/freezes/${i}/end`, 'must be after start', 'empty-freeze');
  });
  if (issues.length > 0) throw new ConfigError(issues);
  return matrix;
}

export function stageFor(matrix: ApprovalMatrix, environment: string): MatrixStage | undefined {
  return matrix.stages.find((s) => s.environment.toLowerCase() === environment.toLowerCase());
}

/** Everyone who can be asked to approve a stage, as GitHub mentions: `@login`, `@org/team`. */
export function stageMentions(stage: MatrixStage, owner: string): string[] {
  return [...(stage.reviewers.users ?? []).map((u) => `@${u}`), ...(stage.reviewers.teams ?? []).map((t) => `@${t.includes('/') ? t : `${owner}/${t}`}`)];
}
