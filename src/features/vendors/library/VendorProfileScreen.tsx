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

/** One vendor profile of the library: every fact, saved as typed, and which clients use or evaluated it. */
export function VendorProfileScreen() {
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
        <h1>This vendor is not in the library</h1>
        <p>It may have been deleted.</p>
        <Link className="button" to="/library">
          Back to the vendor library
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
        title: `${profile.name} was not deleted.`,
        items: errorReasons(err, describeWriteError),
      });
    }
  };
  return (
    <div className="page page--wide">
      <LibraryHeader
        title={profile.name}
        subtitle={`${[profile.product, VENDOR_CATEGORY_LABELS[profile.category]].filter(Boolean).join(' · ')} · every change is saved as you type`}
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <div className="profile-layout">
        <ProfileForm key={profile.id} profile={profile} />
        <div className="stack">
          <VendorUsagePanel vendorName={profile.name} usage={usage} />
          <section className="card danger-zone" aria-labelledby="vendor-delete-heading">
            <h2 id="vendor-delete-heading">Delete from the library</h2>
            {usage.length > 0 ? (
              <p className="muted">
                {profile.name} is part of {usage.length} client evaluation{usage.length === 1 ? '' : 's'}, so
                it stays in the library.
              </p>
            ) : (
              <>
                <p className="muted">No client evaluation uses this vendor.</p>
                <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
                  Delete vendor…
                </button>
              </>
            )}
          </section>
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete ${profile.name}?`}
        message="The profile is removed from the library. No client evaluation uses it."
        confirmLabel="Delete vendor"
        danger
        onConfirm={remove}
      />
    </div>
  );
}
