import {
  EVALUATION_STATUS_LABELS,
  HISTORY_ACTION_LABELS,
  vendorName,
  VENDOR_DECISION_LABELS,
  type HistoryEntry,
} from '../../../domain/vendors';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
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
  const columns: TableColumn<HistoryEntry>[] = [
    { key: 'when', header: 'When', className: 'nowrap', render: (h) => formatDayTime(h.at) },
    { key: 'what', header: 'What', render: (h) => HISTORY_ACTION_LABELS[h.action] },
    { key: 'details', header: 'Details', render: describe },
    { key: 'reason', header: 'Reason or rationale', className: 'muted', render: (h) => h.reason ?? '' },
  ];
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <RecordTable
        label="Evaluation history"
        columns={columns}
        rows={entries}
        rowKey={(h) => `${h.at}-${h.action}-${h.vendorId ?? ''}`}
        empty={`No status changes or decisions yet. Created ${formatDayTime(evaluation.createdAt)}.`}
      />
    </section>
  );
}
