import { X } from 'lucide-react';
import { useState } from 'react';
import {
  FRAMEWORK_PACK,
  FRAMEWORKS,
  requirementById,
  requirementLabel,
  requirementTitle,
  type ClientControl,
} from '../../../domain/controls';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ErrorText } from '../../../ui/FieldMessages';
import { useT } from '../../../state/interfaceLanguage';

/** The requirements a control addresses: remove one, or map it to another from the framework pack. */
export function RequirementMapping({
  control,
  save,
}: {
  control: ClientControl;
  save(patch: Partial<ClientControl>): Promise<void>;
}) {
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const set = (requirementIds: string[]) =>
    trackSave(save({ requirementIds })).then(
      () => setError(null),
      (e: unknown) => setError(describeWriteError(e)),
    );
  const mapped = control.requirementIds.map((id) => requirementById(id)).filter((r) => r !== undefined);
  return (
    <section className="card" aria-labelledby="control-requirements">
      <h2 id="control-requirements">
        {t('Requirements it addresses ({{count}})', { count: mapped.length })}
      </h2>
      {FRAMEWORKS.map((f) => {
        const own = mapped.filter((r) => r.framework === f.id);
        if (own.length === 0) return null;
        return (
          <div key={f.id}>
            <h3 className="field__label">{t(f.shortName)}</h3>
            <ul className="controls-chips">
              {own.map((r) => (
                <li key={r.id} title={requirementTitle(r, t)}>
                  {r.ref} {requirementTitle(r, t)}
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('Remove {{requirement}}', { requirement: requirementLabel(r) })}
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
        <label htmlFor="map-requirement">{t('Map to another requirement')}</label>
        <select
          id="map-requirement"
          value=""
          onChange={(e) => e.target.value && void set([...control.requirementIds, e.target.value])}
        >
          <option value="">{t('Choose a requirement…')}</option>
          {FRAMEWORKS.map((f) => (
            <optgroup key={f.id} label={t(f.shortName)}>
              {FRAMEWORK_PACK.requirements
                .filter((r) => r.framework === f.id && !control.requirementIds.includes(r.id))
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.ref} {requirementTitle(r, t)}
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
