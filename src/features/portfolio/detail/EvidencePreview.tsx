import { formatKpiValue, formatProgress, type KpiEvidence } from '../../../domain/portfolio';
import { formatDay, KpiStatusBadge } from '../labels';
import { Badge } from '../../../ui/Badge';

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
      <ul className="evidence-list" aria-label={label}>
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
  return (
    <table className="table table--compact evidence-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">KPI</th>
          <th scope="col" className="num">
            Baseline
          </th>
          <th scope="col" className="num">
            Latest
          </th>
          <th scope="col" className="num">
            Target
          </th>
          <th scope="col" className="num">
            Progress
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {evidence.map((e) => (
          <tr key={e.kpiId}>
            <td>{e.name}</td>
            <td className="num">{show(e, e.baselineValue)}</td>
            <td className="num">
              {show(e, e.latestValue)}
              {e.latestDate && <span className="muted small"> ({formatDay(e.latestDate)})</span>}
            </td>
            <td className="num">{show(e, e.targetValue)}</td>
            <td className="num">{formatProgress(e.progress)}</td>
            <td>
              <KpiStatusBadge status={e.status} />
              {e.scaleUpThresholdMet === true && <Badge tone="success">Scale-up threshold met</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
