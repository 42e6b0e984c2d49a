import { Plus } from 'lucide-react';
import { useState } from 'react';
import {
  modelProviders,
  VENDOR_CATEGORY_LABELS,
  vendorDisplayName,
  type VendorProfile,
} from '../../domain/vendors';
import { SearchBox } from '../../ui/SearchBox';
import { NewVendorDialog } from './library/NewVendorDialog';
import { useT } from '../../state/interfaceLanguage';

/** Choose vendors from the library (with a filter), or add a new one to the library on the spot. */
export function VendorChecklist({
  profiles,
  chosen,
  onChange,
  invalid,
  describedBy,
}: {
  profiles: VendorProfile[];
  chosen: string[];
  onChange(ids: string[]): void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const q = query.trim().toLowerCase();
  const shown = profiles.filter(
    (p) => !q || `${p.name} ${p.product} ${modelProviders(p).join(' ')}`.toLowerCase().includes(q),
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...new Set([...chosen, id])] : chosen.filter((c) => c !== id));
  return (
    <fieldset
      className={`field vendor-checklist ${invalid ? 'field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {t('Vendors from your library ({{count}} chosen)', { count: chosen.length })}
      </legend>
      <SearchBox
        label={t('Filter library vendors')}
        placeholder={t('Filter by name, product or model provider')}
        value={query}
        onChange={setQuery}
      />
      <ul className="vendor-checklist__list">
        {shown.map((p) => (
          <li key={p.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(p.id)}
                onChange={(e) => toggle(p.id, e.target.checked)}
              />
              <span>
                <strong>{vendorDisplayName(p)}</strong>{' '}
                <span className="muted small">{t(VENDOR_CATEGORY_LABELS[p.category])}</span>
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && (
          <li className="muted">
            {profiles.length === 0
              ? t('The library is empty: add the first vendor.')
              : t('No vendor matches the filter.')}
          </li>
        )}
      </ul>
      <button type="button" className="button button--quiet" onClick={() => setCreating(true)}>
        <Plus size={16} aria-hidden /> {t('New vendor in library…')}
      </button>
      <NewVendorDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(p) => toggle(p.id, true)}
        onReuse={(existing) => toggle(existing.id, true)}
        reuseLabel={t('Use the existing vendor')}
      />
    </fieldset>
  );
}
