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
import { OptionSelect, type Option } from '../../../ui/fields/OptionSelect';
import { translatedOptions } from '../labels';
import { useT } from '../../../state/interfaceLanguage';
import type { Translate } from '../../../domain/shared/language';

const FILTER_PARAMS = {
  text: 'q',
  stage: 'stage',
  riskTier: 'risk',
  quadrant: 'quadrant',
  hardFilter: 'filter',
} as const;

/** The choices of the filter bar, in order: the field of the filter, its label and its options. */
const selects = (
  t: Translate,
): { key: Exclude<keyof UseCaseFilter, 'text'>; label: string; options: Option<string>[] }[] => {
  const translated = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    translatedOptions(values, labels, t);
  return [
    {
      key: 'stage',
      label: t('Stage'),
      options: [
        { value: 'all', label: t('All stages') },
        { value: 'open', label: t('Open (not retired, stopped or parked)') },
        ...translated(STAGES, STAGE_LABELS),
      ],
    },
    {
      key: 'riskTier',
      label: t('Risk tier'),
      options: [{ value: 'all', label: t('All risk tiers') }, ...translated(RISK_TIERS, RISK_TIER_LABELS)],
    },
    {
      key: 'quadrant',
      label: t('Quadrant'),
      options: [
        { value: 'all', label: t('All quadrants') },
        ...translated(QUADRANTS, QUADRANT_LABELS),
        { value: 'unscored', label: t('Not scored') },
      ],
    },
    {
      key: 'hardFilter',
      label: t('Hard filter'),
      options: [
        { value: 'all', label: t('Any') },
        { value: 'none', label: t('None applies') },
        ...translated(HARD_FILTER_EFFECTS, HARD_FILTER_EFFECT_LABELS),
      ],
    },
  ];
};

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
  const t = useT();
  const { filter, setParams } = props;
  const set = (key: keyof UseCaseFilter, value: string) =>
    setParams({ [FILTER_PARAMS[key]]: value === EMPTY_USE_CASE_FILTER[key] ? '' : value });
  const active = (Object.keys(FILTER_PARAMS) as (keyof UseCaseFilter)[]).some(
    (k) => filter[k] !== EMPTY_USE_CASE_FILTER[k],
  );
  const clear = () => setParams(Object.fromEntries(Object.values(FILTER_PARAMS).map((p) => [p, ''])));

  return (
    <div className="filter-bar" role="search" aria-label={t('Filter use cases')}>
      <div className="field filter-bar__search">
        <label htmlFor="uc-filter-text">{t('Search')}</label>
        <input
          id="uc-filter-text"
          type="search"
          value={filter.text}
          onChange={(e) => set('text', e.target.value)}
          placeholder={t('Title, process, owner, affected persons…')}
        />
      </div>
      {selects(t).map(({ key, label, options }) => (
        <OptionSelect
          key={key}
          name={key}
          label={label}
          value={filter[key]}
          options={options}
          onChange={(v) => set(key, v)}
        />
      ))}
      <p className="filter-bar__count muted small" aria-live="polite">
        {t('{{shown}} of {{total}} shown', { shown: props.shown, total: props.total })}
        {active && (
          <button type="button" className="link-button" onClick={clear}>
            {t('Clear filters')}
          </button>
        )}
      </p>
    </div>
  );
}
