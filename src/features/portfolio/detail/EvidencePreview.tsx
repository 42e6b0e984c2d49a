import { formatKpiValue, formatProgress, type KpiEvidence } from '../../../domain/portfolio';
import { formatDay, KpiStatusBadge } from '../labels';
import { Badge } from '../../../ui/Badge';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  if (evidence.length === 0)
    return (
      <p className="muted small">
        {compact
          ? t('No KPIs were defined at the time of the decision.')
          : t('No KPIs: the decision will be recorded without KPI evidence.')}
      </p>
    );
  const show = (e: KpiEvidence, v: number | null) =>
    v === null ? '—' : formatKpiValue(v, e.unit, e.unitLabel, t);
  if (compact) {
    return (
      <ul className="plain-list evidence-list" aria-label={label}>
        {evidence.map((e) => (
          <li key={e.kpiId}>
            <p className="evidence-list__name">
              {e.name} <KpiStatusBadge status={e.status} />
            </p>
            <p className="small">
              {t('Baseline {{baseline}} → latest {{latest}}', {
                baseline: show(e, e.baselineValue),
                latest: show(e, e.latestValue),
              })}
              {e.latestDate && ` (${formatDay(e.latestDate)})`} ·{' '}
              {t('target {{target}} · progress {{progress}}', {
                target: show(e, e.targetValue),
                progress: formatProgress(e.progress),
              })}
            </p>
            {e.scaleUpThresholdMet !== null && (
              <p className="small muted">
                {t(
                  e.scaleUpThresholdMet
                    ? 'Scale-up threshold {{threshold}}: met'
                    : 'Scale-up threshold {{threshold}}: not met',
                  { threshold: show(e, e.scaleUpThreshold) },
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumn<KpiEvidence>[] = [
    { key: 'kpi', header: t('KPI'), render: (e) => e.name },
    { key: 'baseline', header: t('Baseline'), numeric: true, render: (e) => show(e, e.baselineValue) },
    {
      key: 'latest',
      header: t('Latest'),
      numeric: true,
      render: (e) => (
        <>
          {show(e, e.latestValue)}
          {e.latestDate && <span className="muted small"> ({formatDay(e.latestDate)})</span>}
        </>
      ),
    },
    { key: 'target', header: t('Target'), numeric: true, render: (e) => show(e, e.targetValue) },
    { key: 'progress', header: t('Progress'), numeric: true, render: (e) => formatProgress(e.progress) },
    {
      key: 'status',
      header: t('Status'),
      render: (e) => (
        <>
          <KpiStatusBadge status={e.status} />
          {e.scaleUpThresholdMet === true && <Badge tone="success">{t('Scale-up threshold met')}</Badge>}
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
