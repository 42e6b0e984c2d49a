import { endOfMonth, format, startOfMonth } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import {
  agreedHoursPerMonth,
  CLIENT_STATUS_LABELS,
  CLIENT_STATUSES,
  type Client,
  type ClientStatus,
} from '../../domain/clients/client';
import { hoursByClientBetween, listClients } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { getSetting, SETTING_KEYS } from '../../db/core/settings';
import { useInterfaceWording } from '../../state/interfaceLanguage';
import { useUi } from '../../state/uiStore';
import { monthIn } from '../../domain/shared/language';
import { ClientAvatar } from '../../ui/ClientAvatar';
import { PageHeader } from '../../ui/PageHeader';
import { RecordTable, type TableColumn } from '../../ui/table/RecordTable';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { DemoBanner } from './DemoBanner';
import { HoursMeter } from './HoursMeter';
import { Badge } from '../../ui/Badge';
import { Segmented } from '../../ui/Segmented';

/** Below the client list, fetched after it: the list is drawn without waiting for the governance rules. */
const GovernanceDueAcrossClients = lazy(() =>
  import('../governance/overview/GovernanceDueAcrossClients').then((m) => ({
    default: m.GovernanceDueAcrossClients,
  })),
);

type Filter = ClientStatus | 'all';

/** The home screen: every client of the practice (the one cross-client view besides the library). */
export function HomeScreen() {
  const clients = useLiveQuery(() => listClients(db), []);
  const welcomeDone = useLiveQuery(() => getSetting(db, SETTING_KEYS.welcomeDone, false), []);
  const now = new Date();
  const monthStart = format(startOfMonth(now), 'yyyy-MM-dd');
  const monthEnd = format(endOfMonth(now), 'yyyy-MM-dd');
  const hours = useLiveQuery(() => hoursByClientBetween(db, monthStart, monthEnd), [monthStart, monthEnd]);
  const [filter, setFilter] = useState<Filter>('active');
  const setNewClientOpen = useUi((s) => s.setNewClientOpen);
  const { lang, t } = useInterfaceWording();

  if (clients === undefined || welcomeDone === undefined) return null;
  if (clients.length === 0 && !welcomeDone) return <WelcomeScreen />;

  const counts = Object.fromEntries(
    CLIENT_STATUSES.map((s) => [s, clients.filter((c) => c.status === s).length]),
  ) as Record<ClientStatus, number>;
  const shown = filter === 'all' ? clients : clients.filter((c) => c.status === filter);
  const filters: { value: Filter; label: string; count: number }[] = [
    ...CLIENT_STATUSES.map((s) => ({
      value: s as Filter,
      label: t(CLIENT_STATUS_LABELS[s]),
      count: counts[s],
    })),
    { value: 'all', label: t('All'), count: clients.length },
  ];

  const columns: TableColumn<Client>[] = [
    {
      key: 'client',
      header: t('Client'),
      render: (client) => (
        <Link to={`/clients/${client.id}`} className="client-cell">
          <ClientAvatar client={client} size={36} />
          <span>
            <strong>{client.name}</strong>
            {client.isDemo && <Badge tone="info">{t('Demo')}</Badge>}
            <span className="client-cell__meta">
              {[client.employees ? t('{{count}} employees', { count: client.employees }) : '', client.country]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </span>
        </Link>
      ),
    },
    { key: 'sector', header: t('Sector'), render: (client) => client.sector || '—' },
    {
      key: 'status',
      header: t('Status'),
      render: (client) => (
        <span className={`status status--${client.status}`}>{t(CLIENT_STATUS_LABELS[client.status])}</span>
      ),
    },
    {
      key: 'hours',
      header: t('Hours this month'),
      render: (client) => (
        <HoursMeter used={hours?.get(client.id) ?? 0} agreed={agreedHoursPerMonth(client)} />
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('All clients')}
        subtitle={t('Your practice across clients · {{month}}', { month: monthIn(lang, monthStart) })}
        actions={
          <button type="button" className="button button--primary" onClick={() => setNewClientOpen(true)}>
            <Plus size={16} aria-hidden /> {t('New client')}
          </button>
        }
      />
      <DemoBanner />
      <Segmented label={t('Show clients by status')} options={filters} value={filter} onChange={setFilter} />
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>
            {clients.length === 0
              ? t('No clients yet. Create your first client to start its portfolio and registers.')
              : filter === 'paused'
                ? t('No paused clients.')
                : filter === 'archived'
                  ? t('No archived clients.')
                  : t('No active clients.')}
          </p>
          {clients.length === 0 && (
            <button type="button" className="button button--primary" onClick={() => setNewClientOpen(true)}>
              {t('Create a client')}
            </button>
          )}
        </div>
      ) : (
        <RecordTable
          label={t('Clients')}
          className="table--clients"
          columns={columns}
          rows={shown}
          rowKey={(client) => client.id}
        />
      )}
      {clients.length > 0 && (
        <Suspense fallback={null}>
          <GovernanceDueAcrossClients />
        </Suspense>
      )}
    </div>
  );
}
