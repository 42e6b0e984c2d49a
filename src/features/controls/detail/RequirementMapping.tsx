import { X } from 'lucide-react';
import { useState } from 'react';
import {
  FRAMEWORK_PACK,
  FRAMEWORKS,
  requirementById,
  requirementLabel,
  type ClientControl,
} from '../../../domain/controls';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';

/** The requirements a control addresses: remove one, or map it to another from the framework pack. */
export function RequirementMapping({
  control,
  save,
}: {
  control: ClientControl;
  save(patch: Partial<ClientControl>): Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const set = (requirementIds: string[]) =>
    trackSave(save({ requirementIds })).then(
      () => setError(null),
      (e: unknown) => setError(describeWriteError(e)),
    );
  const mapped = control.requirementIds.map((id) => requirementById(id)).filter((r) => r !== undefined);
  return (
    <section className="card" aria-labelledby="control-requirements">
      <h2 id="control-requirements">Requirements it addresses ({mapped.length})</h2>
      {FRAMEWORKS.map((f) => {
        const own = mapped.filter((r) => r.framework === f.id);
        if (own.length === 0) return null;
        return (
          <div key={f.id}>
            <h3 className="field__label">{f.shortName}</h3>
            <ul className="controls-chips">
              {own.map((r) => (
                <li key={r.id} title={r.title}>
                  {r.ref} {r.title}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${requirementLabel(r)}`}
                    onClick={() => void set(control.requirementIds.filter((id) => id !== r.id))}
                  >
                    <X size={12} aria-hidden />
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="field">
        <label htmlFor="map-requirement">Map to another requirement</label>
        <select
          id="map-requirement"
          value=""
          onChange={(e) => e.target.value && void set([...control.requirementIds, e.target.value])}
        >
          <option value="">Choose a requirement…</option>
          {FRAMEWORKS.map((f) => (
            <optgroup key={f.id} label={f.shortName}>
              {FRAMEWORK_PACK.requirements
                .filter((r) => r.framework === f.id && !control.requirementIds.includes(r.id))
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.ref} {r.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
