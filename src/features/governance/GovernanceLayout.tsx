import { useLiveQuery } from 'dexie-react-hooks';
import { NavLink, Outlet } from 'react-router';
import { loadGovernanceData, loadUseCaseOptions } from '../../db/governance/queries';
import { loadControlsData } from '../../db/controls/queries';
import { db } from '../../db/core/schema';
import { REGISTER_LIST } from '../../domain/governance';
import { useClient } from '../clients/ClientLayout';
import { REGISTER_NAV_LABELS } from './registers/registerUi';
import type { GovernanceContext } from './useGovernance';
import './governance.css';
import './governance-views.css';
import './governance-wizard.css';

/**
 * The frame of the governance area of one client: its navigation (overview, calendar, the eleven
 * registers) and the client's registers, loaded once for all governance screens.
 */
export function GovernanceLayout() {
  const client = useClient();
  const loaded = useLiveQuery(
    async () => ({
      clientId: client.id,
      data: await loadGovernanceData(db, client.id),
      useCases: await loadUseCaseOptions(db, client.id),
      controls: await loadControlsData(db, client.id),
    }),
    [client.id],
  );
  const base = `/clients/${client.id}/governance`;
  return (
    <div className="stack">
      <nav className="sub-nav" aria-label="Governance">
        <NavLink end to={base} className="sub-nav__link">
          Overview
        </NavLink>
        <NavLink to={`${base}/calendar`} className="sub-nav__link">
          Calendar
        </NavLink>
        <span className="sub-nav__divider" aria-hidden />
        {REGISTER_LIST.map((register) => (
          <NavLink
            key={register.id}
            to={`${base}/${register.slug}`}
            className="sub-nav__link"
            title={register.title}
          >
            {REGISTER_NAV_LABELS[register.id]}
          </NavLink>
        ))}
      </nav>
      {loaded && loaded.clientId === client.id && (
        <Outlet
          context={
            {
              client,
              data: loaded.data,
              useCases: loaded.useCases,
              controls: loaded.controls,
            } satisfies GovernanceContext
          }
        />
      )}
    </div>
  );
}
