import { SCORE_LABELS, SCORE_MAX, SCORING_FORMULAS, type CriterionResult } from '../../../domain/vendors';
import { parseScore } from '../../../domain/shared/scoreInput';
import { saveScore } from '../../../db/vendors/evaluations';
import { db } from '../../../db/core/schema';
import { formatScore } from '../shared/format';
import { InlineField } from '../shared/InlineField';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import type { EvaluationTabProps } from './tabProps';
import { pickVendor, VendorSwitch } from './VendorSwitch';
import { useT } from '../../../state/interfaceLanguage';
import { SCORE_STATUS_LABELS } from '../shared/labels';

/** Score each criterion 1-5 with an evidence note, one vendor at a time. */
export function ScoresTab({ evaluation, comparison, readOnly, vendorId, onVendor }: EvaluationTabProps) {
  const t = useT();
  const active = pickVendor(comparison.rows, vendorId);
  const row = comparison.rows.find((r) => r.vendorId === active);
  if (!row) return null;
  const { score } = row;
  return (
    <section className="stack" aria-labelledby="scores-heading">
      <h2 id="scores-heading" className="visually-hidden">
        {t('Scores')}
      </h2>
      <VendorSwitch rows={comparison.rows} active={active} onChange={onVendor} label={t('Vendor to score')} />
      <div className="summary-strip" aria-live="polite">
        <span>
          <strong>{row.vendorName}</strong>: {t('weighted score')}{' '}
          <strong>{formatScore(score.average)}</strong>
          {` / ${SCORE_MAX}`}
          {score.percent !== null && ` (${score.percent}%)`}
        </span>
        <span>
          {t('{{scored}} of {{total}} criteria scored', {
            scored: score.scoredCount,
            total: score.criteriaCount,
          })}
        </span>
        {score.unverifiedCount > 0 && (
          <Badge tone="warning">{t('{{count}} unverified', { count: score.unverifiedCount })}</Badge>
        )}
        {row.knockedOut && <Badge tone="danger">{t('Ruled out by a knock-out gate')}</Badge>}
      </div>
      <p className="muted small">
        {t('Scores are whole numbers from 1 (poor) to 5 (excellent).')} {t(SCORING_FORMULAS.unverified)}{' '}
        {t(SCORING_FORMULAS.weightedAverage)}
      </p>
      <table
        className="table score-table"
        aria-label={t('Scores for {{vendor}}', { vendor: row.vendorName })}
      >
        <thead>
          <tr>
            <th scope="col">{t('Criterion')}</th>
            <th scope="col" className="num">
              {t('Weight')}
            </th>
            <th scope="col">{t('Score (1-5)')}</th>
            <th scope="col">{t('Evidence')}</th>
            <th scope="col">{t('Status')}</th>
          </tr>
        </thead>
        <tbody>
          {score.criteria.map((c) => (
            <ScoreRow
              key={`${active}-${c.criterionId}`}
              evaluationId={evaluation.id}
              vendorId={active}
              vendorName={row.vendorName}
              criterion={c}
              description={evaluation.criteria.find((x) => x.id === c.criterionId)?.description ?? ''}
              readOnly={readOnly}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ScoreRow(props: {
  evaluationId: string;
  vendorId: string;
  vendorName: string;
  criterion: CriterionResult;
  description: string;
  readOnly: boolean;
}) {
  const t = useT();
  const { criterion: c, evaluationId, vendorId, vendorName, readOnly } = props;
  const target = { vendorId, criterionId: c.criterionId };
  const descriptionId = `crit-desc-${vendorId}-${c.criterionId}`;
  return (
    <tr>
      <th scope="row" className="score-table__criterion">
        <span>{c.name}</span>
        {props.description && (
          <span className="muted small" id={descriptionId}>
            {props.description}
          </span>
        )}
      </th>
      <td className="num">{c.weight}%</td>
      <td className="score-table__score">
        <InlineField
          label={t('{{criterion}} score for {{vendor}}', { criterion: c.name, vendor: vendorName })}
          inputMode="numeric"
          value={c.score === null ? '' : String(c.score)}
          disabled={readOnly}
          describedBy={props.description ? descriptionId : undefined}
          validate={(raw) => {
            const parsed = parseScore(raw);
            return parsed.ok ? null : parsed.message;
          }}
          save={async (raw) => {
            const parsed = parseScore(raw);
            if (parsed.ok) await saveScore(db, evaluationId, target, { score: parsed.value });
          }}
        />
        {c.score !== null && <span className="muted small">{t(SCORE_LABELS[c.score])}</span>}
      </td>
      <td className="score-table__evidence">
        <InlineField
          label={t('{{criterion}} evidence for {{vendor}}', { criterion: c.name, vendor: vendorName })}
          multiline
          value={c.evidence}
          disabled={readOnly}
          placeholder={t('Where does this score come from? Trial result, document, reference call…')}
          save={(raw) => saveScore(db, evaluationId, target, { evidence: raw })}
        />
      </td>
      <td>
        <Badge tone={BADGE_TONES.criterionStatus[c.status]}>{t(SCORE_STATUS_LABELS[c.status])}</Badge>
      </td>
    </tr>
  );
}
