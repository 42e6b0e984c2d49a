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
import { OptionSelect, optionsOf } from '../../../ui/fields/OptionSelect';
import { SearchBox } from '../../../ui/SearchBox';
import '../vendors.css';

type SortKey = 'name' | 'category' | 'headquarters' | 'dpa' | 'clients';
const SORT_KEYS: SortKey[] = ['name', 'category', 'headquarters', 'dpa', 'clients'];
const CATEGORY_OPTIONS = optionsOf(VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS);

/** The consultant-wide vendor library: every vendor profile, which can be reused in any client's evaluation. */
export function VendorLibraryScreen() {
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
      ? VENDOR_CATEGORY_LABELS[p.category]
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
      header: 'Vendor',
      render: (p) => (
        <>
          <Link to={`/library/${p.id}`} className="strong-link">
            {p.name}
          </Link>
          {p.product && <span className="cell-sub">{p.product}</span>}
        </>
      ),
    },
    { key: 'category', header: 'Category', render: (p) => VENDOR_CATEGORY_LABELS[p.category] },
    {
      key: 'headquarters',
      header: 'Jurisdiction',
      render: (p) => p.headquarters || <span className="muted">—</span>,
    },
    {
      key: 'locations',
      header: 'Data location',
      sortable: false,
      render: (p) => p.dataLocations.join(', ') || <span className="muted">—</span>,
    },
    {
      key: 'models',
      header: 'Model provider',
      sortable: false,
      render: (p) => modelProviders(p).join(', ') || <span className="muted">—</span>,
    },
    {
      key: 'dpa',
      header: 'DPA',
      render: (p) => <Badge tone={BADGE_TONES.dpa[p.dpa]}>{DPA_STATUS_LABELS[p.dpa]}</Badge>,
    },
    {
      key: 'training',
      header: 'Trains on data',
      sortable: false,
      render: (p) => (
        <Badge tone={BADGE_TONES.trainingPolicy[p.trainsOnCustomerData]}>
          {TRAINING_POLICY_LABELS[p.trainsOnCustomerData]}
        </Badge>
      ),
    },
    { key: 'clients', header: 'Clients', numeric: true, render: (p) => counts.get(p.id) ?? 0 },
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
        title="Vendor library"
        subtitle={`${profiles.length} vendor${profiles.length === 1 ? '' : 's'} · facts, not scores`}
        actions={
          <>
            <CsvExportButton
              fileName="Vendor library"
              rows={() => vendorLibraryCsvRows(shown)}
              disabled={shown.length === 0}
            />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> New vendor
            </button>
          </>
        }
      />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {profiles.length === 0 ? (
        <div className="empty-state">
          <h2>Your vendor library is empty</h2>
          <p>
            Record a vendor once (jurisdiction, data location, sub-processors, DPA, training on data…) and
            reuse the profile in every client&apos;s evaluation.
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Add the first vendor
          </button>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              className="toolbar__search"
              label="Search vendors"
              placeholder="Search name, product, location or model provider"
              value={query}
              onChange={setQuery}
            />
            <OptionSelect
              name="category"
              label="Category"
              className="field--inline"
              value={category}
              options={CATEGORY_OPTIONS}
              empty="All categories"
              onChange={setCategory}
            />
          </div>
          <RecordTable
            label="Vendor library"
            columns={columns}
            rows={shown}
            rowKey={(p) => p.id}
            sort={sort}
            empty={<p className="empty-state">No vendor matches the search.</p>}
          />
        </>
      )}
      <NewVendorDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(p) => navigate(`/library/${p.id}`)}
        onReuse={(existing) => navigate(`/library/${existing.id}`)}
        reuseLabel="Open the existing profile"
      />
    </div>
  );
}
