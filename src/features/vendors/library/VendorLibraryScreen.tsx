import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  DPA_STATUS_LABELS,
  modelProviders,
  TRAINING_POLICY_LABELS,
  VENDOR_CATEGORIES,
  VENDOR_CATEGORY_LABELS,
  vendorLibraryCsvRows,
  type VendorCategory,
  type VendorProfile,
} from '../../../domain/vendors';
import { clientCountsByVendor } from '../../../db/vendors/library';
import { db } from '../../../db/core/schema';
import { useVendorProfiles } from '../shared/hooks';
import { Notice, type NoticeState } from '../shared/Notice';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { sortRows, type SortValue } from '../../../domain/shared/sortRows';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { useUrlParams, useUrlSort } from '../../../ui/table/useUrlState';
import { LibraryHeader } from './LibraryHeader';
import { NewVendorDialog } from './NewVendorDialog';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import { OptionSelect } from '../../../ui/fields/OptionSelect';
import { SearchBox } from '../../../ui/SearchBox';
import '../vendors.css';
import { translatedOptions } from '../shared/labels';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

type SortKey = 'name' | 'category' | 'headquarters' | 'dpa' | 'clients';
const SORT_KEYS: SortKey[] = ['name', 'category', 'headquarters', 'dpa', 'clients'];

/** The consultant-wide vendor library: every vendor profile, which can be reused in any client's evaluation. */
export function VendorLibraryScreen() {
  const { lang, t } = useInterfaceWording();
  const profiles = useVendorProfiles();
  const ids = profiles?.map((p) => p.id).join('|') ?? '';
  const counts = useLiveQuery(() => clientCountsByVendor(db, ids ? ids.split('|') : []), [ids]);
  const { params, set } = useUrlParams();
  const query = params.get('q') ?? '';
  const setQuery = (q: string) => set({ q });
  const category = VENDOR_CATEGORIES.find((c) => c === params.get('category')) ?? '';
  const setCategory = (c: VendorCategory | '') => set({ category: c });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const sort = useUrlSort<SortKey>({ key: 'name', direction: 'asc' }, { keys: SORT_KEYS });
  const navigate = useNavigate();
  if (!profiles || !counts) return null;

  const sortValue = (p: VendorProfile, key: SortKey): SortValue =>
    key === 'category'
      ? t(VENDOR_CATEGORY_LABELS[p.category])
      : key === 'clients'
        ? (counts.get(p.id) ?? 0)
        : key === 'name'
          ? p.name
          : key === 'headquarters'
            ? p.headquarters
            : p.dpa;
  const columns: TableColumn<VendorProfile, SortKey | 'locations' | 'models' | 'training'>[] = [
    {
      key: 'name',
      header: t('Vendor'),
      render: (p) => (
        <>
          <Link to={`/library/${p.id}`} className="strong-link">
            {p.name}
          </Link>
          {p.product && <span className="cell-sub">{p.product}</span>}
        </>
      ),
    },
    { key: 'category', header: t('Category'), render: (p) => t(VENDOR_CATEGORY_LABELS[p.category]) },
    {
      key: 'headquarters',
      header: t('Jurisdiction'),
      render: (p) => p.headquarters || <span className="muted">—</span>,
    },
    {
      key: 'locations',
      header: t('Data location'),
      sortable: false,
      render: (p) => p.dataLocations.join(', ') || <span className="muted">—</span>,
    },
    {
      key: 'models',
      header: t('Model provider'),
      sortable: false,
      render: (p) => modelProviders(p).join(', ') || <span className="muted">—</span>,
    },
    {
      key: 'dpa',
      header: t('DPA'),
      render: (p) => <Badge tone={BADGE_TONES.dpa[p.dpa]}>{t(DPA_STATUS_LABELS[p.dpa])}</Badge>,
    },
    {
      key: 'training',
      header: t('Trains on data'),
      sortable: false,
      render: (p) => (
        <Badge tone={BADGE_TONES.trainingPolicy[p.trainsOnCustomerData]}>
          {t(TRAINING_POLICY_LABELS[p.trainsOnCustomerData])}
        </Badge>
      ),
    },
    { key: 'clients', header: t('Clients'), numeric: true, render: (p) => counts.get(p.id) ?? 0 },
  ];
  const q = query.trim().toLowerCase();
  const shown = sortRows(
    profiles.filter(
      (p) =>
        (!category || p.category === category) &&
        (!q ||
          [p.name, p.product, p.headquarters, ...p.dataLocations, ...modelProviders(p)]
            .join(' ')
            .toLowerCase()
            .includes(q)),
    ),
    sort,
    sortValue,
    (a, b) => a.name.localeCompare(b.name),
  );

  return (
    <div className="page page--wide">
      <LibraryHeader
        title={t('Vendor library')}
        subtitle={t('{{count}} vendors · facts, not scores', { count: profiles.length })}
        actions={
          <>
            <CsvExportButton
              fileName={t('Vendor library')}
              rows={() => vendorLibraryCsvRows(shown, { lang, t })}
              disabled={shown.length === 0}
            />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> {t('New vendor')}
            </button>
          </>
        }
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {profiles.length === 0 ? (
        <div className="empty-state">
          <h2>{t('Your vendor library is empty')}</h2>
          <p>
            {t(
              'Record a vendor once (jurisdiction, data location, sub-processors, DPA, training on data…) and reuse the profile in every client’s evaluation.',
            )}
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('Add the first vendor')}
          </button>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              className="toolbar__search"
              label={t('Search vendors')}
              placeholder={t('Search name, product, location or model provider')}
              value={query}
              onChange={setQuery}
            />
            <OptionSelect
              name="category"
              label={t('Category')}
              className="field--inline"
              value={category}
              options={translatedOptions(VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS, t)}
              empty={t('All categories')}
              onChange={setCategory}
            />
          </div>
          <RecordTable
            label={t('Vendor library')}
            columns={columns}
            rows={shown}
            rowKey={(p) => p.id}
            sort={sort}
            empty={<p className="empty-state">{t('No vendor matches the search.')}</p>}
          />
        </>
      )}
      <NewVendorDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(p) => navigate(`/library/${p.id}`)}
        onReuse={(existing) => navigate(`/library/${existing.id}`)}
        reuseLabel={t('Open the existing profile')}
      />
    </div>
  );
}
