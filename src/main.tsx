import '@fontsource-variable/inter';
import './ui/tokens.css';
import './ui/base.css';
import './ui/components.css';
import './ui/kit.css';
import './ui/layout.css';
import './features/shell/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db/core/schema';
import { StartupError } from './features/shell/StartupError';
import { backupBeforeSchemaUpgrade } from './features/backup/upgradeSafety';
import { initVault } from './db/vault/vault';
import { VaultGate } from './features/vault/VaultGate';
import { startupWork, unlockFromOs } from './features/vault/vaultControl';
import { startInterfaceLanguage } from './state/interfaceLanguage';

const root = createRoot(document.getElementById('root')!);
/** A print or audience window opened by the main window, which has already done the start-up work. */
const secondaryWindow = /^#\/(print|present)\//.test(location.hash);

// Ask the browser to keep our data even under storage pressure (the whole practice lives here).
void navigator.storage?.persist?.().catch(() => undefined);

// The interface's language (its texts loaded) before anything shows, the lock screen included.
startInterfaceLanguage()
  .then(() => backupBeforeSchemaUpgrade())
  .then(() => db.open())
  // A vault starts locked (the desktop app may unlock it with the key the OS kept for this session).
  .then(() => initVault(db))
  .then(async (vault) => {
    // Interrupted edits are replayed before anything shows, older data shapes moved once it shows (in a
    // vault: after unlocking, see vaultControl.ts); a print or audience window leaves that to the main window.
    if (vault) await unlockFromOs();
    else if (!secondaryWindow) await startupWork();
  })
  .then(() =>
    root.render(
      <StrictMode>
        <VaultGate>
          <App />
        </VaultGate>
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => root.render(<StartupError error={error} />));
