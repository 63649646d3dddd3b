/**
 * Launch windows: the interval the approvers confirm for the production launch, validated against the weekly
 * windows and change freezes of `config/publish/approval_matrix.yaml`. Weekly windows are wall-clock times in an
 * IANA time zone (daylight saving time included); a window whose end is not after its start runs past midnight.
 */
import { check, type Check } from './checks.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface WeeklyWindow {
  days: Weekday[];
  start: string;
  end: string;
  timeZone: string;
}

export interface FreezePeriod {
  start: string;
  end: string;
  reason: string;
}

export interface LaunchWindow {
  start: Date;
  end: Date;
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Parses an ISO 8601 interval: `<start>/<end>` or `<start>/<duration>` (PT2H, PT90M, P1DT2H). Times need an offset
 * or `Z`. Returns a message instead of throwing: the value comes from a workflow input.
 */
export function parseLaunchWindow(text: string): LaunchWindow | string {
  const trimmed = text.trim();
  const parts = trimmed.split('/');
  if (parts.length !== 2) return `launch window "${trimmed}" must be an ISO 8601 interval such as 2026-11-24T09:00:00Z/2026-11-24T11:00:00Z or 2026-11-24T09:00:00+01:00/PT2H`;
  const [startText, endText] = parts as [string, string];
  const start = parseInstant(startText);
  if (!start) return `launch window start "${startText}" is not an RFC 3339 date-time with an offset`;
  let end: Date | undefined;
  if (/^P/i.test(endText)) {
    const ms = parseDuration(endText);
    if (ms === undefined) return `launch window duration "${endText}" is not an ISO 8601 duration such as PT2H`;
    end = new Date(start.getTime() + ms);
  } else {
    end = parseInstant(endText);
    if (!end) return `launch window end "${endText}" is not an RFC 3339 date-time with an offset`;
  }
  if (end.getTime() <= start.getTime()) return `launch window ends (${end.toISOString()}) before it starts (${start.toISOString()})`;
  return { start, end };
}

function parseInstant(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

function parseDuration(text: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/i.exec(text);
  if (!match || text.toUpperCase() === 'P' || /T$/i.test(text)) return undefined;
  const [, d = '0', h = '0', m = '0'] = match;
  const ms = ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000;
  return ms > 0 ? ms : undefined;
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

interface LocalTime {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function local(instant: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  const second = Number(parts.second) + instant.getUTCMilliseconds() / 1000;
  return { date, weekday, minute: Number(parts.hour) * 60 + Number(parts.minute) + second / 60 };
}

function previousDay(date: string): { date: string; weekday: Weekday } {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { date: d.toISOString().slice(0, 10), weekday: WEEKDAYS[d.getUTCDay()]! };
}

/**
 * The local date on which the occurrence of `window` that contains the instant opened, or undefined. `edge`
 * `end` treats the window's closing minute as inside (an interval may end exactly when the window closes).
 */
function occurrence(window: WeeklyWindow, instant: Date, edge: 'start' | 'end'): string | undefined {
  const at = local(instant, window.timeZone);
  const open = minutes(window.start);
  const close = window.end === '24:00' ? 1440 : minutes(window.end);
  const inside = (m: number, from: number, to: number) => m >= from && (edge === 'end' ? m <= to : m < to);
  if (close > open) {
    if (window.days.includes(at.weekday) && inside(at.minute, open, close)) return at.date;
    // An end at local midnight belongs to the day before.
    if (edge === 'end' && at.minute === 0 && close === 1440) {
      const prev = previousDay(at.date);
      if (window.days.includes(prev.weekday)) return prev.date;
    }
    return undefined;
  }
  if (window.days.includes(at.weekday) && at.minute >= open) return at.date;
  const prev = previousDay(at.date);
  if (window.days.includes(prev.weekday) && inside(at.minute, 0, close)) return prev.date;
  return undefined;
}

export function describeWeeklyWindow(window: WeeklyWindow): string {
  return `${window.days.join(',')} ${window.start}-${window.end} ${window.timeZone}`;
}

/** Checks of a launch window: well-formed, not over, inside an allowed weekly window, clear of every freeze. */
export function checkLaunchWindow(
  text: string | undefined,
  rules: { launchWindows?: readonly WeeklyWindow[]; freezes?: readonly FreezePeriod[] },
  now: Date,
): { window?: LaunchWindow; checks: Check[] } {
  const title = 'Launch window';
  if (!text || text.trim() === '') {
    return { checks: [check('launch-window', title, 'fail', 'no launch window was given; the approvers confirm one (workflow input launch-window)', { code: 'launch-window-missing' })] };
  }
  const parsed = parseLaunchWindow(text);
  if (typeof parsed === 'string') return { checks: [check('launch-window', title, 'fail', parsed, { code: 'launch-window-invalid' })] };
  const shown = `${parsed.start.toISOString()} – ${parsed.end.toISOString()}`;
  const checks: Check[] = [];
  if (parsed.end.getTime() <= now.getTime()) {
    checks.push(check('launch-window', title, 'fail', `launch window ${shown} is already over`, { code: 'launch-window-past' }));
    return { window: parsed, checks };
  }
  const windows = rules.launchWindows ?? [];
  if (windows.length > 0) {
    const fits = windows.find((w) => {
      const opened = occurrence(w, parsed.start, 'start');
      return opened !== undefined && opened === occurrence(w, parsed.end, 'end');
    });
    checks.push(
      fits
        ? check('launch-window', title, 'pass', `${shown} lies inside ${describeWeeklyWindow(fits)}`)
        : check('launch-window', title, 'fail', `${shown} is not inside an allowed window (${windows.map(describeWeeklyWindow).join('; ')})`, { code: 'launch-window-outside' }),
    );
  } else {
    checks.push(check('launch-window', title, 'pass', `${shown} (no weekly windows configured)`));
  }
  for (const freeze of rules.freezes ?? []) {
    const from = Date.parse(freeze.start);
    const to = Date.parse(freeze.end);
    if (parsed.start.getTime() < to && from < parsed.end.getTime()) {
      checks.push(check('launch-freeze', 'Change freeze', 'fail', `${shown} overlaps the freeze ${freeze.start} – ${freeze.end}: ${freeze.reason}`, { code: 'launch-window-frozen' }));
    }
  }
  if (!checks.some((c) => c.id === 'launch-freeze')) checks.push(check('launch-freeze', 'Change freeze', 'pass', 'no change freeze overlaps the launch window'));
  return { window: parsed, checks };
}
