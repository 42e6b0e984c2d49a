import { useState } from 'react';
import { db } from '../../db/core/schema';
import type { HandoverReplicationResult } from '../../db/handover/replicate';
import type { HandoverChoices } from '../../domain/handover/allowList';
import { checkHandoverTarget, handoverFailureReason } from '../../domain/handover/replication';
import { platform } from '../../platform';
import { useT } from '../../state/interfaceLanguage';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { CredentialsFields, type Credentials } from '../../ui/fields/CredentialsFields';
import { CardFeedback } from './CardFeedback';

/**
 * The handover as a replication to the client's own CouchDB (instead of the data file): the same records the file
 * holds (the allow-list and the categories ticked above), readable by the client, through PouchDB replication
 * (`src/db/handover/replicate.ts`). Only that server's origin is allowed, for the duration; on the desktop its CSP
 * needs a new page load, so the page reloads once with the address kept (never the password) and asks again.
 */

/** The address and user name kept across the one reload (this window only). */
const PENDING_KEY = 'caio.handoverReplication';

interface Pending {
  clientId: string;
  url: string;
  username: string;
}

function readPending(clientId: string): Pending | null {
  try {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
    return pending?.clientId === clientId ? pending : null;
  } catch {
    return null;
  }
}

/** Whether this page's CSP already lets it connect to `origin` (the desktop adds it from the next page load). */
function pageAllows(origin: string): boolean {
  if (origin === window.location.origin) return true;
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
  return (meta ?? '')
    .split(';')
    .some((d) => d.trim().startsWith('connect-src') && d.split(/\s+/).includes(origin));
}

export function HandoverReplication({ clientId, choices }: { clientId: string; choices: HandoverChoices }) {
  const t = useT();
  const [pending] = useState(() => readPending(clientId));
  const [credentials, setCredentials] = useState<Credentials>({
    address: pending?.url ?? '',
    username: pending?.username ?? '',
    password: '',
  });
  const { address: url, username, password } = credentials;
  const [message, setMessage] = useState<string | null>(
    pending ? t('The app reloaded to allow that address: enter the password again.') : null,
  );
  const [result, setResult] = useState<HandoverReplicationResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const handOver = async (): Promise<FormOutcome> => {
    setMessage(null);
    setError(null);
    setResult(null);
    const target = checkHandoverTarget({ url, username, password });
    if (!target.ok) return { field: target.field, message: target.message };
    if (!(await platform.allowHandoverOrigin(target.origin)))
      return {
        field: 'url',
        message: t(
          'This app cannot reach that address. In a browser, the server must be on the app’s own address.',
        ),
      };
    if (!pageAllows(target.origin)) {
      sessionStorage.setItem(PENDING_KEY, JSON.stringify({ clientId, url: target.url, username }));
      window.location.reload();
      return;
    }
    sessionStorage.removeItem(PENDING_KEY);
    try {
      const [{ replicateHandover }, { loadBrowserEngine }] = await Promise.all([
        import('../../db/handover/replicate'),
        import('../../db/sync/browserEngine'),
      ]);
      const outcome = await replicateHandover({
        database: db,
        clientId,
        choices,
        appVersion: __APP_VERSION__,
        target: { url: target.url, username, password },
        engine: await loadBrowserEngine(),
      });
      setResult(outcome);
      setCredentials((current) => ({ ...current, password: '' }));
    } catch (e) {
      setError(t('Nothing was handed over: {{reason}}', { reason: handoverFailureReason(e) }));
    } finally {
      await platform.allowHandoverOrigin(null);
    }
  };

  return (
    <section className="handover-replication" aria-labelledby="handover-replication-title">
      <h3 id="handover-replication-title">{t('Or replicate to the client’s CouchDB')}</h3>
      <p className="settings-card__text">
        {t(
          'Instead of the data file: the same records go to a CouchDB database the client names, readable by the client (not encrypted with your keys). Only that server is reached, for the handover only.',
        )}
      </p>
      <Form
        onSubmit={handOver}
        aria-labelledby="handover-replication-title"
        actions={
          <SubmitButton className="button" busyLabel={t('Handing over…')} disabled={!clientId}>
            {t('Hand over to this database')}
          </SubmitButton>
        }
      >
        <CredentialsFields
          value={credentials}
          onChange={setCredentials}
          address={{
            name: 'url',
            label: t('Database address'),
            hint: t('e.g. https://couch.client.eu/ai-register (the database must exist)'),
          }}
          password={{ hint: t('Used for this handover only, never kept.') }}
          autofill="off"
        />
      </Form>
      {result && <ReplicationOutcome result={result} />}
      <CardFeedback message={message} error={error} />
    </section>
  );
}

function ReplicationOutcome({ result }: { result: HandoverReplicationResult }) {
  const t = useT();
  const complete = result.confirmed === result.documents && result.refused.length === 0;
  return (
    <div role="status" className={complete ? 'backup-success' : undefined}>
      <p>
        {complete
          ? t('Handed over: the client’s server holds all {{count}} documents.', { count: result.documents })
          : t('Handed over in part: the client’s server holds {{confirmed}} of {{count}} documents.', {
              confirmed: result.confirmed,
              count: result.documents,
            })}{' '}
        {t('{{written}} new or changed, {{unchanged}} unchanged, {{removed}} removed.', {
          written: result.written,
          unchanged: result.unchanged,
          removed: result.removed,
        })}
      </p>
      {result.refused.length > 0 && (
        <ul aria-label={t('Refused by the client’s server')}>
          {result.refused.map((r) => (
            <li key={r.id}>
              <code>{r.id}</code> {r.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
