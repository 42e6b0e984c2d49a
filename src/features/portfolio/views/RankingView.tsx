import { Link } from 'react-router';
import {
  HARD_FILTER_EFFECT_LABELS,
  HARD_FILTER_EXPLANATION,
  PRIORITY_FORMULA_EXPLANATION,
  placementLabel,
  rankUseCases,
} from '../../../domain/portfolio';
import { PriorityValue, RiskBadge, StageBadge } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { Badge } from '../../../ui/Badge';

/** The portfolio ranked: hard filters first, then priority, with each computation written out. */
export function RankingView({ data }: { data: PortfolioData }) {
  const ranked = rankUseCases(data.useCases, data.kpis);
  return (
    <section className="card" aria-labelledby="pf-ranking">
      <h2 id="pf-ranking">Ranked by priority</h2>
      <details className="explain">
        <summary>How the ranking works</summary>
        <p>{HARD_FILTER_EXPLANATION}</p>
        <p>{PRIORITY_FORMULA_EXPLANATION}</p>
      </details>
      <ol className="ranking" aria-label="Use cases by rank">
        {ranked.map((r) => (
          <li key={r.useCase.id} className="ranking__item">
            <span className="ranking__rank" aria-hidden>
              {r.rank}
            </span>
            <div className="ranking__body">
              <div className="ranking__head">
                <Link to={r.useCase.id} className="ranking__title">
                  {r.useCase.title}
                </Link>
                <StageBadge stage={r.useCase.stage} />
                <RiskBadge tier={r.useCase.riskTier} short />
                {(r.quadrant || r.useCase.riskTier === 'prohibited') && (
                  <Badge tone={r.useCase.riskTier === 'prohibited' ? 'danger' : 'neutral'}>
                    {placementLabel(r.quadrant, r.useCase.riskTier)}
                  </Badge>
                )}
              </div>
              <p className="muted small">{r.priority.ok ? r.priority.calculation : r.priority.message}</p>
              {r.filters.length > 0 && (
                <ul className="filter-chips" aria-label="Hard filters">
                  {r.filters.map((f) => (
                    <li key={f.id} className={`filter-chip filter-chip--${f.effect}`} title={f.message}>
                      {HARD_FILTER_EFFECT_LABELS[f.effect]}: {f.label}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="ranking__score">
              <span className="muted small">Priority</span>
              <PriorityValue
                score={r.priority.ok ? r.priority.score : null}
                missing={r.priority.ok ? undefined : r.priority.message}
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
