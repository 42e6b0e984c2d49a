import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import {
  agreedHoursPerMonth,
  CLIENT_STATUS_LABELS,
  REPORT_CADENCE_LABELS,
} from '../../domain/clients/client';
import { hoursInMonth, monthKey } from '../../domain/clients/engagement';
import { engagementEntriesForClient } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { ClientAvatar } from '../../ui/ClientAvatar';
import { GovernanceSummaryCard } from '../governance/overview/GovernanceSummaryCard';
import { useClient } from './ClientLayout';
import { HoursMeter } from './HoursMeter';
import { MaturityChart } from './MaturityChart';
import { PortfolioSummaryCard } from '../portfolio/PortfolioSummaryCard';
import { VendorSummaryCard } from '../vendors/VendorSummaryCard';
import { WorkshopsCard } from '../workshops/WorkshopsCard';
import { todayIso, formatDay } from '../../domain/shared/dates';
import './clients.css';

/** One client at a glance. Product areas add their summary cards here as they land. */
export function ClientOverview() {
  const client = useClient();
  const entries = useLiveQuery(() => engagementEntriesForClient(db, client.id), [client.id]) ?? [];
  const thisMonth = monthKey(todayIso());

  return (
    <div className="page">
      <header className="client-hero">
        <ClientAvatar client={client} size={64} />
        <div>
          <h1>{client.name}</h1>
          <p className="page-header__subtitle">
            {[client.sector, client.employees ? `${client.employees} employees` : '', client.country]
              .filter(Boolean)
              .join(' · ')}
            {' · '}
            <span className={`status status--${client.status}`}>{CLIENT_STATUS_LABELS[client.status]}</span>
          </p>
        </div>
        <Link className="button" to="profile">
          Edit profile
        </Link>
      </header>
      <div className="card-grid">
        <section className="card" aria-labelledby="ov-engagement">
          <h2 id="ov-engagement">Engagement this month</h2>
          <HoursMeter used={hoursInMonth(entries, thisMonth)} agreed={agreedHoursPerMonth(client)} />
          <dl className="facts">
            <dt>Since</dt>
            <dd>{formatDay(client.engagementStart)}</dd>
            <dt>Renewal</dt>
            <dd>{formatDay(client.renewalDate)}</dd>
            <dt>Board reports</dt>
            <dd>{REPORT_CADENCE_LABELS[client.reportCadence]}</dd>
          </dl>
          <Link to="engagement">Open the engagement log</Link>
        </section>
        <section className="card" aria-labelledby="ov-maturity">
          <h2 id="ov-maturity">AI maturity</h2>
          <MaturityChart maturity={client.maturity} color={client.brandColor} />
        </section>
        <PortfolioSummaryCard client={client} />
        <section className="card" aria-labelledby="ov-contact">
          <h2 id="ov-contact">Main contact</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{client.contactName || '—'}</dd>
            <dt>Role</dt>
            <dd>{client.contactRole || '—'}</dd>
            <dt>Email</dt>
            <dd>{client.contactEmail || '—'}</dd>
            <dt>Pilot limit</dt>
            <dd>{client.pilotLimit} at once</dd>
          </dl>
          {client.notes && <p className="notes">{client.notes}</p>}
        </section>
        <VendorSummaryCard clientId={client.id} />
        <GovernanceSummaryCard clientId={client.id} />
        <WorkshopsCard clientId={client.id} />
      </div>
    </div>
  );
}
