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
import { optionsOf } from '../../../ui/fields/OptionSelect';
import { Segmented } from '../../../ui/Segmented';
import { GateLibraryPicker, RemoveGateButton } from './GateLibraryPicker';
import { ProfileFacts } from './ProfileFacts';
import type { EvaluationTabProps } from './tabProps';
import { activeVendor, VendorSwitch } from './VendorSwitch';
import { applyEvaluationChange } from './evaluationWrites';

const RESULT_OPTIONS = optionsOf(GATE_RESULTS, GATE_RESULT_LABELS);

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
        failed: 'The suggestions were not applied.',
        done: `${applicable.length} suggestion${applicable.length === 1 ? '' : 's'} from the profile applied for ${row.vendorName}. Check them against the evidence.`,
      },
    );

  return (
    <section className="stack" aria-labelledby="gates-heading">
      <h2 id="gates-heading" className="visually-hidden">
        Knock-out gates
      </h2>
      <VendorSwitch rows={comparison.rows} active={active} onChange={onVendor} label="Vendor to check" />
      {row.knockedOut ? (
        <div className="knockout" role="status">
          <strong>{row.vendorName} is ruled out, whatever its score.</strong>
          <ul>
            {row.knockOuts.map((k) => (
              <li key={k.gateId}>{knockOutReason(k)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">
          A vendor that fails any gate is ruled out whatever its score.{' '}
          {row.unknownGateCount > 0
            ? `${row.unknownGateCount} of ${evaluation.gates.length} gates still to confirm for ${row.vendorName}.`
            : `All gates confirmed for ${row.vendorName}.`}
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
        <aside className="card gates-layout__facts" aria-label={`Library facts about ${row.vendorName}`}>
          <h3>Facts from the library</h3>
          {profile ? (
            <ProfileFacts profile={profile} permitted={evaluation.permittedLocations} />
          ) : (
            <p className="muted">This vendor is no longer in the library.</p>
          )}
          {!readOnly && applicable.length > 0 && (
            <button type="button" className="button" onClick={() => void applyAll()}>
              Use {applicable.length} suggestion{applicable.length === 1 ? '' : 's'} for unconfirmed gates
            </button>
          )}
          {profile && <Link to={`/library/${profile.id}`}>Open the library profile</Link>}
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
  const { gate, entry, suggestion, vendorName, readOnly } = props;
  const result: GateResult = entry?.result ?? 'unknown';
  const target = { vendorId: props.vendorId, gateId: gate.id };
  const set = (patch: { result?: GateResult; note?: string }) =>
    trackSave(saveGate(db, props.evaluationId, target, patch));
  const differs =
    suggestion &&
    suggestion.result !== 'unknown' &&
    (suggestion.result !== result || suggestion.note !== (entry?.note ?? ''));
  const groupLabel = `${gate.name}: result for ${vendorName}`;
  return (
    <li className={`gate gate--${result}`}>
      <div className="gate__head">
        <h3>{gate.name}</h3>
        <Badge tone={BADGE_TONES.gateResult[result]}>
          {result === 'fail' ? 'Fail: rules the vendor out' : GATE_RESULT_LABELS[result]}
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
          options={RESULT_OPTIONS}
          value={result}
          disabled={readOnly}
          onChange={(value) => void set({ result: value })}
        />
        <InlineField
          className="gate__note"
          label={`${gate.name}: note for ${vendorName}`}
          multiline
          value={entry?.note ?? ''}
          disabled={readOnly}
          placeholder="Evidence or reason (shown when the gate fails)"
          save={(raw) => saveGate(db, props.evaluationId, target, { note: raw })}
        />
      </div>
      {differs && !readOnly && (
        <p className="gate__suggestion">
          <span>
            Suggested from the profile: <strong>{GATE_RESULT_LABELS[suggestion.result]}</strong>.{' '}
            {suggestion.note}
          </span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void set({ result: suggestion.result, note: suggestion.note })}
            aria-label={`Use the suggestion for ${gate.name}`}
          >
            Use suggestion
          </button>
        </p>
      )}
    </li>
  );
}
