import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { db } from '../../db/core/schema';
import { Couch } from '../../db/sync/couch';
import { createConsultant, openPractice, setAssignment } from '../../db/sync/practice';
import { readSyncSettings, writeSyncSettings } from '../../db/sync/settings';
import { shortFingerprint } from '../../domain/sync/keys';
import { checkNewConsultant, membersOf, type ConsultantDoc } from '../../domain/sync/practice';
import type { SyncSettings } from '../../domain/sync/settings';
import { useT } from '../../state/interfaceLanguage';
import { Form, SubmitButton, type FormOutcome } from '../../ui/fields/Form';
import { CredentialsFields, NO_CREDENTIALS, type Credentials } from '../../ui/fields/CredentialsFields';
import { CardFeedback } from '../backup/CardFeedback';
import { startSync } from './syncService';

/**
 * The practice owner's part of the sync card, shown only when the sign-in is a server admin: the practice's
 * consultants with their published keys, adding one (a CouchDB user), and per client who is assigned. Each
 * change is written on the server (`src/db/sync/practice.ts`); a client the owner assigns is synced from here.
 */
export function PracticeAdmin({ settings }: { settings: SyncSettings }) {
  const t = useT();
  const couch = useMemo(() => new Couch(settings), [settings]);
  const [consultants, setConsultants] = useState<ConsultantDoc[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const clients = useLiveQuery(
    async () => (await db.clients.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    [],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        if (!(await couch.session()).admin) return;
        const found = await openPractice(couch);
        if (live) setConsultants(found);
      } catch {
        // not the owner, or the server is away: the card shows the clients' own states
      }
    })();
    return () => void (live = false);
  }, [couch]);

  if (!consultants) return null;

  const assign = async (clientId: string, name: string, assigned: boolean) => {
    setError(null);
    try {
      setConsultants(await setAssignment(db, couch, clientId, name, assigned));
      const current = await readSyncSettings(db);
      if (assigned && current && !current.clientIds.includes(clientId)) {
        await writeSyncSettings(db, { ...current, clientIds: [...current.clientIds, clientId] });
        await startSync();
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="practice-title" className="settings-card__section">
      <h3 id="practice-title">{t('Your practice')}</h3>
      <p className="settings-card__text">
        {t(
          'You are signed in as the server’s admin: add consultants and choose who works for which client. Only assigned consultants can open a client’s data.',
        )}
      </p>
      <ul className="plain-list" aria-label={t('Consultants')}>
        {consultants.map((c) => (
          <li key={c.name}>
            <strong>{c.name}</strong>{' '}
            <span className="settings-card__meta">
              {c.keys.length
                ? t('Keys: {{list}}', { list: c.keys.map((k) => shortFingerprint(k.fingerprint)).join(', ') })
                : t('No key yet: they have not signed in.')}
            </span>
          </li>
        ))}
      </ul>
      <NewConsultant couch={couch} existing={consultants.map((c) => c.name)} onAdded={setConsultants} />
      {consultants.length > 0 &&
        (clients ?? []).map((client) => {
          const members = membersOf(consultants, client.id);
          return (
            <fieldset key={client.id} className="settings-card__group">
              <legend>{client.name}</legend>
              {consultants.map((c) => (
                <label key={c.name}>
                  <input
                    type="checkbox"
                    checked={members.includes(c.name)}
                    onChange={(event) => void assign(client.id, c.name, event.target.checked)}
                  />{' '}
                  {c.name}
                </label>
              ))}
            </fieldset>
          );
        })}
      <CardFeedback message={null} error={error} />
    </section>
  );
}

function NewConsultant(props: {
  couch: Couch;
  existing: string[];
  onAdded(consultants: ConsultantDoc[]): void;
}) {
  const t = useT();
  const [credentials, setCredentials] = useState<Credentials>(NO_CREDENTIALS);
  const add = async (): Promise<FormOutcome> => {
    const name = credentials.username.trim();
    const problem = checkNewConsultant(name, credentials.password, props.existing);
    if (problem) return problem;
    props.onAdded(await createConsultant(props.couch, name, credentials.password));
    setCredentials(NO_CREDENTIALS);
  };
  return (
    <Form onSubmit={add} actions={<SubmitButton className="button">{t('Add consultant')}</SubmitButton>}>
      <CredentialsFields
        value={credentials}
        onChange={setCredentials}
        username={{ name: 'name', label: t('Consultant’s user name') }}
        password={{
          label: t('First password'),
          hint: t('Give it to them in person; they sign in with it on their computer.'),
        }}
        autofill="new"
      />
    </Form>
  );
}
