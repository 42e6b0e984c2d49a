import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { VENDOR_CATEGORY_LABELS } from '../../../domain/vendors';
import { deleteVendorProfile, usageOfVendor } from '../../../db/vendors/library';
import { errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Notice, type NoticeState } from '../shared/Notice';
import { LibraryHeader } from './LibraryHeader';
import { ProfileForm } from './ProfileForm';
import { VendorUsagePanel } from './VendorUsagePanel';
import '../vendors.css';
import { useT } from '../../../state/interfaceLanguage';

/** One vendor profile of the library: every fact, saved as typed, and which clients use or evaluated it. */
export function VendorProfileScreen() {
  const t = useT();
  const { vendorId = '' } = useParams();
  const profile = useLiveQuery(async () => (await db.vendorProfiles.get(vendorId)) ?? null, [vendorId]);
  const usage = useLiveQuery(() => usageOfVendor(db, vendorId), [vendorId]);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const navigate = useNavigate();
  if (profile === undefined || usage === undefined) return null;
  if (profile === null) {
    return (
      <div className="empty-state">
        <h1>{t('This vendor is not in the library')}</h1>
        <p>{t('It may have been deleted.')}</p>
        <Link className="button" to="/library">
          {t('Back to the vendor library')}
        </Link>
      </div>
    );
  }
  const remove = async () => {
    try {
      await trackSave(deleteVendorProfile(db, profile.id));
      navigate('/library');
    } catch (err) {
      setNotice({
        tone: 'error',
        title: t('{{name}} was not deleted.', { name: profile.name }),
        items: errorReasons(err, describeWriteError),
      });
    }
  };
  return (
    <div className="page page--wide">
      <LibraryHeader
        title={profile.name}
        subtitle={t('{{vendor}} · every change is saved as you type', {
          vendor: [profile.product, t(VENDOR_CATEGORY_LABELS[profile.category])].filter(Boolean).join(' · '),
        })}
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <div className="profile-layout">
        <ProfileForm key={profile.id} profile={profile} />
        <div className="stack">
          <VendorUsagePanel vendorName={profile.name} usage={usage} />
          <section className="card danger-zone" aria-labelledby="vendor-delete-heading">
            <h2 id="vendor-delete-heading">{t('Delete from the library')}</h2>
            {usage.length > 0 ? (
              <p className="muted">
                {t('{{name}} is part of {{count}} client evaluations, so it stays in the library.', {
                  name: profile.name,
                  count: usage.length,
                })}
              </p>
            ) : (
              <>
                <p className="muted">{t('No client evaluation uses this vendor.')}</p>
                <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
                  {t('Delete vendor…')}
                </button>
              </>
            )}
          </section>
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={t('Delete {{name}}?', { name: profile.name })}
        message={t('The profile is removed from the library. No client evaluation uses it.')}
        confirmLabel={t('Delete vendor')}
        danger
        onConfirm={remove}
      />
    </div>
  );
}
