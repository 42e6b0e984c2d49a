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

/** The library facts that matter for the knock-out gates, as a compact list. */
export function ProfileFacts({
  profile,
  permitted,
}: {
  profile: VendorProfile;
  permitted?: readonly string[];
}) {
  const providers = modelProviders(profile);
  const outside =
    permitted && permitted.length > 0
      ? profile.dataLocations.filter((l) => !isPermittedLocation(l, permitted))
      : [];
  return (
    <dl className="facts facts--compact">
      <dt>DPA</dt>
      <dd>{DPA_STATUS_LABELS[profile.dpa]}</dd>
      <dt>Trains on customer data</dt>
      <dd>{TRAINING_POLICY_LABELS[profile.trainsOnCustomerData]}</dd>
      <dt>Encryption at rest</dt>
      <dd>{YES_NO_UNKNOWN_LABELS[profile.encryptionAtRest]}</dd>
      <dt>Data location</dt>
      <dd>
        {profile.dataLocations.join(', ') || 'Not recorded'}
        {outside.length > 0 && (
          <span className="muted small">
            {' '}
            · outside {permitted!.join('/')}: {outside.join(', ')}
          </span>
        )}
      </dd>
      <dt>Transfer mechanism</dt>
      <dd>{profile.transferMechanism || '—'}</dd>
      <dt>Sub-processors</dt>
      <dd>
        {SUB_PROCESSOR_DISCLOSURE_LABELS[profile.subProcessorDisclosure]}
        {profile.subProcessors.length > 0 && `: ${profile.subProcessors.map((s) => s.name).join(', ')}`}
      </dd>
      <dt>Model provider</dt>
      <dd>{providers.join(', ') || 'Not identified'}</dd>
      <dt>Certifications</dt>
      <dd>{profile.certifications.map((c) => CERTIFICATION_LABELS[c]).join(', ') || 'None recorded'}</dd>
      <dt>Zero retention</dt>
      <dd>{YES_NO_UNKNOWN_LABELS[profile.zeroRetentionOption]}</dd>
    </dl>
  );
}
