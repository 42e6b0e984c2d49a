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
import { translatedOptions } from '../shared/labels';
import { useT } from '../../../state/interfaceLanguage';

/** Sub-processors, with the model provider behind the product marked. Each edit saves itself. */
export function SubProcessorsEditor({ profile }: { profile: VendorProfile }) {
  const t = useT();
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
      if (!name.trim()) throw new Error(t('Sub-processor name is required'));
      await trackSave(
        updateVendorProfileFields(db, profile.id, (p) => ({
          subProcessors: [...p.subProcessors, { name, purpose: '', location: '', isModelProvider: false }],
        })),
      );
      setName('');
      setReasons([]);
    } catch (err) {
      setReasons(
        err instanceof Error && err.message === t('Sub-processor name is required')
          ? [err.message]
          : errorReasons(err, describeWriteError),
      );
    }
  };
  const columns: TableColumn<SubProcessor>[] = [
    {
      key: 'name',
      header: t('Name'),
      render: (s, i) => (
        <InlineField
          label={t('Sub-processor {{number}} name', { number: i + 1 })}
          value={s.name}
          validate={(raw) => (raw.trim() ? null : t('Sub-processor name is required'))}
          save={(raw) => edit(i, { name: raw })}
        />
      ),
    },
    {
      key: 'purpose',
      header: t('Purpose'),
      render: (s, i) => (
        <InlineField
          label={t('{{name}} purpose', { name: s.name })}
          value={s.purpose}
          save={(raw) => edit(i, { purpose: raw })}
        />
      ),
    },
    {
      key: 'location',
      header: t('Location'),
      render: (s, i) => (
        <InlineField
          label={t('{{name}} location', { name: s.name })}
          value={s.location}
          save={(raw) => edit(i, { location: raw })}
        />
      ),
    },
    {
      key: 'provider',
      header: t('Model provider'),
      render: (s, i) => (
        <SavingCheckbox checked={s.isModelProvider} save={(on) => edit(i, { isModelProvider: on })}>
          <span className="visually-hidden">{t('{{name}} is the', { name: s.name })}</span>{' '}
          {t('Model provider')}
        </SavingCheckbox>
      ),
    },
    {
      key: 'remove',
      header: t('Remove'),
      headerHidden: true,
      render: (s, i) => (
        <IconButton
          label={t('Remove sub-processor {{name}}', { name: s.name })}
          icon={Trash2}
          onClick={() => void remove(i)}
        />
      ),
    },
  ];
  return (
    <section className="card form-section" aria-labelledby="pf-subprocessors">
      <h2 id="pf-subprocessors">{t('Sub-processors')}</h2>
      <div className="form-grid">
        <AutoSaveSelect
          label={t('Sub-processor disclosure')}
          value={profile.subProcessorDisclosure}
          options={translatedOptions(SUB_PROCESSOR_DISCLOSURES, SUB_PROCESSOR_DISCLOSURE_LABELS, t)}
          save={(v) => updateVendorProfileFields(db, profile.id, { subProcessorDisclosure: v })}
        />
      </div>
      <RecordTable
        label={t('Sub-processors')}
        compact
        className="subprocessor-table"
        columns={columns}
        rows={profile.subProcessors}
        rowKey={(_, i) => `${i}-${profile.subProcessors.length}`}
        empty={t(
          'No sub-processors recorded. Include the model provider behind the product (e.g. the LLM a SaaS tool calls).',
        )}
      />
      <form className="inline-form__fields" onSubmit={add} noValidate>
        <div className={`field field--grow ${reasons.length ? 'field--invalid' : ''}`}>
          <label htmlFor="new-subprocessor">{t('Add a sub-processor')}</label>
          <input
            id="new-subprocessor"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('e.g. the model provider')}
            aria-invalid={reasons.length ? true : undefined}
            aria-describedby={reasons.length ? 'new-subprocessor-error' : undefined}
          />
          <ErrorList id="new-subprocessor-error" reasons={reasons} />
        </div>
        <button type="submit" className="button inline-form__submit">
          {t('Add')}
        </button>
      </form>
    </section>
  );
}
