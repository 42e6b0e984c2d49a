import { loadGovernanceArea } from '../../db/governance/queries';
import { db } from '../../db/core/schema';
import { REGISTER_LIST } from '../../domain/governance';
import { useClient } from '../clients/ClientLayout';
import { useClientQuery } from '../clients/useClientQuery';
import { REGISTER_NAV_LABELS } from './registers/registerUi';
import type { GovernanceContext } from './useGovernance';
import { SubNavLayout, type SubNavLink } from '../../ui/SubNavLayout';
import './governance.css';
import './governance-views.css';
import './governance-wizard.css';
import { useT } from '../../state/interfaceLanguage';

const LINKS: readonly (SubNavLink & ({ label: string } | 'divider'))[] = [
  { path: '', label: 'Overview' },
  { path: 'calendar', label: 'Calendar' },
  'divider',
  ...REGISTER_LIST.map((register) => ({
    path: register.slug,
    label: REGISTER_NAV_LABELS[register.id],
    title: register.title,
  })),
];

/** What the governance screens read, once for all of them (the controls only where they are shown). */
const loadArea = (clientId: string) => loadGovernanceArea(db, clientId);

/**
 * The frame of the governance area of one client: its navigation (overview, calendar, the eleven
 * registers) and the client's registers, loaded once for all governance screens.
 */
export function GovernanceLayout() {
  const client = useClient();
  const loaded = useClientQuery(client.id, loadArea);
  const t = useT();
  const links = LINKS.map((link) =>
    link === 'divider'
      ? link
      : { ...link, label: t(link.label), title: link.title === undefined ? undefined : t(link.title) },
  );
  return (
    <SubNavLayout
      label={t('Governance')}
      links={links}
      context={loaded && ({ client, ...loaded } satisfies GovernanceContext)}
    />
  );
}
