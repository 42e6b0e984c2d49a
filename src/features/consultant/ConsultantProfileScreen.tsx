import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { getConsultantProfile, saveConsultantField } from '../../db/consultant/profile';
import { db } from '../../db/core/schema';
import { MAX_LOGO_BYTES } from '../../domain/clients/logo';
import { logoFromFile } from '../../ui/logoUpload';
import type { ConsultantField } from '../../domain/consultant/profile';
import { describeWriteError, trackSave } from '../../state/saveStatus';
import { AutoSaveField } from '../../ui/AutoSaveField';
import { parseNumberInput, verdictOf } from '../../ui/parse';
import { PageHeader } from '../../ui/PageHeader';
import './consultant.css';
import { ErrorText } from '../../ui/FieldMessages';
import { useT } from '../../state/interfaceLanguage';
import { tell } from '../../domain/shared/language';

const save = (field: ConsultantField) => (raw: string) => saveConsultantField(db, field, raw);

/** Hours a week, read by the locale's rules like every number field; empty means none set (0). */
const readCapacity = (raw: string) =>
  parseNumberInput(raw, { label: tell('Weekly capacity'), nullable: true });

/** Your own profile: who signs the deliverables (workshop summary, board report) and your weekly capacity. */
export function ConsultantProfileScreen() {
  const profile = useLiveQuery(() => getConsultantProfile(db), []);
  const t = useT();
  if (!profile) return null;
  return (
    <div className="page">
      <PageHeader
        title={t('Your profile')}
        subtitle={t(
          'Named on every deliverable you hand a client (workshop summary, board report), and your capacity in the planning view.',
        )}
      />
      <section className="card form-grid" aria-label={t('Consultant profile')}>
        <AutoSaveField
          label={t('Name')}
          value={profile.name}
          save={save('name')}
          hint={t('As it should appear on a summary: “Questions: <name>”.')}
        />
        <AutoSaveField
          label={t('Title')}
          value={profile.title}
          save={save('title')}
          placeholder={t('Fractional Chief AI Officer')}
        />
        <AutoSaveField label={t('Company')} value={profile.company} save={save('company')} />
        <AutoSaveField label={t('Email')} type="email" value={profile.email} save={save('email')} />
        <AutoSaveField label={t('Phone')} type="tel" value={profile.phone} save={save('phone')} />
        <AutoSaveField
          label={t('Weekly capacity (hours)')}
          inputMode="decimal"
          value={profile.weeklyCapacityHours ? String(profile.weeklyCapacityHours) : ''}
          validate={(raw) => verdictOf(readCapacity(raw))}
          save={(raw) => {
            const read = readCapacity(raw);
            return saveConsultantField(db, 'weeklyCapacityHours', read.ok ? (read.value ?? 0) : 0);
          }}
          hint={t(
            'The hours a week you have for all clients together; the planning view compares the agreed hours with it.',
          )}
        />
        <ConsultantLogoField logo={profile.logo} />
      </section>
    </div>
  );
}

function ConsultantLogoField({ logo }: { logo: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const upload = await logoFromFile(file);
    if (!upload.ok) return setError(upload.message);
    setError(null);
    await trackSave(saveConsultantField(db, 'logo', upload.dataUrl)).catch((err: unknown) =>
      setError(describeWriteError(err)),
    );
  };
  return (
    <div className={`field ${error ? 'field--invalid' : ''}`}>
      <span className="field__label">{t('Your logo')}</span>
      {logo && <img src={logo} alt={t('Your logo')} className="consultant-logo" />}
      <label className="button" htmlFor={id}>
        {t(logo ? 'Replace your logo' : 'Upload your logo')}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="image/png,image/jpeg,image/svg+xml"
        onChange={(e) => (void onFile(e.target.files?.[0]), (e.target.value = ''))}
      />
      {logo && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void trackSave(saveConsultantField(db, 'logo', '')).catch((err: unknown) =>
              setError(describeWriteError(err)),
            )
          }
        >
          {t('Remove your logo')}
        </button>
      )}
      <p className="field__hint">
        {t(
          'PNG, JPEG or SVG, up to {{size}} KB; checked by content like client logos; an SVG is kept as a PNG drawing.',
          { size: MAX_LOGO_BYTES / 1024 },
        )}
      </p>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
