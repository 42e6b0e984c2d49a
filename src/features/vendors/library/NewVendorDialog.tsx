import { useState } from 'react';
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
import { FormActionButton, FormDialog } from '../../../ui/FormDialog';
import { OptionSelect } from '../../../ui/fields/OptionSelect';
import { TextField } from '../../../ui/fields/TextField';
import { translatedOptions } from '../shared/labels';
import { useT } from '../../../state/interfaceLanguage';

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
  const t = useT();
  const [name, setName] = useState('');
  const [product, setProduct] = useState('');
  const [category, setCategory] = useState<VendorCategory>('saas-with-ai');
  const [duplicate, setDuplicate] = useState<VendorRef | null>(null);
  const close = (open: boolean) => {
    props.onOpenChange(open);
    if (!open) {
      setName('');
      setProduct('');
      setCategory('saas-with-ai');
      setDuplicate(null);
    }
  };
  const submit = async () => {
    try {
      const profile = await trackSave(addVendorProfile(db, { name, product, category }));
      props.onCreated(profile);
    } catch (err) {
      setDuplicate(err instanceof DuplicateVendorError ? err.existing : null);
      return errorReasons(err, describeWriteError).map((message) => ({ field: 'name', message }));
    }
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={close}
      title={t('New vendor in the library')}
      description={t(
        'The library is shared by all your clients: facts about the vendor, never a client’s scores.',
      )}
      submitLabel={t('Add to library')}
      onSubmit={submit}
      extraActions={
        duplicate && (
          <FormActionButton className="button duplicate-reuse" onRun={() => props.onReuse(duplicate)}>
            {props.reuseLabel} “{duplicate.name}”
          </FormActionButton>
        )
      }
    >
      <TextField name="name" label={t('Vendor name')} value={name} onChange={setName} autoFocus />
      <TextField name="product" label={t('Product')} value={product} onChange={setProduct} />
      <OptionSelect
        name="category"
        label={t('Category')}
        value={category}
        options={translatedOptions(VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS, t)}
        onChange={setCategory}
      />
    </FormDialog>
  );
}
