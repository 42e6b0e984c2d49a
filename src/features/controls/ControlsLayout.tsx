import { loadControlsData } from '../../db/controls/queries';
import { loadGovernanceData } from '../../db/governance/queries';
import { db } from '../../db/core/schema';
import { DEFAULT_PROGRAMME_FRAMEWORKS } from '../../domain/controls';
import { useClient } from '../clients/ClientLayout';
import { useClientQuery } from '../clients/useClientQuery';
import { useNow } from '../governance/useGovernance';
import type { ControlsContext } from './useControls';
import { todayIso } from '../../domain/shared/dates';
import { SubNavLayout, type SubNavLink } from '../../ui/SubNavLayout';
import '../governance/governance.css';
import { useT } from '../../state/interfaceLanguage';
import type { Translate } from '../../domain/shared/language';
import './controls.css';

const links = (t: Translate): SubNavLink[] => [
  { path: '', label: t('Readiness') },
  { path: 'applicability', label: t('Applicability') },
  { path: 'list', label: t('Controls') },
];

/** What the area's screens read, once for all of them: the client's controls and its governance registers. */
const loadArea = async (clientId: string) => ({
  data: await loadControlsData(db, clientId),
  governance: await loadGovernanceData(db, clientId),
});

/** The frame of a client's AI management system area: navigation and the client's records, loaded once. */
export function ControlsLayout() {
  const client = useClient();
  const t = useT();
  const today = todayIso(useNow(60_000));
  const loaded = useClientQuery(client.id, loadArea);
  return (
    <SubNavLayout
      label={t('AI management system')}
      links={links(t)}
      context={
        loaded &&
        ({
          client,
          ...loaded,
          frameworks: loaded.data.programme?.frameworks ?? DEFAULT_PROGRAMME_FRAMEWORKS,
          today,
        } satisfies ControlsContext)
      }
    />
  );
}
