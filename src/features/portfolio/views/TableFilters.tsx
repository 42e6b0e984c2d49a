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
import { OptionSelect, optionsOf } from '../../../ui/fields/OptionSelect';

const FILTER_PARAMS = {
  text: 'q',
  stage: 'stage',
  riskTier: 'risk',
  quadrant: 'quadrant',
  hardFilter: 'filter',
} as const;

const STAGE_OPTIONS = [
  { value: 'all', label: 'All stages' },
  { value: 'open', label: 'Open (not retired, stopped or parked)' },
  ...optionsOf(STAGES, STAGE_LABELS),
];
const RISK_OPTIONS = [{ value: 'all', label: 'All risk tiers' }, ...optionsOf(RISK_TIERS, RISK_TIER_LABELS)];
const QUADRANT_OPTIONS = [
  { value: 'all', label: 'All quadrants' },
  ...optionsOf(QUADRANTS, QUADRANT_LABELS),
  { value: 'unscored', label: 'Not scored' },
];
const HARD_FILTER_OPTIONS = [
  { value: 'all', label: 'Any' },
  { value: 'none', label: 'None applies' },
  ...optionsOf(HARD_FILTER_EFFECTS, HARD_FILTER_EFFECT_LABELS),
];

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
      <OptionSelect
        name="stage"
        label="Stage"
        value={filter.stage}
        options={STAGE_OPTIONS}
        onChange={(v) => set('stage', v)}
      />
      <OptionSelect
        name="riskTier"
        label="Risk tier"
        value={filter.riskTier}
        options={RISK_OPTIONS}
        onChange={(v) => set('riskTier', v)}
      />
      <OptionSelect
        name="quadrant"
        label="Quadrant"
        value={filter.quadrant}
        options={QUADRANT_OPTIONS}
        onChange={(v) => set('quadrant', v)}
      />
      <OptionSelect
        name="hardFilter"
        label="Hard filter"
        value={filter.hardFilter}
        options={HARD_FILTER_OPTIONS}
        onChange={(v) => set('hardFilter', v)}
      />
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
