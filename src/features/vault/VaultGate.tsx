import { useEffect, type ReactNode } from 'react';
import { followOtherWindows, LOCKED_TITLE } from './vaultControl';
import { UnlockScreen } from './UnlockScreen';
import { useAppLock } from './useAppLock';
import { useVaultMode } from './useVaultMode';
import { useT } from '../../state/interfaceLanguage';
import './vault.css';

/**
 * Shows the app only while the vault is off or unlocked. Locking unmounts the whole app (every screen,
 * dialog and portal), so no client data stays in the page, and the window title says "locked".
 * Windows without controls (the audience view, print views) show a plain "locked" notice.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const t = useT();
  const mode = useVaultMode();
  useEffect(() => followOtherWindows(), []);
  useAppLock(mode === 'unlocked');
  useEffect(() => {
    if (mode === 'locked') document.title = t(LOCKED_TITLE);
    else if (document.title === t(LOCKED_TITLE)) document.title = 'CAIO Desk';
  }, [mode, t]);
  if (mode !== 'locked') return <>{children}</>;
  if (/^#\/(present|print)\//.test(window.location.hash)) {
    return (
      <main className="vault-locked-notice">
        <h1>{t('CAIO Desk is locked')}</h1>
        <p>{t('Unlock it in the main window; this window follows.')}</p>
      </main>
    );
  }
  return <UnlockScreen />;
}
