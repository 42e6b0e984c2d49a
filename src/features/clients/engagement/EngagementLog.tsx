import { format, parseISO } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Trash2 } from 'lucide-react';
import { agreedHoursPerMonth } from '../../../domain/clients/client';
import { monthKey, usageByMonth } from '../../../domain/clients/engagement';
import { deleteEngagementEntry, engagementEntriesForClient } from '../../../db/clients/clients';
import { db } from '../../../db/core/schema';
import { trackSave } from '../../../state/saveStatus';
import { PageHeader } from '../../../ui/PageHeader';
import { useClient } from '../ClientLayout';
import { EngagementEntryForm } from './EngagementEntryForm';
import { MonthlyUsage } from './MonthlyUsage';
import { todayIso } from '../../../domain/shared/dates';

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
        {entries.length === 0 ? (
          <p className="muted">No time logged yet.</p>
        ) : (
          <table className="table" aria-label="Engagement entries">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">Activity</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{format(parseISO(entry.date), 'd MMM yyyy')}</td>
                  <td className="num">{entry.hours}</td>
                  <td>{entry.activity}</td>
                  <td className="muted">{entry.note}</td>
                  <td>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Delete entry ${entry.activity} on ${entry.date}`}
                      onClick={() => void trackSave(deleteEngagementEntry(db, entry.id))}
                    >
                      <Trash2 size={16} aria-hidden />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
