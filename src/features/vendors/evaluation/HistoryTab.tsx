import {
  EVALUATION_STATUS_LABELS,
  HISTORY_ACTION_LABELS,
  vendorName,
  VENDOR_DECISION_LABELS,
  type HistoryEntry,
} from '../../../domain/vendors';
import type { EvaluationTabProps } from './tabProps';
import { formatDayTime } from '../../../domain/shared/dates';

/** Status changes, decisions and reopenings, newest first (kept with the evaluation). */
export function HistoryTab({ evaluation, profiles }: EvaluationTabProps) {
  const entries = [...evaluation.history].reverse();
  const describe = (h: HistoryEntry): string => {
    const vendor = h.vendorId ? vendorName(h.vendorId, profiles) : '';
    switch (h.action) {
      case 'status-changed':
        return `${EVALUATION_STATUS_LABELS[h.fromStatus ?? 'draft']} → ${EVALUATION_STATUS_LABELS[h.toStatus ?? 'draft']}`;
      case 'decision-recorded':
        return `${vendor}: ${h.outcome ? VENDOR_DECISION_LABELS[h.outcome] : ''}`;
      case 'decision-cleared':
        return `${vendor}: decision ${h.outcome ? VENDOR_DECISION_LABELS[h.outcome].toLowerCase() : ''} removed`;
      case 'reopened':
        return 'Decided → In review';
    }
  };
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {entries.length === 0 ? (
        <p className="muted">
          No status changes or decisions yet. Created {formatDayTime(evaluation.createdAt)}.
        </p>
      ) : (
        <table className="table" aria-label="Evaluation history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
              <th scope="col">Reason or rationale</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((h, i) => (
              <tr key={`${h.at}-${i}`}>
                <td className="nowrap">{formatDayTime(h.at)}</td>
                <td>{HISTORY_ACTION_LABELS[h.action]}</td>
                <td>{describe(h)}</td>
                <td className="muted">{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
