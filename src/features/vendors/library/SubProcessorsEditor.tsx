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
import { IconButton } from '../../../ui/IconButton';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
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
  const columns: TableColumn<SubProcessor>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (s, i) => (
        <InlineField
          label={`Sub-processor ${i + 1} name`}
          value={s.name}
          validate={(raw) => (raw.trim() ? null : 'Sub-processor name is required')}
          save={(raw) => edit(i, { name: raw })}
        />
      ),
    },
    {
      key: 'purpose',
      header: 'Purpose',
      render: (s, i) => (
        <InlineField
          label={`${s.name} purpose`}
          value={s.purpose}
          save={(raw) => edit(i, { purpose: raw })}
        />
      ),
    },
    {
      key: 'location',
      header: 'Location',
      render: (s, i) => (
        <InlineField
          label={`${s.name} location`}
          value={s.location}
          save={(raw) => edit(i, { location: raw })}
        />
      ),
    },
    {
      key: 'provider',
      header: 'Model provider',
      render: (s, i) => (
        <SavingCheckbox checked={s.isModelProvider} save={(on) => edit(i, { isModelProvider: on })}>
          <span className="visually-hidden">{s.name} is the</span> Model provider
        </SavingCheckbox>
      ),
    },
    {
      key: 'remove',
      header: 'Remove',
      headerHidden: true,
      render: (s, i) => (
        <IconButton label={`Remove sub-processor ${s.name}`} icon={Trash2} onClick={() => void remove(i)} />
      ),
    },
  ];
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
      <RecordTable
        label="Sub-processors"
        compact
        className="subprocessor-table"
        columns={columns}
        rows={profile.subProcessors}
        rowKey={(_, i) => `${i}-${profile.subProcessors.length}`}
        empty="No sub-processors recorded. Include the model provider behind the product (e.g. the LLM a SaaS tool calls)."
      />
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
