import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  crosswalkFor,
  frameworkById,
  INCLUSION_REASON_LABELS,
  REQUIREMENT_STATUS_LABELS,
  requirementById,
  requirementLabel,
  requirementStates,
  type FrameworkId,
  type RequirementState,
} from '../../domain/controls';
import { PageHeader } from '../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { DecisionDialog } from './DecisionDialog';
import { useControls } from './useControls';

function ApplicabilityPill({ state }: { state: RequirementState }) {
  if (state.requirement.mandatory)
    return <span className="controls-status controls-status--yes">Required</span>;
  if (!state.decision) return <span className="controls-status controls-status--undecided">Not decided</span>;
  return state.decision.applicability === 'applicable' ? (
    <span className="controls-status controls-status--yes">Applicable</span>
  ) : (
    <span className="controls-status controls-status--no">Excluded</span>
  );
}

function why(state: RequirementState): string {
  if (state.requirement.mandatory) return 'A clause every AI management system must meet.';
  const d = state.decision;
  if (!d) return '';
  if (d.applicability === 'excluded') return d.justification;
  return [d.reasons.map((r) => INCLUSION_REASON_LABELS[r]).join(', '), d.justification]
    .filter(Boolean)
    .join(': ');
}

/** Applicability per requirement of one framework: decision, reason, implementation, controls and crosswalk. */
export function ApplicabilityScreen() {
  const { client, data, frameworks, today } = useControls();
  const [framework, setFramework] = useState<FrameworkId>(frameworks[0] ?? 'iso42001');
  const [deciding, setDeciding] = useState<string | null>(null);
  const states = useMemo(() => requirementStates(data, today, framework), [data, today, framework]);
  const groups = [...new Set(states.map((s) => s.requirement.group))];
  const open = states.find((s) => s.requirement.id === deciding);
  const undecided = states.filter((s) => s.undecided).length;
  const columns: TableColumn<RequirementState>[] = [
    { key: 'ref', header: 'Ref', rowHeader: true, className: 'nowrap', render: (s) => s.requirement.ref },
    { key: 'requirement', header: 'Requirement', render: (s) => s.requirement.title },
    { key: 'applies', header: 'Applies', render: (s) => <ApplicabilityPill state={s} /> },
    { key: 'why', header: 'Justification', className: 'muted', render: why },
    {
      key: 'implementation',
      header: 'Implementation',
      render: (s) =>
        s.inScope ? (
          <span className={`controls-status controls-status--${s.status}`}>
            {REQUIREMENT_STATUS_LABELS[s.status]}
            {s.evidenced ? ', evidenced' : ''}
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'controls',
      header: 'Controls',
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
      header: 'Also maps to',
      className: 'muted',
      render: (s) =>
        crosswalkFor(s.requirement.id)
          .slice(0, 3)
          .map((x) => {
            const other = requirementById(x.id);
            return other ? (
              <div key={x.id} title={`${x.strength} mapping`}>
                {requirementLabel(other)} ({x.strength})
              </div>
            ) : null;
          }),
    },
    {
      key: 'decide',
      header: 'Decide',
      headerHidden: true,
      render: (s) =>
        !s.requirement.mandatory && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setDeciding(s.requirement.id)}
          >
            Decide {s.requirement.ref}
          </button>
        ),
    },
  ];

  return (
    <div className="page page--wide">
      <PageHeader
        title="Applicability"
        subtitle={`${client.name} · ${frameworkById(framework).name}${undecided > 0 ? ` · ${undecided} not decided` : ' · all decided'}`}
      />
      <div className="segmented" role="group" aria-label="Framework">
        {frameworks.map((f) => (
          <button
            key={f}
            type="button"
            className="segmented__option"
            aria-pressed={f === framework}
            onClick={() => setFramework(f)}
          >
            {frameworkById(f).shortName}
          </button>
        ))}
      </div>
      <p className="muted">{frameworkById(framework).description}</p>
      <RecordTable
        label={`Requirements of ${frameworkById(framework).shortName}`}
        compact
        columns={columns}
        rows={groups.flatMap((group) => states.filter((s) => s.requirement.group === group))}
        rowKey={(s) => s.requirement.id}
        groupOf={(s) => s.requirement.group}
      />
      {open && (
        <DecisionDialog clientId={client.id} state={open} today={today} onClose={() => setDeciding(null)} />
      )}
    </div>
  );
}
