import {
  CERTIFICATION_LABELS,
  DPA_STATUS_LABELS,
  isPermittedLocation,
  modelProviders,
  SUB_PROCESSOR_DISCLOSURE_LABELS,
  TRAINING_POLICY_LABELS,
  YES_NO_UNKNOWN_LABELS,
  type VendorProfile,
} from '../../../domain/vendors';
import { useT } from '../../../state/interfaceLanguage';

/** The library facts that matter for the knock-out gates, as a compact list. */
export function ProfileFacts({
  profile,
  permitted,
}: {
  profile: VendorProfile;
  permitted?: readonly string[];
}) {
  const t = useT();
  const providers = modelProviders(profile);
  const outside =
    permitted && permitted.length > 0
      ? profile.dataLocations.filter((l) => !isPermittedLocation(l, permitted))
      : [];
  return (
    <dl className="facts facts--compact">
      <dt>{t('DPA')}</dt>
      <dd>{t(DPA_STATUS_LABELS[profile.dpa])}</dd>
      <dt>{t('Trains on customer data')}</dt>
      <dd>{t(TRAINING_POLICY_LABELS[profile.trainsOnCustomerData])}</dd>
      <dt>{t('Encryption at rest')}</dt>
      <dd>{t(YES_NO_UNKNOWN_LABELS[profile.encryptionAtRest])}</dd>
      <dt>{t('Data location')}</dt>
      <dd>
        {profile.dataLocations.join(', ') || t('Not recorded')}
        {outside.length > 0 && (
          <span className="muted small">
            {' '}
            ·{' '}
            {t('outside {{permitted}}: {{locations}}', {
              permitted: permitted!.join('/'),
              locations: outside.join(', '),
            })}
          </span>
        )}
      </dd>
      <dt>{t('Transfer mechanism')}</dt>
      <dd>{profile.transferMechanism || '—'}</dd>
      <dt>{t('Sub-processors')}</dt>
      <dd>
        {t(SUB_PROCESSOR_DISCLOSURE_LABELS[profile.subProcessorDisclosure])}
        {profile.subProcessors.length > 0 && `: ${profile.subProcessors.map((s) => s.name).join(', ')}`}
      </dd>
      <dt>{t('Model provider')}</dt>
      <dd>{providers.join(', ') || t('Not identified')}</dd>
      <dt>{t('Certifications')}</dt>
      <dd>
        {profile.certifications.map((c) => t(CERTIFICATION_LABELS[c])).join(', ') || t('None recorded')}
      </dd>
      <dt>{t('Zero retention')}</dt>
      <dd>{t(YES_NO_UNKNOWN_LABELS[profile.zeroRetentionOption])}</dd>
    </dl>
  );
}
