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

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every fact of a vendor profile, grouped as in the product brief; each field saves itself. */
export function ProfileForm({ profile }: { profile: VendorProfile }) {
  const save = (changes: Partial<VendorProfileInput>) => updateVendorProfileFields(db, profile.id, changes);
  const saveContact = (field: keyof VendorContact) => (raw: string) =>
    updateVendorProfileFields(db, profile.id, (p) => ({ contact: { ...p.contact, [field]: raw } }));
  const text = (
    field:
      | 'name'
      | 'product'
      | 'website'
      | 'headquarters'
      | 'transferMechanism'
      | 'retention'
      | 'pricingModel'
      | 'exitOptions'
      | 'notes',
  ) => ({
    value: profile[field],
    save: (raw: string) => save({ [field]: raw }),
  });
  return (
    <div className="form-sections">
      <section className="card form-section" aria-labelledby="pf-vendor">
        <h2 id="pf-vendor">Vendor and product</h2>
        <div className="form-grid">
          <AutoSaveField
            label="Vendor name"
            {...text('name')}
            validate={(raw) => (raw.trim() ? null : 'Vendor name is required')}
          />
          <AutoSaveField label="Product" {...text('product')} />
          <AutoSaveSelect
            label="Category"
            value={profile.category}
            options={options(VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS)}
            save={(v) => save({ category: v })}
          />
          <AutoSaveField label="Website" type="url" {...text('website')} />
        </div>
      </section>
      <section className="card form-section" aria-labelledby="pf-contact">
        <h2 id="pf-contact">Contact</h2>
        <div className="form-grid">
          <AutoSaveField label="Contact name" value={profile.contact.name} save={saveContact('name')} />
          <AutoSaveField label="Contact role" value={profile.contact.role} save={saveContact('role')} />
          <AutoSaveField
            label="Contact email"
            type="email"
            value={profile.contact.email}
            validate={(raw) =>
              raw.trim() === '' || EMAIL.test(raw.trim())
                ? null
                : 'Contact email must be a valid email address'
            }
            save={saveContact('email')}
          />
          <AutoSaveField
            label="Contact phone"
            type="tel"
            value={profile.contact.phone}
            save={saveContact('phone')}
          />
        </div>
      </section>
      <section className="card form-section" aria-labelledby="pf-data">
        <h2 id="pf-data">Jurisdiction and data</h2>
        <div className="form-grid">
          <AutoSaveField label="Headquarters / jurisdiction" {...text('headquarters')} />
          <AutoSaveField
            label="Data locations"
            value={profile.dataLocations.join(', ')}
            hint="Where data is stored and processed, separated by commas, e.g. EU (Frankfurt), US."
            save={(raw) => save({ dataLocations: parseLocationList(raw) })}
          />
          <AutoSaveField
            label="Transfer mechanism"
            {...text('transferMechanism')}
            hint="For data outside the EEA, e.g. SCCs or the EU-US Data Privacy Framework."
          />
          <AutoSaveField label="Retention of prompts and outputs" {...text('retention')} />
          <AutoSaveSelect
            label="Zero-retention option"
            value={profile.zeroRetentionOption}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ zeroRetentionOption: v })}
          />
          <AutoSaveSelect
            label="Encryption at rest"
            value={profile.encryptionAtRest}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ encryptionAtRest: v })}
          />
        </div>
      </section>
      <SubProcessorsEditor profile={profile} />
      <section className="card form-section" aria-labelledby="pf-security">
        <h2 id="pf-security">Security and contract</h2>
        <div className="form-grid">
          <AutoSaveSelect
            label="DPA"
            value={profile.dpa}
            options={options(
              DPA_STATUSES.filter((s) => s !== 'signed' || profile.dpa === 'signed'),
              DPA_STATUS_LABELS,
            )}
            save={(v) => save({ dpa: v })}
            hint="Whether the vendor offers a DPA. Whether a client signed it is recorded with that client (Vendors screen)."
          />
          <AutoSaveSelect
            label="Trains on customer data"
            value={profile.trainsOnCustomerData}
            options={options(TRAINING_POLICIES, TRAINING_POLICY_LABELS)}
            save={(v) => save({ trainsOnCustomerData: v })}
            hint="Of the vendor or its model provider."
          />
          <AutoSaveSelect
            label="Single sign-on (SSO)"
            value={profile.sso}
            options={options(YES_NO_UNKNOWN, YES_NO_UNKNOWN_LABELS)}
            save={(v) => save({ sso: v })}
          />
        </div>
        <Certifications profile={profile} />
      </section>
      <section className="card form-section" aria-labelledby="pf-commercial">
        <h2 id="pf-commercial">Commercial and exit</h2>
        <div className="form-grid">
          <AutoSaveField label="Pricing model" {...text('pricingModel')} multiline rows={2} />
          <AutoSaveField label="Exit and export options" {...text('exitOptions')} multiline rows={2} />
        </div>
        <AutoSaveField
          label="Notes about the vendor"
          {...text('notes')}
          multiline
          rows={3}
          className="form-section__wide"
        />
      </section>
    </div>
  );
}

function Certifications({ profile }: { profile: VendorProfile }) {
  const save = (cert: Certification, on: boolean) =>
    updateVendorProfileFields(db, profile.id, (p) => ({
      certifications: CERTIFICATIONS.filter((c) => (c === cert ? on : p.certifications.includes(c))),
    }));
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">Certifications</legend>
      {CERTIFICATIONS.map((c) => (
        <SavingCheckbox key={c} checked={profile.certifications.includes(c)} save={(on) => save(c, on)}>
          {CERTIFICATION_LABELS[c]}
        </SavingCheckbox>
      ))}
    </fieldset>
  );
}
