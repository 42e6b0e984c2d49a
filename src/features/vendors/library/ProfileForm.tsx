import {
  CERTIFICATION_LABELS,
  CERTIFICATIONS,
  DPA_STATUS_LABELS,
  DPA_STATUSES,
  parseLocationList,
  TRAINING_POLICIES,
  TRAINING_POLICY_LABELS,
  VENDOR_CATEGORIES,
  VENDOR_CATEGORY_LABELS,
  YES_NO_UNKNOWN,
  YES_NO_UNKNOWN_LABELS,
  type Certification,
  type VendorContact,
  type VendorProfile,
  type VendorProfileInput,
} from '../../../domain/vendors';
import { updateVendorProfileFields } from '../../../db/vendors/library';
import { db } from '../../../db/core/schema';
import { AutoSaveField, AutoSaveSelect } from '../../../ui/AutoSaveField';
import { SavingCheckbox } from '../../../ui/SavingCheckbox';
import { SubProcessorsEditor } from './SubProcessorsEditor';
import { translatedOptions } from '../shared/labels';
import { useT } from '../../../state/interfaceLanguage';

/** The profile's plain text fields, each saved as typed. */
const TEXT_FIELDS = [
  'name',
  'product',
  'website',
  'headquarters',
  'transferMechanism',
  'retention',
  'pricingModel',
  'exitOptions',
  'notes',
] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every fact of a vendor profile, grouped as in the product brief; each field saves itself. */
export function ProfileForm({ profile }: { profile: VendorProfile }) {
  const t = useT();
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    translatedOptions(values, labels, t);
  const save = (changes: Partial<VendorProfileInput>) => updateVendorProfileFields(db, profile.id, changes);
  const saveContact = (field: keyof VendorContact) => (raw: string) =>
    updateVendorProfileFields(db, profile.id, (p) => ({ contact: { ...p.contact, [field]: raw } }));
  const text = Object.fromEntries(
    TEXT_FIELDS.map((field) => [
      field,
      { value: profile[field], save: (raw: string) => save({ [field]: raw }) },
    ]),
  ) as Record<(typeof TEXT_FIELDS)[number], { value: string; save: (raw: string) => Promise<void> }>;
  return (
    <div className="form-sections">
      <section className="card form-section" aria-labelledby="pf-vendor">
        <h2 id="pf-vendor">{t('Vendor and product')}</h2>
        <div className="form-grid">
          <AutoSaveField
            label={t('Vendor name')}
            {...text.name}
            validate={(raw) => (raw.trim() ? null : t('Vendor name is required'))}
          />
          <AutoSaveField label={t('Product')} {...text.product} />
          <AutoSaveSelect
            label={t('Category')}
            value={profile.category}
            options={options(VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS)}
            save={(v) => save({ category: v })}
          />
          <AutoSaveField label={t('Website')} type="url" {...text.website} />
        </div>
      </section>
      <section className="card form-section" aria-labelledby="pf-contact">
        <h2 id="pf-contact">{t('Contact')}</h2>
        <div className="form-grid">
          <AutoSaveField label={t('Contact name')} value={profile.contact.name} save={saveContact('name')} />
          <AutoSaveField label={t('Contact role')} value={profile.contact.role} save={saveContact('role')} />
          <AutoSaveField
            label={t('Contact email')}
            type="email"
            value={profile.contact.email}
            validate={(raw) =>
              raw.trim() === '' || EMAIL.test(raw.trim())
                ? null
                : t('Contact email must be a valid email address')
            }
            save={saveContact('email')}
          />
          <AutoSaveField
            label={t('Contact phone')}
            type="tel"
            value={profile.contact.phone}
            save={saveContact('phone')}
          />
        </div>
      </section>
      <section className="card form-section" aria-labelledby="pf-data">
        <h2 id="pf-data">{t('Jurisdiction and data')}</h2>
        <div className="form-grid">
          <AutoSaveField label={t('Headquarters / jurisdiction')} {...text.headquarters} />
          <AutoSaveField
            label={t('Data locations')}
            value={profile.dataLocations.join(', ')}
            hint={t('Where data is stored and processed, separated by commas, e.g. EU (Frankfurt), US.')}
            save={(raw) => save({ dataLocations: parseLocationList(raw) })}
          />
          <AutoSaveField
            label={t('Transfer mechanism')}
            {...text.transferMechanism}
            hint={t('For data outside the EEA, e.g. SCCs or the EU-US Data Privacy Framework.')}
          />
          <AutoSaveField label={t('Retention of prompts and outputs')} {...text.retention} />
          <AutoSaveSelect
            label={t('Zero-retention option')}
            value={profile.zeroRetentionOption}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ zeroRetentionOption: v })}
          />
          <AutoSaveSelect
            label={t('Encryption at rest')}
            value={profile.encryptionAtRest}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ encryptionAtRest: v })}
          />
        </div>
      </section>
      <SubProcessorsEditor profile={profile} />
      <section className="card form-section" aria-labelledby="pf-security">
        <h2 id="pf-security">{t('Security and contract')}</h2>
        <div className="form-grid">
          <AutoSaveSelect
            label={t('DPA')}
            value={profile.dpa}
            options={options(
              DPA_STATUSES.filter((s) => s !== 'signed' || profile.dpa === 'signed'),
              DPA_STATUS_LABELS,
            )}
            save={(v) => save({ dpa: v })}
            hint={t(
              'Whether the vendor offers a DPA. Whether a client signed it is recorded with that client (Vendors screen).',
            )}
          />
          <AutoSaveSelect
            label={t('Trains on customer data')}
            value={profile.trainsOnCustomerData}
            options={options(TRAINING_POLICIES, TRAINING_POLICY_LABELS)}
            save={(v) => save({ trainsOnCustomerData: v })}
            hint={t('Of the vendor or its model provider.')}
          />
          <AutoSaveSelect
            label={t('Single sign-on (SSO)')}
            value={profile.sso}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ sso: v })}
          />
        </div>
        <Certifications profile={profile} />
      </section>
      <section className="card form-section" aria-labelledby="pf-commercial">
        <h2 id="pf-commercial">{t('Commercial and exit')}</h2>
        <div className="form-grid">
          <AutoSaveField label={t('Pricing model')} {...text.pricingModel} multiline rows={2} />
          <AutoSaveField label={t('Exit and export options')} {...text.exitOptions} multiline rows={2} />
        </div>
        <AutoSaveField
          label={t('Notes about the vendor')}
          {...text.notes}
          multiline
          rows={3}
          className="form-section__wide"
        />
      </section>
    </div>
  );
}

function Certifications({ profile }: { profile: VendorProfile }) {
  const t = useT();
  const save = (cert: Certification, on: boolean) =>
    updateVendorProfileFields(db, profile.id, (p) => ({
      certifications: CERTIFICATIONS.filter((c) => (c === cert ? on : p.certifications.includes(c))),
    }));
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">{t('Certifications')}</legend>
      {CERTIFICATIONS.map((c) => (
        <SavingCheckbox key={c} checked={profile.certifications.includes(c)} save={(on) => save(c, on)}>
          {CERTIFICATION_LABELS[c]}
        </SavingCheckbox>
      ))}
    </fieldset>
  );
}
