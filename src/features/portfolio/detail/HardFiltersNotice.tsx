import { describeFilters, HARD_FILTER_EXPLANATION, type HardFilterResult } from '../../../domain/portfolio';
import { useT } from '../../../state/interfaceLanguage';

/** Which hard filters apply to this use case (they come before the score), and what each one means. */
export function HardFiltersNotice({ filters }: { filters: HardFilterResult[] }) {
  const t = useT();
  return (
    <section
      className={`hard-filters ${filters.length ? 'hard-filters--active' : ''}`}
      aria-labelledby="uc-filters"
    >
      <div className="hard-filters__row">
        <h2 id="uc-filters">{t('Hard filters')}</h2>
        {filters.length === 0 ? (
          <p>{t('None applies: the use case is ranked on its priority score.')}</p>
        ) : (
          <ul>
            {filters.map((f) => (
              <li key={f.id}>
                <span className={`filter-chip filter-chip--${f.effect}`}>{describeFilters([f], t)}</span>{' '}
                {f.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <details className="explain">
        <summary>{t('About hard filters')}</summary>
        <p>{t(HARD_FILTER_EXPLANATION)}</p>
      </details>
    </section>
  );
}
