import type { ReactNode } from 'react';
import {
  EFFECTIVE_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  effectiveSystemOwner,
  effectiveSystemStatus,
  effectiveSystemVendor,
  type SourcedValue,
  type UseCaseFact,
  effectiveTier,
  REGIME_STATE_LABELS,
  incidentClockStates,
  incidentRegimes,
  riskPosition,
  screenDpia,
  type AiSystem,
  type ExtraColumn,
  type Incident,
  type RegisterId,
  type Risk,
} from '../../../domain/governance';
import { TIER_LABELS, TierBadge } from '../TierBadge';
import { ClockChips } from '../incidents/ClockChips';
import { english, type Translate } from '../../../domain/shared/language';

/** Columns some registers show besides their fields: the tier, the reporting clocks, the risk level. */
export interface ExtraListColumn extends ExtraColumn {
  key: string;
  /** Absent: only in the CSV export. */
  render?: (record: Record<string, unknown>) => ReactNode;
  sortValue: (record: Record<string, unknown>) => string | number | null;
}

const TIER_ORDER = { prohibited: 0, high: 1, limited: 2, minimal: 3, unclassified: 4 } as const;

/** "In pilot (from its use cases)": a value in effect and where it comes from. */
function sourcedText(v: SourcedValue, t: Translate = english): string {
  return v.source === 'useCases' ? t('{{value}} (from its use cases)', { value: v.value }) : v.value;
}

export function extraColumns(
  registerId: RegisterId,
  now: Date,
  systems: readonly AiSystem[] = [],
  facts: readonly UseCaseFact[] = [],
  /** The language of what the list shows (`render`); the CSV's `value` stays English for now. */
  t: Translate = english,
): ExtraListColumn[] {
  if (registerId === 'aiSystems') {
    const system = (r: Record<string, unknown>) => r as unknown as AiSystem;
    const status = (r: Record<string, unknown>, tr: Translate = english) => {
      const s = system(r);
      const label = tr(EFFECTIVE_STATUS_LABELS[effectiveSystemStatus(s, facts)]);
      return s.status === 'fromUseCases' ? tr('{{value}} (from its use cases)', { value: label }) : label;
    };
    const vendor = (r: Record<string, unknown>, tr?: Translate) =>
      sourcedText(effectiveSystemVendor(system(r), facts), tr);
    const owner = (r: Record<string, unknown>, tr?: Translate) =>
      sourcedText(effectiveSystemOwner(system(r), facts), tr);
    const shown = (text: (r: Record<string, unknown>, tr?: Translate) => string) => ({
      render: (r: Record<string, unknown>) => text(r, t),
      sortValue: (r: Record<string, unknown>) => text(r, t),
      value: (r: Record<string, unknown>) => text(r),
    });
    return [
      { key: 'statusInEffect', header: 'Status in effect', ...shown(status) },
      { key: 'vendorInEffect', header: 'Vendor in effect', ...shown(vendor) },
      { key: 'ownerInEffect', header: 'Business owner in effect', ...shown(owner) },
      {
        key: 'tier',
        header: 'EU AI Act tier',
        render: (r) => (
          <TierBadge
            tier={effectiveTier(system(r).classification)}
            overridden={Boolean(system(r).classification?.override)}
          />
        ),
        sortValue: (r) => TIER_ORDER[effectiveTier(system(r).classification)],
        value: (r) => {
          const c = system(r).classification;
          return c?.override
            ? `${TIER_LABELS[c.override.tier]} (override of ${TIER_LABELS[c.tier]}: ${c.override.justification})`
            : TIER_LABELS[effectiveTier(c)];
        },
      },
      {
        key: 'dpiaScreening',
        header: 'DPIA screening',
        render: (r) => dpiaText(system(r), t),
        sortValue: (r) => screenDpia(system(r).dpiaCriteria).count,
        value: (r) => dpiaText(system(r)),
      },
      {
        key: 'rulePack',
        header: 'Rule pack',
        sortValue: () => null,
        value: (r) =>
          system(r).classification
            ? `${system(r).classification!.rulePackId}@${system(r).classification!.rulePackVersion}`
            : '',
      },
    ];
  }
  if (registerId === 'incidents') {
    return [
      {
        key: 'clocks',
        header: 'Reporting clock',
        render: (r) => <ClockChips incident={r as unknown as Incident} now={now} systems={systems} compact />,
        sortValue: (r) => {
          const running = incidentClockStates(r as unknown as Incident, now, systems).filter(
            (c) => c.running,
          );
          return running.length ? Math.min(...running.map((c) => c.remainingMs)) : null;
        },
        value: (r) =>
          incidentRegimes(r as unknown as Incident, systems, now)
            .map(
              (v) =>
                `${v.title}: ${REGIME_STATE_LABELS[v.state]}${v.clock ? `, deadline ${v.clock.deadline}` : ''}${v.clock && v.state !== 'reported' ? `, ${v.clock.label}` : ''}`,
            )
            .join('; '),
      },
    ];
  }
  if (registerId === 'risks') {
    const level = (r: Record<string, unknown>) => riskPosition(r as unknown as Risk, 'current');
    return [
      {
        key: 'level',
        header: 'Current level',
        render: (r) => {
          const position = level(r);
          return position ? (
            <span className={`risk-level risk-level--${position.level}`}>
              {t(RISK_LEVEL_LABELS[position.level])} · {position.score}
            </span>
          ) : (
            <span className="muted">{t('Not scored')}</span>
          );
        },
        sortValue: (r) => level(r)?.score ?? null,
        value: (r) => {
          const position = level(r);
          return position ? `${RISK_LEVEL_LABELS[position.level]} (${position.score})` : '';
        },
      },
    ];
  }
  return [];
}

function dpiaText(system: AiSystem, t: Translate = english): string {
  const result = screenDpia(system.dpiaCriteria);
  if (result.count === 0 && system.dpiaStatus === 'notScreened') return t('Not screened');
  return result.likelyRequired
    ? t('{{n}} of 9: DPIA likely required', { n: result.count })
    : t('{{n}} of 9', { n: result.count });
}
