import { useLiveQuery } from 'dexie-react-hooks';
import { ChevronsUpDown, Info, Keyboard, Lock } from 'lucide-react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { NavLink, Outlet, useMatch, useNavigate } from 'react-router';
import { db } from '../../db/core/schema';
import { platform } from '../../platform';
import { useUi } from '../../state/uiStore';
import { ClientAvatar } from '../../ui/ClientAvatar';
import { SaveIndicator } from '../../ui/SaveIndicator';
import { UndoToast } from '../../ui/UndoToast';
import { useFocusOnNavigate } from '../../ui/useFocusOnNavigate';
import { InterfaceLanguageSelect, LocaleSelect } from '../../ui/LocaleSelect';
import { BackupGuard } from '../backup/BackupGuard';
import { ClientSwitcher } from '../clients/ClientSwitcher';
import { NewClientDialog } from '../clients/NewClientDialog';
import { CLIENT_AREAS, PRACTICE_AREAS } from './areas';
import { HelpDialog } from './HelpDialog';
import { lockNow } from '../vault/vaultControl';
import { useVaultMode } from '../vault/useVaultMode';
import { startSync, stopSync } from '../sync/syncService';
import { Badge } from '../../ui/Badge';
import { useT } from '../../state/interfaceLanguage';

/** The frame of every screen: navigation, the current client (always visible), the save indicator. */
export function AppShell() {
  const match = useMatch('/clients/:clientId/*');
  const clientId = match?.params.clientId;
  const client = useLiveQuery(() => (clientId ? db.clients.get(clientId) : undefined), [clientId]);
  const setSwitcherOpen = useUi((s) => s.setSwitcherOpen);
  const setHelpOpen = useUi((s) => s.setHelpOpen);
  const navigate = useNavigate();
  const vaultMode = useVaultMode();
  const t = useT();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);

  // Sync runs while the workspace is unlocked and sync is configured (no settings: nothing is loaded or sent).
  useEffect(() => {
    if (vaultMode === 'unlocked') void startSync();
    else stopSync();
    return stopSync;
  }, [vaultMode]);

  useEffect(() => {
    const ui = useUi.getState();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        ui.setSwitcherOpen(true);
      } else if (event.key === 'F1') {
        event.preventDefault();
        ui.setHelpOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = platform.onMenuCommand((command) => {
      if (command === 'switch-client') ui.setSwitcherOpen(true);
      if (command === 'new-client') ui.setNewClientOpen(true);
      if (command === 'go-home') navigate('/');
      if (command === 'open-help') ui.setHelpOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [navigate]);

  const accent = client?.brandColor;
  return (
    <div className="shell" style={accent ? ({ '--accent': accent } as CSSProperties) : undefined}>
      {/* The address is the route (hash routing): the skip link moves focus itself instead of following #main. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('Skip to content')}
      </a>
      <aside className="sidebar" aria-label={t('Main navigation')}>
        <div className="sidebar__brand">
          <img src="./icon.svg" alt="" width={28} height={28} />
          {/* eslint-disable-next-line i18next/no-literal-string -- the product's name */}
          <span>CAIO Desk</span>
        </div>
        <nav>
          {PRACTICE_AREAS.map((area) => (
            <NavLink key={area.to} to={area.to} end={area.to === '/'} className="nav-link">
              <area.icon size={18} aria-hidden />{' '}
              {area.caption ? (
                <span className="nav-link__stack">
                  {t(area.label)} <span className="nav-link__caption">{t(area.caption)}</span>
                </span>
              ) : (
                t(area.label)
              )}
            </NavLink>
          ))}
        </nav>
        {client && clientId && (
          <nav className="sidebar__client" aria-label={t('{{client}} areas', { client: client.name })}>
            <div className="sidebar__client-name">
              <ClientAvatar client={client} size={28} />
              <span>{client.shortName || client.name}</span>
            </div>
            {CLIENT_AREAS.map((area) => (
              <NavLink
                key={area.path}
                to={`/clients/${clientId}${area.path ? `/${area.path}` : ''}`}
                end={area.path === ''}
                className="nav-link"
              >
                <area.icon size={18} aria-hidden /> {t(area.label)}
              </NavLink>
            ))}
          </nav>
        )}
        <InterfaceLanguageSelect />
        <LocaleSelect />
        <button type="button" className="nav-link sidebar__help" onClick={() => setHelpOpen(true)}>
          <Keyboard size={18} aria-hidden /> {t('Keyboard shortcuts')}
        </button>
        {vaultMode === 'unlocked' && (
          <button type="button" className="nav-link" onClick={lockNow} aria-keyshortcuts="Control+Shift+L">
            <Lock size={18} aria-hidden /> {t('Lock')}
          </button>
        )}
        <NavLink to="/about" className="nav-link">
          <Info size={18} aria-hidden /> {t('About')}
        </NavLink>
      </aside>
      <div className="shell__main">
        <header className="topbar">
          {/* Named by what it shows ("Current client Brightside Staffing Demo Ctrl K"), so the name contains the visible text. */}
          <button
            type="button"
            className="client-switch"
            onClick={() => setSwitcherOpen(true)}
            aria-haspopup="dialog"
            aria-keyshortcuts="Control+K"
          >
            {client ? (
              <>
                <ClientAvatar client={client} size={26} decorative />
                <span className="client-switch__label">
                  <span className="client-switch__caption">{t('Current client')}</span>
                  <strong>{client.name}</strong>
                </span>
                {client.isDemo && <Badge tone="info">{t('Demo')}</Badge>}
                {client.status !== 'active' && (
                  <Badge>{t(client.status === 'paused' ? 'Paused' : 'Archived')}</Badge>
                )}
              </>
            ) : (
              <span className="client-switch__label">
                <span className="client-switch__caption">{t('No client selected')}</span>
                <strong>{t('Choose a client')}</strong>
              </span>
            )}
            <ChevronsUpDown size={16} aria-hidden />
            {/* eslint-disable-next-line i18next/no-literal-string -- keys, the same in every language */}
            <kbd>Ctrl K</kbd>
          </button>
          <SaveIndicator />
        </header>
        <main className="content" id="main" ref={main} tabIndex={-1}>
          <BackupGuard />
          <Outlet />
        </main>
      </div>
      <ClientSwitcher />
      <NewClientDialog />
      <HelpDialog />
      <UndoToast />
    </div>
  );
}
