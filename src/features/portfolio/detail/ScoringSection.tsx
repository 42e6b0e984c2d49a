import { updateUseCase } from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  computePriority,
  effortFromFeasibility,
  formatNumber,
  PRIORITY_FORMULA_EXPLANATION,
  QUADRANT_EXPLANATION,
  placementLabel,
  quadrantForScores,
  RISK_TIER_LABELS,
  RISK_TIERS,
  SCORE_KEYS,
  type ResolvedUseCase,
  type UseCase,
} from '../../../domain/portfolio';
import { ClassifyUseCaseButton } from './ClassifyUseCaseButton';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import { ScoreField } from './useCaseFields';
import { RISK_TIER_COLOURS } from '../../../domain/shared/palette';
import { useT } from '../../../state/interfaceLanguage';
import { translatedOptions, SCORE_HINTS } from '../labels';

/** The five 1-5 scores and the risk tier, with the computed priority and how it was computed. */
export function ScoringSection({ useCase }: { useCase: UseCase | ResolvedUseCase }) {
  const fromSystems = 'tierFromSystems' in useCase && useCase.tierFromSystems;
  const ownTier = 'ownRiskTier' in useCase ? useCase.ownRiskTier : useCase.riskTier;
  const priority = computePriority(useCase.scores, useCase.riskTier);
  const quadrant = quadrantForScores(useCase.scores);
  const t = useT();
  return (
    <section className="card form-section" aria-labelledby="uc-scoring">
      <h2 id="uc-scoring">{t('Scoring and priority')}</h2>
      <div className="form-grid form-grid--scores">
        {SCORE_KEYS.map((key) => (
          <ScoreField key={key} useCase={useCase} scoreKey={key} hint={t(SCORE_HINTS[key])} />
        ))}
        <AutoSaveSelect
          label={t('EU AI Act risk tier')}
          value={fromSystems ? useCase.riskTier : ownTier}
          options={translatedOptions(RISK_TIERS, RISK_TIER_LABELS, t)}
          save={(riskTier) => updateUseCase(db, useCase.id, { riskTier })}
          disabled={fromSystems}
          hint={
            fromSystems
              ? t(
                  'From the EU AI Act classification of the AI system(s) it runs on (the most severe). Unlink the system or change its classification to change it.',
                )
              : t(
                  'Set by the EU AI Act classification of the AI system this use case runs on; until one is classified you can set it here.',
                )
          }
        />
      </div>
      <ClassifyUseCaseButton useCase={useCase} />
      <div className="scoring-result" aria-live="polite">
        <div className="scoring-result__score">
          <p className="muted small">{t('Priority (0-100)')}</p>
          {priority.ok ? (
            <p
              className="scoring-result__number"
              aria-label={t('Priority {{score}} out of 100', { score: priority.score })}
            >
              {priority.score}
            </p>
          ) : (
            <p className="scoring-result__number muted" aria-label={t('No priority yet')}>
              —
            </p>
          )}
        </div>
        <div className="scoring-result__detail">
          <p className={priority.ok ? 'small' : 'scoring-result__missing'}>
            {priority.ok ? priority.calculation : priority.message}
          </p>
          <dl className="scoring-result__facts">
            <div>
              <dt>{t('Value (impact × reach)')}</dt>
              <dd>
                {useCase.scores.impact !== null && useCase.scores.reach !== null
                  ? useCase.scores.impact * useCase.scores.reach
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('Effort (6 − feasibility)')}</dt>
              <dd>
                {useCase.scores.feasibility === null
                  ? '—'
                  : effortFromFeasibility(useCase.scores.feasibility)}
              </dd>
            </div>
            <div>
              <dt>{t('Quadrant')}</dt>
              <dd>
                {quadrant || useCase.riskTier === 'prohibited'
                  ? t(placementLabel(quadrant, useCase.riskTier))
                  : t('Not on the map yet')}
              </dd>
            </div>
            <div>
              <dt>{t('Risk penalty')}</dt>
              <dd>
                <span
                  className="risk-badge__dot"
                  style={{ background: RISK_TIER_COLOURS[useCase.riskTier] }}
                  aria-hidden
                />{' '}
                {priority.ok
                  ? `÷ ${formatNumber(priority.riskPenalty)}`
                  : useCase.riskTier === 'prohibited'
                    ? t('Stopped')
                    : t(RISK_TIER_LABELS[useCase.riskTier])}
              </dd>
            </div>
          </dl>
        </div>
      </div>
      <details className="explain">
        <summary>{t('How the priority is computed')}</summary>
        <p>{t(PRIORITY_FORMULA_EXPLANATION)}</p>
        <p>{t(QUADRANT_EXPLANATION)}</p>
      </details>
    </section>
  );
}
