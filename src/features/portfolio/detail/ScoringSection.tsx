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
  type ScoreKey,
  type ResolvedUseCase,
  type UseCase,
} from '../../../domain/portfolio';
import { ClassifyUseCaseButton } from './ClassifyUseCaseButton';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import { ScoreField } from './useCaseFields';
import { RISK_TIER_COLOURS } from '../../../domain/shared/palette';

const SCORE_HINTS: Record<ScoreKey, string> = {
  impact: '1 = marginal gain · 5 = changes a core process or its economics',
  reach: '1 = a few people or a rare task · 5 = most staff or a daily, high-volume task',
  feasibility: '1 = hard: custom build, unproven · 5 = off the shelf, little integration',
  dataReadiness: '1 = data missing or scattered · 5 = clean, accessible and allowed to use',
  confidence: '1 = a guess · 5 = evidence from a test or a comparable case',
};

/** The five 1-5 scores and the risk tier, with the computed priority and how it was computed. */
export function ScoringSection({ useCase }: { useCase: UseCase | ResolvedUseCase }) {
  const fromSystems = 'tierFromSystems' in useCase && useCase.tierFromSystems;
  const ownTier = 'ownRiskTier' in useCase ? useCase.ownRiskTier : useCase.riskTier;
  const priority = computePriority(useCase.scores, useCase.riskTier);
  const quadrant = quadrantForScores(useCase.scores);
  return (
    <section className="card form-section" aria-labelledby="uc-scoring">
      <h2 id="uc-scoring">Scoring and priority</h2>
      <div className="form-grid form-grid--scores">
        {SCORE_KEYS.map((key) => (
          <ScoreField key={key} useCase={useCase} scoreKey={key} hint={SCORE_HINTS[key]} />
        ))}
        <AutoSaveSelect
          label="EU AI Act risk tier"
          value={fromSystems ? useCase.riskTier : ownTier}
          options={RISK_TIERS.map((t) => ({ value: t, label: RISK_TIER_LABELS[t] }))}
          save={(riskTier) => updateUseCase(db, useCase.id, { riskTier })}
          disabled={fromSystems}
          hint={
            fromSystems
              ? 'From the EU AI Act classification of the AI system(s) it runs on (the most severe). Unlink the system or change its classification to change it.'
              : 'Set by the EU AI Act classification of the AI system this use case runs on; until one is classified you can set it here.'
          }
        />
      </div>
      <ClassifyUseCaseButton useCase={useCase} />
      <div className="scoring-result" aria-live="polite">
        <div className="scoring-result__score">
          <p className="muted small">Priority (0-100)</p>
          {priority.ok ? (
            <p className="scoring-result__number" aria-label={`Priority ${priority.score} out of 100`}>
              {priority.score}
            </p>
          ) : (
            <p className="scoring-result__number muted" aria-label="No priority yet">
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
              <dt>Value (impact × reach)</dt>
              <dd>
                {useCase.scores.impact !== null && useCase.scores.reach !== null
                  ? useCase.scores.impact * useCase.scores.reach
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>Effort (6 − feasibility)</dt>
              <dd>
                {useCase.scores.feasibility === null
                  ? '—'
                  : effortFromFeasibility(useCase.scores.feasibility)}
              </dd>
            </div>
            <div>
              <dt>Quadrant</dt>
              <dd>
                {quadrant || useCase.riskTier === 'prohibited'
                  ? placementLabel(quadrant, useCase.riskTier)
                  : 'Not on the map yet'}
              </dd>
            </div>
            <div>
              <dt>Risk penalty</dt>
              <dd>
                <span
                  className="risk-badge__dot"
                  style={{ background: RISK_TIER_COLOURS[useCase.riskTier] }}
                  aria-hidden
                />{' '}
                {priority.ok
                  ? `÷ ${formatNumber(priority.riskPenalty)}`
                  : useCase.riskTier === 'prohibited'
                    ? 'Stopped'
                    : RISK_TIER_LABELS[useCase.riskTier]}
              </dd>
            </div>
          </dl>
        </div>
      </div>
      <details className="explain">
        <summary>How the priority is computed</summary>
        <p>{PRIORITY_FORMULA_EXPLANATION}</p>
        <p>{QUADRANT_EXPLANATION}</p>
      </details>
    </section>
  );
}
