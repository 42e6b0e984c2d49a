import { AlertTriangle } from 'lucide-react';
import {
  GATE_RESULT_LABELS,
  VENDOR_DECISION_LABELS,
  type Comparison,
  type GateResult,
  type Evaluation,
} from '../../../domain/vendors';
import { formatScore } from '../shared/format';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { useT } from '../../../state/interfaceLanguage';

/** A vendor's result on a gate ("unknown" until confirmed). */
const gateResultOf = (row: Comparison['rows'][number], gateId: string): GateResult =>
  row.gateResults[gateId] ?? 'unknown';

/** Vendors as columns (in rank order), criteria, totals, gates, due diligence and decisions as rows. */
export function ComparisonTable({
  evaluation,
  comparison,
  gaps,
}: {
  evaluation: Evaluation;
  comparison: Comparison;
  gaps: Record<string, number | null>;
}) {
  const t = useT();
  const rows = comparison.rows;
  return (
    <div className="table-scroll">
      <table className="table compare-table" aria-label={t('Vendor comparison')}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('Item')}</span>
            </th>
            {rows.map((row) => (
              <th key={row.vendorId} scope="col" className={row.knockedOut ? 'compare-table__out' : ''}>
                <span className="compare-table__rank">#{row.rank}</span> {row.vendorName}
                {row.knockedOut && (
                  <span className="compare-table__flag">
                    <Badge tone="danger">{t('Ruled out')}</Badge>
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="compare-table__total">
            <th scope="row">{t('Weighted score (1-5)')}</th>
            {rows.map((row) => (
              <td key={row.vendorId}>
                <strong>{formatScore(row.score.average)}</strong>
                {row.score.percent !== null && <span className="muted"> · {row.score.percent}%</span>}
                <span className="compare-table__sub">
                  {row.score.complete
                    ? t('All criteria scored')
                    : t('{{scored}} of {{total}} scored', {
                        scored: row.score.scoredCount,
                        total: row.score.criteriaCount,
                      })}
                  {!row.knockedOut && (gaps[row.vendorId] ?? 0) > 0
                    ? ` · ${t('{{gap}} behind the leader', { gap: gaps[row.vendorId] ?? 0 })}`
                    : ''}
                </span>
              </td>
            ))}
          </tr>
          {comparison.criteria.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {c.name} <span className="muted">({c.weight}%)</span>
              </th>
              {rows.map((row) => {
                const result = row.score.criteria.find((x) => x.criterionId === c.id);
                return (
                  <td key={row.vendorId}>
                    {result?.score ?? <span className="muted">—</span>}
                    {result?.status === 'unverified' && (
                      <span className="unverified" title={t('Unverified: no evidence note')}>
                        <AlertTriangle size={13} aria-hidden /> {t('unverified')}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="compare-table__group">
            <th scope="rowgroup" colSpan={rows.length + 1}>
              {t('Knock-out gates')}
            </th>
          </tr>
          {evaluation.gates.map((gate) => (
            <tr key={gate.id}>
              <th scope="row">{gate.name}</th>
              {rows.map((row) => {
                const result = gateResultOf(row, gate.id);
                return (
                  <td key={row.vendorId}>
                    <Badge tone={BADGE_TONES.gateResult[result]}>{t(GATE_RESULT_LABELS[result])}</Badge>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr className="compare-table__group">
            <th scope="rowgroup" colSpan={rows.length + 1}>
              {t('Evidence and decision')}
            </th>
          </tr>
          <tr>
            <th scope="row">{t('Open due-diligence answers')}</th>
            {rows.map((row) => (
              <td key={row.vendorId}>
                {t('{{open}} of {{total}}', { open: row.openDdCount, total: row.dueDiligence.total })}
                {row.dueDiligence.unsatisfactory > 0 && (
                  <span className="compare-table__sub text-danger">
                    {t('{{count}} not satisfactory', { count: row.dueDiligence.unsatisfactory })}
                  </span>
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('Unverified scores')}</th>
            {rows.map((row) => (
              <td key={row.vendorId}>{row.unverifiedCount}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('Decision')}</th>
            {rows.map((row) => (
              <td key={row.vendorId}>
                {row.decision ? (
                  <Badge tone={BADGE_TONES.vendorDecision[row.decision.outcome]}>
                    {t(VENDOR_DECISION_LABELS[row.decision.outcome])}
                  </Badge>
                ) : (
                  <span className="muted">{t('Not decided')}</span>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
