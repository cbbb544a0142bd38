/**
 * What /progress/ says about the delivery to the LRS, as string keys and their values: how many
 * statements wait, when the last were sent, and why the last try failed, in words that say what
 * happens to the records and what to do. Pure; the island translates.
 */
import type { Outcome } from './delivery.ts';

export interface StatusInput {
  state: 'idle' | 'sending' | 'waiting' | 'stopped';
  waiting: number;
  sent: number;
  lastSentAt?: string | undefined;
  problem?: Exclude<Outcome, { kind: 'sent' }> | { kind: 'course-data' } | undefined;
  retryAt?: string | undefined;
}

export interface Line {
  key: string;
  vars?: Record<string, string | number>;
}

export interface StatusView {
  count: Line;
  last: Line;
  problem?: Line | undefined;
  /** The problem needs someone to act (a wrong key, a refusal), not only time. */
  serious: boolean;
}

/** The lines for `status`; `formatTime` writes a time the learner's way. */
export function describeStatus(status: StatusInput, formatTime: (iso: string) => string): StatusView {
  const count: Line =
    status.state === 'sending'
      ? { key: 'xapi.count.sending', vars: { n: status.waiting } }
      : status.waiting > 0
        ? { key: 'xapi.count.waiting', vars: { n: status.waiting } }
        : { key: 'xapi.count.none' };
  const last: Line = status.lastSentAt
    ? { key: 'xapi.last', vars: { time: formatTime(status.lastSentAt), n: status.sent } }
    : { key: 'xapi.last.never' };
  const p = status.problem;
  const retry = status.retryAt ? formatTime(status.retryAt) : '';
  let problem: Line | undefined;
  if (p?.kind === 'retry') {
    problem = { key: `xapi.problem.${p.reason}`, vars: { time: retry, status: p.status ?? '' } };
  } else if (p?.kind === 'unauthorised') {
    problem = { key: 'xapi.problem.unauthorised', vars: { status: p.status } };
  } else if (p?.kind === 'rejected') {
    problem = { key: 'xapi.problem.rejected', vars: { status: p.status, detail: p.detail || '—' } };
  } else if (p?.kind === 'course-data') {
    problem = { key: 'xapi.problem.course-data', vars: { time: retry } };
  }
  return { count, last, problem, serious: p?.kind === 'unauthorised' || p?.kind === 'rejected' };
}
