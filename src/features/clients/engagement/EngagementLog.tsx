import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Trash2 } from 'lucide-react';
import { agreedHoursPerMonth } from '../../../domain/clients/client';
import { monthKey, usageByMonth, type EngagementEntry } from '../../../domain/clients/engagement';
import { deleteEngagementEntry, engagementEntriesForClient } from '../../../db/clients/clients';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { IconButton } from '../../../ui/IconButton';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../../ui/table/RecordTable';
import { useClient } from '../ClientLayout';
import { EngagementEntryForm } from './EngagementEntryForm';
import { MonthlyUsage } from './MonthlyUsage';
import { todayIso } from '../../../domain/shared/dates';

const columns: TableColumn<EngagementEntry>[] = [
  { key: 'date', header: 'Date', render: (entry) => format(parseISO(entry.date), 'd MMM yyyy') },
  { key: 'hours', header: 'Hours', numeric: true, render: (entry) => entry.hours },
  { key: 'activity', header: 'Activity', render: (entry) => entry.activity },
  { key: 'note', header: 'Note', className: 'muted', render: (entry) => entry.note },
  {
    key: 'actions',
    header: 'Actions',
    headerHidden: true,
    render: (entry) => (
      <IconButton
        label={`Delete entry ${entry.activity} on ${entry.date}`}
        icon={Trash2}
        onClick={() => void trackSave(deleteEngagementEntry(db, entry.id))}
      />
    ),
  },
];

/** Hours spent for this client, and hours used against the monthly agreement. */
export function EngagementLog() {
  const client = useClient();
  const entries = useLiveQuery(() => engagementEntriesForClient(db, client.id), [client.id]);
  if (!entries) return null;
  const agreed = agreedHoursPerMonth(client);
  const usage = usageByMonth(entries, agreed, [monthKey(todayIso())]);

  return (
    <div className="page">
      <PageHeader
        title="Engagement log"
        subtitle={`${client.name} · ${agreed ? `${agreed} hours agreed per month` : 'no monthly agreement set in the profile'}`}
      />
      <EngagementEntryForm clientId={client.id} />
      <MonthlyUsage usage={usage} color={client.brandColor} />
      <section className="card" aria-labelledby="eng-entries">
        <h2 id="eng-entries">Entries</h2>
        <RecordTable
          label="Engagement entries"
          columns={columns}
          rows={entries}
          rowKey={(entry) => entry.id}
          empty="No time logged yet."
        />
      </section>
    </div>
  );
}
