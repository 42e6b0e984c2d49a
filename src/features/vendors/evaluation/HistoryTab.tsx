import {
  EVALUATION_STATUS_LABELS,
  HISTORY_ACTION_LABELS,
  vendorName,
  VENDOR_DECISION_LABELS,
  type EvaluationStatus,
  type HistoryEntry,
} from '../../../domain/vendors';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import type { EvaluationTabProps } from './tabProps';
import { formatDayTime } from '../../../domain/shared/dates';
import { dayIn } from '../../../domain/shared/language';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

/** Status changes, decisions and reopenings, newest first (kept with the evaluation). */
export function HistoryTab({ evaluation, profiles }: EvaluationTabProps) {
  const { lang, t } = useInterfaceWording();
  const entries = [...evaluation.history].reverse();
  // A moment as "19 nov 2026, 14:05" in the interface's language.
  const moment = (at: string) => `${dayIn(lang, at)}, ${formatDayTime(at).slice(-5)}`;
  const statusLabel = (status: EvaluationStatus = 'draft') => t(EVALUATION_STATUS_LABELS[status]);
  const describe = (h: HistoryEntry): string => {
    const vendor = h.vendorId ? vendorName(h.vendorId, profiles) : '';
    switch (h.action) {
      case 'status-changed':
        return `${statusLabel(h.fromStatus)} → ${statusLabel(h.toStatus)}`;
      case 'decision-recorded':
        return `${vendor}: ${h.outcome ? t(VENDOR_DECISION_LABELS[h.outcome]) : ''}`;
      case 'decision-cleared':
        return h.outcome
          ? t('{{vendor}}: decision “{{decision}}” removed', {
              vendor,
              decision: t(VENDOR_DECISION_LABELS[h.outcome]),
            })
          : t('{{vendor}}: decision removed', { vendor });
      case 'reopened':
        return `${t('Decided')} → ${t('In review')}`;
    }
  };
  const columns: TableColumn<HistoryEntry>[] = [
    { key: 'when', header: t('When'), className: 'nowrap', render: (h) => moment(h.at) },
    { key: 'what', header: t('What'), render: (h) => t(HISTORY_ACTION_LABELS[h.action]) },
    { key: 'details', header: t('Details'), render: describe },
    { key: 'reason', header: t('Reason or rationale'), className: 'muted', render: (h) => h.reason ?? '' },
  ];
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('History')}</h2>
      <RecordTable
        label={t('Evaluation history')}
        columns={columns}
        rows={entries}
        rowKey={(h) => `${h.at}-${h.action}-${h.vendorId ?? ''}`}
        empty={t('No status changes or decisions yet. Created {{date}}.', {
          date: moment(evaluation.createdAt),
        })}
      />
    </section>
  );
}
