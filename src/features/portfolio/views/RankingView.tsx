import { Link } from 'react-router';
import {
  describeFilters,
  HARD_FILTER_EXPLANATION,
  PRIORITY_FORMULA_EXPLANATION,
  placementLabel,
  rankUseCases,
} from '../../../domain/portfolio';
import { PriorityValue, RiskBadge, StageBadge } from '../labels';
import type { PortfolioData } from '../usePortfolioData';
import { Badge } from '../../../ui/Badge';
import { useT } from '../../../state/interfaceLanguage';

/** The portfolio ranked: hard filters first, then priority, with each computation written out. */
export function RankingView({ data }: { data: PortfolioData }) {
  const t = useT();
  const ranked = rankUseCases(data.useCases, data.kpis);
  return (
    <section className="card" aria-labelledby="pf-ranking">
      <h2 id="pf-ranking">{t('Ranked by priority')}</h2>
      <details className="explain">
        <summary>{t('How the ranking works')}</summary>
        <p>{t(HARD_FILTER_EXPLANATION)}</p>
        <p>{t(PRIORITY_FORMULA_EXPLANATION)}</p>
      </details>
      <ol className="ranking" aria-label={t('Use cases by rank')}>
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
                    {t(placementLabel(r.quadrant, r.useCase.riskTier))}
                  </Badge>
                )}
              </div>
              <p className="muted small">{r.priority.ok ? r.priority.calculation : r.priority.message}</p>
              {r.filters.length > 0 && (
                <ul className="filter-chips" aria-label={t('Hard filters')}>
                  {r.filters.map((f) => (
                    <li key={f.id} className={`filter-chip filter-chip--${f.effect}`} title={f.message}>
                      {describeFilters([f], t)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="ranking__score">
              <span className="muted small">{t('Priority')}</span>
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
