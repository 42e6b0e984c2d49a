import { useState, type FormEvent } from 'react';
import {
  VENDOR_CATEGORIES,
  VENDOR_CATEGORY_LABELS,
  type VendorCategory,
  type VendorProfile,
  type VendorRef,
} from '../../../domain/vendors';
import { addVendorProfile } from '../../../db/vendors/library';
import { DuplicateVendorError, errorReasons } from '../../../db/vendors/errors';
import { db } from '../../../db/core/schema';
import { describeWriteError, trackSave } from '../../../state/saveStatus';
import { Dialog } from '../../../ui/Dialog';
import { ErrorList } from '../shared/Notice';

/**
 * Adds a vendor to the consultant-wide library (name, product, category; the profile takes the rest).
 * A name already in the library is refused with an offer to reuse the existing profile.
 */
export function NewVendorDialog(props: {
  open: boolean;
  onOpenChange(open: boolean): void;
  onCreated(profile: VendorProfile): void;
  onReuse(existing: VendorRef): void;
  reuseLabel: string;
}) {
  const [name, setName] = useState('');
  const [product, setProduct] = useState('');
  const [category, setCategory] = useState<VendorCategory>('saas-with-ai');
  const [reasons, setReasons] = useState<string[]>([]);
  const [duplicate, setDuplicate] = useState<VendorRef | null>(null);
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) {
      setName('');
      setProduct('');
      setCategory('saas-with-ai');
      setReasons([]);
      setDuplicate(null);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const profile = await trackSave(addVendorProfile(db, { name, product, category }));
      close(false);
      props.onCreated(profile);
    } catch (err) {
      setReasons(errorReasons(err, describeWriteError));
      setDuplicate(err instanceof DuplicateVendorError ? err.existing : null);
    }
  };
  return (
    <Dialog
      open={props.open}
      onOpenChange={close}
      title="New vendor in the library"
      description="The library is shared by all your clients: facts about the vendor, never a client's scores."
    >
      <form onSubmit={submit} noValidate>
        <div className={`field ${reasons.length ? 'field--invalid' : ''}`}>
          <label htmlFor="new-vendor-name">Vendor name</label>
          <input
            id="new-vendor-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={reasons.length ? true : undefined}
            aria-describedby={reasons.length ? 'new-vendor-error' : undefined}
            autoFocus
          />
          <ErrorList id="new-vendor-error" reasons={reasons} />
          {duplicate && (
            <button
              type="button"
              className="button duplicate-reuse"
              onClick={() => {
                const existing = duplicate;
                close(false);
                props.onReuse(existing);
              }}
            >
              {props.reuseLabel} “{duplicate.name}”
            </button>
          )}
        </div>
        <div className="field">
          <label htmlFor="new-vendor-product">Product</label>
          <input id="new-vendor-product" value={product} onChange={(e) => setProduct(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="new-vendor-category">Category</label>
          <select
            id="new-vendor-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as VendorCategory)}
          >
            {VENDOR_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {VENDOR_CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => close(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Add to library
          </button>
        </div>
      </form>
    </Dialog>
  );
}
