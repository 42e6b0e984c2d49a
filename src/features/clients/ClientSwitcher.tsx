import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { CLIENT_STATUS_LABELS, CLIENT_STATUSES, type Client } from '../../domain/clients/client';
import { listClients } from '../../db/clients/clients';
import { db } from '../../db/core/schema';
import { useUi } from '../../state/uiStore';
import { ClientAvatar } from '../../ui/ClientAvatar';
import { Dialog } from '../../ui/Dialog';
import { Badge } from '../../ui/Badge';
import { useT } from '../../state/interfaceLanguage';
import './clients.css';

/** Ctrl+K: type a few letters, Enter, and you are in that client. Archived clients are listed last. */
export function ClientSwitcher() {
  const { switcherOpen, setSwitcherOpen } = useUi();
  const t = useT();
  // Read ahead (Ctrl+K then Enter finds them at once), but filtered, sorted and drawn only while the dialog
  // is open: the shell holds the switcher on every screen, and a closed one does no work per navigation.
  const clients = useLiveQuery(() => listClients(db), []) ?? NO_CLIENTS;
  return (
    <Dialog open={switcherOpen} onOpenChange={setSwitcherOpen} title={t('Switch client')}>
      <SwitcherSearch clients={clients} close={() => setSwitcherOpen(false)} />
    </Dialog>
  );
}

const NO_CLIENTS: Client[] = [];

function SwitcherSearch({ clients, close }: { clients: Client[]; close(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const t = useT();

  const q = query.trim().toLowerCase();
  const matches = clients
    .filter(
      (c) =>
        !q ||
        c.name.toLowerCase().includes(q) ||
        c.shortName.toLowerCase().includes(q) ||
        c.sector.toLowerCase().includes(q),
    )
    .sort((a, b) => CLIENT_STATUSES.indexOf(a.status) - CLIENT_STATUSES.indexOf(b.status));
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));

  const open = (id: string) => {
    close();
    setQuery('');
    setActive(0);
    navigate(`/clients/${id}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((activeIndex + 1) % Math.max(matches.length, 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((activeIndex - 1 + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === 'Enter' && matches[activeIndex]) {
      event.preventDefault();
      open(matches[activeIndex].id);
    }
  };

  return (
    <>
      <input
        className="switcher__search"
        aria-label={t('Search clients')}
        placeholder={t('Type a client name…')}
        value={query}
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="client-switcher-list"
        aria-activedescendant={matches[activeIndex] ? `switch-${matches[activeIndex].id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="switcher__list" id="client-switcher-list" role="listbox" aria-label={t('Clients')}>
        {matches.map((client, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- keys are handled by the combobox input (aria-activedescendant)
          <li
            key={client.id}
            id={`switch-${client.id}`}
            role="option"
            aria-selected={index === activeIndex}
            className={`switcher__item ${index === activeIndex ? 'switcher__item--active' : ''}`}
            onClick={() => open(client.id)}
            onMouseMove={() => setActive(index)}
          >
            <ClientAvatar client={client} size={28} />
            <span className="switcher__name">{client.name}</span>
            <span className="switcher__meta">{client.sector}</span>
            {client.status !== 'active' && <Badge>{t(CLIENT_STATUS_LABELS[client.status])}</Badge>}
          </li>
        ))}
        {matches.length === 0 && (
          <li className="switcher__empty">{t('No client matches “{{query}}”.', { query })}</li>
        )}
      </ul>
    </>
  );
}
