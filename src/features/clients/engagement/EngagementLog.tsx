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
import { dayIn, type Language, type Translate } from '../../../domain/shared/language';
import { useInterfaceWording } from '../../../state/interfaceLanguage';

const columns = (lang: Language, t: Translate): TableColumn<EngagementEntry>[] => [
  { key: 'date', header: t('Date'), render: (entry) => dayIn(lang, entry.date) },
  { key: 'hours', header: t('Hours'), numeric: true, render: (entry) => entry.hours },
  { key: 'activity', header: t('Activity'), render: (entry) => entry.activity },
  { key: 'note', header: t('Note'), className: 'muted', render: (entry) => entry.note },
  {
    key: 'actions',
    header: t('Actions'),
    headerHidden: true,
    render: (entry) => (
      <IconButton
        label={t('Delete entry {{activity}} on {{date}}', { activity: entry.activity, date: entry.date })}
        icon={Trash2}
        onClick={() => void trackSave(deleteEngagementEntry(db, entry.id))}
      />
    ),
  },
];

/** Hours spent for this client, and hours used against the monthly agreement. */
export function EngagementLog() {
  const client = useClient();
  const { lang, t } = useInterfaceWording();
  const entries = useLiveQuery(() => engagementEntriesForClient(db, client.id), [client.id]);
  if (!entries) return null;
  const agreed = agreedHoursPerMonth(client);
  const usage = usageByMonth(entries, agreed, [monthKey(todayIso())]);

  return (
    <div className="page">
      <PageHeader
        title={t('Engagement log')}
        subtitle={
          agreed
            ? t('{{client}} · {{hours}} hours agreed per month', { client: client.name, hours: agreed })
            : t('{{client}} · no monthly agreement set in the profile', { client: client.name })
        }
      />
      <EngagementEntryForm clientId={client.id} />
      <MonthlyUsage usage={usage} color={client.brandColor} />
      <section className="card" aria-labelledby="eng-entries">
        <h2 id="eng-entries">{t('Entries')}</h2>
        <RecordTable
          label={t('Engagement entries')}
          columns={columns(lang, t)}
          rows={entries}
          rowKey={(entry) => entry.id}
          empty={t('No time logged yet.')}
        />
      </section>
    </div>
  );
}
