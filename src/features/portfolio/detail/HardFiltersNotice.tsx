import {
  HARD_FILTER_EFFECT_LABELS,
  HARD_FILTER_EXPLANATION,
  type HardFilterResult,
} from '../../../domain/portfolio';

/** Which hard filters apply to this use case (they come before the score), and what each one means. */
export function HardFiltersNotice({ filters }: { filters: HardFilterResult[] }) {
  return (
    <section
      className={`hard-filters ${filters.length ? 'hard-filters--active' : ''}`}
      aria-labelledby="uc-filters"
    >
      <div className="hard-filters__row">
        <h2 id="uc-filters">Hard filters</h2>
        {filters.length === 0 ? (
          <p>None applies: the use case is ranked on its priority score.</p>
        ) : (
          <ul>
            {filters.map((f) => (
              <li key={f.id}>
                <span className={`filter-chip filter-chip--${f.effect}`}>
                  {HARD_FILTER_EFFECT_LABELS[f.effect]}: {f.label}
                </span>{' '}
                {f.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <details className="explain">
        <summary>About hard filters</summary>
        <p>{HARD_FILTER_EXPLANATION}</p>
      </details>
    </section>
  );
}
