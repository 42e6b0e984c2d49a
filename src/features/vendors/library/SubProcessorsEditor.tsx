import { Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import {
  SUB_PROCESSOR_DISCLOSURE_LABELS,
  SUB_PROCESSOR_DISCLOSURES,
  type SubProcessor,
  type VendorProfile,
} from '../../../domain/vendors';
import { updateVendorProfileFields } from '../../../db/vendors/library';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { AutoSaveSelect } from '../../../ui/AutoSaveField';
import { InlineField } from '../shared/InlineField';
import { SavingCheckbox } from '../../../ui/SavingCheckbox';
import { ErrorList } from '../shared/Notice';

/** Sub-processors, with the model provider behind the product marked. Each edit saves itself. */
export function SubProcessorsEditor({ profile }: { profile: VendorProfile }) {
  const [name, setName] = useState('');
  const [reasons, setReasons] = useState<string[]>([]);
  const edit = (index: number, patch: Partial<SubProcessor>) =>
    updateVendorProfileFields(db, profile.id, (p) => ({
      subProcessors: p.subProcessors.map((s, i) => (i === index ? { ...s, ...patch } : s)),
    }));
  const remove = (index: number) =>
    trackSave(
      updateVendorProfileFields(db, profile.id, (p) => ({
        subProcessors: p.subProcessors.filter((_, i) => i !== index),
      })),
    ).catch(() => undefined);
  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (!name.trim()) throw new Error('Sub-processor name is required');
      await trackSave(
        updateVendorProfileFields(db, profile.id, (p) => ({
          subProcessors: [...p.subProcessors, { name, purpose: '', location: '', isModelProvider: false }],
        })),
      );
      setName('');
      setReasons([]);
    } catch (err) {
      setReasons(
        err instanceof Error && err.message === 'Sub-processor name is required'
          ? [err.message]
          : errorReasons(err, describeWriteError),
      );
    }
  };
  return (
    <section className="card form-section" aria-labelledby="pf-subprocessors">
      <h2 id="pf-subprocessors">Sub-processors</h2>
      <div className="form-grid">
        <AutoSaveSelect
          label="Sub-processor disclosure"
          value={profile.subProcessorDisclosure}
          options={SUB_PROCESSOR_DISCLOSURES.map((v) => ({
            value: v,
            label: SUB_PROCESSOR_DISCLOSURE_LABELS[v],
          }))}
          save={(v) => updateVendorProfileFields(db, profile.id, { subProcessorDisclosure: v })}
        />
      </div>
      {profile.subProcessors.length === 0 ? (
        <p className="muted">
          No sub-processors recorded. Include the model provider behind the product (e.g. the LLM a SaaS tool
          calls).
        </p>
      ) : (
        <table className="table table--compact subprocessor-table" aria-label="Sub-processors">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Purpose</th>
              <th scope="col">Location</th>
              <th scope="col">Model provider</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.subProcessors.map((s, i) => (
              <tr key={`${i}-${profile.subProcessors.length}`}>
                <td>
                  <InlineField
                    label={`Sub-processor ${i + 1} name`}
                    value={s.name}
                    validate={(raw) => (raw.trim() ? null : 'Sub-processor name is required')}
                    save={(raw) => edit(i, { name: raw })}
                  />
                </td>
                <td>
                  <InlineField
                    label={`${s.name} purpose`}
                    value={s.purpose}
                    save={(raw) => edit(i, { purpose: raw })}
                  />
                </td>
                <td>
                  <InlineField
                    label={`${s.name} location`}
                    value={s.location}
                    save={(raw) => edit(i, { location: raw })}
                  />
                </td>
                <td>
                  <SavingCheckbox checked={s.isModelProvider} save={(on) => edit(i, { isModelProvider: on })}>
                    <span className="visually-hidden">{s.name} is the</span> Model provider
                  </SavingCheckbox>
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove sub-processor ${s.name}`}
                    onClick={() => void remove(i)}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form__fields" onSubmit={add} noValidate>
        <div className={`field field--grow ${reasons.length ? 'field--invalid' : ''}`}>
          <label htmlFor="new-subprocessor">Add a sub-processor</label>
          <input
            id="new-subprocessor"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. the model provider"
            aria-invalid={reasons.length ? true : undefined}
            aria-describedby={reasons.length ? 'new-subprocessor-error' : undefined}
          />
          <ErrorList id="new-subprocessor-error" reasons={reasons} />
        </div>
        <button type="submit" className="button inline-form__submit">
          Add
        </button>
      </form>
    </section>
  );
}
