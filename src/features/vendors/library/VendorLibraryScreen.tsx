import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DPA_STATUS_LABELS, modelProviders, TRAINING_POLICY_LABELS, VENDOR_CATEGORIES, VENDOR_CATEGORY_LABELS, vendorLibraryCsvRows, type VendorCategory, type VendorProfile } from '../../../domain/vendors';
import { clientCountsByVendor } from '../../../db/vendors/library';
import { db } from '../../../db/core/schema';
import { useVendorProfiles } from '../shared/hooks';
import { Notice, type NoticeState } from '../shared/Notice';
import { Badge } from '../../../ui/Badge';
import { BADGE_TONES } from '../../../ui/badgeTones';
import { SortHeader, useSort } from '../shared/SortHeader';
import { LibraryHeader } from './LibraryHeader';
import { NewVendorDialog } from './NewVendorDialog';
import { CsvExportButton } from '../../../ui/CsvExportButton';
import '../vendors.css';

type SortKey = 'name' | 'category' | 'headquarters' | 'dpa' | 'clients';

/** The consultant-wide vendor library: every vendor profile, which can be reused in any client's evaluation. */
export function VendorLibraryScreen() {
  const profiles = useVendorProfiles();
  const ids = profiles?.map((p) => p.id).join('|') ?? '';
  const counts = useLiveQuery(() => clientCountsByVendor(db, ids ? ids.split('|') : []), [ids]);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<VendorCategory | ''>('');
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<NoticeState>(null);
  const sort = useSort<SortKey>('name');
  const navigate = useNavigate();
  if (!profiles || !counts) return null;

  const sorters: Record<SortKey, (a: VendorProfile, b: VendorProfile) => number> = {
    name: (a, b) => a.name.localeCompare(b.name),
    category: (a, b) => VENDOR_CATEGORY_LABELS[a.category].localeCompare(VENDOR_CATEGORY_LABELS[b.category]),
    headquarters: (a, b) => a.headquarters.localeCompare(b.headquarters),
    dpa: (a, b) => a.dpa.localeCompare(b.dpa),
    clients: (a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0),
  };
  const q = query.trim().toLowerCase();
  const shown = profiles
    .filter((p) => !category || p.category === category)
    .filter((p) => !q || [p.name, p.product, p.headquarters, ...p.dataLocations, ...modelProviders(p)].join(' ').toLowerCase().includes(q))
    .sort((a, b) => sorters[sort.key](a, b) * (sort.direction === 'asc' ? 1 : -1) || a.name.localeCompare(b.name));


  return (
    <div className="page page--wide">
      <LibraryHeader
        title="Vendor library"
        subtitle={`${profiles.length} vendor${profiles.length === 1 ? '' : 's'} · facts, not scores`}
        actions={
          <>
            <CsvExportButton fileName="Vendor library" rows={() => vendorLibraryCsvRows(shown)} disabled={shown.length === 0} />
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
          <p>Record a vendor once (jurisdiction, data location, sub-processors, DPA, training on data…) and reuse the profile in every client&apos;s evaluation.</p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Add the first vendor
          </button>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <input className="input toolbar__search" type="search" aria-label="Search vendors" placeholder="Search name, product, location or model provider" value={query} onChange={(e) => setQuery(e.target.value)} />
            <div className="field field--inline">
              <label htmlFor="library-category">Category</label>
              <select id="library-category" value={category} onChange={(e) => setCategory(e.target.value as VendorCategory | '')}>
                <option value="">All categories</option>
                {VENDOR_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {VENDOR_CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {shown.length === 0 ? (
            <p className="empty-state">No vendor matches the search.</p>
          ) : (
            <table className="table" aria-label="Vendor library">
              <thead>
                <tr>
                  <SortHeader sort={sort} column="name" label="Vendor" />
                  <SortHeader sort={sort} column="category" label="Category" />
                  <SortHeader sort={sort} column="headquarters" label="Jurisdiction" />
                  <th scope="col">Data location</th>
                  <th scope="col">Model provider</th>
                  <SortHeader sort={sort} column="dpa" label="DPA" />
                  <th scope="col">Trains on data</th>
                  <SortHeader sort={sort} column="clients" label="Clients" className="num" />
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link to={`/library/${p.id}`} className="strong-link">
                        {p.name}
                      </Link>
                      {p.product && <span className="cell-sub">{p.product}</span>}
                    </td>
                    <td>{VENDOR_CATEGORY_LABELS[p.category]}</td>
                    <td>{p.headquarters || <span className="muted">—</span>}</td>
                    <td>{p.dataLocations.join(', ') || <span className="muted">—</span>}</td>
                    <td>{modelProviders(p).join(', ') || <span className="muted">—</span>}</td>
                    <td>
                      <Badge tone={BADGE_TONES.dpa[p.dpa]}>{DPA_STATUS_LABELS[p.dpa]}</Badge>
                    </td>
                    <td>
                      <Badge tone={BADGE_TONES.trainingPolicy[p.trainsOnCustomerData]}>{TRAINING_POLICY_LABELS[p.trainsOnCustomerData]}</Badge>
                    </td>
                    <td className="num">{counts.get(p.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <NewVendorDialog open={creating} onOpenChange={setCreating} onCreated={(p) => navigate(`/library/${p.id}`)} onReuse={(existing) => navigate(`/library/${existing.id}`)} reuseLabel="Open the existing profile" />
    </div>
  );
}
