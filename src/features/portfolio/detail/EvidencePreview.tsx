import { formatKpiValue, formatProgress, type KpiEvidence } from '../../../domain/portfolio';
import { formatDay, KpiStatusBadge } from '../labels';
import { Badge } from '../../../ui/Badge';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';

/** KPI results as frozen into a gate decision (or as they would be frozen on the chosen date). */
export function EvidenceTable({
  evidence,
  label,
  compact,
}: {
  evidence: KpiEvidence[];
  label: string;
  compact?: boolean;
}) {
  if (evidence.length === 0)
    return (
      <p className="muted small">
        {compact
          ? 'No KPIs were defined at the time of the decision.'
          : 'No KPIs: the decision will be recorded without KPI evidence.'}
      </p>
    );
  const show = (e: KpiEvidence, v: number | null) =>
    v === null ? '—' : formatKpiValue(v, e.unit, e.unitLabel);
  if (compact) {
    return (
      <ul className="plain-list evidence-list" aria-label={label}>
        {evidence.map((e) => (
          <li key={e.kpiId}>
            <p className="evidence-list__name">
              {e.name} <KpiStatusBadge status={e.status} />
            </p>
            <p className="small">
              Baseline {show(e, e.baselineValue)} → latest {show(e, e.latestValue)}
              {e.latestDate && ` (${formatDay(e.latestDate)})`} · target {show(e, e.targetValue)} · progress{' '}
              {formatProgress(e.progress)}
            </p>
            {e.scaleUpThresholdMet !== null && (
              <p className="small muted">
                Scale-up threshold {show(e, e.scaleUpThreshold)}: {e.scaleUpThresholdMet ? 'met' : 'not met'}
              </p>
            )}
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumn<KpiEvidence>[] = [
    { key: 'kpi', header: 'KPI', render: (e) => e.name },
    { key: 'baseline', header: 'Baseline', numeric: true, render: (e) => show(e, e.baselineValue) },
    {
      key: 'latest',
      header: 'Latest',
      numeric: true,
      render: (e) => (
        <>
          {show(e, e.latestValue)}
          {e.latestDate && <span className="muted small"> ({formatDay(e.latestDate)})</span>}
        </>
      ),
    },
    { key: 'target', header: 'Target', numeric: true, render: (e) => show(e, e.targetValue) },
    { key: 'progress', header: 'Progress', numeric: true, render: (e) => formatProgress(e.progress) },
    {
      key: 'status',
      header: 'Status',
      render: (e) => (
        <>
          <KpiStatusBadge status={e.status} />
          {e.scaleUpThresholdMet === true && <Badge tone="success">Scale-up threshold met</Badge>}
        </>
      ),
    },
  ];
  return (
    <RecordTable
      label={label}
      compact
      className="evidence-table"
      columns={columns}
      rows={evidence}
      rowKey={(e) => e.kpiId}
    />
  );
}
