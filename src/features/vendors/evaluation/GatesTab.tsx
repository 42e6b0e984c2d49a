import { Link } from 'react-router';
import {
  GATE_RESULT_LABELS,
  GATE_RESULTS,
  setGateResult,
  suggestGates,
  type GateEntry,
  type GateResult,
  type KnockOutGate,
} from '../../../domain/vendors';
import { saveGate } from '../../../db/vendors/evaluations';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { knockOutReason } from '../shared/format';
import { InlineField } from '../shared/InlineField';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { Segmented } from '../../../ui/Segmented';
import { GateLibraryPicker, RemoveGateButton } from './GateLibraryPicker';
import { ProfileFacts } from './ProfileFacts';
import type { EvaluationTabProps } from './tabProps';
import { activeVendor, VendorSwitch } from './VendorSwitch';
import { applyEvaluationChange } from './evaluationWrites';
import { translatedOptions } from '../shared/labels';
import { useT } from '../../../state/interfaceLanguage';

/** Knock-out gates per vendor: confirm pass / fail with a note; suggestions come from the library profile. */
export function GatesTab({
  evaluation,
  comparison,
  profiles,
  readOnly,
  vendorId,
  onVendor,
  onNotice,
}: EvaluationTabProps) {
  const t = useT();
  const { active, row, entry } = activeVendor(evaluation, comparison.rows, vendorId);
  if (!row || !entry) return null;
  const profile = profiles.find((p) => p.id === active);
  const suggestions: Record<string, GateEntry> = profile
    ? suggestGates(evaluation.gates, profile, { permittedLocations: evaluation.permittedLocations })
    : {};
  const applicable = evaluation.gates.filter(
    (g) =>
      suggestions[g.id] &&
      suggestions[g.id].result !== 'unknown' &&
      (entry.gates[g.id]?.result ?? 'unknown') === 'unknown',
  );

  const applyAll = () =>
    applyEvaluationChange(
      evaluation.id,
      (e, now) => {
        let next = e;
        for (const gate of applicable) {
          const change = setGateResult(next, active, gate.id, suggestions[gate.id], now);
          if (!change.ok) return change;
          next = change.evaluation;
        }
        return { ok: true, evaluation: next, warnings: [] };
      },
      onNotice,
      {
        failed: t('The suggestions were not applied.'),
        done: t(
          '{{count}} suggestions from the profile applied for {{vendor}}. Check them against the evidence.',
          {
            count: applicable.length,
            vendor: row.vendorName,
          },
        ),
      },
    );

  return (
    <section className="stack" aria-labelledby="gates-heading">
      <h2 id="gates-heading" className="visually-hidden">
        {t('Knock-out gates')}
      </h2>
      <VendorSwitch rows={comparison.rows} active={active} onChange={onVendor} label={t('Vendor to check')} />
      {row.knockedOut ? (
        <div className="knockout" role="status">
          <strong>{t('{{vendor}} is ruled out, whatever its score.', { vendor: row.vendorName })}</strong>
          <ul>
            {row.knockOuts.map((k) => (
              <li key={k.gateId}>{knockOutReason(k, t)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">
          {t('A vendor that fails any gate is ruled out whatever its score.')}{' '}
          {row.unknownGateCount > 0
            ? t('{{open}} of {{total}} gates still to confirm for {{vendor}}.', {
                open: row.unknownGateCount,
                total: evaluation.gates.length,
                vendor: row.vendorName,
              })
            : t('All gates confirmed for {{vendor}}.', { vendor: row.vendorName })}
        </p>
      )}
      <div className="gates-layout">
        <ol className="gate-list">
          {evaluation.gates.map((gate) => (
            <GateItem
              key={`${active}-${gate.id}`}
              evaluationId={evaluation.id}
              vendorId={active}
              vendorName={row.vendorName}
              gate={gate}
              entry={entry.gates[gate.id]}
              suggestion={suggestions[gate.id]}
              readOnly={readOnly}
              onNotice={onNotice}
            />
          ))}
          {!readOnly && (
            <li className="gate gate--add">
              <GateLibraryPicker evaluation={evaluation} onNotice={onNotice} />
            </li>
          )}
        </ol>
        <aside
          className="card gates-layout__facts"
          aria-label={t('Library facts about {{vendor}}', { vendor: row.vendorName })}
        >
          <h3>{t('Facts from the library')}</h3>
          {profile ? (
            <ProfileFacts profile={profile} permitted={evaluation.permittedLocations} />
          ) : (
            <p className="muted">{t('This vendor is no longer in the library.')}</p>
          )}
          {!readOnly && applicable.length > 0 && (
            <button type="button" className="button" onClick={() => void applyAll()}>
              {t('Use {{count}} suggestions for unconfirmed gates', { count: applicable.length })}
            </button>
          )}
          {profile && <Link to={`/library/${profile.id}`}>{t('Open the library profile')}</Link>}
        </aside>
      </div>
    </section>
  );
}

function GateItem(props: {
  evaluationId: string;
  vendorId: string;
  vendorName: string;
  gate: KnockOutGate;
  entry?: GateEntry;
  suggestion?: GateEntry;
  readOnly: boolean;
  onNotice: EvaluationTabProps['onNotice'];
}) {
  const t = useT();
  const { gate, entry, suggestion, vendorName, readOnly } = props;
  const result: GateResult = entry?.result ?? 'unknown';
  const target = { vendorId: props.vendorId, gateId: gate.id };
  const set = (patch: { result?: GateResult; note?: string }) =>
    trackSave(saveGate(db, props.evaluationId, target, patch));
  const differs =
    suggestion &&
    suggestion.result !== 'unknown' &&
    (suggestion.result !== result || suggestion.note !== (entry?.note ?? ''));
  const groupLabel = t('{{gate}}: result for {{vendor}}', { gate: gate.name, vendor: vendorName });
  return (
    <li className={`gate gate--${result}`}>
      <div className="gate__head">
        <h3>{gate.name}</h3>
        <Badge tone={BADGE_TONES.gateResult[result]}>
          {result === 'fail' ? t('Fail: rules the vendor out') : t(GATE_RESULT_LABELS[result])}
        </Badge>
        {!readOnly && (
          <RemoveGateButton evaluationId={props.evaluationId} gate={gate} onNotice={props.onNotice} />
        )}
      </div>
      {gate.question && <p>{gate.question}</p>}
      {gate.guidance && <p className="muted small">{gate.guidance}</p>}
      <div className="gate__controls">
        <Segmented
          label={groupLabel}
          options={translatedOptions(GATE_RESULTS, GATE_RESULT_LABELS, t)}
          value={result}
          disabled={readOnly}
          onChange={(value) => void set({ result: value })}
        />
        <InlineField
          className="gate__note"
          label={t('{{gate}}: note for {{vendor}}', { gate: gate.name, vendor: vendorName })}
          multiline
          value={entry?.note ?? ''}
          disabled={readOnly}
          placeholder={t('Evidence or reason (shown when the gate fails)')}
          save={(raw) => saveGate(db, props.evaluationId, target, { note: raw })}
        />
      </div>
      {differs && !readOnly && (
        <p className="gate__suggestion">
          <span>
            {t('Suggested from the profile:')} <strong>{t(GATE_RESULT_LABELS[suggestion.result])}</strong>.{' '}
            {suggestion.note}
          </span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void set({ result: suggestion.result, note: suggestion.note })}
            aria-label={t('Use the suggestion for {{gate}}', { gate: gate.name })}
          >
            {t('Use suggestion')}
          </button>
        </p>
      )}
    </li>
  );
}
