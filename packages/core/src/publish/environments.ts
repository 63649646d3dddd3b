/**
 * The GitHub environments an approval matrix asks for, and how the repository's environments differ from them.
 * `powerx approvals sync` applies the desired state; `powerx approvals check` reports the drift.
 */
import { code, table } from '../markdown.js';
import type { ApprovalMatrix, DeploymentPolicy, MatrixStage } from './approval-matrix.js';

export interface ReviewerName {
  type: 'User' | 'Team';
  /** Login, or `org/slug` for a team. */
  name: string;
}

export interface EnvironmentSettings {
  name: string;
  reviewers: ReviewerName[];
  preventSelfReview: boolean;
  canAdminsBypass: boolean;
  waitTimer: number;
  branchPolicy: { type: DeploymentPolicy['type']; branches: string[]; tags: string[] };
}

export interface Drift {
  environment: string;
  field: 'missing' | 'reviewers' | 'preventSelfReview' | 'canAdminsBypass' | 'waitTimer' | 'branchPolicy';
  expected: string;
  actual: string;
}

function teamName(team: string, owner: string): string {
  return (team.includes('/') ? team : `${owner}/${team}`).toLowerCase();
}

export function desiredEnvironment(stage: MatrixStage, owner: string): EnvironmentSettings {
  return {
    name: stage.environment,
    reviewers: [
      ...(stage.reviewers.users ?? []).map((u) => ({ type: 'User' as const, name: u.toLowerCase() })),
      ...(stage.reviewers.teams ?? []).map((t) => ({ type: 'Team' as const, name: teamName(t, owner) })),
    ],
    preventSelfReview: stage.preventSelfReview,
    canAdminsBypass: stage.canAdminsBypass,
    waitTimer: stage.waitTimerMinutes,
    branchPolicy: {
      type: stage.deploymentPolicy.type,
      branches: [...(stage.deploymentPolicy.branches ?? [])].sort(),
      tags: [...(stage.deploymentPolicy.tags ?? [])].sort(),
    },
  };
}

export function desiredEnvironments(matrix: ApprovalMatrix, owner: string): EnvironmentSettings[] {
  return matrix.stages.map((s) => desiredEnvironment(s, owner));
}

const reviewerKey = (r: ReviewerName) => `${r.type}:${r.name.toLowerCase()}`;
const describeReviewers = (list: readonly ReviewerName[]) => list.map((r) => (r.type === 'Team' ? `team ${r.name}` : r.name)).sort().join(', ') || '(none)';
const describePolicy = (p: EnvironmentSettings['branchPolicy']) =>
  p.type === 'selected' ? `selected: ${[...p.branches.map((b) => `branch ${b}`), ...p.tags.map((t) => `tag ${t}`)].join(', ')}` : p.type;

export function diffEnvironment(desired: EnvironmentSettings, actual: EnvironmentSettings | undefined): Drift[] {
  if (!actual) return [{ environment: desired.name, field: 'missing', expected: 'exists', actual: 'missing' }];
  const drift: Drift[] = [];
  const add = (field: Drift['field'], expected: string, found: string) => {
    if (expected !== found) drift.push({ environment: desired.name, field, expected, actual: found });
  };
  const want = new Set(desired.reviewers.map(reviewerKey));
  const have = new Set(actual.reviewers.map(reviewerKey));
  if (want.size !== have.size || [...want].some((k) => !have.has(k))) add('reviewers', describeReviewers(desired.reviewers), describeReviewers(actual.reviewers));
  add('preventSelfReview', String(desired.preventSelfReview), String(actual.preventSelfReview));
  add('canAdminsBypass', String(desired.canAdminsBypass), String(actual.canAdminsBypass));
  add('waitTimer', String(desired.waitTimer), String(actual.waitTimer));
  const normalise = (p: EnvironmentSettings['branchPolicy']) => ({ ...p, branches: [...p.branches].sort(), tags: [...p.tags].sort() });
  add('branchPolicy', describePolicy(normalise(desired.branchPolicy)), describePolicy(normalise(actual.branchPolicy)));
  return drift;
}

export function renderDriftMarkdown(drift: readonly Drift[], environments: readonly string[]): string {
  if (drift.length === 0) return `No drift: ${environments.map((e) => code(e)).join(', ')} match the approval matrix.`;
  return table(['Environment', 'Setting', 'Approval matrix', 'GitHub'], drift.map((d) => [code(d.environment), d.field, d.expected, d.actual]));
}
