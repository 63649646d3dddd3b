import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApprovalMatrix, stageFor, stageMentions, type ApprovalMatrix } from '@powerx/core/publish/approval-matrix.js';
import { evaluateApproval, parseContacts, type ApprovalInput, type RunApproval } from '@powerx/core/publish/approvals.js';
import { checkLaunchWindow, parseLaunchWindow } from '@powerx/core/publish/launch-window.js';
import { ConfigError } from '@powerx/core/errors.js';
import { repoRoot } from '../support/harness.js';

const matrixText = readFileSync(join(repoRoot, 'config/publish/approval_matrix.yaml'), 'utf8');
const matrix = parseApprovalMatrix(matrixText, 'config/publish/approval_matrix.yaml');
// Monday 2026-11-23 10:00 UTC; the default windows are Mon-Thu 09:00-16:00 UTC.
const now = new Date('2026-11-23T10:00:00Z');
const window = '2026-11-24T09:30:00Z/2026-11-24T11:00:00Z';

const approval = (login: string, environments: string[], state: RunApproval['state'] = 'approved'): RunApproval => ({
  state,
  user: { login },
  environments: environments.map((name) => ({ name })),
  comment: `${state} by ${login}`,
});

function input(overrides: Partial<ApprovalInput> = {}): ApprovalInput {
  return {
    matrix,
    stage: stageFor(matrix, 'powerx-qa')!,
    approvals: [approval('linda', ['powerx-qa'])],
    submitter: 'michael',
    orgTwoFactor: true,
    prior: [],
    launchWindow: window,
    rollbackContacts: ['ops-oncall', 'matrix@artisan.example'],
    submittedAt: new Date('2026-11-23T08:00:00Z'),
    startedAt: new Date('2026-11-23T09:30:00Z'),
    now,
    ...overrides,
  };
}

const codes = (d: { checks: { status: string; code?: string }[] }) => d.checks.filter((c) => c.status === 'fail').map((c) => c.code);

describe('approval decision', () => {
  it('approves a QA approval by a reviewer who is not the submitter, with window, contacts and lead time', () => {
    const d = evaluateApproval(input());
    expect(d.outcome).toBe('approved');
    expect(d).toMatchObject({ role: 'qa', environment: 'powerx-qa', approvers: ['linda'], leadTimeHours: 1.5, overdue: false, slaHours: 24 });
    expect(d.launchWindow).toEqual({ start: '2026-11-24T09:30:00.000Z', end: '2026-11-24T11:00:00.000Z' });
    expect(d.rollbackContacts).toEqual(['ops-oncall', 'matrix@artisan.example']);
    expect(d.reasons).toEqual([]);
  });

  it('blocks when the environment has no approval in this run', () => {
    const d = evaluateApproval(input({ approvals: [approval('linda', ['powerx-release-manager'])] }));
    expect(d.outcome).toBe('blocked');
    expect(codes(d)).toEqual(['approval-missing']);
  });

  it('blocks a rejection', () => {
    const d = evaluateApproval(input({ approvals: [approval('linda', ['powerx-qa'], 'rejected')] }));
    expect(codes(d)).toContain('approval-rejected');
    expect(d.rejectedBy).toEqual(['linda']);
  });

  it('blocks the submitter approving their own release (case-insensitive)', () => {
    const d = evaluateApproval(input({ approvals: [approval('Michael', ['powerx-qa'])] }));
    expect(d.outcome).toBe('blocked');
    expect(codes(d)).toEqual(['submitter-approved']);
  });

  it('blocks one person approving two roles', () => {
    const d = evaluateApproval(
      input({
        stage: stageFor(matrix, 'powerx-release-manager')!,
        approvals: [approval('linda', ['powerx-qa', 'powerx-release-manager'])],
        prior: [{ role: 'qa', environment: 'powerx-qa', approvers: ['linda'] }],
      }),
    );
    expect(codes(d)).toEqual(['approver-not-distinct']);
  });

  it('blocks an organisation without 2FA, and one whose setting is unknown', () => {
    expect(codes(evaluateApproval(input({ orgTwoFactor: false })))).toEqual(['org-2fa-disabled']);
    expect(codes(evaluateApproval(input({ orgTwoFactor: undefined })))).toEqual(['org-2fa-unknown']);
  });

  it('rules can be switched off in the matrix', () => {
    const relaxed: ApprovalMatrix = { ...matrix, rules: { distinctApprovers: false, forbidSubmitterApproval: false, requireOrgTwoFactor: false } };
    const d = evaluateApproval(input({ matrix: relaxed, orgTwoFactor: undefined, approvals: [approval('michael', ['powerx-qa'])] }));
    expect(d.outcome).toBe('approved');
  });

  it('blocks an approver who is not a configured reviewer when the eligible set is known', () => {
    const d = evaluateApproval(input({ eligible: new Set(['someone-else']) }));
    expect(codes(d)).toEqual(['approver-not-reviewer']);
    expect(evaluateApproval(input({ eligible: new Set(['linda']) })).outcome).toBe('approved');
  });

  it('blocks missing or malformed rollback contacts', () => {
    expect(codes(evaluateApproval(input({ rollbackContacts: [] })))).toEqual(['rollback-contacts-missing']);
    expect(codes(evaluateApproval(input({ rollbackContacts: ['not a contact!'] })))).toEqual(['rollback-contacts-invalid']);
  });

  it('warns (does not block) past the SLA', () => {
    const d = evaluateApproval(input({ startedAt: new Date('2026-11-24T09:00:00Z') }));
    expect(d.outcome).toBe('approved');
    expect(d.overdue).toBe(true);
    expect(d.leadTimeHours).toBe(25);
    expect(d.checks.find((c) => c.id === 'approval-sla')).toMatchObject({ status: 'warn', code: 'approval-overdue' });
  });

  it('blocks a launch window outside the allowed windows or in a freeze', () => {
    expect(codes(evaluateApproval(input({ launchWindow: '2026-11-27T10:00:00Z/PT1H' })))).toEqual(['launch-window-outside']);
    const frozen: ApprovalMatrix = { ...matrix, freezes: [{ start: '2026-11-24T00:00:00Z', end: '2026-11-25T00:00:00Z', reason: 'Black Friday prep' }] };
    const d = evaluateApproval(input({ matrix: frozen }));
    expect(codes(d)).toEqual(['launch-window-frozen']);
    expect(d.reasons[0]?.message).toMatch(/Black Friday/);
  });

  it('parses contacts from commas, semicolons and lines, dropping duplicates', () => {
    expect(parseContacts('ops-oncall, linda\n\nmatrix@a.example; Linda')).toEqual(['ops-oncall', 'linda', 'matrix@a.example']);
  });
});

describe('launch windows', () => {
  const weekdays = { launchWindows: [{ days: ['mon', 'tue', 'wed', 'thu'] as const, start: '09:00', end: '16:00', timeZone: 'Europe/Berlin' }].map((w) => ({ ...w, days: [...w.days] })), freezes: [] };

  it('parses intervals with an end or a duration, and refuses the rest', () => {
    expect(parseLaunchWindow('2026-11-24T09:00:00+01:00/PT2H')).toEqual({ start: new Date('2026-11-24T08:00:00Z'), end: new Date('2026-11-24T10:00:00Z') });
    expect(parseLaunchWindow('2026-11-24T09:00Z/2026-11-24T10:30Z')).toEqual({ start: new Date('2026-11-24T09:00:00Z'), end: new Date('2026-11-24T10:30:00Z') });
    for (const bad of ['tomorrow', '2026-11-24T09:00:00/PT1H', '2026-11-24T09:00:00Z/P', '2026-11-24T10:00:00Z/2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z']) {
      expect(typeof parseLaunchWindow(bad), bad).toBe('string');
    }
  });

  it('interprets weekly windows in their time zone, across daylight saving time', () => {
    // 09:00-16:00 Berlin is 08:00-15:00 UTC in winter and 07:00-14:00 UTC in summer.
    expect(checkLaunchWindow('2026-11-24T08:00:00Z/2026-11-24T15:00:00Z', weekdays, now).checks[0]?.status).toBe('pass');
    expect(checkLaunchWindow('2026-11-24T07:30:00Z/PT1H', weekdays, now).checks[0]?.status).toBe('fail');
    const summer = new Date('2027-06-01T00:00:00Z');
    expect(checkLaunchWindow('2027-06-08T07:00:00Z/2027-06-08T14:00:00Z', weekdays, summer).checks[0]?.status).toBe('pass');
    expect(checkLaunchWindow('2027-06-08T14:00:00Z/PT30M', weekdays, summer).checks[0]?.status).toBe('fail');
  });

  it('refuses an interval that spans two occurrences or ends a second after the window closes', () => {
    expect(checkLaunchWindow('2026-11-24T10:00:00Z/2026-11-25T10:00:00Z', weekdays, now).checks[0]?.code).toBe('launch-window-outside');
    expect(checkLaunchWindow('2026-11-24T14:00:00Z/2026-11-24T15:00:01Z', weekdays, now).checks[0]?.code).toBe('launch-window-outside');
  });

  it('handles windows past midnight and a window ending at 24:00', () => {
    const night = { launchWindows: [{ days: ['fri' as const], start: '22:00', end: '02:00', timeZone: 'UTC' }], freezes: [] };
    expect(checkLaunchWindow('2026-11-27T23:00:00Z/2026-11-28T02:00:00Z', night, now).checks[0]?.status).toBe('pass');
    expect(checkLaunchWindow('2026-11-28T23:00:00Z/PT1H', night, now).checks[0]?.status).toBe('fail');
    const late = { launchWindows: [{ days: ['tue' as const], start: '20:00', end: '24:00', timeZone: 'UTC' }], freezes: [] };
    expect(checkLaunchWindow('2026-11-24T22:00:00Z/2026-11-25T00:00:00Z', late, now).checks[0]?.status).toBe('pass');
  });

  it('refuses a window that is already over', () => {
    expect(checkLaunchWindow('2026-11-20T09:00:00Z/PT1H', weekdays, now).checks[0]?.code).toBe('launch-window-past');
  });
});

describe('approval matrix file', () => {
  it('the default has QA then release manager, and mentions their teams', () => {
    expect(matrix.stages.map((s) => s.role)).toEqual(['qa', 'release-manager']);
    expect(stageMentions(matrix.stages[0]!, 'acme')).toEqual(['@acme/plugin-qa']);
  });

  it('refuses duplicate environments and unknown time zones, with lines', () => {
    const text = [
      'stages:',
      '  - { environment: qa, role: qa, reviewers: { users: [linda] } }',
      '  - { environment: QA, role: rm, reviewers: { users: [matrix] } }',
      'launchWindows:',
      '  - days: [mon]',
      '    start: "09:00"',
      '    end: "10:00"',
      '    timeZone: Mars/Olympus',
      '',
    ].join('\n');
    try {
      parseApprovalMatrix(text, 'm.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues;
      expect(issues.map((i) => [i.pointer, i.line])).toEqual([
        ['/stages/1/environment', 3],
        ['/launchWindows/0/timeZone', 8],
      ]);
    }
  });
});
