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
import { useT } from '../../state/interfaceLanguage';
import './clients.css';

/** One client at a glance. Product areas add their summary cards here as they land. */
export function ClientOverview() {
  const client = useClient();
  const entries = useLiveQuery(() => engagementEntriesForClient(db, client.id), [client.id]) ?? [];
  const thisMonth = monthKey(todayIso());
  const t = useT();

  return (
    <div className="page">
      <header className="client-hero">
        <ClientAvatar client={client} size={64} />
        <div>
          <h1>{client.name}</h1>
          <p className="page-header__subtitle">
            {[
              client.sector,
              client.employees ? t('{{count}} employees', { count: client.employees }) : '',
              client.country,
            ]
              .filter(Boolean)
              .join(' · ')}
            {' · '}
            <span className={`status status--${client.status}`}>
              {t(CLIENT_STATUS_LABELS[client.status])}
            </span>
          </p>
        </div>
        <Link className="button" to="profile">
          {t('Edit profile')}
        </Link>
      </header>
      <div className="card-grid">
        <section className="card" aria-labelledby="ov-engagement">
          <h2 id="ov-engagement">{t('Engagement this month')}</h2>
          <HoursMeter used={hoursInMonth(entries, thisMonth)} agreed={agreedHoursPerMonth(client)} />
          <dl className="facts">
            <dt>{t('Since')}</dt>
            <dd>{formatDay(client.engagementStart)}</dd>
            <dt>{t('Renewal')}</dt>
            <dd>{formatDay(client.renewalDate)}</dd>
            <dt>{t('Board reports')}</dt>
            <dd>{t(REPORT_CADENCE_LABELS[client.reportCadence])}</dd>
          </dl>
          <Link to="engagement">{t('Open the engagement log')}</Link>
        </section>
        <section className="card" aria-labelledby="ov-maturity">
          <h2 id="ov-maturity">{t('AI maturity')}</h2>
          <MaturityChart maturity={client.maturity} color={client.brandColor} />
        </section>
        <PortfolioSummaryCard client={client} />
        <section className="card" aria-labelledby="ov-contact">
          <h2 id="ov-contact">{t('Main contact')}</h2>
          <dl className="facts">
            <dt>{t('Name')}</dt>
            <dd>{client.contactName || '—'}</dd>
            <dt>{t('Role')}</dt>
            <dd>{client.contactRole || '—'}</dd>
            <dt>{t('Email')}</dt>
            <dd>{client.contactEmail || '—'}</dd>
            <dt>{t('Pilot limit')}</dt>
            <dd>{t('{{count}} at once', { count: client.pilotLimit })}</dd>
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
