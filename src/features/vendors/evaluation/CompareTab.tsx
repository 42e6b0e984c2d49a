import { useState } from 'react';
import {
  clearVendorDecision,
  gapToLeader,
  leaders,
  SCORING_FORMULAS,
  VENDOR_DECISION_LABELS,
  type ComparisonRow,
} from '../../../domain/vendors';
import { knockOutReason } from '../shared/format';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { ComparisonTable } from './ComparisonTable';
import { DecisionDialog } from './DecisionDialog';
import { ScoreChart } from './ScoreChart';
import type { EvaluationTabProps } from './tabProps';
import { applyEvaluationChange } from './evaluationWrites';
import { useInterfaceWording } from '../../../state/interfaceLanguage';
import { dayIn } from '../../../domain/shared/language';

/** Side by side: weighted totals, per-criterion scores (table and chart), gates, open answers; then the decisions. */
export function CompareTab({ evaluation, comparison, profiles, readOnly, onNotice }: EvaluationTabProps) {
  const { lang, t } = useInterfaceWording();
  const [deciding, setDeciding] = useState<ComparisonRow | null>(null);
  const top = leaders(comparison);
  const gaps = gapToLeader(comparison);
  const knockedOut = comparison.rows.filter((r) => r.knockedOut);

  const clear = (row: ComparisonRow) =>
    applyEvaluationChange(evaluation.id, (e, now) => clearVendorDecision(e, row.vendorId, now), onNotice, {
      failed: t('The decision was not cleared.'),
    });

  return (
    <div className="stack">
      {!comparison.weights.ok && (
        <div className="notice notice--error" role="alert">
          <div className="notice__body">
            <strong>{t('The criteria weights need fixing before vendors can be decided.')}</strong>
            <ul>
              {comparison.weights.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <section className="card" aria-labelledby="ranking-heading">
        <div className="section-head">
          <h2 id="ranking-heading">{t('Side-by-side comparison')}</h2>
          <p className="muted small">
            {top.length > 0
              ? t('Leading: {{list}}.', { list: top.map((r) => r.vendorName).join(', ') })
              : t('No eligible vendor is scored yet.')}{' '}
            {t(SCORING_FORMULAS.ranking)}
          </p>
        </div>
        {knockedOut.length > 0 && (
          <div className="knockout" role="status">
            {knockedOut.map((row) => (
              <p key={row.vendorId}>
                {t('{{vendor}} is ruled out, whatever its score.', { vendor: row.vendorName })}{' '}
                {row.knockOuts.map((k) => knockOutReason(k, t)).join(' ')}
              </p>
            ))}
          </div>
        )}
        <ComparisonTable evaluation={evaluation} comparison={comparison} gaps={gaps} />
      </section>
      <section className="card" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('Scores per criterion')}</h2>
        {comparison.rows.some((r) => r.score.scoredCount > 0) ? (
          <ScoreChart comparison={comparison} />
        ) : (
          <p className="muted">{t('Nothing scored yet: score the vendors in the Scores tab.')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="decisions-heading">
        <div className="section-head">
          <h2 id="decisions-heading">{t('Decisions')}</h2>
          <p className="muted small">
            {t(
              'Record a decision for every vendor, then mark the evaluation as decided (top right). A decided evaluation is read-only until reopened.',
            )}
          </p>
        </div>
        <ul className="decision-list">
          {comparison.rows.map((row) => (
            <li key={row.vendorId} className="decision-list__item">
              <div className="decision-list__vendor">
                <strong>{row.vendorName}</strong>
                {row.decision ? (
                  <Badge tone={BADGE_TONES.vendorDecision[row.decision.outcome]}>
                    {t(VENDOR_DECISION_LABELS[row.decision.outcome])}
                  </Badge>
                ) : (
                  <Badge tone="neutral">{t('Not decided')}</Badge>
                )}
                {row.decision && <span className="muted small">{dayIn(lang, row.decision.date)}</span>}
              </div>
              {row.decision && <p className="decision-list__rationale">{row.decision.rationale}</p>}
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    onClick={() => setDeciding(row)}
                    aria-label={
                      row.decision
                        ? t('Change decision for {{vendor}}', { vendor: row.vendorName })
                        : t('Record decision for {{vendor}}', { vendor: row.vendorName })
                    }
                  >
                    {row.decision ? t('Change decision…') : t('Record decision…')}
                  </button>
                  {row.decision && (
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => void clear(row)}
                      aria-label={t('Clear decision for {{vendor}}', { vendor: row.vendorName })}
                    >
                      {t('Clear')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <DecisionDialog
        evaluation={evaluation}
        row={deciding}
        vendors={profiles}
        onOpenChange={(open) => !open && setDeciding(null)}
        onDone={(warnings, row) =>
          onNotice({
            tone: warnings.length ? 'warning' : 'success',
            title: warnings.length
              ? t('Decision on {{vendor}} recorded. Still open:', { vendor: row.vendorName })
              : t('Decision on {{vendor}} recorded.', { vendor: row.vendorName }),
            items: warnings,
          })
        }
      />
    </div>
  );
}
