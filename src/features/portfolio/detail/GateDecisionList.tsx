import {
  decisionsFor,
  GATE_DECISION_LABELS,
  STAGE_LABELS,
  stageAfterGateDecision,
  type GateDecision,
} from '../../../domain/portfolio';
import { formatDay } from '../labels';
import { EvidenceTable } from './EvidencePreview';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';

/** Gate decisions of a use case, most recent first, each with the KPI evidence frozen at that moment. */
export function GateDecisionList({
  useCaseId,
  decisions,
  canDecide,
}: {
  useCaseId: string;
  decisions: GateDecision[];
  canDecide: boolean;
}) {
  const own = decisionsFor(useCaseId, decisions);
  return (
    <section className="card" aria-labelledby="uc-decisions">
      <h2 id="uc-decisions">Gate decisions</h2>
      {own.length === 0 ? (
        <p className="muted">
          {canDecide
            ? 'No decision yet. Record one with “Record gate decision” when the pilot reaches its planned end.'
            : 'Gate decisions are taken when a use case is in pilot or evaluation.'}
        </p>
      ) : (
        <ol className="decisions" aria-label="Gate decisions">
          {own.map((d) => {
            const to = stageAfterGateDecision(d.decision, d.fromStage);
            return (
              <li key={d.id} className="decision">
                <p className="decision__head">
                  <Badge tone={BADGE_TONES.gateDecision[d.decision]}>
                    {GATE_DECISION_LABELS[d.decision]}
                  </Badge>
                  <time dateTime={d.date}>{formatDay(d.date)}</time>
                  <span className="muted small">
                    {STAGE_LABELS[d.fromStage]} →{' '}
                    {to === d.fromStage ? `stays in ${STAGE_LABELS[to]}` : STAGE_LABELS[to]}
                  </span>
                </p>
                <p className="decision__rationale">{d.rationale}</p>
                <p className="muted small">Decided by {d.decidedBy}</p>
                <details className="explain">
                  <summary>KPI evidence at the decision ({d.evidence.length})</summary>
                  <EvidenceTable
                    compact
                    evidence={d.evidence}
                    label={`KPI evidence of the ${GATE_DECISION_LABELS[d.decision].toLowerCase()} decision of ${formatDay(d.date)}`}
                  />
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
