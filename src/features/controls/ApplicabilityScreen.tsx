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
      <table
        className="table table--compact"
        aria-label={`Requirements of ${frameworkById(framework).shortName}`}
      >
        <thead>
          <tr>
            <th scope="col">Ref</th>
            <th scope="col">Requirement</th>
            <th scope="col">Applies</th>
            <th scope="col">Justification</th>
            <th scope="col">Implementation</th>
            <th scope="col">Controls</th>
            <th scope="col">Also maps to</th>
            <th scope="col">
              <span className="visually-hidden">Decide</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <Fragment key={group}>
              <tr className="controls-group">
                <th colSpan={8} scope="colgroup">
                  {group}
                </th>
              </tr>
              {states
                .filter((s) => s.requirement.group === group)
                .map((s) => (
                  <tr key={s.requirement.id} data-requirement={s.requirement.ref}>
                    <td className="nowrap">{s.requirement.ref}</td>
                    <td>{s.requirement.title}</td>
                    <td>
                      <ApplicabilityPill state={s} />
                    </td>
                    <td className="muted">{why(s)}</td>
                    <td>
                      {s.inScope ? (
                        <span className={`controls-status controls-status--${s.status}`}>
                          {REQUIREMENT_STATUS_LABELS[s.status]}
                          {s.evidenced ? ', evidenced' : ''}
                        </span>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      {s.controls.map((c, i) => (
                        <Fragment key={c.id}>
                          {i > 0 && ', '}
                          <Link to={`../list/${c.id}`} relative="path">
                            {c.title}
                          </Link>
                        </Fragment>
                      ))}
                    </td>
                    <td className="muted">
                      {crosswalkFor(s.requirement.id)
                        .slice(0, 3)
                        .map((x) => {
                          const other = requirementById(x.id);
                          return other ? (
                            <div key={x.id} title={`${x.strength} mapping`}>
                              {requirementLabel(other)} ({x.strength})
                            </div>
                          ) : null;
                        })}
                    </td>
                    <td>
                      {!s.requirement.mandatory && (
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() => setDeciding(s.requirement.id)}
                        >
                          Decide {s.requirement.ref}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
      {open && (
        <DecisionDialog clientId={client.id} state={open} today={today} onClose={() => setDeciding(null)} />
      )}
    </div>
  );
}
