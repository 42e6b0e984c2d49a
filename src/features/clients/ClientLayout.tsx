import { useLiveQuery } from 'dexie-react-hooks';
import { Link, Outlet, useOutletContext, useParams } from 'react-router';
import type { Client } from '../../domain/clients/client';
import { db } from '../../db/core/schema';
import { useT } from '../../state/interfaceLanguage';

/** Loads the client of the URL once for all its screens; they read it with `useClient()`. */
export function ClientLayout() {
  const { clientId } = useParams();
  const t = useT();
  const client = useLiveQuery(
    async () => (clientId ? ((await db.clients.get(clientId)) ?? null) : null),
    [clientId],
  );
  if (client === undefined) return null;
  if (client === null) {
    return (
      <div className="empty-state">
        <h1>{t('This client does not exist')}</h1>
        <p>{t('It may have been deleted.')}</p>
        <Link className="button" to="/">
          {t('Go to all clients')}
        </Link>
      </div>
    );
  }
  return <Outlet context={client} />;
}

/** The current client, inside any `/clients/:clientId/...` screen. */
export function useClient(): Client {
  return useOutletContext<Client>();
}
