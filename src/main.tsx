import '@fontsource-variable/inter';
import './ui/tokens.css';
import './ui/base.css';
import './ui/components.css';
import './features/shell/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { db } from './db/schema';
import { StartupError } from './features/shell/StartupError';
import { backupBeforeSchemaUpgrade } from './features/backup/upgradeSafety';
import { replayPendingEdits } from './db/editJournal';
import { updateRecord } from './db/records';
import { migrateSystemLinks } from './db/useCaseSystems';

const root = createRoot(document.getElementById('root')!);

// Ask the browser to keep our data even under storage pressure (the whole practice lives here).
void navigator.storage?.persist?.().catch(() => undefined);

backupBeforeSchemaUpgrade()
  .then(() => db.open())
  // Edits interrupted by a reload or crash before they were written are applied now, before anything shows.
  .then(() => replayPendingEdits((edit) => updateRecord(db, edit.table, edit.id, edit.patch, { label: edit.label }).then(() => undefined)))
  // Links kept in an older shape (the charter's free-text AI system entry) move onto the AI system entries.
  .then(() => migrateSystemLinks(db))
  .then(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch((error: unknown) => root.render(<StartupError error={error} />));
