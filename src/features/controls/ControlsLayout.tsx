import { useLiveQuery } from 'dexie-react-hooks';
import { NavLink, Outlet } from 'react-router';
import { loadControlsData } from '../../db/controls/queries';
import { loadGovernanceData } from '../../db/governance/queries';
import { db } from '../../db/core/schema';
import { DEFAULT_PROGRAMME_FRAMEWORKS } from '../../domain/controls';
import { useClient } from '../clients/ClientLayout';
import { useNow } from '../governance/useGovernance';
import type { ControlsContext } from './useControls';
import { todayIso } from '../../domain/shared/dates';
import '../governance/governance.css';
import './controls.css';

/** The frame of a client's AI management system area: navigation and the client's records, loaded once. */
export function ControlsLayout() {
  const client = useClient();
  const today = todayIso(useNow(60_000));
  const loaded = useLiveQuery(
    async () => ({
      clientId: client.id,
      data: await loadControlsData(db, client.id),
      governance: await loadGovernanceData(db, client.id),
    }),
    [client.id],
  );
  const base = `/clients/${client.id}/controls`;
  return (
    <div className="stack">
      <nav className="sub-nav" aria-label="AI management system">
        <NavLink end to={base} className="sub-nav__link">
          Readiness
        </NavLink>
        <NavLink to={`${base}/applicability`} className="sub-nav__link">
          Applicability
        </NavLink>
        <NavLink to={`${base}/list`} className="sub-nav__link">
          Controls
        </NavLink>
      </nav>
      {loaded && loaded.clientId === client.id && (
        <Outlet
          context={
            {
              client,
              data: loaded.data,
              governance: loaded.governance,
              frameworks: loaded.data.programme?.frameworks ?? DEFAULT_PROGRAMME_FRAMEWORKS,
              today,
            } satisfies ControlsContext
          }
        />
      )}
    </div>
  );
}
