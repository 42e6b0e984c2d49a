import {
  EMPTY_USE_CASE_FILTER,
  HARD_FILTER_EFFECT_LABELS,
  HARD_FILTER_EFFECTS,
  QUADRANT_LABELS,
  QUADRANTS,
  RISK_TIER_LABELS,
  RISK_TIERS,
  STAGE_LABELS,
  STAGES,
  type UseCaseFilter,
} from '../../../domain/portfolio';

const FILTER_PARAMS = {
  text: 'q',
  stage: 'stage',
  riskTier: 'risk',
  quadrant: 'quadrant',
  hardFilter: 'filter',
} as const;

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The table filter as kept in the URL, so it survives a reload and can be linked to. */
export function readFilter(params: URLSearchParams): UseCaseFilter {
  return {
    text: params.get(FILTER_PARAMS.text) ?? '',
    stage: pick(params.get(FILTER_PARAMS.stage), ['all', 'open', ...STAGES], 'all'),
    riskTier: pick(params.get(FILTER_PARAMS.riskTier), ['all', ...RISK_TIERS], 'all'),
    quadrant: pick(params.get(FILTER_PARAMS.quadrant), ['all', 'unscored', ...QUADRANTS], 'all'),
    hardFilter: pick(params.get(FILTER_PARAMS.hardFilter), ['all', 'none', ...HARD_FILTER_EFFECTS], 'all'),
  };
}

export function TableFilters(props: {
  filter: UseCaseFilter;
  setParams: (changes: Record<string, string>) => void;
  shown: number;
  total: number;
}) {
  const { filter, setParams } = props;
  const set = (key: keyof UseCaseFilter, value: string) =>
    setParams({ [FILTER_PARAMS[key]]: value === EMPTY_USE_CASE_FILTER[key] ? '' : value });
  const active = (Object.keys(FILTER_PARAMS) as (keyof UseCaseFilter)[]).some(
    (k) => filter[k] !== EMPTY_USE_CASE_FILTER[k],
  );
  const clear = () => setParams(Object.fromEntries(Object.values(FILTER_PARAMS).map((p) => [p, ''])));

  return (
    <div className="filter-bar" role="search" aria-label="Filter use cases">
      <div className="field filter-bar__search">
        <label htmlFor="uc-filter-text">Search</label>
        <input
          id="uc-filter-text"
          type="search"
          value={filter.text}
          onChange={(e) => set('text', e.target.value)}
          placeholder="Title, process, owner, affected persons…"
        />
      </div>
      <div className="field">
        <label htmlFor="uc-filter-stage">Stage</label>
        <select id="uc-filter-stage" value={filter.stage} onChange={(e) => set('stage', e.target.value)}>
          <option value="all">All stages</option>
          <option value="open">Open (not retired, stopped or parked)</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="uc-filter-risk">Risk tier</label>
        <select id="uc-filter-risk" value={filter.riskTier} onChange={(e) => set('riskTier', e.target.value)}>
          <option value="all">All risk tiers</option>
          {RISK_TIERS.map((t) => (
            <option key={t} value={t}>
              {RISK_TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="uc-filter-quadrant">Quadrant</label>
        <select
          id="uc-filter-quadrant"
          value={filter.quadrant}
          onChange={(e) => set('quadrant', e.target.value)}
        >
          <option value="all">All quadrants</option>
          {QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {QUADRANT_LABELS[q]}
            </option>
          ))}
          <option value="unscored">Not scored</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="uc-filter-hard">Hard filter</label>
        <select
          id="uc-filter-hard"
          value={filter.hardFilter}
          onChange={(e) => set('hardFilter', e.target.value)}
        >
          <option value="all">Any</option>
          <option value="none">None applies</option>
          {HARD_FILTER_EFFECTS.map((e) => (
            <option key={e} value={e}>
              {HARD_FILTER_EFFECT_LABELS[e]}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-bar__count muted small" aria-live="polite">
        {props.shown} of {props.total} shown
        {active && (
          <button type="button" className="link-button" onClick={clear}>
            Clear filters
          </button>
        )}
      </p>
    </div>
  );
}
