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
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const own = decisionsFor(useCaseId, decisions);
  return (
    <section className="card" aria-labelledby="uc-decisions">
      <h2 id="uc-decisions">{t('Gate decisions')}</h2>
      {own.length === 0 ? (
        <p className="muted">
          {canDecide
            ? t(
                'No decision yet. Record one with “Record gate decision” when the pilot reaches its planned end.',
              )
            : t('Gate decisions are taken when a use case is in pilot or evaluation.')}
        </p>
      ) : (
        <ol className="decisions" aria-label={t('Gate decisions')}>
          {own.map((d) => {
            const to = stageAfterGateDecision(d.decision, d.fromStage);
            return (
              <li key={d.id} className="decision">
                <p className="decision__head">
                  <Badge tone={BADGE_TONES.gateDecision[d.decision]}>
                    {t(GATE_DECISION_LABELS[d.decision])}
                  </Badge>
                  <time dateTime={d.date}>{formatDay(d.date)}</time>
                  <span className="muted small">
                    {t(STAGE_LABELS[d.fromStage])} →{' '}
                    {to === d.fromStage
                      ? t('stays in {{stage}}', { stage: t(STAGE_LABELS[to]) })
                      : t(STAGE_LABELS[to])}
                  </span>
                </p>
                <p className="decision__rationale">{d.rationale}</p>
                <p className="muted small">{t('Decided by {{name}}', { name: d.decidedBy })}</p>
                <details className="explain">
                  <summary>{t('KPI evidence at the decision ({{n}})', { n: d.evidence.length })}</summary>
                  <EvidenceTable
                    compact
                    evidence={d.evidence}
                    label={t('KPI evidence of the {{decision}} decision of {{date}}', {
                      decision: t(GATE_DECISION_LABELS[d.decision]).toLowerCase(),
                      date: formatDay(d.date),
                    })}
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
