import { useState, type FormEvent } from 'react';
import {
  FieldsInvalidError,
  moveUseCaseStage,
  recordGateDecision,
  StageMoveRefusedError,
} from '../../../db/portfolio/useCases';
import { db } from '../../../db/core/schema';
import {
  checkStageMove,
  countActivePilots,
  isActivePilotStage,
  decisionKindForMove,
  freezeEvidence,
  GATE_DECISION_LABELS,
  GATE_DECISIONS,
  isGateStage,
  STAGE_LABELS,
  STAGE_TRANSITIONS,
  stageAfterGateDecision,
  stageMoveDateProblem,
  type GateDecisionKind,
  type Stage,
  type StageMoveBlocker,
  type UseCase,
} from '../../../domain/portfolio';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import type { PortfolioData } from '../usePortfolioData';
import { EvidenceTable } from './EvidencePreview';
import { MoveChecks } from './MoveChecks';
import { formatDay, todayIso } from '../../../domain/shared/dates';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

type Errors = Partial<Record<'date' | 'rationale' | 'decidedBy' | 'overrideReason' | 'form', string>>;

export interface StageMoveDialogProps {
  useCase: UseCase;
  data: PortfolioData;
  pilotLimit: number;
  /** `move`: choose the target stage; `decision`: choose a gate decision (scale / iterate / stop / park). */
  mode: 'move' | 'decision';
  initialTarget?: Stage;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * Moves a use case to another stage, or records a gate decision. Shows live what stops the move
 * (charter items missing, pilot limit...), asks for an override reason at the pilot limit, and when the
 * move leaves pilot or evaluation, records it as a gate decision with the KPI evidence frozen.
 */
export function StageMoveDialog(props: StageMoveDialogProps) {
  const { useCase, data, pilotLimit, mode } = props;
  const t = useT();
  const from = useCase.stage;
  const targets = STAGE_TRANSITIONS[from];
  const [target, setTarget] = useState<Stage | ''>(
    props.initialTarget && targets.includes(props.initialTarget) ? props.initialTarget : (targets[0] ?? ''),
  );
  const [kind, setKind] = useState<GateDecisionKind>('scale');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [unclassifiedReason, setUnclassifiedReason] = useState('');
  const [rationale, setRationale] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [refused, setRefused] = useState<StageMoveBlocker[] | null>(null);

  const gateStage = isGateStage(from) ? from : null;
  const effectiveTarget: Stage | '' =
    mode === 'decision' && gateStage ? stageAfterGateDecision(kind, gateStage) : target;
  const gateKind =
    mode === 'decision' ? kind : effectiveTarget ? decisionKindForMove(from, effectiveTarget) : null;
  const moves = effectiveTarget !== '' && effectiveTarget !== from;
  const check = moves
    ? checkStageMove(useCase, effectiveTarget, {
        kpis: data.kpis,
        activePilotCount: countActivePilots(data.useCases),
        pilotLimit,
        override: overrideReason.trim() ? { reason: overrideReason } : undefined,
        unclassifiedReason,
      })
    : null;
  const blockers = refused ?? (check && !check.ok ? check.blockers : []);
  const needsUnclassifiedReason =
    effectiveTarget === 'pilot' && !isActivePilotStage(from) && useCase.riskTier === 'unclassified';
  const atLimit =
    (check &&
      !check.ok &&
      check.blockers.some((b) => b.code === 'pilot-limit' || b.code === 'override-reason-required')) ||
    (check?.ok && check.overrideApplied);
  const dateProblem = stageMoveDateProblem(useCase, date, todayIso());
  const ownKpis = data.kpis.filter((k) => k.useCaseId === useCase.id);
  const evidence =
    gateKind && !dateProblem
      ? freezeEvidence(ownKpis, data.measurements, date, {
          start: useCase.charter.startDate,
          end: useCase.charter.plannedEndDate,
        })
      : [];

  const close = () => props.onOpenChange(false);
  const clear = (field: keyof Errors) => setErrors((current) => ({ ...current, [field]: undefined }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefused(null);
    const local: Errors = {};
    if (dateProblem) local.date = dateProblem;
    if (gateKind && !rationale.trim()) local.rationale = t('Write down the rationale for this decision');
    if (gateKind && !decidedBy.trim()) local.decidedBy = t('Say who took the decision');
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      if (gateKind)
        await trackSave(
          recordGateDecision(db, useCase.id, {
            decision: gateKind,
            date,
            rationale,
            decidedBy,
            note,
            overrideReason,
            unclassifiedReason,
          }),
        );
      else if (effectiveTarget)
        await trackSave(
          moveUseCaseStage(db, useCase.id, {
            target: effectiveTarget,
            date,
            note,
            overrideReason,
            unclassifiedReason,
          }),
        );
      close();
    } catch (err) {
      if (err instanceof StageMoveRefusedError) setRefused(err.blockers);
      else if (err instanceof FieldsInvalidError) {
        const byField: Errors = {};
        for (const e of err.errors) {
          const key = (['date', 'rationale', 'decidedBy'] as const).find((k) => e.field === k) ?? 'form';
          byField[key] ??= e.message;
        }
        setErrors(byField);
      } else setErrors({ form: describeWriteError(err) });
    }
  };

  const errorOf = (key: keyof Errors) => <ErrorText id={`move-${key}-error`}>{errors[key]}</ErrorText>;
  const invalidOf = (key: keyof Errors) => ({
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `move-${key}-error` : undefined,
  });
  const fieldError = {
    rationale: errorOf('rationale'),
    decidedBy: errorOf('decidedBy'),
    form: errorOf('form'),
  };
  const invalid = { rationale: invalidOf('rationale'), decidedBy: invalidOf('decidedBy') };
  const decisionName = gateKind ? t(GATE_DECISION_LABELS[gateKind]).toLowerCase() : '';
  const submitLabel = gateKind
    ? moves && effectiveTarget
      ? t('Record {{decision}} decision and move to {{stage}}', {
          decision: decisionName,
          stage: t(STAGE_LABELS[effectiveTarget]),
        })
      : t('Record {{decision}} decision', { decision: decisionName })
    : effectiveTarget
      ? t('Move to {{stage}}', { stage: t(STAGE_LABELS[effectiveTarget]) })
      : t('Move');

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={
        mode === 'decision'
          ? t('Gate decision: {{title}}', { title: useCase.title })
          : t('Move {{title}}', { title: useCase.title })
      }
      description={t('Now in {{stage}}.', { stage: t(STAGE_LABELS[from]) })}
      wide
    >
      {targets.length === 0 ? (
        <p>
          {t('{{stage}} is final: this use case cannot move any more.', { stage: t(STAGE_LABELS[from]) })}
        </p>
      ) : (
        <form onSubmit={submit} noValidate onChange={() => setRefused(null)}>
          <div className="form-grid">
            {mode === 'decision' && gateStage ? (
              <div className="field">
                <label htmlFor="move-decision">{t('Decision')}</label>
                <select
                  id="move-decision"
                  value={kind}
                  onChange={(e) => setKind(e.target.value as GateDecisionKind)}
                >
                  {GATE_DECISIONS.map((k) => {
                    const to = stageAfterGateDecision(k, gateStage);
                    return (
                      <option key={k} value={k}>
                        {t(GATE_DECISION_LABELS[k])} —{' '}
                        {to === from
                          ? t('stays in {{stage}}', { stage: t(STAGE_LABELS[to]) })
                          : t('moves to {{stage}}', { stage: t(STAGE_LABELS[to]) })}
                      </option>
                    );
                  })}
                </select>
              </div>
            ) : (
              <div className="field">
                <label htmlFor="move-target">{t('Move to')}</label>
                <select id="move-target" value={target} onChange={(e) => setTarget(e.target.value as Stage)}>
                  {targets.map((s) => (
                    <option key={s} value={s}>
                      {t(STAGE_LABELS[s])}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className={`field ${errors.date || dateProblem ? 'field--invalid' : ''}`}>
              <label htmlFor="move-date">{gateKind ? t('Decision date') : t('Date of the move')}</label>
              <input
                id="move-date"
                type="date"
                value={date}
                max={todayIso()}
                onChange={(e) => {
                  setDate(e.target.value);
                  clear('date');
                }}
                aria-invalid={errors.date || dateProblem ? true : undefined}
                aria-describedby={errors.date || dateProblem ? 'move-date-error' : undefined}
              />
              <ErrorText id="move-date-error">{errors.date ?? dateProblem}</ErrorText>
            </div>
          </div>
          <div className="field">
            <label htmlFor="move-note">{t('Note for the stage history (optional)')}</label>
            <input id="move-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          {gateKind && (
            <fieldset className="gate-fields">
              <legend>
                {moves
                  ? t('Gate decision: {{decision}}', { decision: t(GATE_DECISION_LABELS[gateKind]) })
                  : t('Gate decision: {{decision}} (the use case stays in {{stage}})', {
                      decision: t(GATE_DECISION_LABELS[gateKind]),
                      stage: t(STAGE_LABELS[from]),
                    })}
              </legend>
              <div className={`field ${errors.rationale ? 'field--invalid' : ''}`}>
                <label htmlFor="move-rationale">{t('Rationale')}</label>
                <textarea
                  id="move-rationale"
                  rows={3}
                  value={rationale}
                  onChange={(e) => {
                    setRationale(e.target.value);
                    clear('rationale');
                  }}
                  {...invalid.rationale}
                />
                {fieldError.rationale}
              </div>
              <div className={`field ${errors.decidedBy ? 'field--invalid' : ''}`}>
                <label htmlFor="move-decided-by">{t('Decided by')}</label>
                <input
                  id="move-decided-by"
                  value={decidedBy}
                  onChange={(e) => {
                    setDecidedBy(e.target.value);
                    clear('decidedBy');
                  }}
                  placeholder={t('Name and role, e.g. Ilse Jansen (CEO)')}
                  {...invalid.decidedBy}
                />
                {fieldError.decidedBy}
              </div>
              <h3 className="gate-fields__evidence">
                {dateProblem
                  ? t('KPI evidence frozen with the decision')
                  : t('KPI evidence frozen with the decision (as of {{date}})', { date: formatDay(date) })}
              </h3>
              <EvidenceTable evidence={evidence} label={t('KPI evidence for this decision')} />
            </fieldset>
          )}
          <MoveChecks blockers={blockers} refused={refused !== null} />
          {needsUnclassifiedReason && (
            <div className="field override-field">
              <label htmlFor="move-unclassified">
                {t('Reason to start the pilot before the EU AI Act classification')}
              </label>
              <textarea
                id="move-unclassified"
                rows={2}
                value={unclassifiedReason}
                onChange={(e) => setUnclassifiedReason(e.target.value)}
                aria-describedby="move-unclassified-hint"
              />
              <p className="field__hint" id="move-unclassified-hint">
                {t(
                  'A prohibited practice can never enter pilot, so classify first where you can. The reason is recorded on the use case and shown on the board report until its AI system is classified.',
                )}
              </p>
            </div>
          )}
          {atLimit && (
            <div className="field override-field">
              <label htmlFor="move-override">{t('Reason to go over the pilot limit')}</label>
              <textarea
                id="move-override"
                rows={2}
                value={overrideReason}
                onChange={(e) => setOverrideReason(e.target.value)}
                aria-describedby="move-override-hint"
              />
              <p className="field__hint" id="move-override-hint">
                {t(
                  'The limit of {{limit}} pilots at once keeps the client from doing ten things at once. An override is recorded with its reason and stays visible on the use case, in the overview and in reports.',
                  { limit: pilotLimit },
                )}
              </p>
            </div>
          )}
          {fieldError.form}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              {t('Cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {submitLabel}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
