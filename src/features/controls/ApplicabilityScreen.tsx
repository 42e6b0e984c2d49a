import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  crosswalkFor,
  frameworkById,
  INCLUSION_REASON_LABELS,
  MAPPING_STRENGTH_LABELS,
  type MappingStrength,
  REQUIREMENT_STATUS_LABELS,
  requirementById,
  requirementGroup,
  requirementLabel,
  requirementTitle,
  requirementStates,
  type FrameworkId,
  type RequirementState,
} from '../../domain/controls';
import { PageHeader } from '../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { DecisionDialog } from './DecisionDialog';
import { useControls } from './useControls';
import { useT } from '../../state/interfaceLanguage';
import type { Translate } from '../../domain/shared/language';

function ApplicabilityPill({ state }: { state: RequirementState }) {
  const t = useT();
  if (state.requirement.mandatory)
    return <span className="controls-status controls-status--yes">{t('Required')}</span>;
  if (!state.decision)
    return <span className="controls-status controls-status--undecided">{t('Not decided')}</span>;
  return state.decision.applicability === 'applicable' ? (
    <span className="controls-status controls-status--yes">{t('Applicable')}</span>
  ) : (
    <span className="controls-status controls-status--no">{t('Excluded')}</span>
  );
}

/** How closely a crosswalk line matches, in a word. */
function strengthWord(strength: MappingStrength, t: Translate): string {
  return strength === 'strong' ? t('strong') : strength === 'partial' ? t('partial') : t('related');
}

function why(state: RequirementState, t: Translate): string {
  if (state.requirement.mandatory) return t('A clause every AI management system must meet.');
  const d = state.decision;
  if (!d) return '';
  if (d.applicability === 'excluded') return d.justification;
  return [d.reasons.map((r) => t(INCLUSION_REASON_LABELS[r])).join(', '), d.justification]
    .filter(Boolean)
    .join(': ');
}

/** Applicability per requirement of one framework: decision, reason, implementation, controls and crosswalk. */
export function ApplicabilityScreen() {
  const { client, data, frameworks, today } = useControls();
  const t = useT();
  const [framework, setFramework] = useState<FrameworkId>(frameworks[0] ?? 'iso42001');
  const [deciding, setDeciding] = useState<string | null>(null);
  const states = useMemo(() => requirementStates(data, today, framework), [data, today, framework]);
  const groups = [...new Set(states.map((s) => s.requirement.group))];
  const open = states.find((s) => s.requirement.id === deciding);
  const undecided = states.filter((s) => s.undecided).length;
  const columns: TableColumn<RequirementState>[] = [
    { key: 'ref', header: t('Ref'), rowHeader: true, className: 'nowrap', render: (s) => s.requirement.ref },
    { key: 'requirement', header: t('Requirement'), render: (s) => requirementTitle(s.requirement, t) },
    { key: 'applies', header: t('Applies'), render: (s) => <ApplicabilityPill state={s} /> },
    { key: 'why', header: t('Justification'), className: 'muted', render: (s) => why(s, t) },
    {
      key: 'implementation',
      header: t('Implementation'),
      render: (s) =>
        s.inScope ? (
          <span className={`controls-status controls-status--${s.status}`}>
            {s.evidenced
              ? t('{{status}}, evidenced', { status: t(REQUIREMENT_STATUS_LABELS[s.status]) })
              : t(REQUIREMENT_STATUS_LABELS[s.status])}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'controls',
      header: t('Controls'),
      render: (s) =>
        s.controls.map((c, i) => (
          <Fragment key={c.id}>
            {i > 0 && ', '}
            <Link to={`../list/${c.id}`} relative="path">
              {c.title}
            </Link>
          </Fragment>
        )),
    },
    {
      key: 'crosswalk',
      header: t('Also maps to'),
      className: 'muted',
      render: (s) =>
        crosswalkFor(s.requirement.id)
          .slice(0, 3)
          .map((x) => {
            const other = requirementById(x.id);
            return other ? (
              <div key={x.id} title={t(MAPPING_STRENGTH_LABELS[x.strength])}>
                {requirementLabel(other)} ({strengthWord(x.strength, t)})
              </div>
            ) : null;
          }),
    },
    {
      key: 'decide',
      header: t('Decide'),
      headerHidden: true,
      render: (s) =>
        !s.requirement.mandatory && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setDeciding(s.requirement.id)}
          >
            {t('Decide {{ref}}', { ref: s.requirement.ref })}
          </button>
        ),
    },
  ];

  return (
    <div className="page page--wide">
      <PageHeader
        title={t('Applicability')}
        subtitle={
          undecided > 0
            ? t('{{client}} · {{framework}} · {{count}} not decided', {
                client: client.name,
                framework: t(frameworkById(framework).name),
                count: undecided,
              })
            : t('{{client}} · {{framework}} · all decided', {
                client: client.name,
                framework: t(frameworkById(framework).name),
              })
        }
      />
      <div className="segmented" role="group" aria-label={t('Framework')}>
        {frameworks.map((f) => (
          <button
            key={f}
            type="button"
            className="segmented__option"
            aria-pressed={f === framework}
            onClick={() => setFramework(f)}
          >
            {t(frameworkById(f).shortName)}
          </button>
        ))}
      </div>
      <p className="muted">{t(frameworkById(framework).description)}</p>
      <RecordTable
        label={t('Requirements of {{framework}}', { framework: t(frameworkById(framework).shortName) })}
        compact
        columns={columns}
        rows={groups.flatMap((group) => states.filter((s) => s.requirement.group === group))}
        rowKey={(s) => s.requirement.id}
        groupOf={(s) => requirementGroup(s.requirement, t)}
      />
      {open && (
        <DecisionDialog clientId={client.id} state={open} today={today} onClose={() => setDeciding(null)} />
      )}
    </div>
  );
}
