import { useLiveQuery } from 'dexie-react-hooks';
import { RefreshCw } from 'lucide-react';
import { useState, useSyncExternalStore } from 'react';
import { db } from '../../db/core/schema';
import { readSyncSettings, writeSyncSettings } from '../../db/sync/settings';
import { checkServerUrl, syncStateLabel, type SyncSettings } from '../../domain/sync/settings';
import { platform } from '../../platform';
import { Badge } from '../../ui/Badge';
import { BADGE_TONES } from '../../ui/badgeTones';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { CredentialsFields, NO_CREDENTIALS, type Credentials } from '../../ui/fields/CredentialsFields';
import { CardFeedback } from '../backup/CardFeedback';
import { useVaultMode } from '../vault/useVaultMode';
import { ConflictsDialog } from './ConflictsDialog';
import type { Conflict } from '../../db/sync/conflicts';
import { PracticeAdmin } from './PracticeAdmin';
import { startSync, stopSync, subscribeSync, syncPractice, syncRunner, syncStatuses } from './syncService';
import { interfaceT, useT } from '../../state/interfaceLanguage';

/** Sync on the Backup screen: the server and sign-in, which clients, and each client's state. */
export function SyncCard() {
  const t = useT();
  const mode = useVaultMode();
  const settings = useLiveQuery(() => readSyncSettings(db), [mode]);
  return (
    <section className="card settings-card" aria-labelledby="sync-title">
      <h2 id="sync-title">
        <RefreshCw size={18} aria-hidden /> {t('Sync with your practice')}
      </h2>
      {mode !== 'unlocked' ? (
        <p className="settings-card__text">
          {t(
            'Share client workspaces with the consultants of your practice through your own CouchDB server, end to end encrypted. Sync needs encryption: encrypt this workspace (and unlock it) first.',
          )}
        </p>
      ) : settings === undefined ? null : settings ? (
        <SyncClients settings={settings} />
      ) : (
        <SyncSignIn />
      )}
    </section>
  );
}

function SyncSignIn() {
  const t = useT();
  const [credentials, setCredentials] = useState<Credentials>(NO_CREDENTIALS);
  const { address: serverUrl, username, password } = credentials;

  const turnOn = async (): Promise<FormOutcome> => {
    const server = checkServerUrl(serverUrl);
    if (!server.ok) return { field: 'serverUrl', message: server.message };
    if (!username.trim()) return { field: 'username', message: t('Enter your user name on the server.') };
    if (!password) return { field: 'password', message: t('Enter your password on the server.') };
    if (!(await platform.allowSyncOrigin(server.origin)))
      return {
        field: 'serverUrl',
        message: t(
          'This app cannot reach that address. In a browser, the server must be on the app’s own address.',
        ),
      };
    const settings: SyncSettings = {
      serverUrl: server.base,
      username: username.trim(),
      password,
      clientIds: [],
      pausedClientIds: [],
    };
    await writeSyncSettings(db, settings);
    if ((await platform.appInfo()).platform === 'desktop')
      window.location.reload(); // the CSP is read at load
    else await startSync();
  };

  return (
    <>
      <p className="settings-card__text">
        {t(
          'Off. Share client workspaces with your practice through its CouchDB server (HTTPS). Records leave this computer encrypted with each client’s key; the server sees ids and ciphertext only. Until you turn it on, nothing leaves this computer.',
        )}
      </p>
      <Form onSubmit={turnOn} actions={<SubmitButton className="button">{t('Turn on sync')}</SubmitButton>}>
        <CredentialsFields
          value={credentials}
          onChange={setCredentials}
          address={{
            name: 'serverUrl',
            label: t('Server address'),
            hint: t('e.g. https://couch.your-practice.eu'),
          }}
          password={{ hint: t('Kept in the encrypted workspace, on this computer only.') }}
          autofill="sign-in"
        />
      </Form>
    </>
  );
}

function SyncClients({ settings }: { settings: SyncSettings }) {
  const t = useT();
  const clients = useLiveQuery(() => db.clients.toArray(), []);
  const statuses = useSyncExternalStore(subscribeSync, syncStatuses);
  const practice = useSyncExternalStore(subscribeSync, syncPractice);
  const listed = listedClients(clients ?? [], practice);
  const [error, setError] = useState<string | null>(null);
  const [review, setReview] = useState<{ clientId: string; conflicts: Conflict[] } | null>(null);
  const openReview = async (clientId: string) =>
    setReview({ clientId, conflicts: (await syncRunner()?.conflicts(clientId)) ?? [] });

  const save = async (next: SyncSettings) => {
    setError(null);
    try {
      await writeSyncSettings(db, next);
      await startSync();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  const turnOff = async () => {
    stopSync();
    await writeSyncSettings(db, null);
    await platform.allowSyncOrigin(null);
  };

  return (
    <>
      <p className="settings-card__text">
        {t(
          'On: {{server}} as {{user}}. Choose the clients to sync; only clients you are assigned to on the server can be synced.',
          { server: settings.serverUrl, user: settings.username },
        )}
      </p>
      <RemovedClients settings={settings} onSave={save} />
      <ul className="plain-list" aria-label={t('Clients to sync')}>
        {listed.map((client) => {
          const synced = settings.clientIds.includes(client.id);
          const status = statuses.get(client.id);
          return (
            <li key={client.id}>
              <label>
                <input
                  type="checkbox"
                  checked={synced}
                  onChange={() =>
                    void save({ ...settings, clientIds: toggle(settings.clientIds, client.id) })
                  }
                />{' '}
                {client.name}
              </label>{' '}
              {synced && status && (
                <>
                  <Badge tone={BADGE_TONES.syncState[status.state]} title={status.reason}>
                    {syncStateLabel(status)}
                  </Badge>
                  {status.reason && <span className="settings-card__meta"> {status.reason}</span>}
                  {status.conflicts > 0 && (
                    <>
                      <span className="settings-card__meta">
                        {' '}
                        {t('{{count}} conflicts kept for review', { count: status.conflicts })}
                      </span>{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void openReview(client.id)}
                      >
                        {t('Resolve')}
                      </button>
                    </>
                  )}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void syncRunner()?.syncNow(client.id)}
                    disabled={status.state === 'syncing'}
                  >
                    {t('Sync now')}
                  </button>{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      void save({
                        ...settings,
                        pausedClientIds: toggle(settings.pausedClientIds, client.id),
                      })
                    }
                  >
                    {settings.pausedClientIds.includes(client.id) ? t('Resume') : t('Pause')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void syncRunner()?.syncNow()}>
          {t('Sync all now')}
        </button>
        <button type="button" className="button" onClick={() => void turnOff()}>
          {t('Turn off sync')}
        </button>
      </div>
      <CardFeedback message={null} error={error} />
      <PracticeAdmin settings={settings} />
      {review && (
        <ConflictsDialog
          open
          onOpenChange={(open) => !open && setReview(null)}
          conflicts={review.conflicts}
          onResolve={(conflict, choices) => syncRunner()!.resolve(review.clientId, conflict, choices)}
        />
      )}
    </>
  );
}

/** The clients listed: those the practice assigns to this consultant (also not yet here), else this device's. */
function listedClients(
  clients: readonly { id: string; name: string }[],
  practice: ReturnType<typeof syncPractice>,
): { id: string; name: string }[] {
  const here = [...clients].sort((a, b) => a.name.localeCompare(b.name));
  if (!practice || practice.admin) return here;
  const t = interfaceT();
  const names = new Map(here.map((c) => [c.id, c.name]));
  return practice.assigned
    .map((id) => ({ id, name: names.get(id) ?? t('A client assigned to you ({{id}})', { id }) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Clients removed from this computer because the consultant was unassigned from them, until dismissed. */
function RemovedClients(props: { settings: SyncSettings; onSave(next: SyncSettings): Promise<void> }) {
  const t = useT();
  const removed = props.settings.removed ?? [];
  if (removed.length === 0) return null;
  return (
    <div role="status">
      {removed.map((entry) => (
        <p key={entry.clientId} className="settings-card__text">
          {t(
            '{{name}} was removed from this computer: you are no longer assigned to this client on the server.',
            { name: entry.name },
          )}
        </p>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => void props.onSave({ ...props.settings, removed: [] })}
      >
        {t('Dismiss')}
      </button>
    </div>
  );
}
