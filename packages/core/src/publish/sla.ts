/**
 * Runs waiting for approval longer than the SLA, and whether their approvers are due a reminder. The SLA counts
 * from submission (the run's creation); a stage's own `slaHours` counts from when its job started waiting.
 * Reminders already sent are read back from the reminder comments (one marker per reminder).
 */
import { code, link, table } from '../markdown.js';
import type { ApprovalMatrix } from './approval-matrix.js';
import { stageFor, stageMentions } from './approval-matrix.js';

export interface WaitingRun {
  id: number;
  url: string;
  title: string;
  createdAt: string;
  /** Environments the run waits on, with when each started waiting. */
  pending: { environment: string; since: string }[];
  /** When each earlier reminder for this run was sent. */
  remindersSent: string[];
}

export interface OverdueRun {
  runId: number;
  url: string;
  title: string;
  environment: string;
  waitingHours: number;
  slaHours: number;
  overdue: boolean;
  remind: boolean;
  reminderNumber: number;
  mentions: string[];
  why: string;
}

const hours = (from: string, to: Date) => Math.round(((to.getTime() - Date.parse(from)) / 3_600_000) * 10) / 10;

export function findOverdue(runs: readonly WaitingRun[], matrix: ApprovalMatrix, owner: string, now: Date): OverdueRun[] {
  const out: OverdueRun[] = [];
  for (const run of runs) {
    for (const pending of run.pending) {
      const stage = stageFor(matrix, pending.environment);
      if (!stage) continue;
      const stageSla = stage.slaHours;
      const waitingHours = stageSla !== undefined ? hours(pending.since, now) : hours(run.createdAt, now);
      const slaHours = stageSla ?? matrix.sla.hours;
      const overdue = waitingHours > slaHours;
      const sent = [...run.remindersSent].sort();
      const last = sent.at(-1);
      const reminders = matrix.sla.reminders;
      let remind = false;
      let why = overdue ? `waiting ${waitingHours} h, SLA ${slaHours} h` : `within SLA (${waitingHours} of ${slaHours} h)`;
      if (overdue && reminders.enabled) {
        if (sent.length >= reminders.maxReminders) why += `; ${sent.length} reminders sent, the maximum`;
        else if (last && hours(last, now) < reminders.everyHours) why += `; last reminder ${hours(last, now)} h ago (every ${reminders.everyHours} h)`;
        else remind = true;
      }
      out.push({
        runId: run.id,
        url: run.url,
        title: run.title,
        environment: pending.environment,
        waitingHours,
        slaHours,
        overdue,
        remind,
        reminderNumber: sent.length + (remind ? 1 : 0),
        mentions: stageMentions(stage, owner),
        why,
      });
    }
  }
  return out;
}

export function reminderMarker(runId: number, environment: string): string {
  return `<!-- powerx:approval-reminder run=${runId} environment=${environment} -->`;
}

export function reminderBody(item: OverdueRun): string {
  return [
    reminderMarker(item.runId, item.environment),
    `${item.mentions.join(' ')}: ${link(`run ${item.runId}`, item.url)} (${item.title}) has waited ${item.waitingHours} h for approval in ${code(item.environment)}; the SLA is ${item.slaHours} h. Please review it (reminder ${item.reminderNumber}).`,
  ].join('\n');
}

export function renderOverdueMarkdown(items: readonly OverdueRun[]): string {
  if (items.length === 0) return 'No run is waiting for approval.';
  return table(
    ['Run', 'Environment', 'Waiting', 'SLA', 'Status'],
    items.map((i) => [link(`${i.runId}`, i.url), code(i.environment), `${i.waitingHours} h`, `${i.slaHours} h`, i.overdue ? (i.remind ? `overdue: reminder ${i.reminderNumber} sent` : `overdue (${i.why})`) : 'within SLA']),
  );
}
